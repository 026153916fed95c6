/**
 * Renders the output sheets (../layout) into an exceljs workbook: replaces the sheets the
 * software owns, never touches the others. Text cells are written as text with the text number
 * format, so a unit named `=HYPERLINK("…")` stays text; points carry a 2-decimal format; pages are
 * A4, fit to width, with the header rows repeated.
 */
import type ExcelJS from "exceljs";
import { isOutputSheetName } from "../../core/contract/reader";
import type { OutRow, OutSheet } from "../layout";
import { BORDER_COLOR, NUMBER_FORMATS, ROLE_STYLES, TITLE_ROW_HEIGHT, type RoleStyle } from "../styles";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function fontOf(style: RoleStyle): Partial<ExcelJS.Font> {
  const { color, ...font } = style.font;
  return color ? { ...font, color: { argb: argb(color) } } : font;
}

function styleRow(row: ExcelJS.Row, out: OutRow, sheet: OutSheet): void {
  const style = ROLE_STYLES[out.role];
  const font = fontOf(style);
  row.font = font;
  if (out.role === "title") row.height = TITLE_ROW_HEIGHT;
  else if (out.height !== undefined) row.height = out.height;
  for (let c = 1; c <= sheet.columns.length; c++) {
    const cell = row.getCell(c);
    const column = sheet.columns[c - 1];
    const kind = out.cells[c - 1]?.kind ?? column.kind;
    cell.font = font;
    if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    if (style.border) cell.border = BORDER;
    if (out.role === "body" || kind === "text") cell.numFmt = NUMBER_FORMATS[kind];
    const horizontal =
      style.horizontal === "byKind" ? (kind === "text" ? "left" : "right") : style.horizontal;
    const wrapText = style.wrap === "always" || (style.wrap === "column" && column.wrap === true);
    if (horizontal || style.vertical || wrapText)
      cell.alignment = { horizontal, vertical: style.vertical, wrapText };
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
    if (isOutputSheetName(worksheet.name)) workbook.removeWorksheet(worksheet.id);
  }
  for (const sheet of sheets) addOutputSheet(workbook, sheet);
}
