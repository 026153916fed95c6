/**
 * A workbook as plain grids of raw cells: what the exceljs and Office.js adapters both produce,
 * and all the contract reader needs. Rows and columns here are 0-based; Excel's are 1-based.
 */
import type { Raw } from "./values";

export interface MergedArea {
  /** 1-based, inclusive, as Excel numbers rows and columns. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSheet {
  name: string;
  /** rows[r][c] is the cell of Excel row r + 1, column c + 1; missing cells are empty. */
  rows: Raw[][];
  merges: MergedArea[];
  /** The cells' number formats, when the reader was asked for them (to copy a sheet's values). */
  formats?: (string | null)[][];
  /**
   * Whether the sheet shows in Excel's tabs (absent: visible). A very hidden sheet can only be shown
   * from the VBA editor (WORKBOOK.md §2, read in docs/RULES.md: a hidden score sheet counts with a
   * warning, a very hidden one does not count, with a warning).
   */
  visibility?: SheetVisibility;
  /**
   * Formula cells saved without a cached value (a file written by a program and never calculated):
   * their value is unknown, so they read as empty in `rows` and are listed here (1-based, as Excel
   * numbers them). The reader reports each one it would read as a structural error.
   */
  uncomputed?: UncomputedCell[];
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface UncomputedCell {
  /** 1-based row and column. */
  row: number;
  col: number;
  /** The formula, without its `=`. */
  formula: string;
}

export interface GridWorkbook {
  sheets: GridSheet[];
}

/**
 * WORKBOOK.md §1: "A merged cell counts as its top-left cell's value in the first row it covers
 * and as empty in the others." Every other cell of a merged area reads as empty.
 */
export function unmerge(sheet: GridSheet): Raw[][] {
  if (sheet.merges.length === 0) return sheet.rows;
  const rows = sheet.rows.map((row) => [...row]);
  for (const area of sheet.merges) {
    for (let r = area.top; r <= area.bottom; r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        if (c - 1 < row.length) row[c - 1] = null;
      }
    }
  }
  return rows;
}
