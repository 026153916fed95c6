/**
 * Importing council members' score sheets (issue 5). A member fills in a score sheet (a copy of the
 * workbook, or a file with one `Chấm điểm - <name>` sheet) and sends it back; importing adds or
 * replaces that member's sheet after a preview of what changes (cells changed, units added or
 * missing), reporting beforehand the scores the computation would reject (out of range, unknown
 * units or criteria). It never silently overwrites another member's sheet: sheets are matched by
 * member, and a file that changes several members' sheets must say which member to import.
 */
import { columnLetters, msg, type Msg } from "../issues";
import type { CouncilInput, ScoreSheet } from "../contract/input";
import { memberKey } from "../scores/members";
import { memberOfSheet } from "../scores/scoring";
import { cellText, codeKey, normalise } from "../contract/text";
import { toHundredths } from "../contract/points";
import { parseNumber, type Raw } from "../contract/values";
import { HEADERS, OTHER_SCORE_HEADERS } from "../contract/sheets";
import type { ImportRejection } from "./registration-import";

export interface CellCounts {
  /** Scores where the sheet had none. */
  added: number;
  /** Scores that change. */
  updated: number;
  /** Scores the new sheet no longer has. */
  cleared: number;
  unchanged: number;
}

export interface ScoreSheetChange {
  member: string;
  /** The sheet's name in the imported file. */
  sourceSheet: string;
  /** The member's sheet in the workbook, or null when it is new. */
  targetSheet: string | null;
  kind: "add" | "replace" | "unchanged";
  cells: CellCounts;
  unitsAdded: string[];
  unitsMissing: string[];
  /** Scores the computation would reject (reported before writing; imported as they are). */
  problems: ImportRejection[];
}

export interface ScoreImportPlan {
  sheets: ScoreSheetChange[];
  /** Problems that stop the import (no score sheet; several members changed and none chosen). */
  rejected: ImportRejection[];
}

/** A comparable form of a score cell: a number when it reads as one, else its text. */
function comparable(value: Raw): string {
  const text = cellText(value);
  if (text === "") return "";
  const n = parseNumber(value);
  return Number.isNaN(n) ? `t:${text}` : `n:${n}`;
}

/** Score cells of a sheet by unit and criterion header: key `UNIT\0HEADER` → comparable value. */
function cellsOf(sheet: ScoreSheet): Map<string, string> {
  const cells = new Map<string, string>();
  for (const row of sheet.rows) {
    const unit = codeKey(cellText(row.unit));
    if (unit === "") continue;
    sheet.columns.forEach((column, i) => {
      const value = comparable(row.values[i] ?? null);
      if (value !== "") cells.set(`${unit}\u0000${normalise(column.header)}`, value);
    });
    if (cellText(row.recused) !== "") cells.set(`${unit}\u0000#recused`, comparable(row.recused));
  }
  return cells;
}

function unitsOf(sheet: ScoreSheet): Set<string> {
  return new Set(sheet.rows.map((row) => cellText(row.unit)).filter((code) => code !== ""));
}

/** What the computation would reject in a member's sheet, checked against the council's set-up. */
function problemsOf(council: CouncilInput, sheet: ScoreSheet): ImportRejection[] {
  const problems: ImportRejection[] = [];
  const units = new Set((council.units?.records ?? []).map((r) => codeKey(cellText(r.code ?? null))));
  const criteria = new Map(
    (council.criteria?.records ?? []).map((r) => [
      normalise(cellText(r.code ?? null)),
      parseNumber(r.maxPoints ?? null),
    ]),
  );
  const ignorable = new Set(OTHER_SCORE_HEADERS.map(normalise));
  const add = (row: number | null, column: string | null, value: string | null, message: Msg) =>
    problems.push({ sheet: sheet.name, row, column, value, message });
  sheet.columns.forEach((column) => {
    const key = normalise(column.header);
    if (!criteria.has(key) && !ignorable.has(key)) {
      add(
        sheet.headerRow,
        column.header,
        column.header,
        msg("imp.scoreUnknownCriterion", { value: column.header }),
      );
    }
  });
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const code = cellText(row.unit);
    if (code === "") continue;
    if (!units.has(codeKey(code))) {
      add(row.row, HEADERS.unitCode.vi, code, msg("imp.scoreUnknownUnit", { value: code }));
      continue;
    }
    const first = seen.get(codeKey(code));
    if (first !== undefined)
      add(row.row, HEADERS.unitCode.vi, code, msg("imp.scoreDuplicateUnit", { code, first }));
    seen.set(codeKey(code), row.row);
    sheet.columns.forEach((column, i) => {
      const max = criteria.get(normalise(column.header));
      const value = row.values[i] ?? null;
      if (max === undefined || Number.isNaN(max) || cellText(value) === "") return;
      const n = parseNumber(value);
      const h = Number.isNaN(n) ? NaN : toHundredths(n);
      // as the engine does: rounded to hundredths first, then range-checked
      if (Number.isNaN(h) || h < 0 || h > toHundredths(max)) {
        add(
          row.row,
          column.header,
          cellText(value),
          msg("imp.scoreInvalid", { value: cellText(value), max }),
        );
      }
    });
  }
  // issue 11: a score formula saved with no calculated value is unknown, never an empty score
  for (const cell of sheet.uncomputed ?? []) {
    if (!criteria.has(normalise(cell.header))) continue;
    const where = `${columnLetters(cell.col)}${cell.row}`;
    add(cell.row, cell.header, `=${cell.formula}`, msg("err.formulaNotComputed", { cell: where }));
  }
  return problems;
}

