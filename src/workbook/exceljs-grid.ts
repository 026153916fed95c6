/**
 * Reads an .xlsx file into plain grids of raw cells with exceljs (the command line and the
 * browser file mode). Dates become Excel serial numbers, formulas their cached results, rich text
 * its plain text, and percent-formatted numbers text such as "30%" so that 0.3 in a cell shown as
 * 30% reads as 30 in a "(%)" column.
 */
import type ExcelJS from "exceljs";
import { serialFromDay } from "../core/day";
import type { GridSheet, GridWorkbook, MergedArea } from "../core/read/grid";
import type { Raw } from "../core/values";

type CellValue = ExcelJS.CellValue;

function dateToSerial(date: Date): number {
  // exceljs builds dates at UTC midnight from the stored serial; keep the time of day if any.
  const ms = date.getTime();
  const day = Math.floor(ms / 86_400_000);
  return serialFromDay(day) + (ms - day * 86_400_000) / 86_400_000;
}

function percentText(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}

/** One exceljs cell value as a raw cell. */
export function rawOf(value: CellValue, numFmt?: string): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return numFmt && numFmt.includes("%") ? percentText(value) : value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return String(result.error);
      return rawOf(result as CellValue, numFmt);
    }
    if ("hyperlink" in value) return rawOf((value as ExcelJS.CellHyperlinkValue).text as CellValue, numFmt);
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

function parseRange(range: string): MergedArea | null {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.replace(/\$/g, ""));
  if (!match) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(match[2]), left: col(match[1]), bottom: Number(match[4]), right: col(match[3]) };
}

export function gridOfWorksheet(worksheet: ExcelJS.Worksheet): GridSheet {
  const rows: Raw[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Raw[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const raw = rawOf(cell.value, cell.numFmt);
      if (raw !== null) cells[colNumber - 1] = raw;
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? [])
    .map(parseRange)
    .filter((area): area is MergedArea => area !== null);
  return { name: worksheet.name, rows, merges };
}

/** The sheets `include` accepts (default: all) as grids. */
export function gridOfWorkbook(
  workbook: ExcelJS.Workbook,
  include: (name: string) => boolean = () => true,
): GridWorkbook {
  return { sheets: workbook.worksheets.filter((worksheet) => include(worksheet.name)).map(gridOfWorksheet) };
}
