/**
 * The council workbook through Office.js (the task pane in Excel): reading every input sheet as
 * grids and writing the output sheets, in a small, fixed number of `context.sync()` calls.
 *
 * Reading: one sync for the sheet names, one for each sheet's used range size, then values and
 * number formats in blocks of at most `maxReadCells` cells (one sync per block, several sheets per
 * block), merged areas with the first block (ExcelApi 1.13, when available).
 *
 * Writing (Excel on the web refuses requests over 5 MB): each output sheet is built under a
 * temporary name — values first (with the text number format on text cells and a quote guard for
 * text beginning with =, +, -, @), in row blocks of at most `maxRequestBytes`, then formatting —
 * and only when it is complete is the old sheet deleted and the new one renamed. On an error or a
 * cancellation the temporary sheet is removed and nothing else has changed. Calculation is
 * suspended while writing.
 */
import { serialFromDay } from "../core/day";
import type { RegistrationPlan } from "../core/import/registrations";
import type { ScoreImportPlan } from "../core/import/scores";
import { columnLetters } from "../core/issues";
import type { CouncilInput } from "../core/model";
import type { GridSheet, GridWorkbook, MergedArea } from "../core/read/grid";
import type { Raw } from "../core/values";
import { isInputSheetName, isOutputSheetName, sheetIdOf } from "../core/read/contract";
import {
  BORDER_COLOR,
  NUMBER_FORMATS,
  ROLE_STYLES,
  TITLE_ROW_HEIGHT,
  type OutCell,
  type OutSheet,
} from "./layout";
import {
  TEMPLATE_HEADER_ROW,
  TEMPLATE_ROWS,
  type TemplateSheet,
  type TemplateValue,
  type Validation,
} from "./template";

export interface OfficeOptions {
  /** `Office.context.requirements.isSetSupported` in Excel. */
  isSetSupported: (name: string, version: string) => boolean;
  /** Largest write request, in bytes of its payload (Excel on the web refuses 5 MB). */
  maxRequestBytes?: number;
  /** Largest number of cells read in one request. */
  maxReadCells?: number;
  /** Called as work advances: a stage and a fraction done in [0, 1]. */
  onProgress?: (stage: "read" | "write", done: number) => void;
  /** Set `cancelled` to stop between requests (writes are then undone). */
  signal?: { cancelled: boolean };
  /** The sheets to read (default: the contract's input sheets); the others are left out of the grid. */
  include?: (name: string) => boolean;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
  }
}

const DEFAULT_MAX_REQUEST = 4 * 1024 * 1024;
const DEFAULT_MAX_READ_CELLS = 200_000;

function checkCancelled(options: OfficeOptions): void {
  if (options.signal?.cancelled) throw new CancelledError();
}

/** What the exceljs reader makes of the same cell (./exceljs-grid.ts), so both give one grid. */
export function rawOfOffice(value: unknown, numberFormat: unknown): Raw {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    return typeof numberFormat === "string" && numberFormat.includes("%")
      ? `${Number((value * 100).toPrecision(12))}%`
      : value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** "'Kết quả'!A1:H1" or "Sheet1!B2" → a merged area (1-based). */
export function areaOfAddress(address: string): MergedArea | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(local);
  if (!match) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(match[2]);
  const left = col(match[1]);
  return { top, left, bottom: Number(match[4] ?? top), right: match[3] ? col(match[3]) : left };
}

interface UsedRange {
  sheet: Excel.Worksheet;
  name: string;
  range: Excel.Range;
}

/** Reads every sheet of the workbook as grids of raw cells. */
export async function readOfficeGrid(
  context: Excel.RequestContext,
  options: OfficeOptions,
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
  checkCancelled(options);

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
    checkCancelled(options);
    for (const { chunk, range } of loaded) {
      const rows = sheets[chunk.sheet].rows;
      const values = range.values;
      const formats = range.numberFormat;
      for (let r = 0; r < chunk.count; r++) {
        const row: Raw[] = new Array(chunk.col0 + chunk.columns).fill(null);
        for (let c = 0; c < chunk.columns; c++)
          row[chunk.col0 + c] = rawOfOffice(values[r][c], formats[r][c]);
        rows[chunk.row0 + chunk.first + r] = row;
      }
    }
    merges.forEach((areas, s) => {
      if (!areas || areas.isNullObject) return;
      for (const item of areas.areas.items) {
        const area = areaOfAddress(item.address);
        if (area) sheets[s].merges.push(area);
      }
    });
    options.onProgress?.("read", blocks.length === 0 ? 1 : (b + 1) / blocks.length);
  }
  for (const sheet of sheets) for (let r = 0; r < sheet.rows.length; r++) sheet.rows[r] ??= [];
  return { sheets };
}

