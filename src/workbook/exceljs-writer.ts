/**
 * Renders the output sheets (./layout.ts) into an exceljs workbook: replaces the sheets the
 * software owns, never touches the others. Text cells are written as text with the text number
 * format, so a unit named `=HYPERLINK("…")` stays text; points carry a 2-decimal format; pages are
 * A4, fit to width, with the header rows repeated.
 */
import type ExcelJS from "exceljs";
import { sheetIdOf } from "../core/read/contract";
import type { CellKind, OutRow, OutSheet, RowRole } from "./layout";

const OUTPUT_IDS = new Set(["results", "awardList", "checks"]);

const NUMBER_FORMAT: Record<CellKind, string> = { text: "@", points: "0.00", integer: "0" };

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "Times New Roman";

const ROLE_FONT: Record<RowRole, Partial<ExcelJS.Font>> = {
  title: { name: FONT, size: 14, bold: true },
  subtitle: { name: FONT, size: 11, italic: true, color: { argb: "FF595959" } },
  section: { name: FONT, size: 12, bold: true },
  header: { name: FONT, size: 11, bold: true },
  body: { name: FONT, size: 11 },
  note: { name: FONT, size: 11, italic: true },
  signature: { name: FONT, size: 12, bold: true },
  blank: { name: FONT, size: 11 },
};

/** True for a sheet the software owns (`Kết quả`, `Khen thưởng`, `Kiểm tra` or their aliases). */
export function isOutputSheet(name: string): boolean {
  const id = sheetIdOf(name);
  return id !== null && OUTPUT_IDS.has(id);
}

function styleRow(row: ExcelJS.Row, out: OutRow, sheet: OutSheet): void {
  row.font = ROLE_FONT[out.role];
  if (out.role === "title") row.height = 24;
  else if (out.height !== undefined) row.height = out.height;
  const width = sheet.columns.length;
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    const column = sheet.columns[c - 1];
    const kind = out.cells[c - 1]?.kind ?? column.kind;
    cell.font = ROLE_FONT[out.role];
    if (out.role === "header") {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      cell.border = BORDER;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    } else if (out.role === "body") {
      cell.border = BORDER;
      cell.numFmt = NUMBER_FORMAT[kind];
      cell.alignment = {
        vertical: "top",
        wrapText: column.wrap === true,
        horizontal: kind === "text" ? "left" : "right",
      };
    } else if (out.role === "title" || out.role === "subtitle") {
      cell.alignment = { horizontal: "center", vertical: "middle" };
    } else if (out.role === "signature") {
      cell.alignment = { horizontal: "center" };
    } else if (out.role === "section" || out.role === "note") {
      cell.alignment = { horizontal: "left", vertical: "middle", wrapText: out.role === "note" };
    }
    if (out.role !== "body" && kind === "text") cell.numFmt = "@";
  }
}

export function addOutputSheet(workbook: ExcelJS.Workbook, sheet: OutSheet): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&C&P / &N" },
  });
  worksheet.columns = sheet.columns.map((column) => ({ width: column.width }));
  sheet.rows.forEach((out, index) => {
    const row = worksheet.getRow(index + 1);
    out.cells.forEach((cell, c) => {
      // Strings are set as plain string values: exceljs writes them as text, never as formulas.
      if (cell.value !== null) row.getCell(c + 1).value = cell.value;
    });
    styleRow(row, out, sheet);
    if (out.span && sheet.columns.length > 1)
      worksheet.mergeCells(index + 1, 1, index + 1, sheet.columns.length);
  });
  if (sheet.printTitleRows)
    worksheet.pageSetup.printTitlesRow = `${sheet.printTitleRows[0]}:${sheet.printTitleRows[1]}`;
  for (const before of sheet.pageBreaksBefore) worksheet.getRow(before - 1).addPageBreak();
  if (sheet.filterRow !== null) {
    worksheet.autoFilter = {
      from: { row: sheet.filterRow, column: 1 },
      to: { row: sheet.filterRow, column: sheet.columns.length },
    };
  }
  return worksheet;
}

/** Replaces the output sheets of `workbook` with `sheets`; input sheets are left as they are. */
export function replaceOutputSheets(workbook: ExcelJS.Workbook, sheets: OutSheet[]): void {
  for (const worksheet of [...workbook.worksheets]) {
    if (isOutputSheet(worksheet.name)) workbook.removeWorksheet(worksheet.id);
  }
  for (const sheet of sheets) addOutputSheet(workbook, sheet);
}
