/**
 * Reading the rows of the set-up sheets (WORKBOOK.md §2, §6, §9), the same way for each: where a
 * field of a record is (for a message), the values of set-up cells, and the rows keyed by their code
 * or name — a row without a key is a warning when it holds anything else, a key seen on an earlier
 * row is a structural error.
 */
import { headerOf, type TableSheetId } from "../contract/sheets";
import { IssueLog, type Msg, type Where } from "../issues";
import type { MessageKey } from "../i18n";
import { toHundredths, type Hundredths } from "../contract/points";
import { cellText } from "../contract/text";
import { isEmpty, parseNumber, parsePercent, type Raw } from "../contract/values";

export type Table = { name: string; columns: Partial<Record<string, number>> };
export type Row = { row: number } & Partial<Record<string, Raw | undefined>>;

/** Where a field of a record is, for a message. */
export function fieldAt(sheetId: TableSheetId, sheet: Table, record: Row, field: string): Where {
  return {
    sheet: sheet.name,
    row: record.row,
    column: headerOf(sheetId, field),
    col: sheet.columns[field] ?? null,
    value: record[field] ?? null,
  };
}

export function hasContent(record: Row): boolean {
  return Object.entries(record).some(([field, value]) => field !== "row" && !isEmpty(value as Raw));
}

export function wholeNumber(value: Raw, min: number): number | null {
  const n = parseNumber(value);
  return Number.isInteger(n) && n >= min ? n : null;
}

export function pointsValue(value: Raw): Hundredths | null {
  const n = parseNumber(value);
  return Number.isNaN(n) ? null : toHundredths(n);
}

export function percentValue(value: Raw, max: number | null): Hundredths | null {
  const n = parsePercent(value);
  if (Number.isNaN(n) || n < 0 || (max !== null && n > max)) return null;
  return toHundredths(n);
}

export interface KeySpec {
  /** The field that holds the key (a code, a name, a report type). */
  field: string;
  /** How keys compare: codes case-insensitively, names normalised (§1). */
  key: (text: string) => string;
  /** The warning for a row that holds something but no key. */
  withoutKey: MessageKey;
  /** The structural error for a key already seen on the row `first`. */
  duplicate: (text: string, first: number) => Msg;
}

/** The rows of a set-up sheet that carry a key not seen before, with that key. */
export function* keyedRows<R extends Row>(
  sheetId: TableSheetId,
  sheet: Table & { records: R[] },
  log: IssueLog,
  spec: KeySpec,
): Generator<{ record: R; text: string; key: string }> {
  const rowByKey = new Map<string, number>();
  for (const record of sheet.records) {
    const text = cellText(record[spec.field] ?? null);
    if (text === "") {
      if (hasContent(record))
        log.warning(fieldAt(sheetId, sheet, record, spec.field), { key: spec.withoutKey, params: {} });
      continue;
    }
    const key = spec.key(text);
    const first = rowByKey.get(key);
    if (first !== undefined) {
      log.structural(fieldAt(sheetId, sheet, record, spec.field), spec.duplicate(text, first));
      continue;
    }
    rowByKey.set(key, record.row);
    yield { record, text, key };
  }
}
