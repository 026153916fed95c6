/**
 * WORKBOOK.md §8 — the machine-readable result. Numbers are JSON numbers with at most 2 decimals;
 * `rank`, `class`, `award` are null when not ranked / none; totals are null for incomplete and
 * invalid units; on a structural error `units` is empty and `year`/`mode` are null.
 *
 * §8 and §10.2: "`classQuotas` lists every (class with a `Tỷ lệ tối đa (%)`, bloc) pair; `[]` when
 * no class has one. `base` is the count the share is taken of, `kept` how many units hold the class
 * after the cap."
 */
import type { CouncilResult } from "./evaluate";
import { render, type Lang } from "../i18n";
import { issueCell } from "../issues";
import { toPoints } from "../contract/points";

export interface ResultJson {
  year: number | null;
  mode: "allocate" | "check" | null;
  units: {
    code: string;
    name: string;
    bloc: string | null;
    status: "ranked" | "incomplete" | "invalid";
    scored: number | null;
    bonus: number | null;
    deduction: number | null;
    total: number | null;
    rank: number | null;
    class: string | null;
    registered: string[];
    award: string | null;
    awaitingVote: boolean;
    reasons: string[];
  }[];
  quotas: { award: string; group: string; limit: number | null; granted: number; tie: boolean }[];
  /** §10.2: every (class with a `Tỷ lệ tối đa (%)`, bloc of `Đơn vị`); [] when no class has one. */
  classQuotas: { class: string; group: string; base: number; limit: number; kept: number; tie: boolean }[];
  violations: { unit: string; award: string; kind: string; message: string }[];
  issues: {
    severity: "error" | "warning";
    sheet: string;
    row: number | null;
    column: string | null;
    value: string | null;
    message: string;
    cell: string | null;
  }[];
}

const points = (h: number | null) => (h === null ? null : toPoints(h));

export function toJson(result: CouncilResult, lang: Lang = "vi"): ResultJson {
  return {
    year: result.year,
    mode: result.mode,
    units: result.units.map((u) => ({
      code: u.code,
      name: u.name,
      bloc: u.bloc,
      status: u.status,
      scored: points(u.scored),
      bonus: points(u.bonus),
      deduction: points(u.deduction),
      total: points(u.total),
      rank: u.rank,
      class: u.class,
      registered: u.registered,
      award: u.award,
      awaitingVote: u.awaitingVote,
      reasons: u.reasons.map((reason) => render(lang, reason)),
    })),
    quotas: result.quotas.map((q) => ({
      award: q.award,
      group: q.group,
      limit: q.limit,
      granted: q.granted,
      tie: q.tie,
    })),
    classQuotas: result.classQuotas.map((q) => ({
      class: q.class,
      group: q.group,
      base: q.base,
      limit: q.limit,
      kept: q.kept,
      tie: q.tie,
    })),
    violations: result.violations.map((v) => ({
      unit: v.unit,
      award: v.award,
      kind: v.kind,
      message: render(lang, v.message),
    })),
    issues: result.issues.map((issue) => ({
      severity: issue.severity,
      sheet: issue.sheet,
      row: issue.row,
      column: issue.column,
      value: issue.value,
      message: render(lang, issue.message),
      cell: issueCell(issue),
    })),
  };
}
