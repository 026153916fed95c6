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
import { divideRounded, hasMoreThanTwoDecimals, toHundredths, type Hundredths } from "../contract/points";
import type { Council, Criterion, Settings, Unit } from "../setup/council";
import { cellText, codeKey, isOneEditApart, normalise } from "../contract/text";
import { parseNumber, parseYesNo, type Raw } from "../contract/values";
import { COUNCIL_SCORER, HEADERS, type Aggregation } from "../contract/terms";

const EMPTY = -1;
const RECUSED = -2;

/** Headers often found in score sheets that are not criteria (never reported as typos). */
const NON_CRITERION_HEADERS = new Set(
  [
    "STT",
    "TT",
    "Số TT",
    "Tên đơn vị",
    "Unit name",
    "Tổng",
    "Tổng điểm",
    "Total",
    "Ghi chú",
    "Note",
    "Notes",
    "Khối",
    "Khối thi đua",
    "Bloc",
    "Loại hình",
    "Nhận xét",
  ].map(normalise),
);

export interface Member {
  name: string;
  sheet: string;
}

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

/** "Chấm điểm - Nguyễn Văn A" → "Nguyễn Văn A"; a sheet named just "Chấm điểm" → "Hội đồng". */
export function memberOfSheet(sheetName: string): string {
  const dash = sheetName.search(/[-–—]/);
  if (dash >= 0) {
    const name = sheetName.slice(dash + 1).trim();
    if (name !== "") return name;
  }
  return normalise(sheetName) === normalise("Chấm điểm") ? COUNCIL_SCORER : sheetName.trim();
}

/** Aggregates the first n values of `values` (which it may reorder), rounded to hundredths. */
export function aggregate(rule: Aggregation, values: Int32Array, n: number): Hundredths {
  if (n === 0) return 0;
  if (rule === "median") {
    const sorted = values.subarray(0, n).sort();
    const mid = n >> 1;
    return n % 2 === 1 ? sorted[mid] : divideRounded(sorted[mid - 1] + sorted[mid], 2);
  }
  let sum = 0;
  let min = values[0];
  let max = values[0];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (rule === "trimmed" && n >= 5) return divideRounded(sum - min - max, n - 2);
  return divideRounded(sum, n);
}

