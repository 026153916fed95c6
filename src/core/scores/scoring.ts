/**
 * WORKBOOK.md §2 (score sheets) and §3 — from the council members' score sheets to each unit's
 * Scored, Bonus and criteria Deduction, in hundredths.
 *
 * 1. For each unit u and criterion c, gather the scores of the members who did not recuse from u.
 *    Aggregate: mean; trimmed mean (5 or more scores: drop one highest and one lowest); median.
 *    Round half away from zero to 2 decimals: a(u,c).
 * 2. Missing: a non-recused member with no score for a `Chấm điểm` criterion makes u incomplete
 *    (`Không xếp hạng`) or counts as 0 (`Tính 0`). A unit no member scored is incomplete. For
 *    `Điểm thưởng` and `Điểm trừ` an empty score is 0 and takes part in the aggregation.
 * 4. Discrepancy: max − min of the entered scores > threshold% × max points → a warning.
 */
import { IssueLog, msg, type Msg } from "../issues";
import type { ScoreSheet } from "../contract/input";
import { hasMoreThanTwoDecimals, toHundredths, type Hundredths } from "../contract/points";
import type { Council, Criterion, Unit } from "../setup/council";
import { cellText, codeKey } from "../contract/text";
import { parseNumber, parseYesNo, type Raw } from "../contract/values";
import { HEADERS } from "../contract/sheets";
import { at } from "../contract/indexing";
import { aggregate } from "./aggregate";
import { criterionColumns } from "./columns";
import { memberKey, memberOfSheet, type Member } from "./members";

export type { Member };
export { aggregate, criterionColumns, memberKey, memberOfSheet };
export { unitPoints, type UnitPoints } from "./totals";
export { checkSelfScores } from "./self-scores";

const EMPTY = -1;
const RECUSED = -2;

export interface MissingScore {
  member: number;
  criterion: number;
}

export interface UnitScores {
  scored: Hundredths;
  bonus: Hundredths;
  /** Σ of the `Điểm trừ` criteria (deadline deductions come on top, §4). */
  criteriaDeduction: Hundredths;
  /** Non-recused members' missing `Chấm điểm` scores (under `Không xếp hạng`). */
  missing: MissingScore[];
  /** No member entered any score for the unit. */
  notScored: boolean;
}

export interface Scoring {
  members: Member[];
  /** Per unit (by index); null for a unit with a unit error. */
  units: (UnitScores | null)[];
  /** a(u,c) in hundredths, row-major [unit][criterion]; meaningful for scored units only. */
  aggregates: Int32Array;
}

function isBlank(value: Raw): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

