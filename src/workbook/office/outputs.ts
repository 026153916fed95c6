/**
 * Writing the output sheets through Office.js. Each new sheet is built, complete, in a hidden
 * temporary sheet — values first (text in text-formatted cells), then the cell formats and merges —
 * in requests kept under Excel's limit by a byte budget (./budget.ts). Only when all are built are
 * they swapped in, in one small request: an output sheet that exists already gets the new content
 * copied into it in place (`Range.copyFrom`, ExcelApi 1.9), so that formulas, charts and names
 * elsewhere that point at `Kết quả`, `Khen thưởng`, `Kiểm tra` keep working (co-authoring; no
 * delete-and-rename); a new one is the temporary sheet renamed. A failure or a cancellation removes
 * the temporary sheets and leaves the workbook as it was; temporary sheets an interrupted run left
 * behind are removed by the next one. An output sheet the secretary protected is protected again
 * after (./protection.ts).
 */
import { isOutputSheetName, sheetIdOf } from "../../core/contract/reader";
import { areaA1, columnLetters, sheetReference } from "../addresses";
import { formatFor } from "../cells";
import type { OutCell, OutRow, OutSheet } from "../layout";
import { checkCancelled } from "../port";
import { BORDER_COLOR, NUMBER_FORMATS, ROLE_STYLES, TITLE_ROW_HEIGHT, widthInPoints } from "../styles";
import { COST, MAX_REQUEST_BYTES, RequestBudget, gridBytes } from "./budget";
import type { OfficeOptions } from "./options";
import { protectSheets, unprotectSheets, type Protection } from "./protection";
import { isTemporaryName, removeTemporarySheets, temporaryName } from "./replace";
import { prepareOfficeLog, queueOfficeLog, restoreOfficeLog, type PreparedLog } from "./log";
import type { LogEntry } from "../../core/log/chain";

function cellValue(cell: OutCell | undefined): string | number {
  return !cell || cell.value === null ? "" : cell.value;
}

function rowFormats(sheet: OutSheet, row: OutRow, values: (string | number)[]): string[] {
  return values.map((value, c) => {
    const kind = row.cells[c]?.kind ?? sheet.columns[c].kind;
    return formatFor(value, row.role === "body" || kind === "text" ? NUMBER_FORMATS[kind] : "General");
  });
}

/** Runs of consecutive rows of one role: each shares its formats (one range, not one per row). */
function roleRuns(sheet: OutSheet): { start: number; end: number; role: OutRow["role"] }[] {
  const runs: { start: number; end: number; role: OutRow["role"] }[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const last = runs[runs.length - 1];
    if (last && last.role === sheet.rows[r].role && last.end === r) last.end = r + 1;
    else runs.push({ start: r, end: r + 1, role: sheet.rows[r].role });
  }
  return runs;
}

/** Runs of consecutive rows of one explicit height (rows without one: 15 points, Excel's default). */
function heightRuns(sheet: OutSheet): { start: number; end: number; height: number }[] {
  const runs: { start: number; end: number; height: number }[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const height = sheet.rows[r].height ?? 15;
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.end === r) last.end = r + 1;
    else runs.push({ start: r, end: r + 1, height });
  }
  return runs;
}