// -------------------------------------------------------------------------------------------
// Writing

/**
 * The guard of text written through `range.values`: Excel would turn a string into a formula
 * (=, +, -, @), a number ("0123") or a boolean ("TRUE") unless its cell has the text format, so
 * every non-empty string is written into a cell formatted "@" — set before the value, in the same
 * request.
 */
export function formatFor(value: string | number | boolean, format: string): string {
  return typeof value === "string" && value !== "" ? "@" : format;
}

function cellValue(cell: OutCell | undefined): string | number {
  return !cell || cell.value === null ? "" : cell.value;
}

/** The payload size of a value row as Office.js sends it (JSON), to keep requests under the limit. */
function rowBytes(values: (string | number)[], formats: string[]): number {
  return JSON.stringify(values).length * 2 + JSON.stringify(formats).length + 64;
}

function temporaryName(name: string): string {
  return `~${name}`.slice(0, 26) + ` ${Math.random().toString(36).slice(2, 6)}`;
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
    checkCancelled(options);
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
      checkCancelled(options);
      context.application.suspendApiCalculationUntilNextSync();
      pending = 0;
    }
  };
  sheet.columns.forEach((column, c) => {
    target.getRangeByIndexes(0, c, 1, 1).format.columnWidth = column.width * 7; // points ≈ 7 × characters
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
  checkCancelled(options);
  progress(1);
}

interface Replacement {
  /** The name the new sheet takes once complete. */
  name: string;
  /** The existing sheets it replaces (deleted when it is swapped in). */
  replaces: (existing: string) => boolean;
  /** Writes the new sheet's content into `target`, added under a temporary name. */
  build: (target: Excel.Worksheet) => Promise<void>;
}

/**
 * Builds new sheets under temporary names; only when all are complete are the sheets they replace
 * deleted and the new ones renamed, in one request. On an error or a cancellation the temporary
 * sheets are removed and the workbook is as it was.
 */
async function replaceSheetsAtomically(
  context: Excel.RequestContext,
  replacements: Replacement[],
  options: OfficeOptions,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const temporaries: string[] = [];
  try {
    for (const replacement of replacements) {
      const temporary = temporaryName(replacement.name);
      temporaries.push(temporary);
      context.application.suspendApiCalculationUntilNextSync();
      await replacement.build(worksheets.add(temporary));
      checkCancelled(options);
    }
    worksheets.load("items/name");
    await context.sync();
    checkCancelled(options);
    for (const existing of worksheets.items) {
      if (temporaries.includes(existing.name)) continue;
      if (replacements.some((r) => r.replaces(existing.name))) existing.delete();
    }
    replacements.forEach((r, i) => (worksheets.getItem(temporaries[i]).name = r.name));
    await context.sync();
  } catch (error) {
    try {
      worksheets.load("items/name");
      await context.sync();
      for (const item of worksheets.items) if (temporaries.includes(item.name)) item.delete();
      await context.sync();
    } catch {
      // the original error is the one to report
    }
    throw error;
  }
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
          options.onProgress?.("write", (i + fraction) / sheets.length),
        ),
    })),
    options,
  );
}

// -------------------------------------------------------------------------------------------
// Input sheets: template sheets, generated score sheets, imports

