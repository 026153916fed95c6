/**
 * WORKBOOK.md §1 — comparing names. Sheet names, headers, award names, class names and bloc
 * names compare **normalised**: Unicode NFC, trimmed, inner spaces collapsed, case-folded,
 * diacritics removed, `Đ/đ` mapped to `D/d`. Codes are trimmed and compared case-insensitively.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

const normalised = new Map<string, string>();

/** `Đơn vị`, `DON VI` and ` don  vi ` all give `don vi`. */
export function normalise(text: string): string {
  let key = normalised.get(text);
  if (key === undefined) {
    // the same few names (sheets, headers, awards, report types) come back on every row
    if (normalised.size > 50_000) normalised.clear();
    key = normaliseUncached(text);
    normalised.set(text, key);
  }
  return key;
}

function normaliseUncached(text: string): string {
  return text
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** The comparison key of a code (unit, criterion, award): trimmed, case-insensitive. */
export function codeKey(code: string): string {
  return (ASCII.test(code) ? code : code.normalize("NFC")).trim().toUpperCase();
}

const ASCII = /^[\x20-\x7e]*$/;

/** Text of a raw cell as a user would read it ("" for an empty cell). */
export function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.normalize("NFC").trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** True when `a` and `b` are exactly one insertion, deletion or replacement apart. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** Vietnamese alphabetical order (à, ă, â, đ, … in their dictionary places). */
export const vietnameseCollator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
