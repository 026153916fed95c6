/**
 * Keeping every Office.js request under Excel's limit. Excel on the web refuses a request (and a
 * response) over 5 MB, and what counts is the body office.js builds for a `context.sync()`: the JSON
 * of every action and object path it queued, not only the data. Measured with Microsoft's office.js
 * itself (test/helpers/officejs.ts, inside `Excel.run` as the task pane runs it), a statement costs:
 *
 * - a range (`getRangeByIndexes`, kept by reference): ≈ 330 bytes; a navigation (`format`, `font`,
 *   `fill`, `borders.getItem`): ≈ 150; a property set: ≈ 120 + its value's JSON; a method: ≈ 180;
 * - a value or number-format grid: the UTF-8 bytes of its JSON (office.js splits grids over 1,500
 *   cells into row chunks, ≈ 250 bytes each).
 *
 * The writers count these costs as they queue statements (`RequestBudget`) and sync before a request
 * would pass `MAX_REQUEST_BYTES` — 3.5 MB, so that an error in the estimate cannot reach 4.5 MB; the
 * tests measure the real requests with office.js and fail over 4.5 MB.
 */
import { checkCancelled, type Signal } from "../port";

/** Excel on the web's limit on a request and on a response. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** What the tests allow, measured by office.js. */
export const MEASURED_BOUND = 4.5 * 1024 * 1024;
/** What the writers budget, estimated (leaves room for the estimate's error). */
export const MAX_REQUEST_BYTES = 3.5 * 1024 * 1024;

export const COST = {
  range: 330,
  navigation: 150,
  property: 120,
  method: 180,
  /** office.js's own chunk of a grid write over 1,500 cells. */
  chunk: 250,
} as const;

/** UTF-8 bytes of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff)
      i++; // a surrogate pair: 4 bytes for 2 units
    else bytes += 2;
  }
  return bytes;
}

/** UTF-8 bytes of the JSON of one row of values or formats. */
export function rowJsonBytes(row: readonly (string | number | boolean | null)[]): number {
  let bytes = 3;
  for (const value of row) {
    if (typeof value === "string") bytes += utf8Length(JSON.stringify(value));
    else bytes += String(value).length + 1;
  }
  return bytes;
}

/** The bytes a value or format grid adds to a request: its JSON, and office.js's chunks. */
export function gridBytes(grid: readonly (readonly (string | number | boolean | null)[])[]): number {
  let bytes = 2;
  let cells = 0;
  for (const row of grid) {
    bytes += rowJsonBytes(row);
    cells += row.length;
  }
  return bytes + Math.ceil(cells / 1500) * COST.chunk;
}

/**
 * The bytes queued in the current request, and a sync when the next statement would pass the bound.
 * A write that spans several requests calls `spend` before queuing each piece.
 */
export class RequestBudget {
  private used = 0;

  readonly limit: number;

  constructor(
    private readonly context: Excel.RequestContext,
    limit: number | undefined = MAX_REQUEST_BYTES,
    private readonly signal?: Signal,
    private readonly afterSync?: () => void,
  ) {
    this.limit = limit ?? MAX_REQUEST_BYTES;
  }

  /** Makes room for `bytes` (syncing what is queued first when they would not fit), then counts them. */
  async spend(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.sync();
    this.used += bytes;
  }

  /** Sends what is queued. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.used = 0;
    checkCancelled(this.signal);
    this.afterSync?.();
  }
}
