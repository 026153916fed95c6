/**
 * The compute job (WORKBOOK.md §3–§8), written once for every door: read the contract's input
 * sheets, evaluate, and — only when there is no structural error — write `Kết quả`, `Khen thưởng`
 * and `Kiểm tra`, all or nothing. It answers the result, the §8 JSON and a summary as messages.
 */
import { evaluate, type CouncilResult } from "../core/result/evaluate";
import { toJson, type ResultJson } from "../core/result/json";
import { readContract } from "../core/contract/reader";
import { note, type Lang, type ShellMsg } from "../i18n";
import { listedIssues, nextStep, type IssueGroup } from "./next-step";
import { outputSheets } from "../workbook/layout";
import { checkCancelled, type Signal, type WorkbookPort } from "../workbook/port";
import { capped, type Report, type ReportLine } from "./report";
import { logEntry, type LogOptions } from "./log";
import { resultFingerprint } from "../core/log/fingerprints";

export type ComputeStage = "read" | "compute" | "write";

export interface ComputeOptions extends LogOptions {
  lang: Lang;
  /** The year used when `Cài đặt` has no `Năm thi đua` (default: this year). */
  currentYear?: number;
  signal?: Signal;
  /**
   * Called as the job advances (a stage and the fraction of the whole job done); the job waits for
   * what it returns at each new stage (the task pane lets the browser paint its progress bar).
   */
  onProgress?: (stage: ComputeStage, fraction: number) => void | Promise<void>;
}

export interface ComputeOutcome {
  result: CouncilResult;
  /** The next thing to fill in, when the workbook is empty or unfinished (./next-step.ts). */
  next: ShellMsg | null;
  /** The errors and warnings as the doors list them (repeated ones of a blank sheet as one). */
  issues: IssueGroup[];
  json: ResultJson;
  /** False after a structural error: nothing was written. */
  written: boolean;
  report: Report;
}

/** The most issues a summary lists of each severity (all are in `Kiểm tra` and the JSON). */
export const LISTED_ISSUES = 20;

export async function compute(port: WorkbookPort, options: ComputeOptions): Promise<ComputeOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  await progress("read", 0);
  // output sheets of an earlier run can be large: only the input sheets are read
  const grid = await port.readGrid({
    signal: options.signal,
    onProgress: (f) => void progress("read", f * 0.3),
  });
  checkCancelled(options.signal);
  await progress("compute", 0.3);
  const input = readContract(grid);
  const result = evaluate(input, { currentYear: options.currentYear });
  const json = toJson(result, options.lang);
  const next = nextStep(input, result);
  const report = computeReport(result, { next, issues: listedIssues(input, result, next) });
  const told = { next, issues: report.issues };
  if (!result.ok) return { result, ...told, json, written: false, report };
  await progress("write", 0.5);
  const log = await logEntry(port, "compute", options, { input, result: resultFingerprint(json) });
  await port.writeOutputs(outputSheets(result, options.lang), {
    log,
    signal: options.signal,
    onProgress: (f) => void progress("write", 0.5 + f * 0.5),
  });
  // no cancel check here: the results and their log row are written, the run is done
  return { result, ...told, json, written: true, report };
}

/**
 * A result as messages: units per status, awards per bloc, ties, violations, errors and warnings.
 * With `next` (an empty or unfinished workbook) the headline is that one message, and the summary
 * of units and awards, which would say only zeros, is left out.
 */
export function computeReport(
  result: CouncilResult,
  told: { next?: ShellMsg | null; issues?: IssueGroup[] } = {},
): Report & { issues: IssueGroup[] } {
  const next = told.next ?? null;
  const groups = told.issues ?? result.issues.map((issue) => ({ issue, similar: 0, lastRow: issue.row }));
  const lines: ReportLine[] = [];
  if (result.ok && next === null) {
    const count = (status: string) => result.units.filter((u) => u.status === status).length;
    lines.push({
      kind: "item",
      msg: note("job.compute.units", {
        ranked: count("ranked"),
        incomplete: count("incomplete"),
        invalid: count("invalid"),
      }),
    });
    lines.push({ kind: "heading", msg: note("job.compute.awardsHeading") });
    for (const bloc of result.blocs) {
      const parts = result.awards
        .map(
          (award) =>
            [
              award.code,
              result.units.filter((u) => u.bloc === bloc && u.award === award.code).length,
            ] as const,
        )
        .filter(([, n]) => n > 0)
        .map(([code, n]) => `${code} ${n}`);
      lines.push({
        kind: "item",
        msg: note("job.compute.awardsInBloc", {
          bloc,
          awards: parts.length > 0 ? parts.join(", ") : { msg: note("job.compute.noAward") },
        }),
      });
    }
    const ties = result.quotas.filter((q) => q.tie);
    if (ties.length > 0) {
      lines.push({ kind: "heading", msg: note("job.compute.ties") });
      for (const q of ties) {
        lines.push({
          kind: "item",
          msg: note("out.checks.tie", {
            award: q.award,
            group: q.group,
            limit: q.limit ?? 0,
            units: q.tied.join(", "),
          }),
        });
      }
    }
    if (result.classQuotas.length > 0) {
      lines.push({ kind: "heading", msg: note("job.compute.classCaps") });
      for (const q of result.classQuotas) {
        const params = { class: q.class, group: q.group, kept: q.kept, limit: q.limit, base: q.base };
        lines.push({
          kind: "item",
          msg: note("job.compute.classCap", {
            ...params,
            moved: q.moved.length > 0 ? q.moved.join(", ") : { msg: note("out.none") },
          }),
        });
        if (q.tie)
          lines.push({
            kind: "item",
            msg: note("job.compute.classTie", { ...params, units: q.tied.join(", ") }),
          });
      }
    }
    if (result.mode === "check")
      lines.push({ kind: "item", msg: note("job.compute.violations", { count: result.violations.length }) });
  }
  for (const severity of ["error", "warning"] as const) {
    const count = result.issues.filter((i) => i.severity === severity).length;
    const listed = groups.filter((g) => g.issue.severity === severity);
    if (listed.length === 0) continue;
    lines.push({
      kind: "heading",
      msg: note(severity === "error" ? "job.errors" : "job.warnings", { count }),
    });
    lines.push(
      ...capped(
        listed.map((g): ReportLine => ({
          kind: "issue",
          issue: g.issue,
          similar: g.similar,
          lastRow: g.lastRow,
        })),
        LISTED_ISSUES,
      ),
    );
  }
  if (next !== null) return { tone: "info", headline: next, lines, issues: groups };
  const heading = result.ok
    ? note("job.compute.heading", {
        year: String(result.year),
        mode: { msg: note(result.mode === "check" ? "mode.check" : "mode.allocate") },
      })
    : note("job.compute.structural");
  return { tone: result.ok ? "success" : "error", headline: heading, lines, issues: groups };
}
