/**
 * Reading the council workbook through Office.js, in a small, fixed number of `context.sync()`
 * calls: one for the sheet names, one for each sheet's used range size, then values and number
 * formats in blocks of at most `maxReadCells` cells (one sync per block, several sheets per block),
 * merged areas with the first block (ExcelApi 1.13, when available). Cells become raw cells through
 * ../cells.ts, as the exceljs reader's do.
 */
import type { GridSheet, GridWorkbook } from "../../core/contract/grid";
import { isInputSheetName } from "../../core/contract/reader";
import type { Raw } from "../../core/contract/values";
import { parseArea } from "../addresses";
import { rawOfValue } from "../cells";
import { checkCancelled } from "../port";
import { DEFAULT_MAX_READ_CELLS, type OfficeOptions } from "./options";

interface UsedRange {
  sheet: Excel.Worksheet;
  name: string;
  range: Excel.Range;
}

/** Reads every sheet of the workbook as grids of raw cells. */
export async function readOfficeGrid(
  context: Excel.RequestContext,
  options: OfficeOptions & { include?: (name: string) => boolean },
): Promise<GridWorkbook> {
  const maxCells = options.maxReadCells ?? DEFAULT_MAX_READ_CELLS;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const include = options.include ?? isInputSheetName;
  const used: UsedRange[] = worksheets.items
    .filter((sheet) => include(sheet.name))
    .map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("rowIndex, columnIndex, rowCount, columnCount");
      return { sheet, name: sheet.name, range };
    });
  await context.sync();
  checkCancelled(options.signal);

  const sheets: GridSheet[] = used.map(({ name }) => ({ name, rows: [], merges: [] }));
  // Row chunks of each used range, packed into blocks of at most maxCells cells
  type Chunk = { sheet: number; first: number; count: number; columns: number; row0: number; col0: number };
  const blocks: Chunk[][] = [[]];
  let blockCells = 0;
  used.forEach(({ range }, s) => {
    if (range.isNullObject) return;
    const columns = range.columnCount;
    const perChunk = Math.max(1, Math.floor(maxCells / Math.max(1, columns)));
    for (let first = 0; first < range.rowCount; first += perChunk) {
      const count = Math.min(perChunk, range.rowCount - first);
      if (blockCells > 0 && blockCells + count * columns > maxCells) {
        blocks.push([]);
        blockCells = 0;
      }
      blocks[blocks.length - 1].push({
        sheet: s,
        first,
        count,
        columns,
        row0: range.rowIndex,
        col0: range.columnIndex,
      });
      blockCells += count * columns;
    }
  });

  const withMerges = options.isSetSupported("ExcelApi", "1.13");
  for (let b = 0; b < blocks.length; b++) {
    const loaded = blocks[b].map((chunk) => {
      const range = used[chunk.sheet].sheet.getRangeByIndexes(
        chunk.row0 + chunk.first,
        chunk.col0,
        chunk.count,
        chunk.columns,
      );
      range.load("values, numberFormat");
      return { chunk, range };
    });
    const merges =
      b === 0 && withMerges
        ? used.map(({ range }) => {
            if (range.isNullObject) return null;
            const areas = range.getMergedAreasOrNullObject();
            areas.load("areas/items/address");
            return areas;
          })
        : [];
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of at most maxReadCells cells: the count does not grow with units
    await context.sync();
    checkCancelled(options.signal);
    for (const { chunk, range } of loaded) {
      const rows = sheets[chunk.sheet].rows;
      const values = range.values;
      const formats = range.numberFormat;
      for (let r = 0; r < chunk.count; r++) {
        const row: Raw[] = new Array(chunk.col0 + chunk.columns).fill(null);
        for (let c = 0; c < chunk.columns; c++) row[chunk.col0 + c] = rawOfValue(values[r][c], formats[r][c]);
        rows[chunk.row0 + chunk.first + r] = row;
      }
    }
    merges.forEach((areas, s) => {
      if (!areas || areas.isNullObject) return;
      for (const item of areas.areas.items) {
        const area = parseArea(item.address);
        if (area) sheets[s].merges.push(area);
      }
    });
    options.onProgress?.(blocks.length === 0 ? 1 : (b + 1) / blocks.length);
  }
  for (const sheet of sheets) for (let r = 0; r < sheet.rows.length; r++) sheet.rows[r] ??= [];
  return { sheets };
}

/** The active sheet's used range — or the selection, when it is more than one cell — as a grid. */
export async function readOfficeActiveSheet(context: Excel.RequestContext): Promise<GridSheet> {
  const worksheet = context.workbook.worksheets.getActiveWorksheet();
  worksheet.load("name");
  const selection = context.workbook.getSelectedRange();
  selection.load("rowCount, columnCount");
  await context.sync();
  const range =
    selection.rowCount * selection.columnCount > 1 ? selection : worksheet.getUsedRangeOrNullObject(true);
  range.load("values, numberFormat, rowIndex, columnIndex");
  await context.sync();
  const sheet: GridSheet = { name: worksheet.name, rows: [], merges: [] };
  if (range.isNullObject) return sheet;
  range.values.forEach((row, r) => {
    const cells: Raw[] = new Array(range.columnIndex).fill(null);
    row.forEach((value, c) => cells.push(rawOfValue(value, range.numberFormat[r][c])));
    sheet.rows[range.rowIndex + r] = cells;
  });
  for (let r = 0; r < sheet.rows.length; r++) sheet.rows[r] ??= [];
  return sheet;
}
