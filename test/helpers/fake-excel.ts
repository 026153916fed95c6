/**
 * A fake of the Excel JavaScript API (Office.js) for tests: pass `fake.context` where the code under test
 * takes an `Excel.RequestContext`. It behaves like Excel for the members our adapter uses and fails
 * loudly where Excel would:
 *
 * - Reading a scalar property throws `PropertyNotLoaded` unless `load()` asked for it (on the object, or
 *   through a parent such as `worksheets.load("items/name")`) and a `context.sync()` has run since. Loaded
 *   values are snapshots. Setting a property never makes it readable (stricter than Office.js, on purpose).
 * - Loads, property sets and method calls are queued and run in order at `context.sync()`. An operation
 *   that fails rejects the sync with `<Code>: <detail>`; the operations before it stay applied (Excel does
 *   not roll back), those after it are dropped, and no load of that batch is fulfilled.
 * - A batch whose payload (the JSON of the values, formats, names… it sends) exceeds the request limit
 *   (5 MB, as Excel on the web) rejects with `RequestPayloadSizeLimitExceeded` and applies nothing.
 * - `failWhen` makes a chosen operation fail when its batch runs (a co-author's change, a fault), the
 *   same way: the operations before it applied, the one and those after it not.
 *
 * Not modelled: formula evaluation (a formula cell's value reads back as its formula text), tables,
 * charts, named ranges, events, hidden rows/columns, locale-dependent input parsing (dates, thousands
 * separators), number formats beyond fixed decimals, percent, grouping and simple d/m/y dates.
 */

export type CellValue = string | number | boolean;
type Json = unknown;

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_READ_CELLS = 5_000_000;
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "RichApi.Error";
  }
}

function fail(code: string, detail: string): never {
  throw new FakeExcelError(code, detail);
}

// ---------------------------------------------------------------------------------------------- model

interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
interface Cell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  /** Non-default formats, e.g. `{ "font.bold": true, "border.bottom.style": "Continuous" }`. */
  format: Record<string, Json>;
}
export interface FakeValidation {
  rule?: Json;
  ignoreBlanks?: boolean;
  prompt?: Json;
  errorAlert?: Json;
}
interface Sheet {
  id: string;
  name: string;
  visibility: string;
  deleted: boolean;
  cells: Map<number, Cell>;
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: Area[];
  frozenRows: number;
  frozenColumns: number;
  pageLayout: Record<string, Json>;
  protection: { protected: boolean; options: Record<string, Json>; password?: string };
  validations: Map<number, FakeValidation>;
  autoFilter: { area: Area; columnIndex?: number; criteria?: Json } | null;
  conditionalFormats: { type: string; area: Area; settings: Record<string, Json> }[];
  extra: Record<string, Json>;
}
interface Target {
  sheet: Sheet;
  area: Area;
}
type Fulfil = (obj: FakeObject<unknown>, prop: string, value: unknown) => void;
interface Op {
  payload: unknown;
  run: (fulfil: Fulfil) => void;
}

const cellKey = (r: number, c: number): number => r * MAX_COLS + c;
const sizeOf = (a: Area): number => (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
const intersects = (a: Area, b: Area): boolean =>
  a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const inSheet = (a: Area): boolean =>
  [a.r0, a.r1, a.c0, a.c1].every(Number.isInteger) &&
  0 <= a.r0 &&
  a.r0 <= a.r1 &&
  a.r1 < MAX_ROWS &&
  0 <= a.c0 &&
  a.c0 <= a.c1 &&
  a.c1 < MAX_COLS;
const WHOLE: Area = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
const A1: Area = { r0: 0, c0: 0, r1: 0, c1: 0 };
const copy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const sameName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
// UTF-8 bytes of the JSON, in Node and in the browser (the task pane's Excel-mode tests)
const encoder = new TextEncoder();
const byteLength = (v: unknown): number =>
  v === undefined ? 0 : encoder.encode(JSON.stringify(v) ?? "").length;

// ------------------------------------------------------------------------------------------ addresses

function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** "A1", "B2:D9", "A:C", "3:5" (with or without `$`) → 0-based area, or null when not an address. */
function parseArea(text: string): Area | null {
  const parts = text.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) return null;
  const refs = parts.map((p) => /^([A-Za-z]{1,3})?(\d{1,7})?$/.exec(p));
  const kinds = refs.map((m) =>
    !m || (!m[1] && !m[2]) ? "bad" : m[1] && m[2] ? "cell" : m[1] ? "col" : "row",
  );
  if (kinds.includes("bad") || kinds[0] !== kinds[kinds.length - 1]) return null;
  if (parts.length === 1 && kinds[0] !== "cell") return null;
  const [a, b = a] = refs as RegExpExecArray[];
  const rows = kinds[0] === "col" ? [0, MAX_ROWS - 1] : [Number(a[2]) - 1, Number(b[2]) - 1];
  const cols = kinds[0] === "row" ? [0, MAX_COLS - 1] : [columnIndex(a[1]), columnIndex(b[1])];
  const area = { r0: Math.min(...rows), r1: Math.max(...rows), c0: Math.min(...cols), c1: Math.max(...cols) };
  return inSheet(area) ? area : null;
}

function areaText(a: Area): string {
  if (a.c0 === 0 && a.c1 === MAX_COLS - 1) return `${a.r0 + 1}:${a.r1 + 1}`;
  if (a.r0 === 0 && a.r1 === MAX_ROWS - 1) return `${columnName(a.c0)}:${columnName(a.c1)}`;
  const first = `${columnName(a.c0)}${a.r0 + 1}`;
  return a.r0 === a.r1 && a.c0 === a.c1 ? first : `${first}:${columnName(a.c1)}${a.r1 + 1}`;
}

/** Excel quotes a sheet name in an address unless it is a plain ASCII identifier that is not a cell. */
function quoteSheet(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

const qualified = (t: Target): string => `${quoteSheet(t.sheet.name)}!${areaText(t.area)}`;
/** Log form: unquoted sheet name, e.g. `values:Kết quả!A1:L20`. */
const where = (t: Target): string => `${t.sheet.name}!${areaText(t.area)}`;

/** An address given to `worksheet.getRange`, optionally sheet-qualified (it must name this sheet). */
function areaOn(sheet: Sheet, address: unknown): Area {
  if (typeof address !== "string") fail("InvalidArgument", `The address ${String(address)} is not valid.`);
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    const name = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    if (!sameName(name, sheet.name))
      fail("InvalidArgument", `'${address}' is not on worksheet '${sheet.name}'.`);
  }
  return (
    parseArea(address.slice(bang + 1)) ?? fail("InvalidArgument", `'${address}' is not a valid address.`)
  );
}

// -------------------------------------------------------------------------------------- cell helpers

/** Existing entries of a sparse grid inside an area (iterates whichever of the two is smaller). */
function* entriesIn<V>(map: Map<number, V>, a: Area): Generator<[number, number, V]> {
  if (sizeOf(a) <= map.size) {
    for (let r = a.r0; r <= a.r1; r++)
      for (let c = a.c0; c <= a.c1; c++) {
        const v = map.get(cellKey(r, c));
        if (v !== undefined) yield [r, c, v];
      }
    return;
  }
  for (const [k, v] of map) {
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    if (r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1) yield [r, c, v];
  }
}

function cellAt(s: Sheet, r: number, c: number): Cell {
  let cell = s.cells.get(cellKey(r, c));
  if (!cell) s.cells.set(cellKey(r, c), (cell = { value: "", numberFormat: "General", format: {} }));
  return cell;
}

function forEachCell(s: Sheet, a: Area, f: (cell: Cell) => void): void {
  for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) f(cellAt(s, r, c));
}

/** The value every position of the areas has (missing entries read as `get(undefined)`), else null. */
function uniform<V>(map: Map<number, V>, areas: Area[], get: (v: V | undefined) => Json): Json {
  const seen: Json[] = [];
  const add = (v: Json): boolean => (seen.length === 0 ? seen.push(v) > 0 : same(v, seen[0]));
  for (const a of areas) {
    let present = 0;
    for (const [, , v] of entriesIn(map, a)) {
      present++;
      if (!add(get(v))) return null;
    }
    if (present < sizeOf(a) && !add(get(undefined))) return null;
  }
  return seen.length > 0 ? seen[0] : null;
}

function grid<T>(t: Target, f: (cell: Cell | undefined) => T): T[][] {
  if (sizeOf(t.area) > MAX_READ_CELLS)
    fail(
      "ResponsePayloadSizeLimitExceeded",
      `Reading ${sizeOf(t.area)} cells of ${qualified(t)} is too much.`,
    );
  const out: T[][] = [];
  for (let r = t.area.r0; r <= t.area.r1; r++) {
    const row: T[] = [];
    for (let c = t.area.c0; c <= t.area.c1; c++) row.push(f(t.sheet.cells.get(cellKey(r, c))));
    out.push(row);
  }
  return out;
}

function usedArea(s: Sheet, valuesOnly: boolean): Area | null {
  let a: Area | null = null;
  for (const [k, cell] of s.cells) {
    const formatted = cell.numberFormat !== "General" || Object.keys(cell.format).length > 0;
    if (cell.value === "" && cell.formula === undefined && (valuesOnly || !formatted)) continue;
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    a = a
      ? { r0: Math.min(a.r0, r), c0: Math.min(a.c0, c), r1: Math.max(a.r1, r), c1: Math.max(a.c1, c) }
      : { r0: r, c0: c, r1: r, c1: c };
  }
  return a;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Input written through `values`/`formulas`, parsed as Excel parses typed input unless the cell is text "@". */
function writeInput(cell: Cell, input: CellValue): void {
  delete cell.formula;
  cell.value = input;
  if (typeof input !== "string" || cell.numberFormat === "@") return;
  const text = input.trim();
  if (NUMBER.test(text)) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text)) cell.value = text.toUpperCase() === "TRUE";
  else if (/^[=+-]./s.test(input)) cell.value = cell.formula = input.startsWith("=") ? input : `=${input}`;
}

