/**
 * An empty or unfinished workbook (issue 11 §6): instead of "0 errors" or a flood of near-identical
 * warnings, one message naming the next thing to fill in. The states, in the order a council
 * fills its workbook: no unit in `Đơn vị`; no criterion in `Tiêu chí`; no score sheet; score
 * sheets with no score at all. The result and its JSON are the engine's, unchanged: this is what
 * the doors say (docs/RULES.md, "An unfinished workbook").
 */
import type { CouncilInput, ScoreSheet } from "../core/contract/input";
import { cellText, codeKey, normalise } from "../core/contract/text";
import { NON_CRITERION_HEADERS } from "../core/scores/columns";
import type { Issue } from "../core/issues";
import type { CouncilResult } from "../core/result/evaluate";
import { note, type ShellMsg } from "../i18n";

/** The criterion codes of `Tiêu chí`, as score sheets' headers are compared with them. */
function criterionKeys(input: CouncilInput): Set<string> {
  const keys = new Set<string>();
  for (const record of input.criteria?.records ?? []) {
    const code = cellText(record.code);
    if (code !== "") keys.add(codeKey(code)).add(normalise(code));
  }
  return keys;
}

/**
 * A score sheet with no score in any criterion column (its unit codes, names and totals may be
 * there). Without criteria, every column but the usual names, totals and notes counts.
 */
export function isBlankScoreSheet(sheet: ScoreSheet, criteria: Set<string>): boolean {
  const scored = sheet.columns.map((column) =>
    criteria.size > 0
      ? criteria.has(codeKey(column.header)) || criteria.has(normalise(column.header))
      : !NON_CRITERION_HEADERS.has(normalise(column.header)),
  );
  return sheet.rows.every((row) => row.values.every((value, i) => !scored[i] || cellText(value) === ""));
}

/**
 * The next thing to fill in, or null when the workbook is past these states. A structural error
 * other than "no score sheet" comes first: its own message says what to fix.
 */
export function nextStep(input: CouncilInput, result: CouncilResult): ShellMsg | null {
  const structural = result.issues.filter((i) => i.structural);
  if (structural.some((i) => i.message.key !== "err.noScoreSheet")) return null;
  // no row at all, or rows none of which is a unit (no code: each has its own warning)
  if (input.units && (input.units.records.length === 0 || (result.ok && result.units.length === 0)))
    return note("next.units", { sheet: input.units.name });
  if (input.criteria && input.criteria.records.length === 0)
    return note("next.criteria", { sheet: input.criteria.name });
  if (input.scoreSheets.length === 0) return note("next.scoreSheets");
  const criteria = criterionKeys(input);
  if (input.scoreSheets.every((sheet) => isBlankScoreSheet(sheet, criteria)))
    return note("next.scores", { count: input.scoreSheets.length });
  return null;
}

/** One issue standing for `similar` more of its kind on the same sheet (up to row `lastRow`). */
export interface IssueGroup {
  issue: Issue;
  similar: number;
  lastRow: number | null;
}

/**
 * The issues with those of one kind (same severity and message) on a sheet `collapse` names as
 * one line, at the first one's place: what a blank score sheet says once per row, said once.
 */
export function groupIssues(issues: Issue[], collapse: (issue: Issue) => boolean): IssueGroup[] {
  const groups: IssueGroup[] = [];
  const open = new Map<string, IssueGroup>();
  for (const issue of issues) {
    if (!collapse(issue)) {
      groups.push({ issue, similar: 0, lastRow: issue.row });
      continue;
    }
    const key = `${issue.sheet}\u0000${issue.severity}\u0000${issue.structural}\u0000${issue.message.key}`;
    const group = open.get(key);
    if (group) {
      group.similar += 1;
      if (issue.row !== null) group.lastRow = Math.max(group.lastRow ?? 0, issue.row);
      continue;
    }
    const created = { issue, similar: 0, lastRow: issue.row };
    open.set(key, created);
    groups.push(created);
  }
  return groups;
}

/**
 * The issues as the doors list them: in a workbook still being filled in (`next`), every sheet's
 * repeated issues are one line; otherwise those of fully blank score sheets, and control characters
 * (text pasted from other software brings them in every row).
 */
export function listedIssues(
  input: CouncilInput,
  result: CouncilResult,
  next: ShellMsg | null,
): IssueGroup[] {
  const criteria = criterionKeys(input);
  const blank = new Set(input.scoreSheets.filter((s) => isBlankScoreSheet(s, criteria)).map((s) => s.name));
  return groupIssues(
    result.issues,
    (issue) => next !== null || blank.has(issue.sheet) || issue.message.key === "warn.controlCharacter",
  );
}