/** An Office.js data validation rule for a template validation (ExcelApi 1.8). */
export function officeRule(validation: Validation): Excel.DataValidationRule {
  switch (validation.type) {
    case "list":
      return { list: { inCellDropDown: true, source: validation.values.join(",") } };
    case "listRange": {
      const sheet = `'${validation.sheet.replace(/'/g, "''")}'`;
      const first = TEMPLATE_HEADER_ROW + 1;
      return {
        list: {
          inCellDropDown: true,
          source: `=${sheet}!$${validation.column}$${first}:$${validation.column}$${first + 199}`,
        },
      };
    }
    case "decimal":
    case "whole": {
      const rule: Excel.BasicDataValidation =
        validation.max === undefined
          ? { formula1: validation.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: validation.min, formula2: validation.max, operator: "Between" };
      return validation.type === "decimal" ? { decimal: rule } : { wholeNumber: rule };
    }
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
  }
}

function templateCell(value: TemplateValue): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  if (typeof value === "string") return value;
  if ("date" in value) return value.date;
  return `=${value.formula}`;
}

const TEMPLATE_FORMAT: Record<TemplateSheet["columns"][number]["format"], string> = {
  text: "@",
  points: "0.00",
  integer: "0",
  date: "dd/mm/yyyy",
  general: "General",
};

/**
 * Adds template sheets (missing input sheets, or generated score sheets) — each under its final
 * name, which must be free — with instructions, headers, rows, validation and, for a protected
 * sheet, only its input cells unlocked.
 */