function display(cell: Cell | undefined): string {
  const v = cell?.value ?? "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string" || !cell) return v as string;
  const fmt = cell.numberFormat;
  if (fmt === "General" || fmt === "@") return String(v);
  if (/[dy]/i.test(fmt.replace(/"[^"]*"/g, "")) && !fmt.includes("0")) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86_400_000));
    const parts: Record<string, string> = {
      yyyy: String(d.getUTCFullYear()),
      yy: String(d.getUTCFullYear()).slice(2),
      mm: String(d.getUTCMonth() + 1).padStart(2, "0"),
      m: String(d.getUTCMonth() + 1),
      dd: String(d.getUTCDate()).padStart(2, "0"),
      d: String(d.getUTCDate()),
    };
    return fmt.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => parts[token.toLowerCase()]);
  }
  const percent = fmt.includes("%");
  let s = (percent ? v * 100 : v).toFixed(/\.(0+)/.exec(fmt)?.[1].length ?? 0);
  if (/#,##0|0,0/.test(fmt)) s = s.replace(/^(-?\d+)/, (n) => n.replace(/\B(?=(\d{3})+$)/g, ","));
  return s + (percent ? "%" : "");
}

function guardEdit(t: Target): void {
  if (!t.sheet.protection.protected) return;
  let unlocked = 0;
  for (const [, , cell] of entriesIn(t.sheet.cells, t.area))
    if (cell.format["protection.locked"] === false) unlocked++;
  if (unlocked < sizeOf(t.area))
    fail("AccessDenied", `The cells ${qualified(t)} are locked on a protected sheet.`);
}

function guardFormat(t: Target, allow: string): void {
  const p = t.sheet.protection;
  if (p.protected && p.options[allow] !== true)
    fail("AccessDenied", `The worksheet '${t.sheet.name}' is protected.`);
}

/**
 * Whether Excel accepts a number format code: quotes and brackets closed, at most four sections,
 * a known bracket ([Red], [>=10], [$-42A], [h]…), no lone escape at the end, at most 255 characters.
 */
export function isValidNumberFormat(code: string): boolean {
  if (code.length > 255) return false;
  if (code === "General" || code === "@") return true;
  let sections = 1;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      if (close < 0) return false;
      i = close;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      if (i + 1 >= code.length) return false;
      i++;
    } else if (ch === "[") {
      const close = code.indexOf("]", i + 1);
      if (close < 0) return false;
      const inner = code.slice(i + 1, close);
      const known =
        /^(Black|Blue|Cyan|Green|Magenta|Red|White|Yellow|Color\s?\d{1,2})$/i.test(inner) ||
        /^(<|>|=|<=|>=|<>)-?\d+(\.\d+)?$/.test(inner) ||
        /^\$[^\]]*$/.test(inner) ||
        /^(h+|m+|s+)$/i.test(inner) ||
        /^DBNum\d$/i.test(inner);
      if (!known) return false;
      i = close;
    } else if (ch === ";") {
      sections++;
      if (sections > 4) return false;
    }
  }
  return true;
}

function writeGrid(t: Target, prop: "values" | "formulas" | "numberFormat", input: unknown): void {
  const rows = t.area.r1 - t.area.r0 + 1;
  const cols = t.area.c1 - t.area.c0 + 1;
  const ok = (v: unknown): boolean =>
    v === null ||
    (prop === "numberFormat"
      ? typeof v === "string" && isValidNumberFormat(v)
      : (typeof v === "string" && v.length <= 32_767) ||
        typeof v === "boolean" ||
        (typeof v === "number" && Number.isFinite(v)));
  let at: (i: number, j: number) => unknown = () => input;
  if (Array.isArray(input)) {
    if (input.length !== rows || !input.every((row) => Array.isArray(row) && row.length === cols)) {
      const shape = `${input.length}×${Array.isArray(input[0]) ? input[0].length : "?"}`;
      fail(
        "InvalidArgument",
        `The number of rows or columns in the input array (${shape}) doesn't match the size or dimensions of the range ${qualified(t)} (${rows}×${cols}).`,
      );
    }
    if (!input.every((row: unknown[]) => row.every(ok)))
      fail("InvalidArgument", `${prop}: a value is not valid.`);
    at = (i, j) => input[i][j];
  } else if (!ok(input)) fail("InvalidArgument", `${prop}: ${String(input)} is not valid.`);
  if (prop === "numberFormat") guardFormat(t, "allowFormatCells");
  else guardEdit(t);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const v = at(i, j);
      if (v === null) continue; // Excel leaves the cell unchanged
      const cell = cellAt(t.sheet, t.area.r0 + i, t.area.c0 + j);
      if (prop === "numberFormat") cell.numberFormat = v as string;
      else writeInput(cell, v as CellValue);
    }
}

function mergeArea(s: Sheet, a: Area): void {
  if (sizeOf(a) === 1) return;
  s.merges = s.merges.filter((m) => !intersects(m, a));
  for (const [r, c, cell] of entriesIn(s.cells, a))
    if (r !== a.r0 || c !== a.c0) {
      cell.value = "";
      delete cell.formula;
    }
  s.merges.push({ ...a });
}

// --------------------------------------------------------------------------------------- proxy base

interface Shape {
  kind: string;
  props?: readonly string[];
  settable?: readonly string[];
  navs?: readonly string[];
  nullable?: boolean;
}

function loadPaths(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(loadPaths);
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string")
      return [...loadPaths(o.select), ...loadPaths(o.expand)];
    return Object.entries(o).flatMap(([k, v]) => {
      if (v === true) return [k];
      const inner = v && typeof v === "object" ? loadPaths(v) : [];
      return inner.length > 0 ? inner.map((p) => `${k}/${p}`) : v ? [k] : [];
    });
  }
  throw new TypeError(`load: unsupported argument ${String(spec)}`);
}

/** The sheet an operation acts on (a worksheet, a range, its format…), or null (the workbook, the collection). */
function sheetNameOf(target: unknown): string | null {
  if (typeof target !== "object" || target === null || Array.isArray(target)) return null;
  if ("sheet" in target) return (target as { sheet: Sheet }).sheet.name;
  if ("cells" in target && "name" in target) return (target as Sheet).name;
  return null;
}

abstract class FakeObject<T> {
  /** Snapshots fulfilled by a sync. */
  readonly _loaded = new Map<string, unknown>();
  readonly _kind: string;
  private readonly props: readonly string[];
  private readonly navs: readonly string[];
  private readonly nullable: boolean;
  private kids?: Map<string, unknown>;

  constructor(
    protected readonly fx: FakeExcel,
    shape: Shape,
    private readonly locate: () => T | null,
  ) {
    this._kind = shape.kind;
    this.props = shape.props ?? [];
    this.navs = shape.navs ?? [];
    this.nullable = shape.nullable ?? false;
    for (const name of this.props) {
      const settable = shape.settable?.includes(name) ?? false;
      // Not enumerable (Office.js defines them on the prototype): printing a proxy must not read them.
      Object.defineProperty(this, name, {
        enumerable: false,
        configurable: true,
        get: () => this._read(name),
        set: settable ? (v: unknown) => this._assign(name, v) : undefined,
      });
    }
  }

  get context(): Excel.RequestContext {
    return this.fx.context;
  }

  get isNullObject(): boolean {
    return this._read("isNullObject") as boolean;
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.fx._queue(undefined, (fulfil) => this._collect(paths, fulfil));
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  _read(prop: string): unknown {
    if (!this._loaded.has(prop))
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available on ${this._kind}. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this._loaded.get(prop);
  }

  _resolve(): T | null {
    const value = this.locate();
    if (value === null && !this.nullable) fail("ItemNotFound", `The requested ${this._kind} doesn't exist.`);
    return value;
  }

  /** The resolved object for a member that cannot be used on a null object. */
  _target(member: string): T {
    return this._resolve() ?? fail("ItemNotFound", `${this._kind}.${member}: the object is a null object.`);
  }

  /** What a load of `paths` reads from the model now (called when the batch runs). */
  _collect(paths: string[], fulfil: Fulfil): void {
    const t = this._resolve();
    fulfil(this, "isNullObject", t === null);
    if (t === null) return;
    for (const path of paths.length > 0 ? paths : this.props) {
      const [head, ...rest] = path.split("/").map((s) => s.trim());
      if (this.navs.includes(head))
        this._child(head)._collect(rest.length > 0 ? [rest.join("/")] : [], fulfil);
      else if (rest.length === 0 && this.props.includes(head)) fulfil(this, head, this._snapshot(head, t));
      else if (head !== "isNullObject")
        fail("InvalidArgument", `'${path}' is not a property of ${this._kind}.`);
    }
  }

  protected _snapshot(_prop: string, _t: T): unknown {
    return undefined;
  }

  _assign(prop: string, _value: unknown): void {
    throw new TypeError(`${this._kind}.${prop} is read-only`);
  }

  /** Queues an operation on the resolved object; `apply` returns the log entry, if any. */
  protected _op(member: string, payload: unknown, apply: (t: T) => string | void, need?: string): void {
    this.fx._queue(payload, () => {
      if (need) this.fx._require(need, `${this._kind}.${member}`);
      const target = this._target(member);
      this.fx._injected({ kind: this._kind, member, sheet: sheetNameOf(target), payload });
      const entry = apply(target);
      if (entry) this.fx.log.push(entry);
    });
  }

  protected _kid<K>(name: string, make: () => K): K {
    this.kids ??= new Map();
    if (!this.kids.has(name)) this.kids.set(name, make());
    return this.kids.get(name) as K;
  }

  private _child(name: string): FakeObject<unknown> {
    return (this as unknown as Record<string, FakeObject<unknown>>)[name];
  }
}

class FakeCollection<T> extends FakeObject<T[]> {
  constructor(
    fx: FakeExcel,
    kind: string,
    locate: () => T[],
    private readonly makeItem: (t: T) => FakeObject<unknown>,
  ) {
    super(fx, { kind }, locate);
  }

