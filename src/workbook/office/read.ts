/**
 * Reading the council workbook through Office.js: one sync for the sheet names and visibility, one for
 * each sheet's used range size (with its merged areas, ExcelApi 1.13, when available), then values and number
 * formats in row blocks sized by bytes, several sheets per request. Excel on the web refuses a
 * response over 5 MB, and a cell may hold up to 32,767 characters, so the size of a block is learnt
 * as the reading goes: the first block of a sheet is small, the next ones as large as the fullest rows
 * seen so far allow — twice over — within `READ_BUDGET`. Cells become raw cells through ../cells.ts,
 * as the exceljs reader's do.
 */
import type { GridSheet, GridWorkbook, SheetVisibility } from "../../core/contract/grid";
import { isInputSheetName } from "../../core/contract/reader";
import type { Raw } from "../../core/contract/values";
import { parseArea } from "../addresses";
import { rawOfValue } from "../cells";
import { checkCancelled } from "../port";
import { rowJsonBytes } from "./budget";
import { DEFAULT_MAX_READ_CELLS, type OfficeOptions } from "./options";

/** What a read request may ask back, estimated (Excel on the web: 5 MB a response). */
export const READ_BUDGET = 3 * 1024 * 1024;
/** Bytes a row is assumed to take before any of its sheet is seen: 200 a cell. */
const FIRST_GUESS_PER_CELL = 200;
/** The estimate of a row's size is twice the fullest row seen so far. */
const SAFETY = 2;