/** Points in a millimetre. */
const MM_POINTS = 72 / 25.4;

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/** Values, number formats, cell formats and merges of `sheet` into `target`, within the budget. */
async function writeCells(
  target: Excel.Worksheet,
  sheet: OutSheet,
  budget: RequestBudget,
  block: number,
  progress: (fraction: number) => void,
): Promise<void> {
  const width = sheet.columns.length;
  // 1. values, with the number formats set first in the same request (text stays text)
  let first = 0;
  let values: (string | number)[][] = [];
  let formats: string[][] = [];
  let bytes = 0;
  const queue = () => {
    if (values.length === 0) return;
    const range = target.getRangeByIndexes(first, 0, values.length, width);
    range.numberFormat = formats;
    range.values = values;
    first += values.length;
    values = [];
    formats = [];
    bytes = 0;
    progress((first / Math.max(1, sheet.rows.length)) * 0.8);
  };
  for (const row of sheet.rows) {
    const rowValues = Array.from({ length: width }, (_, c) => cellValue(row.cells[c]));
    const formatsOfRow = rowFormats(sheet, row, rowValues);
    const size = gridBytes([rowValues]) + gridBytes([formatsOfRow]);
    if (values.length > 0 && bytes + size > block) {
      await budget.spend(bytes + 2 * COST.range);
      queue();
    }
    values.push(rowValues);
    formats.push(formatsOfRow);
    bytes += size;
  }
  await budget.spend(bytes + 2 * COST.range);
  queue();

  // 2. cell formats, one range per run of rows of one role
  for (const { start, end, role } of roleRuns(sheet)) {
    const style = ROLE_STYLES[role];
    const count = end - start;
    await budget.spend(
      COST.range + 4 * COST.navigation + 14 * COST.property + EDGES.length * 3 * COST.property,
    );
    const range = target.getRangeByIndexes(start, 0, count, width);
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
      for (const edge of EDGES) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = BORDER_COLOR;
      }
    }
    if (role === "body") {
      for (const [c, column] of sheet.columns.entries()) {
        await budget.spend(COST.range + COST.navigation + 2 * COST.property);
        const cells = target.getRangeByIndexes(start, c, count, 1).format;
        cells.horizontalAlignment = column.kind === "text" ? "Left" : "Right";
        if (style.wrap === "column" && column.wrap) cells.wrapText = true;
      }
    }
  }
  // a cell's own font and alignment (a document's header blocks and signature block)
  for (const [r, row] of sheet.rows.entries()) {
    for (const [c, cell] of row.cells.entries()) {
      const own = cell.style;
      if (!own) continue;
      await budget.spend(COST.range + 2 * COST.navigation + 7 * COST.property);
      const format = target.getRangeByIndexes(r, c, 1, 1).format;
      if (own.size !== undefined) format.font.size = own.size;
      if (own.bold !== undefined) format.font.bold = own.bold;
      if (own.italic !== undefined) format.font.italic = own.italic;
      if (own.underline !== undefined) format.font.underline = own.underline ? "Single" : "None";
      if (own.color !== undefined) format.font.color = own.color;
      if (own.horizontal !== undefined)
        format.horizontalAlignment =
          own.horizontal === "left" ? "Left" : own.horizontal === "center" ? "Center" : "Right";
    }
    for (const [from, to] of row.merges ?? []) {
      await budget.spend(COST.range + COST.method);
      target.getRangeByIndexes(r, from, 1, to - from + 1).merge(false);
    }
  }
  // 3. merges: a run of spanning rows is merged row by row in one call
  if (width > 1) {
    let r = 0;
    while (r < sheet.rows.length) {
      if (!sheet.rows[r].span) {
        r++;
        continue;
      }
      let end = r;
      while (end < sheet.rows.length && sheet.rows[end].span) end++;
      await budget.spend(COST.range + COST.method);
      target.getRangeByIndexes(r, 0, end - r, width).merge(true);
      r = end;
    }
  }
}

/**
 * What a sheet holds beyond its cells, set on the sheet that ends up holding them: column widths,
 * row heights (Excel fits the wrapped rows to their text itself, never above its 409 points), frozen
 * rows, the A4 page set-up, the print titles and the auto filter.
 */
async function finishSheet(
  target: Excel.Worksheet,
  sheet: OutSheet,
  options: OfficeOptions,
  budget: RequestBudget,
): Promise<void> {
  const width = sheet.columns.length;
  for (const [c, column] of sheet.columns.entries()) {
    await budget.spend(COST.range + COST.navigation + COST.property);
    target.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(column.width);
  }
  if (sheet.page) {
    // a printed document: every row as high as the font's metrics say (../layout/metrics.ts), one
    // range per run of rows of one height
    for (const { start, end, height } of heightRuns(sheet)) {
      await budget.spend(COST.range + COST.navigation + COST.property);
      target.getRangeByIndexes(start, 0, end - start, width).format.rowHeight = height;
    }
  } else {
    for (const { start, end, role } of roleRuns(sheet)) {
      await budget.spend(COST.range + COST.navigation + COST.method);
      const rows = target.getRangeByIndexes(start, 0, end - start, width).format;
      if (role === "title") rows.rowHeight = TITLE_ROW_HEIGHT;
      else if (role === "body" || role === "header") rows.autofitRows();
    }
  }
  await budget.spend(20 * COST.property);
  target.freezePanes.unfreeze();
  if (sheet.freezeRows > 0) target.freezePanes.freezeRows(sheet.freezeRows);
  if (options.isSetSupported("ExcelApi", "1.9")) {
    const layout = target.pageLayout;
    layout.orientation = sheet.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    layout.centerHorizontally = true;
    const page = sheet.page;
    if (page) {
      layout.topMargin = page.margins.top * MM_POINTS;
      layout.bottomMargin = page.margins.bottom * MM_POINTS;
      layout.leftMargin = page.margins.left * MM_POINTS;
      layout.rightMargin = page.margins.right * MM_POINTS;
    }
    layout.zoom =
      !page || page.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: page.scale };
    if (page || sheet.pageBreaksBefore.length > 0) {
      await budget.spend((sheet.pageBreaksBefore.length + 1) * (COST.range + COST.method));
      const breaks = target.horizontalPageBreaks;
      breaks.removePageBreaks();
      for (const row of sheet.pageBreaksBefore) breaks.add(target.getRange(`A${row}`));
    }
    if (sheet.printTitleRows)
      layout.setPrintTitleRows(`$${sheet.printTitleRows[0]}:$${sheet.printTitleRows[1]}`);
    target.autoFilter.remove();
    if (sheet.filterRow !== null) {
      target.autoFilter.apply(
        target.getRange(`A${sheet.filterRow}:${columnLetters(width)}${sheet.rows.length}`),
      );
    }
  }
}