  get items(): unknown {
    return this._read("items");
  }

  override _collect(paths: string[], fulfil: Fulfil): void {
    const items = (this._resolve() ?? []).map((t) => this.makeItem(t));
    fulfil(this, "items", items);
    const all = paths.length === 0 || paths.includes("items");
    const rest = paths.filter((p) => p !== "items").map((p) => p.replace(/^items\//, ""));
    for (const item of items) {
      if (all) item._collect([], fulfil);
      if (rest.length > 0) item._collect(rest, fulfil);
    }
  }
}

/** Accepts any property write or call; used for the parts of Office.js that are only recorded. */
function recorder(store: Record<string, Json>, path = ""): unknown {
  return new Proxy(function () {}, {
    get: (_t, key) =>
      typeof key === "symbol" || key === "then" || key === "toJSON"
        ? undefined
        : recorder(store, path ? `${path}.${key}` : key),
    set: (_t, key, value) => {
      store[path ? `${path}.${String(key)}` : String(key)] = copy(value);
      return true;
    },
    apply: () => recorder(store, path),
  });
}

const live = (s: Sheet): Sheet =>
  s.deleted ? fail("ItemNotFound", `The worksheet '${s.name}' has been deleted.`) : s;

/** A worksheet reference that binds to the sheet it first finds (so it follows renames). */
function bindOnce(find: () => Sheet | null): () => Sheet | null {
  let bound: Sheet | null = null;
  return () => (bound ? live(bound) : (bound = find()));
}

// ------------------------------------------------------------------------------------------ workbook

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(private readonly fx: FakeExcel) {
    this.workbook = new FakeWorkbook(fx);
    this.application = this.workbook.application;
  }
  sync<T>(passThroughValue?: T): Promise<T | undefined> {
    return this.fx._sync(passThroughValue);
  }
  load(object: FakeObject<unknown>, spec?: unknown): void {
    object.load(spec);
  }
}

class FakeWorkbook extends FakeObject<true> {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(fx: FakeExcel) {
    super(fx, { kind: "Workbook", props: ["name"] }, () => true);
    this.worksheets = new FakeWorksheetCollection(fx);
    this.application = new FakeApplication(fx);
  }
  protected override _snapshot(): unknown {
    return "Book1.xlsx";
  }
  /** Excel refuses it while the selection has several areas (Ctrl+click): InvalidSelection. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.fx, () => {
      const areas = this.fx._selectionAreas;
      if (areas && areas.length > 1)
        fail("InvalidSelection", "The current selection is invalid for this operation.");
      return this.fx._selection ?? { sheet: this.fx._active, area: A1 };
    });
  }
  /** Every area of the selection (ExcelApi 1.9). */
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.fx, () => {
      this.fx._require("1.9", "Workbook.getSelectedRanges");
      const sheet = this.fx._selection?.sheet ?? this.fx._active;
      const areas = this.fx._selectionAreas ?? [this.fx._selection?.area ?? A1];
      return { sheet, areas };
    });
  }
}

class FakeApplication extends FakeObject<true> {
  constructor(fx: FakeExcel) {
    super(fx, { kind: "Application", props: ["calculationMode"] }, () => true);
  }
  protected override _snapshot(): unknown {
    return "Automatic";
  }
  suspendApiCalculationUntilNextSync(): void {
    this._op("suspendApiCalculationUntilNextSync", undefined, () => this.fx._suspend("calc"), "1.6");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._op("suspendScreenUpdatingUntilNextSync", undefined, () => this.fx._suspend("screen"), "1.9");
  }
}

class FakeWorksheetCollection extends FakeCollection<Sheet> {
  constructor(fx: FakeExcel) {
    super(
      fx,
      "WorksheetCollection",
      () => fx._sheets.slice(),
      (s) => new FakeWorksheet(fx, () => live(s)),
    );
  }
  getItem(key: string): FakeWorksheet {
    const find = (): Sheet =>
      this.fx._find(key) ?? fail("ItemNotFound", `The worksheet '${key}' doesn't exist.`);
    return new FakeWorksheet(this.fx, bindOnce(find));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    const find = (): Sheet | null => {
      this.fx._require("1.4", "WorksheetCollection.getItemOrNullObject");
      return this.fx._find(key);
    };
    return new FakeWorksheet(this.fx, bindOnce(find), true);
  }
  add(name?: string): FakeWorksheet {
    let created: Sheet | null = null;
    this._op("add", name, () => `add:${(created = this.fx._addSheet(name)).name}`);
    const find = (): Sheet => created ?? fail("ItemNotFound", `The worksheet '${name}' was not added.`);
    return new FakeWorksheet(this.fx, () => live(find()));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.fx,
      bindOnce(() => this.fx._active),
    );
  }
}

const SHEET_PROPS = ["name", "position", "visibility", "id", "showGridlines", "tabColor"];

class FakeWorksheet extends FakeObject<Sheet> {
  constructor(fx: FakeExcel, locate: () => Sheet | null, nullable = false) {
    const settable = SHEET_PROPS.filter((p) => p !== "id");
    const navs = ["protection", "pageLayout", "autoFilter", "freezePanes", "horizontalPageBreaks"];
    super(fx, { kind: "Worksheet", props: SHEET_PROPS, settable, navs, nullable }, locate);
  }

  protected override _snapshot(prop: string, s: Sheet): unknown {
    if (prop === "position") return this.fx._sheets.indexOf(s);
    if (prop === "showGridlines") return s.extra.showGridlines ?? true;
    if (prop === "tabColor") return s.extra.tabColor ?? "";
    return s[prop as "name" | "visibility" | "id"];
  }

  override _assign(prop: string, v: unknown): void {
    const fx = this.fx;
    if (prop === "name")
      this._op("name", v, (s) => {
        const old = s.name;
        s.name = fx._checkName(v, s);
        fx._rewriteReferences(old, (quoted) => quoted(s.name));
        return `rename:${old}->${s.name}`;
      });
    else if (prop === "position") this._op("position", v, (s) => `position:${s.name}=${fx._move(s, v)}`);
    else if (prop === "visibility")
      this._op("visibility", v, (s) => `visibility:${s.name}=${fx._setVisibility(s, v)}`);
    else
      this._op(
        prop,
        v,
        (s) => {
          if (typeof v !== (prop === "tabColor" ? "string" : "boolean"))
            fail("InvalidArgument", `${prop}: ${String(v)} is not valid.`);
          s.extra[prop] = v;
          return `${prop}:${s.name}=${String(v)}`;
        },
        prop === "tabColor" ? "1.7" : "1.8",
      );
  }

  get protection(): FakeWorksheetProtection {
    return this._kid(
      "protection",
      () => new FakeWorksheetProtection(this.fx, this.part("protection", "1.2")),
    );
  }
  get pageLayout(): FakePageLayout {
    return this._kid("pageLayout", () => new FakePageLayout(this.fx, this.part("pageLayout", "1.9")));
  }
  get freezePanes(): FakeFreezePanes {
    return this._kid("freezePanes", () => new FakeFreezePanes(this.fx, this.part("freezePanes", "1.7")));
  }
  get autoFilter(): FakeAutoFilter {
    return this._kid("autoFilter", () => new FakeAutoFilter(this.fx, this.part("autoFilter", "1.9")));
  }
  get horizontalPageBreaks(): FakePageBreaks {
    return this._kid(
      "horizontalPageBreaks",
      () => new FakePageBreaks(this.fx, this.part("horizontalPageBreaks", "1.9")),
    );
  }
  private part(member: string, need: string): () => Sheet {
    return () => {
      this.fx._require(need, `Worksheet.${member}`);
      return this._target(member);
    };
  }

  delete(): void {
    this._op("delete", undefined, (s) => {
      this.fx._delete(s);
      return `delete:${s.name}`;
    });
  }
  activate(): void {
    this._op("activate", undefined, (s) => {
      this.fx._activate(s);
      return `activate:${s.name}`;
    });
  }

  private range(member: string, area: (s: Sheet) => Area | null, nullable = false, need?: string): FakeRange {
    const locate = (): Target | null => {
      if (need) this.fx._require(need, `Worksheet.${member}`);
      const sheet = this._target(member);
      const a = area(sheet);
      return a && { sheet, area: a };
    };
    return new FakeRange(this.fx, locate, nullable);
  }
  getRange(address?: string): FakeRange {
    return this.range("getRange", (s) => (address === undefined ? WHOLE : areaOn(s, address)));
  }
  getCell(row: number, column: number): FakeRange {
    return this.range("getCell", () => checked({ r0: row, c0: column, r1: row, c1: column }, "getCell"));
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    const a = { r0: row, c0: column, r1: row + rowCount - 1, c1: column + columnCount - 1 };
    return this.range("getRangeByIndexes", () => checked(a, "getRangeByIndexes"), false, "1.7");
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range("getUsedRange", (s) => usedArea(s, valuesOnly) ?? A1);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range("getUsedRangeOrNullObject", (s) => usedArea(s, valuesOnly), true, "1.4");
  }
}

