/**
 * Cell values, the same for both adapters (exceljs and Office.js): what a cell holds as the raw cell
 * the contract reader takes (WORKBOOK.md §1), and how text is written so that it stays text.
 */
import { serialFromDay } from "../core/contract/dates";
import type { Raw } from "../core/contract/values";

/**
 * True when a number format shows the number as a percentage: a `%` placeholder outside quotes
 * (`"%"`), escapes (`\%`) and brackets (`[Red]`). `0%`, `0.0%` yes; `0"%"`, `0.0\%`, `@` no.
 * Only the first section (positive numbers) is looked at, as Excel shows a positive number.
 */
export function hasPercentPlaceholder(format: string | null | undefined): boolean {
  if (!format || !format.includes("%")) return false;
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (inQuotes) {
      if (ch === '"') inQuotes = false;
      continue;
    }
    if (ch === '"') inQuotes = true;
    else if (ch === "\\" || ch === "_" || ch === "*")
      i++; // an escaped or padding character
    else if (ch === "[") {
      const close = format.indexOf("]", i);
      i = close < 0 ? format.length : close;
    } else if (ch === ";") return false;
    else if (ch === "%") return true;
  }
  return false;
}

/**
 * WORKBOOK.md §1: "A number in a cell whose format has a real percent placeholder is read as the
 * cell shows it: 0,2 formatted 0% is 20." Twelve significant digits drop the binary noise of × 100.
 */
export function numberAsShown(value: number, format: string | null | undefined): number {
  return hasPercentPlaceholder(format) ? Number((value * 100).toPrecision(12)) : value;
}

/** A date of exceljs (built at UTC midnight from the stored serial) back to its Excel serial. */
export function serialOfDate(date: Date): number {
  const ms = date.getTime();
  const day = Math.floor(ms / 86_400_000);
  return serialFromDay(day) + (ms - day * 86_400_000) / 86_400_000;
}

/** A value as both adapters read it (a number, text, a boolean, empty) to a raw cell. */
export function rawOfValue(value: unknown, format?: string | null): Raw {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? numberAsShown(value, format) : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOfDate(value);
  return String(value);
}

/** The number format that makes a cell hold text: what Excel and exceljs write as text, never parse. */
export const TEXT_FORMAT = "@";

/**
 * The number format to write a value with: any non-empty string goes into a cell formatted as text
 * — set before the value, in the same request — so that `=HYPERLINK(…)`, `+1`, `-2`, `@x`, `0123`
 * or `TRUE` stay text (WORKBOOK.md §6); other values keep `format`.
 */
export function formatFor(value: string | number | boolean | null, format: string): string {
  return typeof value === "string" && value !== "" ? TEXT_FORMAT : format;
}
