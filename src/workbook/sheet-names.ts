/**
 * Excel's rules for sheet names (Microsoft, "Excel specifications and limits"; the Office.js
 * `Worksheet.name` documentation): at most 31 characters, none of `: \ / ? * [ ]`, not beginning
 * or ending with an apostrophe, not empty, unique in the workbook ignoring case. Both adapters and
 * every job that names a sheet go through here.
 */

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** The comparison Excel makes between sheet names: case-insensitive. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toUpperCase();
}

/** `text` cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/** Why a name is not a valid sheet name, or null when it is. */
export function sheetNameProblem(name: string): "empty" | "tooLong" | "forbidden" | "apostrophe" | null {
  if (name.trim() === "") return "empty";
  if (name.length > SHEET_NAME_MAX) return "tooLong";
  if (/[:\\/?*[\]]/.test(name)) return "forbidden";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  return null;
}

/** Text without what Excel refuses anywhere in a sheet name (forbidden characters become spaces), not yet cut. */
export function sheetNameText(text: string): string {
  return text
    .normalize("NFC")
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
}

/** Text made a valid sheet name: forbidden characters become spaces, then cut to 31 characters. */
export function validSheetName(text: string, fallback = "Sheet"): string {
  const name = cut(sheetNameText(text), SHEET_NAME_MAX).trim().replace(/'+$/, "").trim();
  return name === "" ? fallback : name;
}

/**
 * A valid sheet name not among `taken` (compared as Excel does): `base` itself, or `base (2)`,
 * `base (3)`, … with `base` shortened so that the whole stays within 31 characters.
 */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(sheetNameKey));
  const name = validSheetName(base);
  if (!used.has(sheetNameKey(name))) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${cut(name, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}
