/**
 * WORKBOOK.md §11.4 — the canonical JSON the result fingerprint is the hash of: "object keys
 * sorted; every list sorted by the canonical text of its items; no spaces; numbers as JavaScript's
 * `JSON.stringify` writes them (95, 95.5); text as is (UTF-8, not escaped)". Text is written as
 * `JSON.stringify` writes a string: quotes, backslashes and control characters escaped as JSON
 * requires, every other character (Vietnamese letters included) as is.
 */
export type Canonical = string | number | boolean | null | Canonical[] | { [key: string]: Canonical };

/** Code-unit order, the same in every engine (not the locale's). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).sort(byCodeUnits).join(",")}]`;
  const keys = Object.keys(value).sort(byCodeUnits);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(",")}}`;
}
