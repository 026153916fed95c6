/**
 * Builds engine inputs in code, the way a council secretary would fill the sheets: header on
 * row 1, data from row 2. Only what a test cares about needs to be written.
 */
import { AWARD_FIELDS, type CouncilInput, type ScoreSheet } from "../../../src/core/contract/input";
import type { Raw } from "../../../src/core/contract/values";
import { evaluate, type CouncilResult, type EvaluateOptions } from "../../../src/core/result/evaluate";
import { toJson } from "../../../src/core/result/json";

type Fields = Record<string, Raw>;

function table(name: string, fields: string[], rows: Fields[]) {
  const columns: Record<string, number> = {};
  fields.forEach((field, i) => (columns[field] = i + 1));
  return {
    name,
    headerRow: 1,
    columns,
    records: rows.map((row, i) => ({ row: i + 2, ...row })),
  };
}

export interface UnitSpec {
  code: string;
  name?: string;
  bloc?: string | null;
  women?: Raw;
  /** §10.3 `Xếp loại tối đa`; the column is there only when some unit has one. */
  maxClass?: Raw;
}

export interface CriterionSpec {
  code: string;
  max: Raw;
  kind?: string;
  /** `Nhóm`; the column is there only when some criterion has one. */
  group?: Raw;
}

/** §10.1–§10.2 columns of a `Xếp loại` row; each column is there only when some row has it. */
export interface ClassConditions {
  noZero?: Raw;
  minGroupSharePct?: Raw;
  maxSharePct?: Raw;
}

/** A `Xếp loại` row: name, `Điểm từ`, and optionally the §10 columns. */
export type ClassRow = [Raw, Raw] | [Raw, Raw, ClassConditions];

export interface AwardSpec {
  code: string;
  name?: string;
  priority: Raw;
  minPoints?: Raw;
  minClass?: Raw;
  maxRank?: Raw;
  registrationRequired?: Raw;
  onTimeRequired?: Raw;
  minVotePct?: Raw;
  scope?: Raw;
  maxCount?: Raw;
  maxSharePct?: Raw;
}

/** One member's sheet: unit code → scores in criteria order (null = empty); "R" = recused. */
export type MemberScores = Record<string, (Raw | undefined)[] | "R">;

export interface CouncilSpec {
  units: UnitSpec[];
  criteria?: CriterionSpec[];
  /** member name → scores; the sheet is named "Chấm điểm - <member>". */
  scores?: Record<string, MemberScores>;
  selfScores?: MemberScores;
  /** [unit code, awards cell, date] */
  registrations?: [Raw, Raw, Raw][] | null;
  registrationsByName?: [Raw, Raw, Raw, Raw][];
  reports?: [Raw, Raw, Raw][] | null;
  deadlines?: [Raw, Raw, Raw, Raw][] | null;
  classes?: ClassRow[] | null;
  awards?: AwardSpec[];
  votes?: [Raw, Raw, Raw][] | null;
  settings?: Record<string, Raw>;
  proposals?: [Raw, Raw][] | null;
}

export const DEFAULT_CRITERIA: CriterionSpec[] = [{ code: "TC1", max: 100 }];

export function scoreSheet(name: string, criteria: string[], scores: MemberScores): ScoreSheet {
  const hasRecusal = Object.values(scores).some((s) => s === "R");
  return {
    name,
    headerRow: 1,
    unitColumn: 1,
    recusedColumn: hasRecusal ? 2 : null,
    columns: criteria.map((code, i) => ({ header: code, col: i + (hasRecusal ? 3 : 2) })),
    rows: Object.entries(scores).map(([unit, values], i) => ({
      row: i + 2,
      unit,
      recused: values === "R" ? "x" : null,
      values: values === "R" ? criteria.map(() => null) : criteria.map((_, c) => values[c] ?? null),
    })),
  };
}

/** The optional fields some row has, in the order given: the sheet has those columns only. */
function optional<T extends object>(rows: T[], fields: string[]): string[] {
  return fields.filter((field) => rows.some((row) => (row as Record<string, unknown>)[field] !== undefined));
}

