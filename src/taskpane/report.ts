/**
 * A job's report (../jobs/report.ts) in the task pane: the headline in the step's status line, the
 * lines in a list — the same words the command line prints.
 */
import { message, render, type Lang } from "../i18n";
import { lineText, rejectionText, type Report } from "../jobs/report";
import { setStatus } from "./context";
import { h, replace } from "./dom";

export function showReport(status: HTMLElement, list: HTMLElement, report: Report, lang: Lang): void {
  setStatus(status, report.tone, render(lang, report.headline));
  if (report.lines.length === 0) return replace(list);
  const items = report.lines.map((line) => {
    const text = lineText(lang, line);
    if (line.kind === "heading") return h("li", { class: "heading" }, text);
    if (line.kind === "rejected")
      return h(
        "li",
        { class: "rejected" },
        h("span", { class: "badge badge-error" }, message(lang, "ui.import.rejected")),
        ` ${rejectionText(lang, line.rejection)}`,
      );
    return h("li", {}, text);
  });
  replace(list, h("ul", { class: "preview-list" }, ...items));
}

/** A short report (a confirmation's outcome) in one status line: the headline, then its lines. */
export function showStatus(status: HTMLElement, report: Report, lang: Lang): void {
  const text = [render(lang, report.headline), ...report.lines.map((line) => lineText(lang, line))];
  setStatus(status, report.tone, text.join(" "));
}
