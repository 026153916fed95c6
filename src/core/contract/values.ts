/**
 * WORKBOOK.md §1 — reading cell values: numbers with a comma or dot decimal mark, yes/no cells.
 * Dates are in ./day.ts. A raw cell is what a sheet holds: text, a number, a boolean or nothing.
 */
import { normalise } from "./text";

export type Raw = string | number | boolean | null;

export function isEmpty(value: Raw | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** "An Excel number, or text such as 95,5, 95.5, ` 95 `". NaN when the cell is not a number. */
export function parseNumber(value: Raw): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value !== "string") return NaN;
  const text = value.trim().replace(/\u00a0/g, "");
  if (!NUMBER_TEXT.test(text)) return NaN;
  return Number(text.replace(",", "."));
}

/** A percentage: a number, or text with a trailing % ("30%", "12,5 %"). */
export function parsePercent(value: Raw): number {
  if (typeof value === "string") {
    const text = value.trim();
    if (text.endsWith("%")) return parseNumber(text.slice(0, -1));
  }
  return parseNumber(value);
}

const YES = new Set(["co", "x", "1", "yes", "true"]);
const NO = new Set(["", "khong", "0", "no", "false"]);

/** "Có, x, 1, Yes, TRUE are yes; empty, Không, 0, No, FALSE are no." null when unreadable. */
export function parseYesNo(value: Raw): boolean | null {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  const key = normalise(value);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
