/** Row heights of wrapped text, which neither Excel nor LibreOffice grows for a program. */
import { MAX_ROW_HEIGHT } from "../styles";
import type { OutSheet } from "./sheet";

const LINE_HEIGHT = 15;

/**
 * Neither Excel nor LibreOffice grows a row for wrapped text written by a program: estimate the
 * lines each wrapped cell needs (about 1.45 characters of 11 pt Times New Roman per unit of column width).
 */
export function withRowHeights(sheet: OutSheet): OutSheet {
  for (const row of sheet.rows) {
    if (row.span) continue;
    let lines = 1;
    row.cells.forEach((cell, c) => {
      const column = sheet.columns[c];
      if (typeof cell.value !== "string" || !column || !(column.wrap || row.role === "header")) return;
      const perLine = Math.max(1, Math.floor(column.width * 1.45));
      const needed = cell.value
        .split("\n")
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    // Excel refuses a row higher than 409 points: longer text stays whole in its cell
    if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
  }
  return sheet;
}