function checked(a: Area, member: string): Area {
  return inSheet(a) ? a : fail("InvalidArgument", `${member}: the range is outside the worksheet.`);
}

class FakeFreezePanes extends FakeObject<Sheet> {
  constructor(fx: FakeExcel, locate: () => Sheet) {
    super(fx, { kind: "WorksheetFreezePanes" }, locate);
  }
  private freeze(member: string, rows: number, columns: number): void {
    this._op(member, undefined, (s) => {
      if (![rows, columns].every((n) => Number.isInteger(n) && n >= 0 && n < MAX_ROWS))
        fail("InvalidArgument", `${member}: ${rows}/${columns} is not valid.`);
      [s.frozenRows, s.frozenColumns] = [rows, Math.min(columns, MAX_COLS - 1)];
      return `${member}:${s.name}=${Math.max(rows, columns)}`;
    });
  }
  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, 0);
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", 0, count);
  }
  unfreeze(): void {
    this.freeze("unfreeze", 0, 0);
  }
}

const PROTECTION_OPTIONS: Record<string, Json> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

class FakeWorksheetProtection extends FakeObject<Sheet> {
  constructor(fx: FakeExcel, locate: () => Sheet) {
    super(fx, { kind: "WorksheetProtection", props: ["protected", "options"] }, locate);
  }
  protected override _snapshot(prop: string, s: Sheet): unknown {
    return prop === "protected"
      ? s.protection.protected
      : { ...PROTECTION_OPTIONS, ...copy(s.protection.options) };
  }
  protect(options?: Record<string, Json>, password?: string): void {
    this._op("protect", { options, password }, (s) => {
      if (password !== undefined) this.fx._require("1.7", "WorksheetProtection.protect(password)");
      // office-js issue #6784 (2026): protecting a protected sheet is refused with AccessDenied
      if (s.protection.protected) fail("AccessDenied", `The worksheet '${s.name}' is already protected.`);
      const unknown = Object.keys(options ?? {}).filter((k) => !(k in PROTECTION_OPTIONS));
      if (unknown.length > 0) fail("InvalidArgument", `Unknown protection options: ${unknown.join(", ")}.`);
      s.protection = { protected: true, options: copy(options ?? {}), password };
      return `protect:${s.name}`;
    });
  }
  unprotect(password?: string): void {
    this._op("unprotect", { password }, (s) => {
      const expected = s.protection.password;
      // office-js issue #6784 (2026): unprotecting a sheet that is not protected is AccessDenied
      if (!s.protection.protected) fail("AccessDenied", `The worksheet '${s.name}' is not protected.`);
      if (expected !== undefined && expected !== password)
        fail("InvalidArgument", "The password is incorrect.");
      s.protection = { protected: false, options: {} };
      return `unprotect:${s.name}`;
    });
  }
}

const PAGE_LAYOUT: Record<string, Json> = {
  orientation: "Portrait",
  paperSize: "Letter",
  zoom: { scale: 100 },
  centerHorizontally: false,
  centerVertically: false,
  printGridlines: false,
  printHeadings: false,
  printOrder: "DownThenOver",
  printComments: "NoComments",
  printErrors: "AsDisplayed",
  blackAndWhite: false,
  draftMode: false,
  firstPageNumber: "",
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
};

class FakePageLayout extends FakeObject<Sheet> {
  constructor(fx: FakeExcel, locate: () => Sheet) {
    const props = Object.keys(PAGE_LAYOUT);
    super(fx, { kind: "PageLayout", props, settable: props }, locate);
  }
  protected override _snapshot(prop: string, s: Sheet): unknown {
    return copy(s.pageLayout[prop] ?? PAGE_LAYOUT[prop]);
  }
  override _assign(prop: string, v: unknown): void {
    this._op(prop, v, (s) => {
      const zoom = v as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | null;
      const bad =
        prop === "orientation"
          ? v !== "Portrait" && v !== "Landscape"
          : prop === "zoom"
            ? typeof zoom !== "object" ||
              zoom === null ||
              (zoom.scale !== undefined && !(zoom.scale >= 10 && zoom.scale <= 400))
            : prop === "firstPageNumber"
              ? v !== "" && !Number.isInteger(v)
              : typeof v !== typeof PAGE_LAYOUT[prop] || (typeof v === "number" && v < 0);
      if (bad) fail("InvalidArgument", `PageLayout.${prop}: ${JSON.stringify(v)} is not valid.`);
      s.pageLayout[prop] = copy(v);
      return `pageLayout.${prop}:${s.name}`;
    });
  }
  private setArea(member: string, key: string, at: unknown, text: (a: Area) => string): void {
    this._op(member, at, (s) => {
      const area = at instanceof FakeRange ? at._target(member) : { sheet: s, area: areaOn(s, at) };
      if (area.sheet !== s) fail("InvalidArgument", `${member}: the range is on another worksheet.`);
      s.pageLayout[key] = text(area.area);
      return `${key}:${s.name}=${s.pageLayout[key]}`;
    });
  }
  setPrintTitleRows(rows: unknown): void {
    this.setArea("setPrintTitleRows", "printTitleRows", rows, (a) => `$${a.r0 + 1}:$${a.r1 + 1}`);
  }
  setPrintTitleColumns(columns: unknown): void {
    const text = (a: Area): string => `$${columnName(a.c0)}:$${columnName(a.c1)}`;
    this.setArea("setPrintTitleColumns", "printTitleColumns", columns, text);
  }
  setPrintArea(area: unknown): void {
    this.setArea("setPrintArea", "printArea", area, areaText);
  }
}

/** `Worksheet.horizontalPageBreaks` (ExcelApi 1.9): the 1-based rows that start a printed page. */
class FakePageBreaks extends FakeObject<Sheet> {
  constructor(fx: FakeExcel, locate: () => Sheet) {
    super(fx, { kind: "PageBreakCollection" }, locate);
  }
  add(at: unknown): void {
    this._op("add", at, (s) => {
      const area = at instanceof FakeRange ? at._target("add") : { sheet: s, area: areaOn(s, at) };
      if (area.sheet !== s) fail("InvalidArgument", "add: the range is on another worksheet.");
      const rows = (s.pageLayout.horizontalPageBreaks as number[] | undefined) ?? [];
      s.pageLayout.horizontalPageBreaks = [...new Set([...rows, area.area.r0 + 1])].sort((a, b) => a - b);
      return `pageBreak:${s.name}=${area.area.r0 + 1}`;
    });
  }
  removePageBreaks(): void {
    this._op("removePageBreaks", undefined, (s) => {
      delete s.pageLayout.horizontalPageBreaks;
      return `removePageBreaks:${s.name}`;
    });
  }
}

class FakeAutoFilter extends FakeObject<Sheet> {
  constructor(fx: FakeExcel, locate: () => Sheet) {
    super(fx, { kind: "AutoFilter", props: ["enabled", "isDataFiltered"] }, locate);
  }
  protected override _snapshot(prop: string, s: Sheet): unknown {
    return prop === "enabled" ? s.autoFilter !== null : s.autoFilter?.criteria !== undefined;
  }
  apply(range: unknown, columnIndex?: number, criteria?: Json): void {
    this._op("apply", { range, columnIndex, criteria }, (s) => {
      const t =
        range instanceof FakeRange ? range._target("autoFilter") : { sheet: s, area: areaOn(s, range) };
      if (t.sheet !== s) fail("InvalidArgument", "AutoFilter.apply: the range is on another worksheet.");
      s.autoFilter = { area: { ...t.area }, columnIndex, criteria: copy(criteria) };
      return `autoFilter:${where(t)}`;
    });
  }
  remove(): void {
    this._op("remove", undefined, (s) => {
      s.autoFilter = null;
      return `autoFilter.remove:${s.name}`;
    });
  }
  clearCriteria(): void {
    this._op("clearCriteria", undefined, (s) => {
      if (s.autoFilter) delete s.autoFilter.criteria;
      return `autoFilter.clearCriteria:${s.name}`;
    });
  }
}

// --------------------------------------------------------------------------------------------- ranges

const RANGE_PROPS = [
  "values",
  "numberFormat",
  "formulas",
  "text",
  "valueTypes",
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
];

class FakeRange extends FakeObject<Target> {
  private memo: { serial: number; value: Target | null } | null = null;

  constructor(fx: FakeExcel, locate: () => Target | null, nullable = false) {
    const shape = { kind: "Range", props: RANGE_PROPS, nullable };
    super(
      fx,
      {
        ...shape,
        settable: ["values", "numberFormat", "formulas"],
        navs: ["format", "dataValidation", "worksheet"],
      },
      locate,
    );
  }

  /** A range is located once per batch (as Excel instantiates an object path once per request). */
  override _resolve(): Target | null {
    if (this.memo?.serial !== this.fx._serial)
      this.memo = { serial: this.fx._serial, value: super._resolve() };
    if (this.memo.value?.sheet.deleted) fail("ItemNotFound", "The worksheet of this range has been deleted.");
    return this.memo.value;
  }

