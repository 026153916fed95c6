/**
 * WORKBOOK.md §1 — dates. "An Excel date (serial or date cell), or text d/m/yyyy, dd/mm/yyyy,
 * d-m-yyyy, d.m.yyyy, yyyy-mm-dd. Day first, always: 10/2/2023 is 10 February 2023. A date is a
 * calendar day; no time zone may shift it."
 *
 * A Day is the number of days since 1970-01-01, a plain integer: no Date, no time zone.
 */
export type Day = number;

const EXCEL_EPOCH_OFFSET = 25569; // serial of 1970-01-01 in Excel's 1900 date system

export function dayFromYmd(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null; // 31/02
  return Math.round(ms / 86_400_000);
}

export function ymdOfDay(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Excel serial (1900 system, days from 1899-12-30) to a Day; a time of day is dropped. */
export function dayFromSerial(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  return Math.floor(serial + 1e-9) - EXCEL_EPOCH_OFFSET;
}

export function serialFromDay(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET;
}

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/** Text or serial to a Day; null when it is not a date. Text is always read day first. */
export function parseDay(value: string | number | boolean | null): Day | null {
  if (typeof value === "number") return dayFromSerial(value);
  if (typeof value !== "string") return null;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return dayFromYmd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return dayFromYmd(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return null;
}

/** dd/mm/yyyy, the way Vietnamese documents write dates (used in both languages). */
export function formatDay(day: Day): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