/**
 * Replaces the output sheets (`Kết quả`, `Khen thưởng`, `Kiểm tra`, or their aliases), all or
 * nothing; an existing one keeps its identity (its content is replaced in place).
 */
export async function writeOfficeOutputSheets(
  context: Excel.RequestContext,
  sheets: OutSheet[],
  options: OfficeOptions,
  entry?: LogEntry,
): Promise<void> {
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const budget = new RequestBudget(context, limit, options.signal, () =>
    context.application.suspendApiCalculationUntilNextSync(),
  );
  const worksheets = context.workbook.worksheets;
  await removeTemporarySheets(context);
  const built: { sheet: OutSheet; temporary: string }[] = [];
  let unprotected: Protection[] = [];
  let log: PreparedLog | null = null;
  try {
    if (entry) log = await prepareOfficeLog(context, entry);
    for (const [i, sheet] of sheets.entries()) {
      context.application.suspendApiCalculationUntilNextSync();
      const temporary = temporaryName();
      const target = worksheets.add(temporary);
      target.visibility = "Hidden";
      built.push({ sheet, temporary });
      // a block of values is at most half a request: the formats of its rows fit beside it
      await writeCells(target, sheet, budget, limit / 2, (f) =>
        options.onProgress?.((i + f) / sheets.length),
      );
    }
    await budget.sync();

    // the swap: small, one request
    worksheets.load("items/name");
    await context.sync();
    checkCancelled(options.signal);
    const names = worksheets.items.map((item) => item.name).filter((name) => !isTemporaryName(name));
    const plan = built.map(({ sheet, temporary }) => {
      const [existing, ...extra] = names.filter(
        (n) => isOutputSheetName(n) && sheetIdOf(n) === sheetIdOf(sheet.name),
      );
      return { sheet, temporary, existing, extra };
    });
    // an output sheet the secretary protected is unprotected first, and protected again after
    unprotected = await unprotectSheets(
      context,
      plan.flatMap((p) => (p.existing ? [p.existing] : [])),
    );
    // once the swap begins it finishes: a cancel now would leave the sheets swapped and the log
    // row undone (or half of the swap), so the swap's budget has no signal
    const swap = new RequestBudget(context, limit);
    for (const { sheet, temporary, existing, extra } of plan) {
      const temp = worksheets.getItem(temporary);
      for (const name of extra) worksheets.getItem(name).delete();
      if (existing) {
        const target = worksheets.getItem(existing);
        // renaming keeps the references to the sheet (Excel rewrites them); deleting would not
        if (existing !== sheet.name) target.name = sheet.name;
        await swap.spend(4 * COST.range + 6 * COST.method);
        const whole = target.getRange();
        whole.unmerge();
        whole.clear("All");
        const area = { top: 1, left: 1, bottom: Math.max(1, sheet.rows.length), right: sheet.columns.length };
        target.getRange("A1").copyFrom(`${sheetReference(temporary)}${areaA1(area)}`, "All");
        await finishSheet(target, sheet, options, swap);
        temp.delete();
      } else {
        temp.visibility = "Visible";
        temp.name = sheet.name;
        await finishSheet(temp, sheet, options, swap);
      }
    }
    // the log row in the swap's request, after it (./log.ts)
    if (log) queueOfficeLog(context, log);
    await swap.sync();
    log = null;
    const renamed = new Map(plan.map((p) => [p.existing, p.sheet.name]));
    const again = unprotected.map((state) => ({ ...state, name: renamed.get(state.name) ?? state.name }));
    unprotected = [];
    await protectSheets(context, again);
    options.onProgress?.(1);
  } catch (error) {
    // the original error is the one to report
    await protectSheets(context, unprotected).catch(() => undefined);
    await restoreOfficeLog(context, log);
    await removeTemporarySheets(context).catch(() => undefined);
    throw error;
  }
}
