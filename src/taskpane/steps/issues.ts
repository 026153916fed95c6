/** The list of errors and warnings; clicking one selects the offending cell in Excel. */
import { describeIssue, severityKey } from "../../i18n/describe";
import { message, type Lang } from "../../i18n";
import { issueCell, type Issue } from "../../core/issues";
import { h, replace } from "../dom";
import type { IssueGroup } from "../../jobs/next-step";
import { similarText } from "../../jobs/report";

export function renderIssues(
  container: HTMLElement,
  issues: Issue[],
  lang: Lang,
  select: ((issue: Issue) => void) | null,
  /** The issues as listed, repeated ones of a blank sheet as one (default: each one). */
  groups: IssueGroup[] = issues.map((issue) => ({ issue, similar: 0, lastRow: issue.row })),
): void {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const heading = h(
    "h3",
    { id: "issues-heading" },
    message(lang, "ui.issues.heading", { errors: errors.length, warnings: warnings.length }),
  );
  if (issues.length === 0) {
    replace(container, heading, h("p", { class: "muted" }, message(lang, "ui.issues.none")));
    return;
  }
  const list = h("ul", { class: "issues", "aria-labelledby": "issues-heading" });
  const listed = [
    ...groups.filter((g) => g.issue.severity === "error"),
    ...groups.filter((g) => g.issue.severity !== "error"),
  ];
  for (const { issue, similar, lastRow } of listed.slice(0, 500)) {
    const cell = issueCell(issue);
    const label = describeIssue(lang, issue) + similarText(lang, similar, lastRow);
    const badge = h("span", { class: `badge badge-${issue.severity}` }, message(lang, severityKey(issue)));
    const item =
      select && issue.row !== null
        ? h(
            "button",
            {
              type: "button",
              class: "issue",
              title: cell ? message(lang, "ui.issues.select", { cell }) : undefined,
              onclick: () => select(issue),
            },
            badge,
            h("span", {}, label),
          )
        : h("div", { class: "issue" }, badge, h("span", {}, label));
    list.appendChild(h("li", {}, item));
  }
  replace(container, heading, list);
}
