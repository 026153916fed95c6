/**
 * The `Nhật ký` log in an exceljs workbook (WORKBOOK.md §11.4): read for `thidua verify`, and one
 * row appended after the write it records, in the same in-memory change (the file is saved once,
 * whole, by the door). The Office.js mirror is ../office/log.ts.
 */
import type ExcelJS from "exceljs";
import type { GridSheet } from "../../core/contract/grid";
import { sheetIdOf } from "../../core/contract/reader";
import { SHEETS } from "../../core/contract/sheets";
import { LOG_HEADERS, chainRow, logTail, type LogEntry } from "../../core/log/chain";
import { LOG_TEXT_FORMAT, LOG_WIDTHS, logFormats, logRowValues } from "../layout/log";
import { gridOfWorksheet } from "./read";

function logSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((worksheet) => sheetIdOf(worksheet.name) === "log");
}

/** The log's cells, or null when the workbook has no log. */
export function readLog(workbook: ExcelJS.Workbook): GridSheet | null {
  const worksheet = logSheet(workbook);
  return worksheet ? gridOfWorksheet(worksheet) : null;
}

/** The header row, the widths and the frozen row: of a new log, or of an empty one a user made. */
function writeHeader(worksheet: ExcelJS.Worksheet): void {
  worksheet.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  worksheet.columns = LOG_WIDTHS.map((width) => ({ width }));
  const header = worksheet.getRow(1);
  LOG_HEADERS.forEach((text, c) => {
    const cell = header.getCell(c + 1);
    cell.numFmt = LOG_TEXT_FORMAT;
    cell.value = text;
    cell.font = { bold: true };
  });
}

/** Appends the row that records `entry`, chained to the log's last row; creates the log when absent. */
export async function appendLog(workbook: ExcelJS.Workbook, entry: LogEntry): Promise<void> {
  const worksheet = logSheet(workbook) ?? workbook.addWorksheet(SHEETS.log.vi);
  const blank = (row: readonly unknown[] | undefined) => (row ?? []).every((v) => v === null || v === "");
  let rows = gridOfWorksheet(worksheet).rows;
  if (rows.every((row) => blank(row))) {
    // a new log, or an empty sheet a user named Nhật ký: the log starts with its header
    writeHeader(worksheet);
    rows = [[...LOG_HEADERS]];
  }
  const cells = chainRow(entry, logTail(rows));
  const formats = logFormats();
  let last = rows.length;
  while (last > 1 && blank(rows[last - 1])) last--;
  const row = worksheet.getRow(Math.max(1, last) + 1);
  logRowValues(cells).forEach((value, c) => {
    const cell = row.getCell(c + 1);
    cell.numFmt = formats[c];
    cell.value = value;
  });
  await worksheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