/** An area of a sheet to read, 0-based as Office.js indexes it. */
interface Area {
  sheet: Excel.Worksheet;
  /** Index into the result's sheets. */
  into: number;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface Cursor {
  area: Area;
  /** Rows read so far. */
  done: number;
  /** Bytes of the fullest row seen so far (values and formats), or null before the first block. */
  rowBytes: number | null;
}

/**
 * Reads the areas into `sheets`, in as few requests as the byte budget allows; rows go at their
 * Excel index (a row r of the sheet is `rows[r]`).
 */
async function readAreas(
  context: Excel.RequestContext,
  areas: Area[],
  sheets: GridSheet[],
  options: OfficeOptions,
): Promise<void> {
  const maxCells = options.maxReadCells ?? DEFAULT_MAX_READ_CELLS;
  const budget = options.maxResponseBytes ?? READ_BUDGET;
  const cursors: Cursor[] = areas.map((area) => ({ area, done: 0, rowBytes: null }));
  const total = areas.reduce((n, a) => n + a.rowCount, 0);
  let read = 0;
  while (cursors.some((c) => c.done < c.area.rowCount)) {
    let room = budget;
    let cells = 0;
    const loaded: { cursor: Cursor; first: number; count: number; range: Excel.Range }[] = [];
    for (const cursor of cursors) {
      const { area } = cursor;
      if (cursor.done >= area.rowCount || room <= 0) continue;
      const perRow = (cursor.rowBytes ?? area.columnCount * FIRST_GUESS_PER_CELL) * SAFETY + 8;
      const byBytes = Math.floor(room / perRow);
      const byCells = Math.floor((maxCells - cells) / Math.max(1, area.columnCount));
      const count = Math.min(area.rowCount - cursor.done, byBytes, byCells);
      if (count <= 0) {
        // not even one row fits beside the others: it goes first in the next request
        if (loaded.length === 0) {
          const range = area.sheet.getRangeByIndexes(
            area.rowIndex + cursor.done,
            area.columnIndex,
            1,
            area.columnCount,
          );
          range.load("values, numberFormat");
          loaded.push({ cursor, first: cursor.done, count: 1, range });
        }
        break;
      }
      const range = area.sheet.getRangeByIndexes(
        area.rowIndex + cursor.done,
        area.columnIndex,
        count,
        area.columnCount,
      );
      range.load("values, numberFormat");
      loaded.push({ cursor, first: cursor.done, count, range });
      room -= count * perRow;
      cells += count * area.columnCount;
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of bytes: their number grows with the data's size, never with calls
    await context.sync();
    checkCancelled(options.signal);
    for (const { cursor, first, count, range } of loaded) {
      const { area } = cursor;
      const values = range.values;
      const formats = range.numberFormat;
      const rows = sheets[area.into].rows;
      for (let r = 0; r < count; r++) {
        const row: Raw[] = new Array(area.columnIndex + area.columnCount).fill(null);
        for (let c = 0; c < area.columnCount; c++)
          row[area.columnIndex + c] = rawOfValue(values[r][c], formats[r][c]);
        rows[area.rowIndex + first + r] = row;
        const bytes =
          rowJsonBytes(values[r] as (string | number | boolean)[]) + rowJsonBytes(formats[r] as string[]);
        if (cursor.rowBytes === null || bytes > cursor.rowBytes) cursor.rowBytes = bytes;
      }
      cursor.done += count;
      read += count;
    }
    options.onProgress?.(total === 0 ? 1 : read / total);
  }
  for (const sheet of sheets) for (let r = 0; r < sheet.rows.length; r++) sheet.rows[r] ??= [];
}

/** Office.js's `Visible` | `Hidden` | `VeryHidden` as the grid's (WORKBOOK.md §2 via docs/RULES.md). */
function sheetVisibility(visibility: Excel.SheetVisibility | string): SheetVisibility {
  return visibility === "Hidden" ? "hidden" : visibility === "VeryHidden" ? "veryHidden" : "visible";
}

/** Reads every sheet `include` accepts (default: the contract's input sheets) as grids of raw cells. */
export async function readOfficeGrid(
  context: Excel.RequestContext,
  options: OfficeOptions & { include?: (name: string) => boolean },
): Promise<GridWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/visibility");
  await context.sync();
  const include = options.include ?? isInputSheetName;
  const withMerges = options.isSetSupported("ExcelApi", "1.13");
  const used = worksheets.items
    .filter((sheet) => include(sheet.name))
    .map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("rowIndex, columnIndex, rowCount, columnCount");
      return { sheet, name: sheet.name, visibility: sheetVisibility(sheet.visibility), range };
    });
  await context.sync();
  checkCancelled(options.signal);
  const sheets: GridSheet[] = used.map(({ name, visibility }) =>
    visibility === "visible" ? { name, rows: [], merges: [] } : { name, rows: [], merges: [], visibility },
  );
  const areas: Area[] = [];
  // merged areas are asked with the first block of values (one request fewer)
  const merges: { into: number; found: Excel.RangeAreas }[] = [];
  used.forEach(({ sheet, range }, into) => {
    if (range.isNullObject) return;
    areas.push({
      sheet,
      into,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
    });
    if (withMerges) {
      const found = range.getMergedAreasOrNullObject();
      found.load("areas/items/address");
      merges.push({ into, found });
    }
  });
  await readAreas(context, areas, sheets, options);
  for (const { into, found } of merges) {
    if (found.isNullObject) continue;
    for (const item of found.areas.items) {
      const area = parseArea(item.address);
      if (area) sheets[into].merges.push(area);
    }
  }
  return { sheets };
}

/**
 * The active sheet's used range — or the selection, when it is one area of more than one cell — as a
 * grid. A selection of several areas (Ctrl+click), which Excel's `getSelectedRange` refuses, reads as
 * the used range.
 */
export async function readOfficeActiveSheet(
  context: Excel.RequestContext,
  options: OfficeOptions,
): Promise<GridSheet> {
  const worksheet = context.workbook.worksheets.getActiveWorksheet();
  worksheet.load("name");
  const selection = context.workbook.getSelectedRanges();
  selection.load("areaCount, cellCount");
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  const sheet: GridSheet = { name: worksheet.name, rows: [], merges: [] };
  let range: Excel.Range | null = used.isNullObject ? null : used;
  if (selection.areaCount === 1 && selection.cellCount > 1) {
    range = context.workbook.getSelectedRange();
    range.load("rowIndex, columnIndex, rowCount, columnCount");
    await context.sync();
  }
  if (range === null) return sheet;
  await readAreas(
    context,
    [
      {
        sheet: worksheet,
        into: 0,
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
      },
    ],
    [sheet],
    options,
  );
  return sheet;
}
