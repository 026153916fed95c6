/** The short summary `thidua run` prints: units per status, awards per bloc, ties, errors and warnings. */
import { describeIssue } from "../core/describe";
import type { CouncilResult } from "../core/evaluate";
import { message, type Lang } from "../core/i18n";

const LISTED = 20;

export function summaryLines(result: CouncilResult, lang: Lang): string[] {
  const lines: string[] = [];
  const errors = result.issues.filter((i) => i.severity === "error");
  const warnings = result.issues.filter((i) => i.severity === "warning");
  if (result.ok) {
    lines.push(
      message(lang, "cli.heading", {
        year: String(result.year),
        mode: message(lang, result.mode === "check" ? "mode.check" : "mode.allocate"),
      }),
    );
    const count = (status: string) => result.units.filter((u) => u.status === status).length;
    lines.push(
      message(lang, "cli.units", {
        ranked: count("ranked"),
        incomplete: count("incomplete"),
        invalid: count("invalid"),
      }),
    );
    lines.push(message(lang, "cli.awardsHeading"));
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
      lines.push(
        message(lang, "cli.awardsInBloc", { bloc, awards: parts.join(", ") || message(lang, "cli.noAward") }),
      );
    }
    const ties = result.quotas.filter((q) => q.tie);
    if (ties.length > 0) {
      lines.push(message(lang, "cli.ties"));
      for (const q of ties) {
        lines.push(
          "  " +
            message(lang, "out.checks.tie", {
              award: q.award,
              group: q.group,
              limit: q.limit ?? 0,
              units: q.tied.join(", "),
            }),
        );
      }
    }
    if (result.mode === "check")
      lines.push(message(lang, "cli.violations", { count: result.violations.length }));
  }
  for (const [key, list] of [
    ["cli.errors", errors],
    ["cli.warnings", warnings],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(message(lang, key, { count: list.length }));
    for (const issue of list.slice(0, LISTED)) lines.push(`  - ${describeIssue(lang, issue)}`);
    if (list.length > LISTED) lines.push(message(lang, "cli.more", { count: list.length - LISTED }));
  }
  return lines;
}
