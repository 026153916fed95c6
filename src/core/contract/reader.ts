/**
 * WORKBOOK.md §1 — finding the council's sheets, header rows and columns in a workbook, and
 * turning its rows into the engine's input. Values stay raw: the engine converts and checks them.
 *
 * - A sheet is found by its name or English alias, compared normalised.
 * - The header row is the first row, within the first 20, that holds all required headers of its
 *   sheet; rows above it are ignored. Columns may come in any order; unknown ones are ignored.
 * - Rows whose cells are all empty are skipped. Merged cells: see ./grid.ts.
 */
import {
  CONTRACT,
  HEADERS,
  OPTIONAL_SHEETS,
  OUTPUT_SHEETS,
  REQUIRED_SHEETS,
  SHEETS,
  type SheetField,
  type SheetId,
  type TableSheetId,
} from "./sheets";
import { IssueLog, columnLetters, msg, type Issue } from "../issues";
import type { CouncilInput, ScoreSheet } from "./input";
import { cellText } from "./text";
import { isEmpty, type Raw } from "./values";
import { isTerm, looseKey } from "./terms";
import { unmerge, type GridSheet, type GridWorkbook, type UncomputedCell } from "./grid";
import { memberKey, memberOfSheet } from "../scores/members";
import { reportControlCharacters } from "./control";

export { OPTIONAL_SHEETS, REQUIRED_SHEETS };

export const HEADER_SEARCH_ROWS = 20;

export function isScoreSheetName(name: string): boolean {
  const key = looseKey(name);
  return key.startsWith(looseKey(SHEETS.scores.vi)) || key.startsWith(looseKey(SHEETS.scores.en));
}

/** The input sheet id a sheet name stands for, or null (score sheets: "scores"). */
export function sheetIdOf(name: string): SheetId | null {
  for (const id of Object.keys(SHEETS) as SheetId[]) {
    if (id === "scores") continue;
    if (isTerm(name, SHEETS[id])) return id;
  }
  return isScoreSheetName(name) ? "scores" : null;
}

/** A sheet the software owns (§7): `Kết quả`, `Khen thưởng`, `Kiểm tra` or their English names. */
export function isOutputSheetName(name: string): boolean {
  const id = sheetIdOf(name);
  return id !== null && OUTPUT_SHEETS.includes(id);
}

/** A sheet the contract reads (an input sheet); output sheets and unknown sheets are not read. */
export function isInputSheetName(name: string): boolean {
  const id = sheetIdOf(name);
  return id !== null && !OUTPUT_SHEETS.includes(id);
}

interface HeaderMatch {
  row: number; // 0-based
  columns: Map<string, number>; // field → 0-based column
}

function fieldOfHeader(fields: readonly SheetField[], text: string): string | null {
  if (text === "") return null;
  for (const { field, spec } of fields) if (isTerm(text, spec.header)) return field;
  return null;
}

function matchHeaderRow(
  rows: Raw[][],
  sheetId: TableSheetId,
): { found: HeaderMatch | null; best: HeaderMatch | null } {
  let best: HeaderMatch | null = null;
  const spec = CONTRACT[sheetId];
  const oneOf: readonly string[] | undefined = "oneOf" in spec ? spec.oneOf : undefined;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const columns = new Map<string, number>();
    (rows[r] ?? []).forEach((cell, c) => {
      const field = fieldOfHeader(spec.fields, cellText(cell));
      if (field && !columns.has(field)) columns.set(field, c);
    });
    const match = { row: r, columns };
    const hasRequired = spec.fields.every((f) => !f.required || columns.has(f.field));
    const hasOneOf = !oneOf || oneOf.some((field) => columns.has(field));
    if (hasRequired && hasOneOf) return { found: match, best: match };
    if (!best || columns.size > best.columns.size) best = match;
  }
  return { found: null, best };
}

/** A cell's place as one number (rows and columns 1-based; Excel has 16,384 columns). */
function cellKey(row: number, col: number): number {
  return row * 16_385 + col;
}

/** The sheet's formula cells with no cached value, by place; null when there are none. */
function uncomputedOf(sheet: GridSheet): Map<number, UncomputedCell> | null {
  if (!sheet.uncomputed || sheet.uncomputed.length === 0) return null;
  return new Map(sheet.uncomputed.map((cell) => [cellKey(cell.row, cell.col), cell]));
}

