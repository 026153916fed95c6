/**
 * Control characters in input cells (issue 11 §6): U+0000–U+001F but tab, line feed and carriage
 * return, and U+007F–U+009F. Excel shows none of them, text pasted from other software brings
 * them, and a file writer may drop them (XML cannot hold them): they are never stripped
 * silently — each cell holding one gets a warning naming it, and the value is read as it is.
 */
import { IssueLog, columnLetters, msg } from "../issues";
import { cellText } from "./text";
import type { Raw } from "./values";

// finding control characters is the point here
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The text with each control character shown as its code point, e.g. "a[U+0001]b". */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => `[${codePoint(c)}]`);
}

/**
 * A warning for each cell of `rows` (a sheet's rows, 0-based) holding a control character; the
 * column is named by the header row's text (0-based `headerRow`) when it has one, else its letter.
 */
export function reportControlCharacters(
  sheet: string,
  rows: readonly (readonly Raw[] | undefined)[],
  headerRow: number | null,
  log: IssueLog,
): void {
  const header = headerRow === null ? [] : (rows[headerRow] ?? []);
  rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (typeof cell !== "string" || !CONTROL.test(cell)) return;
      const chars = [...new Set(cell.match(CONTROLS) ?? [])].map(codePoint).join(", ");
      const name = cellText(header[c] ?? null);
      log.warning(
        {
          sheet,
          row: r + 1,
          column: name !== "" && !CONTROL.test(name) ? name : columnLetters(c + 1),
          col: c + 1,
          value: showControls(cell),
        },
        msg("warn.controlCharacter", { chars }),
      );
    }),
  );
}
