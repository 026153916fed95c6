/**
 * An exceljs workbook as plain grids of raw cells (the contract reader's input). Cell values go
 * through ../cells.ts, as the Office.js reader's do: dates become Excel serials, formulas their
 * cached results (0 and FALSE are values), rich text its plain text, a percent-formatted number the
 * number shown. A formula with no cached value is listed in the grid's `uncomputed` (./after-load.ts).
 */
import type ExcelJS from "exceljs";
import type {
  GridSheet,
  GridWorkbook,
  MergedArea,
  SheetVisibility,
  UncomputedCell,
} from "../../core/contract/grid";
import type { Raw } from "../../core/contract/values";
import { parseArea } from "../addresses";
import { rawOfValue } from "../cells";
import { hasEmptyTextResult } from "./after-load";

type CellValue = ExcelJS.CellValue;

/** One exceljs cell value as a raw cell. */
export function rawOf(value: CellValue, numFmt?: string): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return rawOfValue(value, numFmt);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    // exceljs's `cell.value` drops a result of 0 or FALSE: gridOfWorksheet passes `cell.result`
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in result) return String(result.error);
    return rawOf(result as CellValue, numFmt);
  }
  if ("hyperlink" in value) return rawOf((value as ExcelJS.CellHyperlinkValue).text as CellValue, numFmt);
  if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  return String(value);
}

export interface GridOptions {
  /** The sheets to read (default: all). */
  include?: (name: string) => boolean;
  /** Also keep each cell's number format (for copying a sheet's values). */
  formats?: boolean;
}

const VISIBILITY: Record<string, SheetVisibility> = {
  visible: "visible",
  hidden: "hidden",
  veryHidden: "veryHidden",
};

export function gridOfWorksheet(worksheet: ExcelJS.Worksheet, options: GridOptions = {}): GridSheet {
  const rows: Raw[][] = [];
  const formats: (string | null)[][] | undefined = options.formats ? [] : undefined;
  const uncomputed: UncomputedCell[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Raw[] = [];
    const rowFormats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      let value = cell.value;
      if (typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value)) {
        const result = cell.result as ExcelJS.CellFormulaValue["result"] | null | undefined;
        if ((result === undefined || result === null) && !hasEmptyTextResult(worksheet, cell.address))
          uncomputed.push({ row: rowNumber, col: colNumber, formula: cell.formula ?? "" });
        value = { ...value, result: result ?? undefined } as ExcelJS.CellFormulaValue;
      }
      const raw = rawOf(value, cell.numFmt);
      if (raw !== null) cells[colNumber - 1] = raw;
      if (formats && cell.numFmt) rowFormats[colNumber - 1] = cell.numFmt;
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[rowNumber - 1] = cells;
    if (formats) formats[rowNumber - 1] = Array.from(rowFormats, (f) => f ?? null);
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  if (formats) for (let r = 0; r < rows.length; r++) formats[r] ??= [];
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? [])
    .map(parseArea)
    .filter((area): area is MergedArea => area !== null);
  const sheet: GridSheet = { name: worksheet.name, rows, merges };
  if (formats) sheet.formats = formats;
  const visibility = VISIBILITY[worksheet.state];
  if (visibility && visibility !== "visible") sheet.visibility = visibility;
  if (uncomputed.length > 0) sheet.uncomputed = uncomputed;
  return sheet;
}

/** The sheets `include` accepts (default: all) as grids. */
export function gridOfWorkbook(workbook: ExcelJS.Workbook, options: GridOptions = {}): GridWorkbook {
  const include = options.include ?? (() => true);
  return {
    sheets: workbook.worksheets
      .filter((worksheet) => include(worksheet.name))
      .map((worksheet) => gridOfWorksheet(worksheet, options)),
  };
}
