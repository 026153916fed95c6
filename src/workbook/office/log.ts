/**
 * The `Nhật ký` log through Office.js (WORKBOOK.md §11.4), the mirror of ../exceljs/log.ts. A write
 * that is logged first reads where the log stands (its last row: one small request, whatever the
 * log's length) and unprotects it — before anything is written, so a log protected with a password
 * stops the write with a message naming the sheet. The row is then queued in the write's last
 * request, after the write's own changes, with the protection set again: Excel runs a request's
 * operations in order and stops at the first that fails, so a failed write leaves no row and a row
 * always has its write. After a failure the log's protection is restored.
 */
import { sheetIdOf } from "../../core/contract/reader";
import { SHEETS } from "../../core/contract/sheets";
import { LOG_HEADERS, chainRow, tailOf, type LogCells, type LogEntry } from "../../core/log/chain";
import { LOG_TEXT_FORMAT, LOG_WIDTHS, logFormats, logRowValues } from "../layout/log";
import { widthInPoints } from "../styles";
import { protectSheets, unprotectSheets, type Protection } from "./protection";

/** How a new log sheet is protected: no password; rows and columns may be resized. */
const LOG_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

export interface PreparedLog {
  /** The log sheet's name, or null when the row creates it. */
  sheet: string | null;
  /** True when the header is written too: a new log, or an empty sheet a user named so. */
  header: boolean;
  /** The Excel row the new row goes in. */
  row: number;
  cells: LogCells;
  /** The protection to set again (the sheet was unprotected to be written). */
  protection: Protection[];
}

/** Reads where the log stands and unprotects it: the first step of a logged write. */
export async function prepareOfficeLog(context: Excel.RequestContext, entry: LogEntry): Promise<PreparedLog> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheet = worksheets.items.map((item) => item.name).find((n) => sheetIdOf(n) === "log") ?? null;
  if (sheet === null) return { sheet, header: true, row: 2, cells: chainRow(entry, null), protection: [] };
  const used = worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();
  const lastRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount; // 1-based
  let tail = null;
  if (lastRow > 1) {
    const last = worksheets.getItem(sheet).getRangeByIndexes(lastRow - 1, 0, 1, LOG_HEADERS.length);
    last.load("values");
    await context.sync();
    tail = tailOf(last.values[0] as (string | number | boolean)[], lastRow);
  }
  const protection = await unprotectSheets(context, [sheet]);
  const header = lastRow === 0;
  return { sheet, header, row: Math.max(1, lastRow) + 1, cells: chainRow(entry, tail), protection };
}

/** Queues the row (and the sheet, when new) into the current request, protection last. */
export function queueOfficeLog(context: Excel.RequestContext, log: PreparedLog): void {
  const worksheets = context.workbook.worksheets;
  const target = log.sheet === null ? worksheets.add(SHEETS.log.vi) : worksheets.getItem(log.sheet);
  if (log.header) {
    const header = target.getRangeByIndexes(0, 0, 1, LOG_HEADERS.length);
    header.numberFormat = [LOG_HEADERS.map(() => LOG_TEXT_FORMAT)];
    header.values = [[...LOG_HEADERS]];
    header.format.font.bold = true;
    LOG_WIDTHS.forEach((width, c) => {
      target.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(width);
    });
    target.freezePanes.freezeRows(1);
  }
  const range = target.getRangeByIndexes(log.row - 1, 0, 1, LOG_HEADERS.length);
  range.numberFormat = [logFormats()]; // before the values: a time or a hash stays text
  range.values = [logRowValues(log.cells)];
  const options = log.sheet === null ? LOG_PROTECTION : (log.protection[0]?.options ?? LOG_PROTECTION);
  target.protection.protect(options);
}

/** After a failed write: the log's protection as it was. */
export async function restoreOfficeLog(
  context: Excel.RequestContext,
  log: PreparedLog | null,
): Promise<void> {
  if (log) await protectSheets(context, log.protection).catch(() => undefined); // the write's error is the one to report
}