export function scoreUnits(council: Council, sheets: ScoreSheet[], log: IssueLog): Scoring {
  const { units, criteria, settings } = council;
  const U = units.length;
  const C = criteria.length;
  const M = sheets.length;
  const scores = new Int32Array(U * M * C).fill(EMPTY); // [unit][member][criterion]
  const rows = new Int32Array(U * M); // Excel row of each unit in each sheet (0: none)
  const criterionCols: Int32Array[] = [];
  const members: Member[] = [];

  // one member's two sheets are a structural error of the reader (../contract/reader.ts)
  sheets.forEach((sheet, m) => {
    const member = memberOfSheet(sheet.name);
    members.push({ name: member, sheet: sheet.name });
    // the sheet's criterion columns: i into sheet.columns and record.values, c into criteria
    const columns: { i: number; c: number; criterion: Criterion; col: number }[] = [];
    const sheetCols = new Int32Array(C);
    criterionColumns(council, sheet, log).forEach((c, i) => {
      if (c < 0) return;
      const col = at(sheet.columns, i, "sheet.columns").col;
      columns.push({ i, c, criterion: at(criteria, c, "criteria"), col });
      sheetCols[c] = col;
    });
    criterionCols.push(sheetCols);
    const seen = new Map<number, number>();
    const unitHeader = HEADERS.unitCode.vi;
    for (const record of sheet.rows) {
      const code = cellText(record.unit);
      const unitWhere = {
        sheet: sheet.name,
        row: record.row,
        column: unitHeader,
        col: sheet.unitColumn,
        value: record.unit,
      };
      if (code === "") {
        if (!isBlank(record.recused) || record.values.some((v) => !isBlank(v))) {
          log.warning(unitWhere, msg("warn.rowWithoutUnitCode"));
        }
        continue;
      }
      const unit = council.unitByKey.get(codeKey(code));
      if (!unit) {
        log.warning(unitWhere, msg("warn.unknownUnit", { code }));
        continue;
      }
      const first = seen.get(unit.index);
      if (first !== undefined) {
        unit.errors.push(
          log.unitError(unit.code, unitWhere, msg("err.unitTwiceInSheet", { code: unit.code, first })),
        );
        continue;
      }
      seen.set(unit.index, record.row);
      rows[unit.index * M + m] = record.row;
      const base = (unit.index * M + m) * C;
      if (sheet.recusedColumn !== null) {
        const recused = parseYesNo(record.recused);
        if (recused === null) {
          const where = {
            sheet: sheet.name,
            row: record.row,
            column: HEADERS.recused.vi,
            col: sheet.recusedColumn,
            value: record.recused,
          };
          unit.errors.push(log.unitError(unit.code, where, msg("err.badRecused")));
          continue;
        }
        if (recused) {
          scores.fill(RECUSED, base, base + C);
          continue; // a recused row is ignored entirely, even its bad cells (§9)
        }
      }
      for (const { i, c, criterion, col } of columns) {
        const value = record.values[i] ?? null;
        if (isBlank(value)) continue;
        if (typeof value === "number" && value >= 0) {
          // the common case, inlined: a number with at most 2 decimals, within range
          const scaled = value * 100;
          const h = Math.round(scaled);
          if (Math.abs(scaled - h) <= 1e-6 && h <= criterion.max) {
            scores[base + c] = h;
            continue;
          }
        }
        const where = {
          sheet: sheet.name,
          row: record.row,
          column: criterion.code,
          col,
          value,
        };
        const points = typeof value === "number" ? value : parseNumber(value);
        if (Number.isNaN(points) || !Number.isFinite(points)) {
          unit.errors.push(
            log.unitError(unit.code, where, msg("err.scoreNotANumber", { max: { points: criterion.max } })),
          );
          continue;
        }
        if (hasMoreThanTwoDecimals(points)) {
          log.warning(where, msg("warn.scoreRounded", { rounded: { points: toHundredths(points) } }));
        }
        const h = toHundredths(points);
        if (h < 0 || h > criterion.max) {
          unit.errors.push(
            log.unitError(unit.code, where, msg("err.scoreOutOfRange", { max: { points: criterion.max } })),
          );
          continue;
        }
        scores[base + c] = h;
      }
    }
  });

  const aggregates = new Int32Array(U * C);
  const buffer = new Int32Array(Math.max(M, 1));
  const threshold = settings.discrepancyPct;
  const results: (UnitScores | null)[] = units.map((unit) => {
    if (unit.errors.length > 0) return null;
    let scored = 0;
    let bonus = 0;
    let criteriaDeduction = 0;
    let entered = false;
    const missing: MissingScore[] = [];
    const unitBase = unit.index * M * C;
    for (let c = 0; c < C; c++) {
      const criterion = criteria[c]!; // in range: c < C = criteria.length
      const emptyIsZero = criterion.kind !== "score" || settings.missing === "zero";
      let n = 0;
      let count = 0;
      let min = 0;
      let max = 0;
      let maxM = -1;
      // in range: unitBase + m × C + c < (unit.index + 1) × M × C ≤ U × M × C = scores.length
      for (let m = 0, i = unitBase + c; m < M; m++, i += C) {
        const v = scores[i]!;
        if (v === RECUSED) continue;
        if (v === EMPTY) {
          if (emptyIsZero) buffer[n++] = 0;
          else missing.push({ member: m, criterion: c });
          continue;
        }
        buffer[n++] = v;
        if (count === 0 || v < min) min = v;
        if (count === 0 || v > max) {
          max = v;
          maxM = m;
        }
        count++;
      }
      if (count > 0) entered = true;
      // discrepancy: max − min > threshold% × max points, in integers (threshold in ‱)
      if (count >= 2 && (max - min) * 10000 > threshold * criterion.max) {
        reportDiscrepancy(log, unit, criterion, c, scores, rows, criterionCols, members, maxM, max - min);
      }
      const a = aggregate(settings.aggregation, buffer, n);
      aggregates[unit.index * C + c] = a;
      if (criterion.kind === "score") scored += a;
      else if (criterion.kind === "bonus") bonus += a;
      else criteriaDeduction += a;
    }
    return { scored, bonus, criteriaDeduction, missing, notScored: !entered };
  });

  function reportDiscrepancy(
    log: IssueLog,
    unit: Unit,
    criterion: Criterion,
    c: number,
    scores: Int32Array,
    rows: Int32Array,
    cols: Int32Array[],
    members: Member[],
    maxM: number,
    spread: number,
  ): void {
    const list: Msg[] = [];
    for (let m = 0; m < M; m++) {
      const v = at(scores, (unit.index * M + m) * C + c, "scores");
      if (v >= 0)
        list.push(msg("part.memberScore", { member: at(members, m, "members").name, points: { points: v } }));
    }
    log.warning(
      {
        sheet: at(members, maxM, "members").sheet,
        row: at(rows, unit.index * M + maxM, "rows") || null,
        column: criterion.code,
        col: at(at(cols, maxM, "cols"), c, "cols[m]") || null,
        value: String(at(scores, (unit.index * M + maxM) * C + c, "scores") / 100),
      },
      msg("warn.discrepancy", {
        unit: unit.code,
        code: criterion.code,
        scores: { list },
        spread: { points: spread },
        threshold: settings.discrepancyPct / 100,
        max: { points: criterion.max },
      }),
    );
  }

  return { members, units: results, aggregates };
}
