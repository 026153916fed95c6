/**
 * Writing the output sheets through Office.js (Excel on the web refuses requests over 5 MB): each
 * output sheet is built under a temporary name — values first (with the text number format on text
 * cells), in row blocks of at most `maxRequestBytes`, then formatting — and only when all are
 * complete are the old ones deleted and the new ones renamed (./replace.ts). Calculation is
 * suspended while writing.
 */
import { isOutputSheetName, sheetIdOf } from "../../core/contract/reader";
import { columnLetters } from "../addresses";
import { formatFor } from "../cells";
import type { OutCell, OutSheet } from "../layout";
import { checkCancelled } from "../port";
import { BORDER_COLOR, NUMBER_FORMATS, ROLE_STYLES, TITLE_ROW_HEIGHT, widthInPoints } from "../styles";
import { DEFAULT_MAX_REQUEST, type OfficeOptions } from "./options";
import { replaceSheetsAtomically } from "./replace";

function cellValue(cell: OutCell | undefined): string | number {
  return !cell || cell.value === null ? "" : cell.value;
}

/** The payload size of a value row as Office.js sends it (JSON), to keep requests under the limit. */
function rowBytes(values: (string | number)[], formats: string[]): number {
  return JSON.stringify(values).length * 2 + JSON.stringify(formats).length + 64;
}

/** Builds one output sheet, complete, in `target` (a sheet added under a temporary name). */
async function buildSheet(
  context: Excel.RequestContext,
  sheet: OutSheet,
  target: Excel.Worksheet,
  options: OfficeOptions,
  progress: (fraction: number) => void,
): Promise<void> {
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST;
  const width = sheet.columns.length;
  // 1. values, with number formats set first in the same request (text stays text)
  let first = 0;
  let bytes = 0;
  let values: (string | number)[][] = [];
  let formats: string[][] = [];
  const flush = async (end: number) => {
    if (values.length === 0) return;
    const range = target.getRangeByIndexes(first, 0, values.length, width);
    range.numberFormat = formats;
    range.values = values;
    await context.sync();
    checkCancelled(options.signal);
    progress(end / sheet.rows.length / 2);
    context.application.suspendApiCalculationUntilNextSync();
    first = end;
    bytes = 0;
    values = [];
    formats = [];
  };
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const rowValues = Array.from({ length: width }, (_, c) => cellValue(row.cells[c]));
    const rowFormats = Array.from({ length: width }, (_, c) => {
      const kind = row.cells[c]?.kind ?? sheet.columns[c].kind;
      return formatFor(
        rowValues[c],
        row.role === "body" || kind === "text" ? NUMBER_FORMATS[kind] : "General",
      );
    });
    const size = rowBytes(rowValues, rowFormats);
    if (values.length > 0 && bytes + size > maxBytes) await flush(r);
    values.push(rowValues);
    formats.push(rowFormats);
    bytes += size;
  }
  await flush(sheet.rows.length);

  // 2. formatting: consecutive rows of one role share their formats
  let pending = 0;
  const queued = async (cost: number) => {
    pending += cost;
    if (pending > maxBytes) {
      await context.sync();
      checkCancelled(options.signal);
      context.application.suspendApiCalculationUntilNextSync();
      pending = 0;
    }
  };
  sheet.columns.forEach((column, c) => {
    target.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(column.width);
  });
  let start = 0;
  for (let r = 1; r <= sheet.rows.length; r++) {
    if (r < sheet.rows.length && sheet.rows[r].role === sheet.rows[start].role) continue;
    const role = sheet.rows[start].role;
    const style = ROLE_STYLES[role];
    const range = target.getRangeByIndexes(start, 0, r - start, width);
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- format is a navigation object, only written to
    const format = range.format;
    format.font.name = style.font.name;
    format.font.size = style.font.size;
    format.font.bold = style.font.bold === true;
    format.font.italic = style.font.italic === true;
    if (style.font.color) format.font.color = style.font.color;
    if (style.fill) format.fill.color = style.fill;
    if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : "Center";
    if (style.horizontal && style.horizontal !== "byKind") {
      format.horizontalAlignment =
        style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
    }
    if (style.wrap === "always") format.wrapText = true;
    if (style.border) {
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = BORDER_COLOR;
      }
    }
    if (role === "body") {
      sheet.columns.forEach((column, c) => {
        const cells = target.getRangeByIndexes(start, c, r - start, 1).format;
        cells.horizontalAlignment = column.kind === "text" ? "Left" : "Right";
        if (style.wrap === "column" && column.wrap) cells.wrapText = true;
      });
    }
    await queued(256 + width * 96);
    start = r;
  }
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const height = row.role === "title" ? TITLE_ROW_HEIGHT : row.height;
    if (height !== undefined) target.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = height;
    if (row.span && width > 1) target.getRangeByIndexes(r, 0, 1, width).merge(false);
    if (height !== undefined || row.span) await queued(96);
  }
  if (sheet.freezeRows > 0) target.freezePanes.freezeRows(sheet.freezeRows);
  if (options.isSetSupported("ExcelApi", "1.9")) {
    const layout = target.pageLayout;
    layout.orientation = sheet.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    layout.centerHorizontally = true;
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.printTitleRows)
      layout.setPrintTitleRows(`$${sheet.printTitleRows[0]}:$${sheet.printTitleRows[1]}`);
    if (sheet.filterRow !== null) {
      target.autoFilter.apply(
        target.getRange(`A${sheet.filterRow}:${columnLetters(width)}${sheet.rows.length}`),
      );
    }
  }
  await context.sync();
  checkCancelled(options.signal);
  progress(1);
}

/** Replaces the output sheets (`Kết quả`, `Khen thưởng`, `Kiểm tra`, or their aliases) all-or-nothing. */
export async function writeOfficeOutputSheets(
  context: Excel.RequestContext,
  sheets: OutSheet[],
  options: OfficeOptions,
): Promise<void> {
  await replaceSheetsAtomically(
    context,
    sheets.map((sheet, i) => ({
      name: sheet.name,
      replaces: (existing) => isOutputSheetName(existing) && sheetIdOf(existing) === sheetIdOf(sheet.name),
      build: (target) =>
        buildSheet(context, sheet, target, options, (fraction) =>
          options.onProgress?.((i + fraction) / sheets.length),
        ),
    })),
    options,
  );
}