  protected override _snapshot(prop: string, t: Target): unknown {
    const a = t.area;
    switch (prop) {
      case "values":
        return grid(t, (c) => c?.value ?? "");
      case "formulas":
        return grid(t, (c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return grid(t, (c) => c?.numberFormat ?? "General");
      case "text":
        return grid(t, display);
      case "valueTypes":
        return grid(t, (c) =>
          !c || c.value === ""
            ? "Empty"
            : typeof c.value === "number"
              ? "Double"
              : typeof c.value === "string"
                ? "String"
                : "Boolean",
        );
      case "address":
      case "addressLocal":
        return qualified(t);
      case "rowIndex":
        return a.r0;
      case "columnIndex":
        return a.c0;
      case "rowCount":
        return a.r1 - a.r0 + 1;
      case "columnCount":
        return a.c1 - a.c0 + 1;
      default:
        return sizeOf(a);
    }
  }

  override _assign(prop: string, value: unknown): void {
    const p = prop as "values" | "formulas" | "numberFormat";
    this._op(p, value, (t) => {
      writeGrid(t, p, value);
      return `${p}:${where(t)}`;
    });
  }

  get format(): FakeRangeFormat {
    return this._kid("format", () => new FakeRangeFormat(this.fx, this));
  }
  get dataValidation(): FakeDataValidation {
    return this._kid(
      "dataValidation",
      () => new FakeDataValidation(this.fx, this.part("dataValidation", "1.8")),
    );
  }
  get conditionalFormats(): FakeConditionalFormats {
    return this._kid(
      "conditionalFormats",
      () => new FakeConditionalFormats(this.fx, this.part("conditionalFormats", "1.6")),
    );
  }
  get worksheet(): FakeWorksheet {
    return this._kid("worksheet", () => new FakeWorksheet(this.fx, () => this._target("worksheet").sheet));
  }
  /** @internal */
  part(member: string, need?: string): () => Target {
    return () => {
      if (need) this.fx._require(need, `Range.${member}`);
      return this._target(member);
    };
  }

  private derive(member: string, f: (a: Area) => Area, need?: string): FakeRange {
    return new FakeRange(this.fx, () => {
      const t = this.part(member, need)();
      return { sheet: t.sheet, area: checked(f(t.area), `Range.${member}`) };
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", (a) => ({
      r0: a.r0 + row,
      c0: a.c0 + column,
      r1: a.r0 + row,
      c1: a.c0 + column,
    }));
  }
  getRow(row: number): FakeRange {
    return this.derive("getRow", (a) => ({ ...a, r0: a.r0 + row, r1: a.r0 + row }));
  }
  getColumn(column: number): FakeRange {
    return this.derive("getColumn", (a) => ({ ...a, c0: a.c0 + column, c1: a.c0 + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(
      "getResizedRange",
      (a) => ({ ...a, r1: a.r1 + deltaRows, c1: a.c1 + deltaColumns }),
      "1.7",
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive("getOffsetRange", (a) => ({
      r0: a.r0 + rowOffset,
      c0: a.c0 + columnOffset,
      r1: a.r1 + rowOffset,
      c1: a.c1 + columnOffset,
    }));
  }
  getEntireRow(): FakeRange {
    return this.derive("getEntireRow", (a) => ({ ...a, c0: 0, c1: MAX_COLS - 1 }));
  }
  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn", (a) => ({ ...a, r0: 0, r1: MAX_ROWS - 1 }));
  }
  /** The smallest range holding this range and `other` (office.js splits writes of over 1,500 cells with it). */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.fx, () => {
      const a = this.part("getBoundingRect")();
      if (!(other instanceof FakeRange)) fail("InvalidArgument", "Range.getBoundingRect: not a range.");
      const b = other._target("getBoundingRect");
      if (b.sheet !== a.sheet)
        fail("InvalidArgument", "Range.getBoundingRect: the ranges are on different worksheets.");
      const area = {
        r0: Math.min(a.area.r0, b.area.r0),
        c0: Math.min(a.area.c0, b.area.c0),
        r1: Math.max(a.area.r1, b.area.r1),
        c1: Math.max(a.area.c1, b.area.c1),
      };
      return { sheet: a.sheet, area };
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.fx, () => {
      const t = this.part("getMergedAreasOrNullObject", "1.13")();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.area));
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }

  merge(across = false): void {
    this._op(
      "merge",
      undefined,
      (t) => {
        guardFormat(t, "allowFormatCells");
        const a = t.area;
        const rows = Array.from({ length: a.r1 - a.r0 + 1 }, (_, i) => ({
          ...a,
          r0: a.r0 + i,
          r1: a.r0 + i,
        }));
        for (const area of across ? rows : [a]) mergeArea(t.sheet, area);
        return `${across ? "mergeAcross" : "merge"}:${where(t)}`;
      },
      "1.2",
    );
  }
  unmerge(): void {
    this._op(
      "unmerge",
      undefined,
      (t) => {
        guardFormat(t, "allowFormatCells");
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
        return `unmerge:${where(t)}`;
      },
      "1.2",
    );
  }
  /**
   * Copies a range (or a sheet-qualified address) here, anchored at this range's top-left cell
   * (ExcelApi 1.9): values, formulas and number formats ("Values"/"Formulas" keep this range's
   * formats, "Formats" only formats), with "All" also the cell formats, merged areas and validation.
   * Row heights and column widths are not copied, as in Excel.
   */
  copyFrom(source: unknown, copyType = "All", skipBlanks = false, transpose = false): void {
    this._op(
      "copyFrom",
      { copyType, skipBlanks, transpose },
      (t) => {
        if (!["All", "Formulas", "Values", "Formats"].includes(copyType))
          fail("InvalidArgument", `copyFrom: '${copyType}' is not valid.`);
        if (transpose) fail("InvalidArgument", "copyFrom: transpose is not modelled.");
        const from = source instanceof FakeRange ? source._target("copyFrom") : this.fx._targetOf(source);
        const rows = from.area.r1 - from.area.r0;
        const cols = from.area.c1 - from.area.c0;
        const to = {
          sheet: t.sheet,
          area: checked(
            { r0: t.area.r0, c0: t.area.c0, r1: t.area.r0 + rows, c1: t.area.c0 + cols },
            "copyFrom",
          ),
        };
        guardEdit(to);
        const cells: [number, number, Cell | undefined][] = [];
        for (let r = 0; r <= rows; r++)
          for (let c = 0; c <= cols; c++)
            cells.push([r, c, from.sheet.cells.get(cellKey(from.area.r0 + r, from.area.c0 + c))]);
        const validations = [...entriesIn(from.sheet.validations, from.area)];
        for (const [r, c, cell] of cells) {
          if (skipBlanks && (!cell || cell.value === "")) continue;
          const at = cellAt(to.sheet, to.area.r0 + r, to.area.c0 + c);
          if (copyType !== "Formats") {
            at.value = cell?.value ?? "";
            if (cell?.formula) at.formula = cell.formula;
            else delete at.formula;
          }
          if (copyType === "All" || copyType === "Formats") {
            at.numberFormat = cell?.numberFormat ?? "General";
            at.format = copy(cell?.format ?? {});
          }
        }
        if (copyType === "All" || copyType === "Formats") {
          to.sheet.merges = to.sheet.merges.filter((m) => !intersects(m, to.area));
          for (const m of from.sheet.merges.filter((m) => intersects(m, from.area)))
            to.sheet.merges.push({
              r0: m.r0 - from.area.r0 + to.area.r0,
              c0: m.c0 - from.area.c0 + to.area.c0,
              r1: m.r1 - from.area.r0 + to.area.r0,
              c1: m.c1 - from.area.c0 + to.area.c0,
            });
        }
        if (copyType === "All")
          for (const [r, c, v] of validations)
            to.sheet.validations.set(
              cellKey(r - from.area.r0 + to.area.r0, c - from.area.c0 + to.area.c0),
              copy(v),
            );
        return `copyFrom:${where(from)}->${where(to)}`;
      },
      "1.9",
    );
  }
  clear(applyTo = "All"): void {
    this._op("clear", applyTo, (t) => {
      const kinds = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];
      if (!kinds.includes(applyTo)) fail("InvalidArgument", `clear: '${applyTo}' is not valid.`);
      const contents = applyTo === "All" || applyTo === "Contents";
      const formats = applyTo === "All" || applyTo === "Formats";
      if (contents) guardEdit(t);
      if (formats) guardFormat(t, "allowFormatCells");
      for (const [r, c, cell] of entriesIn(t.sheet.cells, t.area)) {
        if (contents) {
          cell.value = "";
          delete cell.formula;
        }
        if (formats) [cell.numberFormat, cell.format] = ["General", {}];
        if (cell.value === "" && cell.numberFormat === "General" && Object.keys(cell.format).length === 0)
          t.sheet.cells.delete(cellKey(r, c));
      }
      if (formats) t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
      return `clear${applyTo === "All" ? "" : `.${applyTo}`}:${where(t)}`;
    });
  }
  select(): void {
    this._op("select", undefined, (t) => {
      this.fx._activate(t.sheet);
      this.fx._selection = t;
      this.fx._selectionAreas = null;
      return `select:${where(t)}`;
    });
  }
}

interface AreasTarget {
  sheet: Sheet;
  areas: Area[];
}

class FakeRangeAreas extends FakeObject<AreasTarget> {
  constructor(fx: FakeExcel, locate: () => AreasTarget | null) {
    const props = ["address", "addressLocal", "areaCount", "cellCount"];
    super(fx, { kind: "RangeAreas", props, navs: ["areas"], nullable: true }, locate);
  }
  protected override _snapshot(prop: string, t: AreasTarget): unknown {
    if (prop === "areaCount") return t.areas.length;
    if (prop === "cellCount") return t.areas.reduce((n, a) => n + sizeOf(a), 0);
    return t.areas.map((area) => qualified({ sheet: t.sheet, area })).join(",");
  }
  get areas(): FakeCollection<Target> {
    return this._kid("areas", () => {
      const locate = (): Target[] => {
        const t = this._target("areas");
        return t.areas.map((area) => ({ sheet: t.sheet, area }));
      };
      return new FakeCollection<Target>(
        this.fx,
        "RangeCollection",
        locate,
        (t) => new FakeRange(this.fx, () => t),
      );
    });
  }
}

// --------------------------------------------------------------------------------------------- formats

const ENUMS: Record<string, readonly string[]> = {
  horizontalAlignment: [
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed",
  ],
  verticalAlignment: ["Top", "Center", "Bottom", "Justify", "Distributed"],
  style: ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"],
  weight: ["Hairline", "Thin", "Medium", "Thick"],
  underline: ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"],
};
const COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};

/** A per-cell format part: keys `${prefix}${prop}` in each cell's format record. */
interface FormatPart {
  kind: string;
  prefix: string;
  defaults: Record<string, Json>;
  pick?: (a: Area) => Area[];
  /** The protection option that allows the change on a protected sheet ("never": never allowed). */
  allow?: string;
}

class FakeCellFormat extends FakeObject<Target> {
  constructor(
    fx: FakeExcel,
    private readonly part: FormatPart,
    locate: () => Target,
    extra: string[] = [],
    navs: string[] = [],
  ) {
    const props = [...Object.keys(part.defaults), ...extra];
    super(fx, { kind: part.kind, props, settable: props, navs }, locate);
  }
  private areas(t: Target): Area[] {
    return this.part.pick ? this.part.pick(t.area) : [t.area];
  }
  protected override _snapshot(prop: string, t: Target): unknown {
    const key = this.part.prefix + prop;
    return uniform(t.sheet.cells, this.areas(t), (c) => c?.format[key] ?? this.part.defaults[prop]);
  }
  override _assign(prop: string, value: unknown): void {
    const key = this.part.prefix + prop;
    const fallback = this.part.defaults[prop];
    this._op(key, value, (t) => {
      let v = value;
      if (prop === "color" && typeof v === "string")
        v = /^#[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : (COLORS[v.toLowerCase()] ?? v);
      const allowed = ENUMS[prop];
      const bad = allowed
        ? !allowed.includes(v as string)
        : typeof v !== typeof fallback || (prop === "color" && !/^#[0-9A-F]{6}$/.test(v as string));
      if (bad) fail("InvalidArgument", `${this._kind}.${prop}: ${JSON.stringify(value)} is not valid.`);
      guardFormat(t, this.part.allow ?? "allowFormatCells");
      for (const a of this.areas(t))
        forEachCell(t.sheet, a, (cell) => {
          if (same(v, fallback)) delete cell.format[key];
          else cell.format[key] = v;
        });
      return `format.${key}:${where(t)}`;
    });
  }
}

class FakeRangeFormat extends FakeCellFormat {
  constructor(
    fx: FakeExcel,
    private readonly range: FakeRange,
  ) {
    const part = {
      kind: "RangeFormat",
      prefix: "",
      defaults: { horizontalAlignment: "General", verticalAlignment: "Bottom", wrapText: false },
    };
    super(
      fx,
      part,
      () => range._target("format"),
      ["columnWidth", "rowHeight"],
      ["font", "fill", "protection"],
    );
  }
  protected override _snapshot(prop: string, t: Target): unknown {
    const a = t.area;
    if (prop === "columnWidth")
      return uniform(t.sheet.colWidths, [{ ...a, r0: 0, r1: 0 }], (w) => w ?? DEFAULT_COLUMN_WIDTH);
    if (prop === "rowHeight")
      return uniform(t.sheet.rowHeights, [{ ...a, c0: 0, c1: 0 }], (h) => h ?? DEFAULT_ROW_HEIGHT);
    return super._snapshot(prop, t);
  }
  override _assign(prop: string, value: unknown): void {
    if (prop !== "columnWidth" && prop !== "rowHeight") return super._assign(prop, value);
    const op = (t: Target): string => {
      // Excel: a row is at most 409 points high; a column at most 255 characters (~1,790 points) wide
      const max = prop === "rowHeight" ? 409 : 1790;
      if (typeof value !== "number" || !(value >= 0 && value <= max))
        fail("InvalidArgument", `${prop}: ${String(value)} is not valid.`);
      guardFormat(t, prop === "columnWidth" ? "allowFormatColumns" : "allowFormatRows");
      const [map, from, to] =
        prop === "columnWidth"
          ? [t.sheet.colWidths, t.area.c0, t.area.c1]
          : [t.sheet.rowHeights, t.area.r0, t.area.r1];
      // Sizes are stored in row 0 (widths) / column 0 (heights) of the sparse maps' key space.
      for (let i = from; i <= to; i++) map.set(prop === "columnWidth" ? cellKey(0, i) : cellKey(i, 0), value);
      return `format.${prop}:${where(t)}`;
    };
    this._op(prop, value, op, "1.2");
  }
  get font(): FakeCellFormat {
    const defaults = {
      bold: false,
      italic: false,
      size: 11,
      color: "#000000",
      name: "Calibri",
      underline: "None",
      strikethrough: false,
    };
    return this._kid(
      "font",
      () => new FakeCellFormat(this.fx, { kind: "RangeFont", prefix: "font.", defaults }, this.at()),
    );
  }
  get fill(): FakeFill {
    return this._kid("fill", () => new FakeFill(this.fx, this.at()));
  }
  get borders(): FakeBorders {
    return this._kid("borders", () => new FakeBorders(this.fx, this.at()));
  }
  get protection(): FakeCellFormat {
    const part = {
      kind: "FormatProtection",
      prefix: "protection.",
      defaults: { locked: true, formulaHidden: false },
      allow: "never",
    };
    return this._kid(
      "protection",
      () => new FakeCellFormat(this.fx, part, this.range.part("protection", "1.2")),
    );
  }
  autofitColumns(): void {
    this._op("autofitColumns", undefined, (t) => `autofitColumns:${where(t)}`, "1.2");
  }
  autofitRows(): void {
    this._op("autofitRows", undefined, (t) => `autofitRows:${where(t)}`, "1.2");
  }
  private at(): () => Target {
    return () => this._target("format");
  }
}

class FakeFill extends FakeCellFormat {
  constructor(fx: FakeExcel, locate: () => Target) {
    super(fx, { kind: "RangeFill", prefix: "fill.", defaults: { color: "#FFFFFF" } }, locate);
  }
  clear(): void {
    this._op("clear", undefined, (t) => {
      guardFormat(t, "allowFormatCells");
      for (const [, , cell] of entriesIn(t.sheet.cells, t.area)) delete cell.format["fill.color"];
      return `format.fill.clear:${where(t)}`;
    });
  }
}

const BORDERS: Record<string, { side: string; pick: (a: Area) => Area[] }> = {
  EdgeTop: { side: "top", pick: (a) => [{ ...a, r1: a.r0 }] },
  EdgeBottom: { side: "bottom", pick: (a) => [{ ...a, r0: a.r1 }] },
  EdgeLeft: { side: "left", pick: (a) => [{ ...a, c1: a.c0 }] },
  EdgeRight: { side: "right", pick: (a) => [{ ...a, c0: a.c1 }] },
  InsideHorizontal: { side: "bottom", pick: (a) => (a.r1 > a.r0 ? [{ ...a, r1: a.r1 - 1 }] : []) },
  InsideVertical: { side: "right", pick: (a) => (a.c1 > a.c0 ? [{ ...a, c1: a.c1 - 1 }] : []) },
  DiagonalDown: { side: "diagonalDown", pick: (a) => [a] },
  DiagonalUp: { side: "diagonalUp", pick: (a) => [a] },
};

class FakeBorders extends FakeObject<Target> {
  constructor(fx: FakeExcel, locate: () => Target) {
    super(fx, { kind: "RangeBorderCollection" }, locate);
  }
  getItem(index: string): FakeCellFormat {
    const border = BORDERS[index];
    const part = {
      kind: "RangeBorder",
      prefix: `border.${border?.side}.`,
      defaults: { style: "None", color: "#000000", weight: "Thin" },
      pick: border?.pick,
    };
    return new FakeCellFormat(this.fx, part, () =>
      border ? this._target("getItem") : fail("InvalidArgument", `'${index}' is not a border index.`),
    );
  }
}

// ------------------------------------------------------------------------ validation and cond. formats

const RULE_TYPES: Record<string, string> = {
  custom: "Custom",
  date: "Date",
  decimal: "Decimal",
  list: "List",
  textLength: "TextLength",
  time: "Time",
  wholeNumber: "WholeNumber",
};
const VALIDATION_DEFAULTS: Record<string, Json> = {
  rule: null,
  ignoreBlanks: true,
  prompt: { showPrompt: false, title: "", message: "" },
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
};

class FakeDataValidation extends FakeObject<Target> {
  constructor(fx: FakeExcel, locate: () => Target) {
    const props = ["rule", "type", "ignoreBlanks", "prompt", "errorAlert"];
    super(fx, { kind: "DataValidation", props, settable: props.filter((p) => p !== "type") }, locate);
  }
  protected override _snapshot(prop: string, t: Target): unknown {
    const map = t.sheet.validations;
    if (prop !== "type")
      return copy(
        uniform(
          map,
          [t.area],
          (v) => (v as Record<string, Json> | undefined)?.[prop] ?? VALIDATION_DEFAULTS[prop],
        ),
      );
    const type = uniform(map, [t.area], (v) => (v?.rule ? RULE_TYPES[Object.keys(v.rule)[0]] : "None"));
    return type ?? "Inconsistent";
  }
  override _assign(prop: string, value: unknown): void {
    this._op(prop, value, (t) => {
      const keys = value && typeof value === "object" ? Object.keys(value) : [];
      const bad =
        prop === "rule"
          ? keys.length !== 1 || !(keys[0] in RULE_TYPES)
          : prop === "ignoreBlanks"
            ? typeof value !== "boolean"
            : typeof value !== "object" || value === null;
      if (bad) fail("InvalidArgument", `DataValidation.${prop}: ${JSON.stringify(value)} is not valid.`);
      if (prop === "rule" && keys[0] === "list")
        this.fx._checkListSource((value as { list: { source?: unknown } }).list.source);
      guardFormat(t, "never");
      for (let r = t.area.r0; r <= t.area.r1; r++)
        for (let c = t.area.c0; c <= t.area.c1; c++) {
          const k = cellKey(r, c);
          t.sheet.validations.set(k, { ...t.sheet.validations.get(k), [prop]: copy(value) });
        }
      return `dataValidation${prop === "rule" ? "" : `.${prop}`}:${where(t)}`;
    });
  }
  clear(): void {
    this._op("clear", undefined, (t) => {
      guardFormat(t, "never");
      for (const [r, c] of entriesIn(t.sheet.validations, t.area)) t.sheet.validations.delete(cellKey(r, c));
      return `dataValidation.clear:${where(t)}`;
    });
  }
}

class FakeConditionalFormats extends FakeObject<Target> {
  constructor(fx: FakeExcel, locate: () => Target) {
    super(fx, { kind: "ConditionalFormatCollection" }, locate);
  }
  /** Records the rule; the returned object accepts any property write (stored in `settings`). */
  add(type: string): unknown {
    const settings: Record<string, Json> = {};
    this._op("add", type, (t) => {
      t.sheet.conditionalFormats.push({ type, area: { ...t.area }, settings });
      return `conditionalFormat:${type}:${where(t)}`;
    });
    return recorder(settings);
  }
  clearAll(): void {
    this._op("clearAll", undefined, (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => !intersects(f.area, t.area));
      return `conditionalFormat.clearAll:${where(t)}`;
    });
  }
}

// ------------------------------------------------------------------------------------------ the fake

export interface FakeSheetInput {
  name: string;
  /** Cell values from A1, stored as given (no parsing); null or "" is an empty cell. */
  rows?: (CellValue | null)[][];
  numberFormats?: (string | null)[][];
  merges?: string[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface FakeExcelOptions {
  sheets?: FakeSheetInput[];
  /** Request (and response) payload limit in bytes; default 5 MB as Excel on the web. */
  limitBytes?: number;
  /** Supported requirement sets, each "Name maxVersion"; default ["ExcelApi 1.17"]. */
  requirementSets?: string[];
}

/** An operation as a test's `failWhen` sees it, when the batch runs it (before it changes anything). */
export interface FakeOperation {
  /** The proxy's kind: `Worksheet`, `Range`, `WorksheetProtection`, `RangeFormat`… */
  kind: string;
  /** The property set or the method called: `name`, `values`, `protect`, `freezeRows`… */
  member: string;
  /** The sheet it acts on, by its name at that moment (null: the workbook or the collection). */
  sheet: string | null;
  /** The value set, or the method's arguments. */
  payload: unknown;
}

export interface FakeCellInfo {
  value: CellValue;
  numberFormat: string;
  formula: string | null;
  format: Record<string, Json>;
  locked: boolean;
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export class FakeExcel {
  /** Every `context.sync()` call, including rejected ones. */
  syncCount = 0;
  /** Payload bytes of each batch, in sync order (rejected batches included). */
  readonly batchBytes: number[] = [];
  maxBatchBytes = 0;
  /** Batches in which `suspendApiCalculationUntilNextSync()` was called. */
  suspendedBatches = 0;
  screenUpdatingSuspendedBatches = 0;
  /** Applied writes in order, e.g. `add:Kết quả`, `rename:X->Y`, `values:Kết quả!A1:L20`. */
  readonly log: string[] = [];
  readonly limitBytes: number;
  /** The object to pass as `Excel.RequestContext`. */
  readonly context: Excel.RequestContext;
  /**
   * A failure a test injects (a co-author's change, a service fault): an operation for which it
   * answers an error code fails with that code when its batch runs, as Excel fails it — before it
   * changes anything, the operations before it applied, those after it dropped. Null: none.
   */
  failWhen: ((op: FakeOperation) => string | null | undefined) | null = null;

  /** @internal */ _sheets: Sheet[] = [];
  /** @internal */ _active: Sheet;
  /** @internal */ _selection: Target | null = null;
  /** @internal the areas of a selection of several areas (Ctrl+click), or null */
  _selectionAreas: Area[] | null = null;
  /** @internal */ _serial = 0;
  private flags = { calc: false, screen: false };
  private ops: Op[] = [];
  private nextId = 1;
  private readonly sets = new Map<string, string>();

  constructor(options: FakeExcelOptions = {}) {
    this.limitBytes = options.limitBytes ?? 5 * 1024 * 1024;
    for (const entry of options.requirementSets ?? ["ExcelApi 1.17"]) {
      const m = /^(\S+)\s+(\d+(?:\.\d+)*)$/.exec(entry.trim());
      if (!m) throw new Error(`requirementSets: '${entry}' is not "Name version"`);
      this.sets.set(m[1].toLowerCase(), m[2]);
    }
    for (const input of options.sheets ?? [{ name: "Sheet1" }]) this.seed(input);
    this._active =
      this._sheets.find((s) => s.visibility === "Visible") ?? fail("InvalidArgument", "no visible sheet");
    this.context = new FakeContext(this) as unknown as Excel.RequestContext;
  }

  private seed(input: FakeSheetInput): void {
    const s = this._addSheet(input.name);
    s.visibility = input.visibility ?? "Visible";
    const width = Math.max(
      0,
      ...(input.rows ?? []).map((r) => r.length),
      ...(input.numberFormats ?? []).map((r) => r.length),
    );
    for (let r = 0; r < Math.max(input.rows?.length ?? 0, input.numberFormats?.length ?? 0); r++)
      for (let c = 0; c < width; c++) {
        const value = input.rows?.[r]?.[c] ?? "";
        const numberFormat = input.numberFormats?.[r]?.[c] ?? "General";
        if (value !== "" || numberFormat !== "General")
          s.cells.set(cellKey(r, c), { value, numberFormat, format: {} });
      }
    for (const m of input.merges ?? []) mergeArea(s, parseArea(m) ?? fail("InvalidArgument", `merge '${m}'`));
  }

  /** Selects several areas of a sheet at once (Ctrl+click), for tests. */
  selectAreas(sheet: string, addresses: string[]): void {
    const s = this.sheet(sheet);
    const areas = addresses.map((a) => parseArea(a) ?? fail("InvalidArgument", `'${a}' is not an address`));
    this._selection = { sheet: s, area: areas[0] };
    this._selectionAreas = areas;
    this._active = s;
  }

  /** Whether a requirement set is supported, like `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version = "1.1"): boolean {
    const max = this.sets.get(name.toLowerCase());
    return max !== undefined && compareVersions(version, max) <= 0;
  }

  /** `Office.context.requirements` stand-in. */
  get requirements(): { isSetSupported: (name: string, version?: string) => boolean } {
    return { isSetSupported: (name, version) => this.isSetSupported(name, version) };
  }

  /** Like `Excel.run`: runs the batch function, then syncs what it left queued. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const result = await batch(this.context);
    await this.context.sync();
    return result;
  }

  /** Operations queued and not yet synced (loads included). */
  get pendingOperations(): number {
    return this.ops.length;
  }

  // ----- inspection helpers (not Office.js)

  sheetNames(): string[] {
    return this._sheets.map((s) => s.name);
  }
  activeSheet(): string {
    return this._active.name;
  }
  visibility(sheet: string): string {
    return this.sheet(sheet).visibility;
  }
  cell(sheet: string, address: string): FakeCellInfo {
    const a = parseArea(address);
    if (!a || sizeOf(a) !== 1) throw new Error(`cell: '${address}' is not one cell`);
    const cell = this.sheet(sheet).cells.get(cellKey(a.r0, a.c0));
    return {
      value: cell?.value ?? "",
      numberFormat: cell?.numberFormat ?? "General",
      formula: cell?.formula ?? null,
      format: { ...cell?.format },
      locked: cell?.format["protection.locked"] !== false,
    };
  }
  /** The used range's address ("A1:L20"), or null for an empty sheet (values only). */
  usedRange(sheet: string): string | null {
    const a = usedArea(this.sheet(sheet), true);
    return a && areaText(a);
  }
  /** The values of the used range (values only), [] for an empty sheet. */
  values(sheet: string): CellValue[][] {
    const s = this.sheet(sheet);
    const a = usedArea(s, true);
    return a ? grid({ sheet: s, area: a }, (c) => c?.value ?? "") : [];
  }
  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(areaText);
  }
  frozenRows(sheet: string): number {
    return this.sheet(sheet).frozenRows;
  }
  frozenColumns(sheet: string): number {
    return this.sheet(sheet).frozenColumns;
  }
  columnWidth(sheet: string, column: string): number {
    return this.sheet(sheet).colWidths.get(cellKey(0, columnIndex(column))) ?? DEFAULT_COLUMN_WIDTH;
  }
  rowHeight(sheet: string, row: number): number {
    return this.sheet(sheet).rowHeights.get(cellKey(row - 1, 0)) ?? DEFAULT_ROW_HEIGHT;
  }
  /** Page layout with defaults, plus `printTitleRows`/`printTitleColumns`/`printArea` when set. */
  pageLayout(sheet: string): Record<string, Json> {
    return copy({ ...PAGE_LAYOUT, ...this.sheet(sheet).pageLayout });
  }
  protection(sheet: string): { protected: boolean; options: Record<string, Json>; password: string | null } {
    const p = this.sheet(sheet).protection;
    return { protected: p.protected, options: copy(p.options), password: p.password ?? null };
  }
  dataValidation(sheet: string, address: string): FakeValidation | null {
    const a = parseArea(address);
    if (!a) throw new Error(`dataValidation: '${address}' is not an address`);
    return copy(this.sheet(sheet).validations.get(cellKey(a.r0, a.c0))) ?? null;
  }
  autoFilter(sheet: string): string | null {
    const f = this.sheet(sheet).autoFilter;
    return f && areaText(f.area);
  }
  conditionalFormats(sheet: string): { type: string; address: string; settings: Record<string, Json> }[] {
    return this.sheet(sheet).conditionalFormats.map((f) => ({
      type: f.type,
      address: areaText(f.area),
      settings: copy(f.settings),
    }));
  }
  private sheet(name: string): Sheet {
    const s = this._find(name);
    if (!s) throw new Error(`FakeExcel: no worksheet '${name}' (have ${this.sheetNames().join(", ")})`);
    return s;
  }

  // ----- internals used by the proxies

  /** @internal */
  _queue(payload: unknown, run: (fulfil: Fulfil) => void): void {
    this.ops.push({ payload, run });
  }

  /** @internal */
  _injected(op: FakeOperation): void {
    const code = this.failWhen?.(op);
    if (code) fail(code, `${op.kind}.${op.member} on '${op.sheet ?? "the workbook"}' failed (injected).`);
  }

  /** @internal */
  _require(version: string, member: string): void {
    if (!this.isSetSupported("ExcelApi", version))
      fail("ApiNotFound", `${member} needs ExcelApi ${version}.`);
  }

  /** @internal */
  _suspend(kind: "calc" | "screen"): void {
    if (this.flags[kind]) return;
    this.flags[kind] = true;
    if (kind === "calc") this.suspendedBatches++;
    else this.screenUpdatingSuspendedBatches++;
  }

  /** @internal */
  async _sync<T>(passThroughValue?: T): Promise<T | undefined> {
    this.syncCount++;
    const ops = this.ops;
    this.ops = [];
    const bytes = ops.reduce((n, op) => n + byteLength(op.payload), 0);
    this.batchBytes.push(bytes);
    this.maxBatchBytes = Math.max(this.maxBatchBytes, bytes);
    await Promise.resolve();
    if (bytes > this.limitBytes)
      fail(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${bytes} bytes) exceeds ${this.limitBytes} bytes.`,
      );
    this._serial++;
    this.flags = { calc: false, screen: false };
    const results: [FakeObject<unknown>, string, unknown][] = [];
    for (const op of ops) op.run((obj, prop, value) => results.push([obj, prop, value]));
    const isProxies = (v: unknown): boolean => Array.isArray(v) && v.some((x) => x instanceof FakeObject);
    const response = results.reduce((n, [, , v]) => n + (isProxies(v) ? 0 : byteLength(v)), 0);
    if (response > this.limitBytes)
      fail(
        "ResponsePayloadSizeLimitExceeded",
        `The response (${response} bytes) exceeds ${this.limitBytes} bytes.`,
      );
    for (const [obj, prop, value] of results) obj._loaded.set(prop, value);
    return passThroughValue;
  }

  /** @internal */
  _find(nameOrId: string): Sheet | null {
    return this._sheets.find((s) => sameName(s.name, nameOrId) || s.id === nameOrId) ?? null;
  }

  /** @internal */
  _checkName(name: unknown, self?: Sheet): string {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      /[:\\/?*[\]]/.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      sameName(name, "History")
    )
      fail("InvalidArgument", `'${String(name)}' is not a valid worksheet name.`);
    if (this._sheets.some((s) => s !== self && sameName(s.name, name)))
      fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    return name;
  }

  /** A sheet-qualified address ("'Kết quả'!A1:L20") as a target. @internal */
  _targetOf(address: unknown): Target {
    if (typeof address !== "string" || !address.includes("!"))
      fail("InvalidArgument", `The address ${String(address)} is not valid.`);
    const bang = address.lastIndexOf("!");
    const name = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const sheet = this._find(name) ?? fail("ItemNotFound", `The worksheet '${name}' doesn't exist.`);
    return { sheet, area: areaOn(sheet, address) };
  }

  /**
   * Formulas of every sheet that refer to the sheet `name` (`'Kết quả'!H4`, `Results!A1`), as Excel
   * keeps them: renamed with the sheet, `#REF!` once it is deleted.
   * @internal
   */
  _rewriteReferences(name: string, replace: (quoted: (n: string) => string) => string): void {
    const quoted = (n: string) =>
      /^[A-Za-z_][A-Za-z0-9_.]*$/.test(n) ? `${n}!` : `'${n.replace(/'/g, "''")}'!`;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|\\b${escaped}!` : "";
    const pattern = new RegExp(`'${escaped.replace(/'/g, "''")}'!${plain}`, "gi");
    const target = replace(quoted);
    for (const sheet of this._sheets)
      for (const cell of sheet.cells.values())
        if (cell.formula && pattern.test(cell.formula)) {
          pattern.lastIndex = 0;
          cell.formula = cell.formula.replace(pattern, target);
        }
  }

