/**
 * Renders the output sheets (../layout) into an exceljs workbook: replaces the sheets the
 * software owns, never touches the others. Text cells are written as text with the text number
 * format, so a unit named `=HYPERLINK("…")` stays text; points carry a 2-decimal format; pages are
 * A4, fit to width, with the header rows repeated.
 */
import type ExcelJS from "exceljs";
import { isOutputSheetName, sheetIdOf } from "../../core/contract/reader";
import type { OutRow, OutSheet } from "../layout";
import type { CellStyle } from "../layout/sheet";
import { BORDER_COLOR, NUMBER_FORMATS, ROLE_STYLES, TITLE_ROW_HEIGHT, type RoleStyle } from "../styles";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function fontOf(style: RoleStyle): Partial<ExcelJS.Font> {
  const { color, ...font } = style.font;
  return color ? { ...font, color: { argb: argb(color) } } : font;
}

/** A cell's own font over its role's (a document's header blocks and signature block). */
function ownFont(style: RoleStyle, own: CellStyle): Partial<ExcelJS.Font> {
  const { horizontal: _, underline, ...font } = own;
  return { ...fontOf({ font: { ...style.font, ...font } }), ...(underline ? { underline: true } : {}) };
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
    const own = out.cells[c - 1]?.style;
    cell.font = own ? ownFont(style, own) : font;
    if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    if (style.border) cell.border = BORDER;
    if (out.role === "body" || kind === "text") cell.numFmt = NUMBER_FORMATS[kind];
    const horizontal =
      own?.horizontal ??
      (style.horizontal === "byKind" ? (kind === "text" ? "left" : "right") : style.horizontal);
    const wrapText = style.wrap === "always" || (style.wrap === "column" && column.wrap === true);
    if (horizontal || style.vertical || wrapText)
      cell.alignment = { horizontal, vertical: style.vertical, wrapText };
  }
}

const MM = 1 / 25.4; // inches

export function addOutputSheet(workbook: ExcelJS.Workbook, sheet: OutSheet): ExcelJS.Worksheet {
  const page = sheet.page;
  const margins = page
    ? {
        left: page.margins.left * MM,
        right: page.margins.right * MM,
        top: page.margins.top * MM,
        bottom: page.margins.bottom * MM,
        header: 0.3,
        footer: 0.3,
      }
    : { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  const fit = page ? page.fitToWidth : true;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views:
      sheet.freezeRows > 0
        ? [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: 0 }]
        : [{ state: "normal" }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.orientation,
      fitToPage: fit,
      ...(fit ? { fitToWidth: 1, fitToHeight: 0 } : { scale: page?.scale ?? 100 }),
      horizontalCentered: true,
      margins,
    },
    headerFooter: page && !page.pageNumbers ? {} : { oddFooter: "&C&P / &N" },
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
    for (const [from, to] of out.merges ?? []) worksheet.mergeCells(index + 1, from + 1, index + 1, to + 1);
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

/**
 * Replaces the output sheets of `workbook` with `sheets`; input sheets are left as they are, and
 * so is the log (`Nhật ký`, only ever appended to: ./log.ts).
 */
export function replaceOutputSheets(workbook: ExcelJS.Workbook, sheets: OutSheet[]): void {
  for (const worksheet of [...workbook.worksheets]) {
    if (isOutputSheetName(worksheet.name) && sheetIdOf(worksheet.name) !== "log")
      workbook.removeWorksheet(worksheet.id);
  }
  for (const sheet of sheets) addOutputSheet(workbook, sheet);
}