export async function addOfficeTemplateSheets(
  context: Excel.RequestContext,
  sheets: TemplateSheet[],
  options: OfficeOptions & { password?: string },
): Promise<void> {
  const validations = options.isSetSupported("ExcelApi", "1.8");
  for (const sheet of sheets) {
    context.application.suspendApiCalculationUntilNextSync();
    const target = context.workbook.worksheets.add(sheet.name);
    const width = sheet.columns.length;
    const rows: (string | number)[][] = [
      [sheet.instruction, ...Array.from({ length: width - 1 }, () => "")],
      sheet.columns.map((c) => c.header),
      ...sheet.rows.map((row) => Array.from({ length: width }, (_, c) => templateCell(row[c] ?? null))),
    ];
    const formats = rows.map((row, r) =>
      row.map((_, c) => {
        if (r < TEMPLATE_HEADER_ROW) return "@";
        const value = sheet.rows[r - TEMPLATE_HEADER_ROW]?.[c];
        if (value !== null && typeof value === "object" && "formula" in value) return "0.00";
        return formatFor(rows[r][c], TEMPLATE_FORMAT[sheet.columns[c].format]);
      }),
    );
    const all = target.getRangeByIndexes(0, 0, rows.length, width);
    all.numberFormat = formats;
    all.values = rows;
    if (width > 1) target.getRangeByIndexes(0, 0, 1, width).merge(false);
    const instruction = target.getRangeByIndexes(0, 0, 1, width).format;
    instruction.wrapText = true;
    instruction.font.italic = true;
    instruction.font.color = "#595959";
    instruction.rowHeight = 48;
    const header = target.getRangeByIndexes(1, 0, 1, width).format;
    header.font.bold = true;
    header.fill.color = "#DDEBF7";
    header.wrapText = true;
    sheet.columns.forEach((column, c) => {
      target.getRangeByIndexes(0, c, 1, 1).format.columnWidth = column.width * 7;
      // number formats of the empty input rows below the data
      target.getRangeByIndexes(
        rows.length,
        c,
        TEMPLATE_HEADER_ROW + TEMPLATE_ROWS - rows.length,
        1,
      ).numberFormat = Array.from({ length: TEMPLATE_HEADER_ROW + TEMPLATE_ROWS - rows.length }, () => [
        TEMPLATE_FORMAT[column.format],
      ]);
      if (validations && column.validation) {
        target.getRangeByIndexes(TEMPLATE_HEADER_ROW, c, TEMPLATE_ROWS, 1).dataValidation.rule = officeRule(
          column.validation,
        );
      }
    });
    if (validations) {
      for (const { row, col, validation } of sheet.cellValidations) {
        target.getRangeByIndexes(TEMPLATE_HEADER_ROW + row, col, 1, 1).dataValidation.rule =
          officeRule(validation);
      }
    }
    target.freezePanes.freezeRows(TEMPLATE_HEADER_ROW);
    if (sheet.protection) {
      for (const c of sheet.protection.inputColumns) {
        target.getRangeByIndexes(
          TEMPLATE_HEADER_ROW,
          c,
          Math.max(1, sheet.rows.length),
          1,
        ).format.protection.locked = false;
      }
      target.protection.protect(
        { allowFormatColumns: true, allowFormatRows: true },
        options.password || undefined,
      );
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per added sheet (a handful): each sheet is one request
    await context.sync();
  }
}

/** Writes a registration import plan into `Đăng ký` (appending rows, changing dates) in one request. */
export async function applyOfficeRegistrationPlan(
  context: Excel.RequestContext,
  input: CouncilInput,
  plan: RegistrationPlan,
): Promise<void> {
  if (plan.adds.length === 0 && plan.updates.length === 0) return;
  const sheet = input.registrations;
  if (!sheet) throw new Error("no Đăng ký sheet: add the missing input sheets first");
  const target = context.workbook.worksheets.getItem(sheet.name);
  const columns = sheet.columns;
  const serial = (day: number) => serialFromDay(day);
  for (const update of plan.updates) {
    if (columns.date === undefined) break;
    const cell = target.getRangeByIndexes(update.targetRow - 1, columns.date - 1, 1, 1);
    cell.numberFormat = [["dd/mm/yyyy"]];
    cell.values = [[serial(update.date)]];
  }
  const next = Math.max(sheet.headerRow, ...sheet.records.map((r) => r.row)); // 1-based last row = 0-based next
  const fields: [keyof typeof columns, (add: RegistrationPlan["adds"][number]) => string | number, string][] =
    [
      ["code", (add) => add.unit.code, "@"],
      ["name", (add) => add.unit.name, "@"],
      ["awards", (add) => add.award, "@"],
      ["date", (add) => serial(add.date), "dd/mm/yyyy"],
    ];
  for (const [field, value, format] of fields) {
    const col = columns[field];
    if (col === undefined || plan.adds.length === 0) continue;
    const range = target.getRangeByIndexes(next, col - 1, plan.adds.length, 1);
    range.numberFormat = plan.adds.map(() => [format]);
    range.values = plan.adds.map((add) => [value(add)]);
  }
  await context.sync();
}

/**
 * Adds or replaces members' score sheets with the grids of the member's file (values and number
 * formats), each replacement built under a temporary name and swapped in at the end.
 */
export async function applyOfficeScorePlan(
  context: Excel.RequestContext,
  plan: ScoreImportPlan,
  source: GridWorkbook,
  options: OfficeOptions,
): Promise<void> {
  const changes = plan.sheets.filter((change) => change.kind !== "unchanged");
  await replaceSheetsAtomically(
    context,
    changes.map((change) => ({
      name: change.targetSheet ?? change.sourceSheet,
      replaces: (existing) => existing === change.targetSheet,
      build: async (target) => {
        const grid = source.sheets.find((s) => s.name === change.sourceSheet);
        if (!grid) throw new Error(`sheet ${change.sourceSheet} not found in the imported file`);
        const width = Math.max(1, ...grid.rows.map((row) => row.length));
        const values = grid.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
        if (values.length > 0) {
          const range = target.getRangeByIndexes(0, 0, values.length, width);
          range.numberFormat = values.map((row) => row.map((cell) => formatFor(cell, "General")));
          range.values = values;
        }
        for (const area of grid.merges) {
          target
            .getRangeByIndexes(
              area.top - 1,
              area.left - 1,
              area.bottom - area.top + 1,
              area.right - area.left + 1,
            )
            .merge(false);
        }
        await context.sync();
      },
    })),
    options,
  );
}

/** Activates a sheet and selects a cell (or the whole row when the column is unknown). */
export async function selectOfficeCell(
  context: Excel.RequestContext,
  sheet: string,
  row: number | null,
  col: number | null,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  if (row !== null) {
    const address = col !== null ? `${columnLetters(col)}${row}` : `${row}:${row}`;
    worksheet.getRange(address).select();
  }
  await context.sync();
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
    row.forEach((value, c) => cells.push(rawOfOffice(value, range.numberFormat[r][c])));
    sheet.rows[range.rowIndex + r] = cells;
  });
  for (let r = 0; r < sheet.rows.length; r++) sheet.rows[r] ??= [];
  return sheet;
}
