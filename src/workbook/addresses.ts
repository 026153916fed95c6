/**
 * Excel addresses, the same for both adapters: column letters, A1 cells and areas, quoted sheet
 * names in references.
 */
import { columnLetters } from "../core/issues";
import type { MergedArea } from "../core/contract/grid";

export { columnLetters };

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The A1 address of a 1-based cell. */
export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** The A1 address of a 1-based area ("B3:D7", or "B3" for one cell). */
export function areaA1(area: MergedArea): string {
  const first = cellA1(area.top, area.left);
  return area.top === area.bottom && area.left === area.right
    ? first
    : `${first}:${cellA1(area.bottom, area.right)}`;
}

const AREA = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/**
 * "B3:D7", "$B$3", "'Kết quả'!A1:H1" or "Sheet1!B2" → a 1-based area (the sheet part is ignored);
 * null when it is not a cell or area address.
 */
export function parseArea(address: string): MergedArea | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = AREA.exec(local.trim());
  if (!match) return null;
  const top = Number(match[2]);
  const left = columnNumber(match[1]);
  const bottom = match[4] ? Number(match[4]) : top;
  const right = match[3] ? columnNumber(match[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** A sheet name as a reference prefix: 'Kết quả'! (quotes doubled inside). */
export function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
