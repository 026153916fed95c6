/** A job's report (../jobs/report.ts) as the command line prints it: the headline, then its lines. */
import type { Lang } from "../i18n";
import { render } from "../i18n";
import { lineText, type Report } from "../jobs/report";

export function reportLines(lang: Lang, report: Report): string[] {
  const lines = [render(lang, report.headline)];
  for (const line of report.lines) {
    const text = lineText(lang, line);
    lines.push(line.kind === "heading" ? text : line.kind === "issue" ? `  - ${text}` : `  ${text}`);
  }
  return lines;
}