  /**
   * A list validation's source as Excel checks it when the rule is set: a literal of at most 255
   * characters, or a reference (`=…`) whose sheets exist now.
   * @internal
   */
  _checkListSource(source: unknown): void {
    if (typeof source !== "string" || source === "")
      fail("InvalidArgument", "DataValidation.rule: a list needs a source.");
    if (!source.startsWith("=")) {
      if (source.length > 255)
        fail(
          "InvalidArgument",
          `DataValidation.rule: the list has ${source.length} characters (255 at most).`,
        );
      return;
    }
    for (const match of source.matchAll(/(?:'((?:[^']|'')+)'|([^\s'!=(),]+))!/g)) {
      const name = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
      if (!this._find(name))
        fail("InvalidArgument", `DataValidation.rule: the source refers to '${name}', which does not exist.`);
    }
  }

  /** @internal */
  _addSheet(name: string | undefined): Sheet {
    let n = this._sheets.length + 1;
    while (name === undefined && this._find(`Sheet${n}`)) n++;
    const s: Sheet = {
      id: `{00000000-0001-0000-${String(this.nextId++).padStart(4, "0")}-000000000000}`,
      name: this._checkName(name ?? `Sheet${n}`),
      visibility: "Visible",
      deleted: false,
      cells: new Map(),
      colWidths: new Map(),
      rowHeights: new Map(),
      merges: [],
      frozenRows: 0,
      frozenColumns: 0,
      pageLayout: {},
      protection: { protected: false, options: {} },
      validations: new Map(),
      autoFilter: null,
      conditionalFormats: [],
      extra: {},
    };
    this._sheets.push(s);
    return s;
  }

  /** @internal */
  _move(s: Sheet, position: unknown): number {
    if (
      !Number.isInteger(position) ||
      (position as number) < 0 ||
      (position as number) >= this._sheets.length
    )
      fail(
        "InvalidArgument",
        `Position ${String(position)} is not valid for ${this._sheets.length} worksheets.`,
      );
    this._sheets.splice(this._sheets.indexOf(s), 1);
    this._sheets.splice(position as number, 0, s);
    return position as number;
  }

  private visibleOthers(s: Sheet): Sheet[] {
    return this._sheets.filter((x) => x !== s && x.visibility === "Visible");
  }

  /** @internal */
  _setVisibility(s: Sheet, v: unknown): string {
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      fail("InvalidArgument", `Visibility '${String(v)}' is not valid.`);
    if (v !== "Visible" && this.visibleOthers(s).length === 0)
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    s.visibility = v;
    if (v !== "Visible" && this._active === s) this._active = this.visibleOthers(s)[0];
    return v;
  }

  /** @internal */
  _delete(s: Sheet): void {
    if (s.visibility === "VeryHidden")
      fail("InvalidOperation", `The worksheet '${s.name}' is very hidden and cannot be deleted.`);
    const others = this.visibleOthers(s);
    if (others.length === 0)
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const index = this._sheets.indexOf(s);
    this._sheets.splice(index, 1);
    s.deleted = true;
    this._rewriteReferences(s.name, () => "#REF!");
    if (this._active === s)
      this._active = others.find((x) => this._sheets.indexOf(x) >= index) ?? others[others.length - 1];
    if (this._selection?.sheet === s) this._selection = null;
  }

  /** @internal */
  _activate(s: Sheet): void {
    if (s.visibility !== "Visible") fail("InvalidOperation", `The worksheet '${s.name}' is hidden.`);
    this._active = s;
  }
}