/** Maps each header of a score sheet to a criterion (or -1), with the warnings §2 asks for. */
export function criterionColumns(council: Council, sheet: ScoreSheet, log: IssueLog): Int32Array {
  const byKey = new Map<string, Criterion>();
  for (const c of council.criteria) {
    byKey.set(c.key, c);
    if (!byKey.has(c.headerKey)) byKey.set(c.headerKey, c);
  }
  const columns = new Int32Array(sheet.columns.length).fill(-1);
  const found = new Map<number, number>();
  sheet.columns.forEach((column, i) => {
    const criterion = byKey.get(codeKey(column.header)) ?? byKey.get(normalise(column.header));
    const where = {
      sheet: sheet.name,
      row: sheet.headerRow,
      column: column.header,
      col: column.col,
      value: column.header,
    };
    if (criterion) {
      if (found.has(criterion.index)) {
        log.warning(where, msg("warn.duplicateCriterionColumn", { code: criterion.code }));
        return;
      }
      found.set(criterion.index, i);
      columns[i] = criterion.index;
      return;
    }
    const key = normalise(column.header);
    if (key === "" || NON_CRITERION_HEADERS.has(key)) return;
    const near = council.criteria.find((c) => isOneEditApart(key, c.headerKey));
    if (near) log.warning(where, msg("warn.criterionTypo", { header: column.header, code: near.code }));
  });
  const absent = council.criteria.filter((c) => !found.has(c.index)).map((c) => c.code);
  if (absent.length > 0) {
    log.warning(
      { sheet: sheet.name, row: sheet.headerRow, column: null },
      msg("warn.criterionColumnsMissing", { codes: absent.join(", ") }),
    );
  }
  return columns;
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
  const memberByKey = new Map<string, number>();

  sheets.forEach((sheet, m) => {
    const member = memberOfSheet(sheet.name);
    const memberKey = normalise(member);
    if (memberByKey.has(memberKey)) {
      log.warning({ sheet: sheet.name, row: null }, msg("warn.memberTwice", { member }));
    }
    memberByKey.set(memberKey, m);
    members.push({ name: member, sheet: sheet.name });
    const columns = criterionColumns(council, sheet, log);
    const sheetCols = new Int32Array(C);
    columns.forEach((c, i) => c >= 0 && (sheetCols[c] = sheet.columns[i].col));
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
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        if (c < 0) continue;
        const value = record.values[i] ?? null;
        if (isBlank(value)) continue;
        const criterion = criteria[c];
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
          col: sheet.columns[i].col,
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
      const criterion = criteria[c];
      const emptyIsZero = criterion.kind !== "score" || settings.missing === "zero";
      let n = 0;
      let count = 0;
      let min = 0;
      let max = 0;
      let maxM = -1;
      for (let m = 0, at = unitBase + c; m < M; m++, at += C) {
        const v = scores[at];
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
      const v = scores[(unit.index * M + m) * C + c];
      if (v >= 0) list.push(msg("part.memberScore", { member: members[m].name, points: { points: v } }));
    }
    log.warning(
      {
        sheet: members[maxM].sheet,
        row: rows[unit.index * M + maxM] || null,
        column: criterion.code,
        col: cols[maxM][c] || null,
        value: String(scores[(unit.index * M + maxM) * C + c] / 100),
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

/** A ranked unit's points (§3.3, §10.5), in hundredths. */
export interface UnitPoints {
  scored: Hundredths;
  /** After the caps of §10.5. */
  bonus: Hundredths;
  deduction: Hundredths;
  total: Hundredths;
  /** Before the caps: Σ over `Điểm thưởng`; Σ over `Điểm trừ` + deadline deductions. */
  bonusSum: Hundredths;
  deductionSum: Hundredths;
}

/**
 * WORKBOOK.md §3.3 — "Scored = Σ a(u,c) over `Chấm điểm`; Bonus = Σ over `Điểm thưởng`; Deduction
 * = Σ over `Điểm trừ` + the deadline deductions (§4). **Total = Scored + Bonus − Deduction**" —
 * and §10.5, caps on bonus and deduction: "`Điểm thưởng tối đa` [Max bonus] and `Điểm trừ tối đa`
 * [Max deduction], numbers ≥ 0 (empty: no cap): Bonus = min(Σ over `Điểm thưởng`, cap); Deduction
 * = min(Σ over `Điểm trừ` + deadline deductions, cap)." The self-score gap keeps comparing the
 * uncapped sums (`checkSelfScores`).
 */
export function unitPoints(
  settings: Settings,
  scores: UnitScores,
  deadlineDeduction: Hundredths,
): UnitPoints {
  const bonusSum = scores.bonus;
  const deductionSum = scores.criteriaDeduction + deadlineDeduction;
  const bonus = settings.maxBonus === null ? bonusSum : Math.min(bonusSum, settings.maxBonus);
  const deduction =
    settings.maxDeduction === null ? deductionSum : Math.min(deductionSum, settings.maxDeduction);
  return {
    scored: scores.scored,
    bonus,
    deduction,
    total: scores.scored + bonus - deduction,
    bonusSum,
    deductionSum,
  };
}

/**
 * WORKBOOK.md §2 `Tự chấm` and §9: the units' own scores never count; a unit whose self-scored
 * Scored + Bonus − criteria deductions differs from the council's by more than the gap gets a
 * warning.
 */
export function checkSelfScores(
  council: Council,
  sheet: ScoreSheet,
  councilTotals: Map<number, Hundredths>,
  log: IssueLog,
): void {
  const columns = criterionColumns(council, sheet, new IssueLog());
  const seen = new Set<number>();
  for (const record of sheet.rows) {
    const code = cellText(record.unit);
    if (code === "") continue;
    const unit = council.unitByKey.get(codeKey(code));
    const unitWhere = {
      sheet: sheet.name,
      row: record.row,
      column: HEADERS.unitCode.vi,
      col: sheet.unitColumn,
      value: record.unit,
    };
    if (!unit) {
      log.warning(unitWhere, msg("warn.unknownUnit", { code }));
      continue;
    }
    if (seen.has(unit.index)) {
      log.warning(unitWhere, msg("warn.selfScoreTwice", { code: unit.code }));
      continue;
    }
    seen.add(unit.index);
    let total = 0;
    let readable = true;
    columns.forEach((c, i) => {
      if (c < 0) return;
      const value = record.values[i] ?? null;
      if (isBlank(value)) return;
      const points = parseNumber(value);
      const criterion = council.criteria[c];
      if (Number.isNaN(points) || points < 0 || toHundredths(points) > criterion.max) {
        readable = false;
        log.warning(
          { sheet: sheet.name, row: record.row, column: criterion.code, col: sheet.columns[i].col, value },
          msg("warn.selfScoreInvalid", { max: { points: criterion.max } }),
        );
        return;
      }
      const h = toHundredths(points);
      total += criterion.kind === "deduction" ? -h : h;
    });
    const councilTotal = councilTotals.get(unit.index);
    if (!readable || councilTotal === undefined) continue;
    const gap = Math.abs(total - councilTotal);
    if (gap > council.settings.selfGap) {
      log.warning(
        unitWhere,
        msg("warn.selfScoreGap", {
          unit: unit.code,
          self: { points: total },
          council: { points: councilTotal },
          gap: { points: gap },
          limit: { points: council.settings.selfGap },
        }),
      );
    }
  }
}