/**
 * A formula saved with no cached value in a cell the contract reads: its value is unknown, so it is
 * never taken as empty — a structural error naming the cell (issue 11, docs/RULES.md).
 */
export function reportUncomputed(
  log: IssueLog,
  sheet: string,
  cell: { row: number; col: number; formula: string },
  column: string | null,
): void {
  log.structural(
    { sheet, row: cell.row, column, col: cell.col, value: `=${cell.formula}` },
    msg("err.formulaNotComputed", { cell: `${columnLetters(cell.col)}${cell.row}` }),
  );
}

function isEmptyRow(row: Raw[] | undefined): boolean {
  return !row || row.every((cell) => isEmpty(cell));
}

function readTable(sheetId: TableSheetId, sheet: GridSheet, log: IssueLog) {
  const spec = CONTRACT[sheetId];
  const rows = unmerge(sheet);
  const { found, best } = matchHeaderRow(rows, sheetId);
  if (!found) {
    const have = best?.columns ?? new Map<string, number>();
    for (const { field, spec: header, required } of spec.fields) {
      if (!required || have.has(field)) continue;
      log.structural(
        { sheet: sheet.name, row: null, column: header.header.vi },
        msg("err.missingHeader", { header: header.header.vi }),
      );
    }
    const oneOf: readonly string[] | undefined = "oneOf" in spec ? spec.oneOf : undefined;
    if (oneOf && !oneOf.some((field) => have.has(field))) {
      const named = spec.fields.filter((f) => oneOf.includes(f.field)).map((f) => f.spec.header.vi);
      log.structural(
        { sheet: sheet.name, row: null, column: named[0] ?? null },
        msg("err.missingOneOfHeaders", { headers: named.map((h) => `'${h}'`).join(", ") }),
      );
    }
    return null;
  }
  reportControlCharacters(sheet.name, rows, found.row, log);
  const columns: Partial<Record<string, number>> = {};
  for (const [field, c] of found.columns) columns[field] = c + 1;
  const records: ({ row: number } & Record<string, Raw>)[] = [];
  const pending = uncomputedOf(sheet);
  for (let r = found.row + 1; r < rows.length; r++) {
    const row = rows[r];
    if (pending)
      for (const [field, c] of found.columns) {
        const cell = pending.get(cellKey(r + 1, c + 1));
        const header = spec.fields.find((f) => f.field === field)?.spec.header.vi ?? null;
        if (cell) reportUncomputed(log, sheet.name, cell, header);
      }
    if (!row || isEmptyRow(row)) continue;
    const record: { row: number } & Record<string, Raw> = { row: r + 1 };
    for (const [field, c] of found.columns) record[field] = row[c] ?? null;
    records.push(record);
  }
  return { name: sheet.name, headerRow: found.row + 1, columns, records };
}

