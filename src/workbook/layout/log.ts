/**
 * The `Nhật ký` sheet as both adapters write it (WORKBOOK.md §11.4, ../../core/log/chain.ts): the
 * header in row 1 (bold, frozen), one row per action below; `STT` a number, every other cell text
 * in a text-formatted cell (a time or a hash never becomes a date or a number). Protected without a
 * password: anyone can read it, and editing it means unprotecting it first.
 */
import { LOG_HEADERS, type LogCells } from "../../core/log/chain";

/** Column widths in characters, as the headers: a hash shows its first characters. */
export const LOG_WIDTHS = [6, 26, 22, 12, 22, 24, 24, 24, 24] as const;

export const LOG_TEXT_FORMAT = "@";
export const LOG_INDEX_FORMAT = "0";

/** The values to write for a log row: `STT` as a number, the rest as text. */
export function logRowValues(cells: LogCells): (string | number)[] {
  return cells.map((cell, c) => (c === 0 ? Number(cell) : cell));
}

export function logFormats(): string[] {
  return LOG_HEADERS.map((_, c) => (c === 0 ? LOG_INDEX_FORMAT : LOG_TEXT_FORMAT));
}
