/** Issues as one readable sentence: where (sheet, row, column, cell), the value found, what was expected. */
import { issueCell, type Issue } from "../core/issues";
import { message, render, type Key, type Lang } from "./index";

/** The label of an issue's severity: structural error, error or warning. */
export function severityKey(issue: Pick<Issue, "severity" | "structural">): Key {
  return issue.structural
    ? "severity.structural"
    : issue.severity === "error"
      ? "severity.error"
      : "severity.warning";
}

export function describeIssue(lang: Lang, issue: Issue): string {
  const where =
    issue.row !== null && issue.column !== null
      ? message(lang, "issue.at", { sheet: issue.sheet, row: issue.row, column: issue.column })
      : issue.column !== null
        ? message(lang, "issue.atNoRow", { sheet: issue.sheet, column: issue.column })
        : message(lang, "issue.atSheet", { sheet: issue.sheet });
  const cell = issueCell(issue);
  const text = render(lang, issue.message);
  if (cell !== null && issue.value !== null && issue.value !== "") {
    return message(lang, "issue.full", { where, cell, value: issue.value, message: text });
  }
  if (cell !== null) return message(lang, "issue.fullAtCell", { where, cell, message: text });
  return message(lang, "issue.fullNoValue", { where, message: text });
}