export function councilInput(spec: CouncilSpec): CouncilInput {
  const criteria = spec.criteria ?? DEFAULT_CRITERIA;
  const codes = criteria.map((c) => c.code);
  const scores = spec.scores ?? {};
  return {
    units: table(
      "Đơn vị",
      ["code", "name", "bloc", "womenShare", ...optional(spec.units, ["maxClass"])],
      spec.units.map((u) => ({
        code: u.code,
        name: u.name ?? `Đơn vị ${u.code}`,
        bloc: u.bloc === undefined ? "Khối A" : u.bloc,
        womenShare: u.women ?? null,
        ...(u.maxClass !== undefined ? { maxClass: u.maxClass } : {}),
      })),
    ),
    criteria: table(
      "Tiêu chí",
      ["code", "maxPoints", "kind", ...optional(criteria, ["group"])],
      criteria.map((c) => ({
        code: c.code,
        maxPoints: c.max,
        kind: c.kind ?? null,
        ...(c.group !== undefined ? { group: c.group } : {}),
      })),
    ),
    scoreSheets: Object.entries(scores).map(([member, s]) => scoreSheet(`Chấm điểm - ${member}`, codes, s)),
    selfScores: spec.selfScores ? scoreSheet("Tự chấm", codes, spec.selfScores) : null,
    registrations:
      spec.registrationsByName !== undefined
        ? table(
            "Đăng ký",
            ["code", "name", "awards", "date"],
            spec.registrationsByName.map(([code, name, awards, date]) => ({ code, name, awards, date })),
          )
        : spec.registrations === null
          ? null
          : table(
              "Đăng ký",
              ["code", "awards", "date"],
              (spec.registrations ?? []).map(([code, awards, date]) => ({ code, awards, date })),
            ),
    reports: spec.reports
      ? table(
          "Báo cáo",
          ["code", "type", "date"],
          spec.reports.map(([code, type, date]) => ({ code, type, date })),
        )
      : null,
    deadlines: spec.deadlines
      ? table(
          "Hạn nộp",
          ["type", "due", "late", "missing"],
          spec.deadlines.map(([type, due, late, missing]) => ({ type, due, late, missing })),
        )
      : null,
    classes: spec.classes
      ? table(
          "Xếp loại",
          [
            "name",
            "from",
            ...optional(
              spec.classes.map((row) => row[2] ?? {}),
              ["noZero", "minGroupSharePct", "maxSharePct"],
            ),
          ],
          spec.classes.map(([name, from, conditions]) => ({ name, from, ...conditions })),
        )
      : null,
    awards: table(
      "Danh hiệu",
      [...AWARD_FIELDS],
      (spec.awards ?? []).map((a) => ({
        code: a.code,
        name: a.name ?? a.code,
        priority: a.priority,
        minPoints: a.minPoints ?? null,
        minClass: a.minClass ?? null,
        maxRank: a.maxRank ?? null,
        registrationRequired: a.registrationRequired ?? null,
        onTimeRequired: a.onTimeRequired ?? null,
        minVotePct: a.minVotePct ?? null,
        scope: a.scope ?? null,
        maxCount: a.maxCount ?? null,
        maxSharePct: a.maxSharePct ?? null,
      })),
    ),
    votes: spec.votes
      ? table(
          "Biểu quyết",
          ["code", "award", "votes"],
          spec.votes.map(([code, award, votes]) => ({ code, award, votes })),
        )
      : null,
    settings: table(
      "Cài đặt",
      ["name", "value"],
      Object.entries({ "Năm thi đua": 2023, ...spec.settings }).map(([name, value]) => ({ name, value })),
    ),
    proposals: spec.proposals
      ? table(
          "Đề nghị",
          ["code", "award"],
          spec.proposals.map(([code, award]) => ({ code, award })),
        )
      : null,
    issues: [],
  };
}

/** Each unit scored `total` on a single 100-point criterion by one member, on-time reports. */
export function withTotals(totals: Record<string, number>): Pick<CouncilSpec, "criteria" | "scores"> {
  return {
    criteria: DEFAULT_CRITERIA,
    scores: { A: Object.fromEntries(Object.entries(totals).map(([code, t]) => [code, [t]])) },
  };
}

/** Registrations of every unit for `awards`, on 1 January: on time. */
export function registerAll(codes: string[], awards: string): [Raw, Raw, Raw][] {
  return codes.map((code) => [code, awards, "01/01/2023"]);
}

/** Reports of every default type, on time, for every unit (no deadline deductions). */
export function onTimeReports(codes: string[]): [Raw, Raw, Raw][] {
  return codes.flatMap((code) => [
    [code, "Báo cáo sơ kết 6 tháng", "01/06/2023"],
    [code, "Báo cáo tổng kết năm", "01/12/2023"],
  ]);
}

export function run(spec: CouncilSpec, options: EvaluateOptions = { currentYear: 2023 }): CouncilResult {
  return evaluate(councilInput(spec), options);
}

export function runJson(spec: CouncilSpec, lang: "vi" | "en" = "vi") {
  return toJson(run(spec), lang);
}

export function unit(result: CouncilResult, code: string) {
  const found = result.units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
}

/** The same as `spec` but every unit registered and reporting on time, to isolate other rules. */
export function simpleCouncil(
  totals: Record<string, number>,
  awards: AwardSpec[],
  extra: Partial<CouncilSpec> = {},
): CouncilSpec {
  const codes = Object.keys(totals);
  return {
    units: codes.map((code) => ({ code })),
    ...withTotals(totals),
    registrations: registerAll(codes, awards.map((a) => a.code).join("; ")),
    reports: onTimeReports(codes),
    awards,
    ...extra,
  };
}