function readScoreSheet(sheet: GridSheet, log: IssueLog): ScoreSheet | null {
  const rows = unmerge(sheet);
  let headerRow = -1;
  let unitColumn = -1;
  let header: Raw[] = [];
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS) && headerRow < 0; r++) {
    const row = rows[r] ?? [];
    const c = row.findIndex((cell) => isTerm(cellText(cell), HEADERS.unitCode));
    if (c >= 0) {
      headerRow = r;
      unitColumn = c;
      header = row;
    }
  }
  if (headerRow < 0) {
    log.structural(
      { sheet: sheet.name, row: null, column: HEADERS.unitCode.vi },
      msg("err.missingHeader", { header: HEADERS.unitCode.vi }),
    );
    return null;
  }
  reportControlCharacters(sheet.name, rows, headerRow, log);
  let recusedColumn = -1;
  const columns: { header: string; col: number; index: number }[] = [];
  header.forEach((cell, c) => {
    const text = cellText(cell);
    if (c === unitColumn || text === "") return;
    if (recusedColumn < 0 && isTerm(text, HEADERS.recused)) recusedColumn = c;
    else columns.push({ header: text, col: c + 1, index: c });
  });
  const scoreRows: ScoreSheet["rows"] = [];
  const uncomputed: NonNullable<ScoreSheet["uncomputed"]> = [];
  const pending = uncomputedOf(sheet);
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (pending) {
      const unitCell = pending.get(cellKey(r + 1, unitColumn + 1));
      if (unitCell) reportUncomputed(log, sheet.name, unitCell, HEADERS.unitCode.vi);
      const recusedCell = recusedColumn >= 0 ? pending.get(cellKey(r + 1, recusedColumn + 1)) : undefined;
      if (recusedCell) reportUncomputed(log, sheet.name, recusedCell, HEADERS.recused.vi);
      for (const column of columns) {
        const cell = pending.get(cellKey(r + 1, column.col));
        if (cell) uncomputed.push({ ...cell, header: column.header });
      }
    }
    if (!row || isEmptyRow(row)) continue;
    scoreRows.push({
      row: r + 1,
      unit: row[unitColumn] ?? null,
      recused: recusedColumn >= 0 ? (row[recusedColumn] ?? null) : null,
      values: columns.map((column) => row[column.index] ?? null),
    });
  }
  return {
    name: sheet.name,
    headerRow: headerRow + 1,
    unitColumn: unitColumn + 1,
    recusedColumn: recusedColumn >= 0 ? recusedColumn + 1 : null,
    columns: columns.map(({ header, col }) => ({ header, col })),
    rows: scoreRows,
    ...(uncomputed.length > 0 ? { uncomputed } : {}),
  };
}

/** Reads the council workbook's input sheets. Structural problems are in `issues`. */
export function readContract(workbook: GridWorkbook): CouncilInput {
  const log = new IssueLog();
  const input: CouncilInput = {
    units: null,
    criteria: null,
    scoreSheets: [],
    selfScores: null,
    registrations: null,
    reports: null,
    deadlines: null,
    classes: null,
    awards: null,
    votes: null,
    settings: null,
    proposals: null,
    issues: [],
  };
  const seen = new Map<SheetId, string>();
  const members = new Map<string, string>(); // memberKey → the first score sheet of that member
  let scoreSheets = 0;
  for (const sheet of workbook.sheets) {
    const id = sheetIdOf(sheet.name);
    if (id === null || OUTPUT_SHEETS.includes(id)) continue;
    if (id === "scores") {
      // docs/RULES.md: a very hidden score sheet does not count, a hidden one counts; both are said
      if (sheet.visibility === "veryHidden") {
        log.warning(
          { sheet: sheet.name, row: null },
          msg("warn.veryHiddenScoreSheet", { sheet: sheet.name }),
        );
        continue;
      }
      if (sheet.visibility === "hidden")
        log.warning({ sheet: sheet.name, row: null }, msg("warn.hiddenScoreSheet", { sheet: sheet.name }));
      scoreSheets++;
      // one member's two sheets would weigh that member twice (names compared as memberKey does)
      const member = memberOfSheet(sheet.name);
      const first = members.get(memberKey(member));
      if (first !== undefined)
        log.structural(
          { sheet: sheet.name, row: null },
          msg("err.memberTwice", { member, first, second: sheet.name }),
        );
      else members.set(memberKey(member), sheet.name);
      const scores = readScoreSheet(sheet, log);
      if (scores) input.scoreSheets.push(scores);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      log.structural(
        { sheet: sheet.name, row: null },
        msg("err.sheetTwice", { sheet: SHEETS[id].vi, first, second: sheet.name }),
      );
      continue;
    }
    seen.set(id, sheet.name);
    if (id === "selfScores") {
      input.selfScores = readScoreSheet(sheet, log);
      continue;
    }
    const table = readTable(id as TableSheetId, sheet, log);
    if (table) (input as unknown as Record<string, unknown>)[id] = table;
  }
  for (const id of REQUIRED_SHEETS) {
    if (id !== "scores" && !seen.has(id))
      log.structural({ sheet: SHEETS[id].vi, row: null }, msg("err.missingSheet", { sheet: SHEETS[id].vi }));
  }
  if (scoreSheets === 0) {
    log.structural({ sheet: SHEETS.scores.vi, row: null }, msg("err.noScoreSheet"));
  }
  input.issues = log.issues as Issue[];
  return input;
}
