/**
 * Rows that fit Excel's limits: a row at most 409 points high and a cell at most 32,767 characters
 * (Microsoft's "Excel specifications and limits"). Text longer than one row can show continues on
 * the rows below it, so nothing is cut off on screen or on paper; then each wrapped row gets the
 * height its text needs, which neither Excel nor LibreOffice grows for a program.
 */
import { MAX_ROW_HEIGHT } from "../styles";
import type { OutRow, OutSheet } from "./sheet";

const LINE_HEIGHT = 15;
/** The most lines of wrapped text a row of at most 409 points shows. */
export const MAX_LINES = Math.floor((MAX_ROW_HEIGHT - 2) / LINE_HEIGHT);
/** The most characters Excel holds in a cell. */
export const MAX_CELL_TEXT = 32_767;
/** Marks text continued from the row above. */
const CONTINUED = "… ";

/** About 1.45 characters of 11 pt Times New Roman per unit of column width. */
function charsPerLine(width: number): number {
  return Math.max(1, Math.floor(width * 1.45));
}

function linesOf(text: string, perLine: number): number {
  return text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * Splits `text` into pieces each within `maxLines` wrapped lines and `MAX_CELL_TEXT` characters,
 * cutting at a line break, else at a space, else anywhere; every piece but the first is marked as
 * continued.
 */
export function splitText(text: string, perLine: number, maxLines: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const prefix = pieces.length > 0 ? CONTINUED : "";
    const budget = MAX_CELL_TEXT - prefix.length;
    if (rest.length <= budget && linesOf(prefix + rest, perLine) <= maxLines) {
      pieces.push(prefix + rest);
      break;
    }
    // the longest start of `rest` that fits
    let end = Math.min(rest.length, budget);
    while (end > 1 && linesOf(prefix + rest.slice(0, end), perLine) > maxLines) {
      end = Math.max(1, Math.min(end - 1, Math.floor(end * 0.9)));
    }
    const cut = Math.max(rest.lastIndexOf("\n", end - 1), rest.lastIndexOf(" ", end - 1));
    if (cut > end / 2 && end < rest.length) end = cut + 1;
    pieces.push(prefix + rest.slice(0, end).trimEnd());
    rest = rest.slice(end).replace(/^[\n ]+/, "");
  }
  return pieces;
}

function fit(row: OutRow, sheet: OutSheet): OutRow[] {
  const pieces = row.cells.map((cell, c) => {
    if (typeof cell.value !== "string") return null;
    const column = sheet.columns[c];
    const wraps = !row.span && column && (column.wrap || row.role === "header");
    const perLine = wraps ? charsPerLine(column.width) : MAX_CELL_TEXT;
    const maxLines = wraps ? MAX_LINES : Number.MAX_SAFE_INTEGER;
    if (cell.value.length <= MAX_CELL_TEXT && linesOf(cell.value, perLine) <= maxLines) return null;
    return splitText(cell.value, perLine, maxLines);
  });
  const rows = Math.max(1, ...pieces.map((p) => p?.length ?? 1));
  if (rows === 1) return [row];
  return Array.from({ length: rows }, (_, r) => ({
    ...row,
    cells: row.cells.map((cell, c) => {
      const piece = pieces[c];
      if (piece) return { ...cell, value: piece[r] ?? null };
      return r === 0 ? cell : { ...cell, value: null };
    }),
  }));
}

/**
 * The height of a row whose one wrapped text spans `width` units of column width: at least
 * `least` points, at most 409.
 */
export function wrappedHeight(text: string, width: number, least: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(least, linesOf(text, charsPerLine(width)) * LINE_HEIGHT + 2));
}

/**
 * Continues over the next rows any text a row cannot hold (more than 409 points of wrapped lines,
 * or more than 32,767 characters), then sets the height of each row of wrapped text.
 */
export function withRowHeights(sheet: OutSheet): OutSheet {
  sheet.rows = sheet.rows.flatMap((row) => fit(row, sheet));
  for (const row of sheet.rows) {
    // a document's rows have their heights from the font's metrics already (./metrics.ts)
    if (row.span || row.height !== undefined) continue;
    let lines = 1;
    row.cells.forEach((cell, c) => {
      const column = sheet.columns[c];
      if (typeof cell.value !== "string" || !column || !(column.wrap || row.role === "header")) return;
      lines = Math.max(lines, linesOf(cell.value, charsPerLine(column.width)));
    });
    if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
  }
  return sheet;
}