function diff(
  source: ScoreSheet,
  target: ScoreSheet | null,
): Omit<ScoreSheetChange, "member" | "sourceSheet" | "targetSheet" | "problems"> {
  const next = cellsOf(source);
  const before = target ? cellsOf(target) : new Map<string, string>();
  const cells: CellCounts = { added: 0, updated: 0, cleared: 0, unchanged: 0 };
  for (const [key, value] of next) {
    const old = before.get(key);
    if (old === undefined) cells.added++;
    else if (old === value) cells.unchanged++;
    else cells.updated++;
  }
  for (const key of before.keys()) if (!next.has(key)) cells.cleared++;
  const sourceUnits = unitsOf(source);
  const targetUnits = target ? unitsOf(target) : new Set<string>();
  const unitsAdded = [...sourceUnits].filter((u) => !targetUnits.has(u));
  const unitsMissing = target ? [...targetUnits].filter((u) => !sourceUnits.has(u)) : [];
  const changed = cells.added + cells.updated + cells.cleared + unitsAdded.length + unitsMissing.length > 0;
  return {
    kind: target === null ? "add" : changed ? "replace" : "unchanged",
    cells,
    unitsAdded,
    unitsMissing,
  };
}

/**
 * Plans importing the score sheets of `source` (a member's file) into `council`. `members`: the
 * members to import (by name, compared as members are told apart: case and spacing ignored, never
 * diacritics — Hương and Hường are two members); without it a file with one score sheet imports
 * that sheet, and a file with several imports the one that differs from the workbook.
 */
export function planScoreImport(
  council: CouncilInput,
  source: CouncilInput,
  fileName: string,
  members: string[] = [],
): ScoreImportPlan {
  const plan: ScoreImportPlan = { sheets: [], rejected: [] };
  const reject = (message: Msg) =>
    plan.rejected.push({ sheet: fileName, row: null, column: null, value: null, message });
  if (source.scoreSheets.length === 0) {
    reject(msg("imp.noScoreSheet"));
    return plan;
  }
  const targetOf = (member: string) =>
    council.scoreSheets.find((sheet) => memberKey(memberOfSheet(sheet.name)) === memberKey(member)) ?? null;
  const changes = source.scoreSheets.map((sheet) => {
    const member = memberOfSheet(sheet.name);
    const target = targetOf(member);
    return {
      member,
      sourceSheet: sheet.name,
      targetSheet: target?.name ?? null,
      ...diff(sheet, target),
      problems: problemsOf(council, sheet),
    };
  });
  let chosen: ScoreSheetChange[];
  if (members.length > 0) {
    chosen = [];
    for (const member of members) {
      // the member as written; typed without diacritics ("lo thi b"), the one member it can be
      const plain = !/[\u0300-\u036fđĐ]/.test(member.normalize("NFD"));
      const loose = plain ? changes.filter((c) => normalise(c.member) === normalise(member)) : [];
      const found =
        changes.find((c) => memberKey(c.member) === memberKey(member)) ??
        (loose.length === 1 ? loose[0] : undefined);
      if (found) chosen.push(found);
      else reject(msg("imp.memberNotInFile", { member }));
    }
  } else if (changes.length === 1) {
    chosen = changes;
  } else {
    chosen = changes.filter((c) => c.kind !== "unchanged");
    if (chosen.length > 1) {
      reject(msg("imp.chooseMember", { members: chosen.map((c) => c.member).join(", ") }));
      chosen = [];
    }
  }
  plan.sheets = chosen;
  return plan;
}
