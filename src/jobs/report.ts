/**
 * What a job answers, as messages: a headline and lines (items, rejections, issues), which the
 * command line prints and the task pane shows — the same words in every door.
 */
import type { ImportRejection } from "../core/import/registration-import";
import type { Issue } from "../core/issues";
import { describeIssue } from "../i18n/describe";
import { message, render, type Lang, type ShellMsg } from "../i18n";

export type Tone = "success" | "info" | "error";

/** A row or value an import leaves out: where it is and why (the engine's or the shell's words). */
export type Rejection = Omit<ImportRejection, "message"> & { message: ShellMsg };

export type ReportLine =
  /** A line of the summary (a bloc's awards, an added row…). */
  | { kind: "item"; msg: ShellMsg }
  /** A heading above the lines that follow it. */
  | { kind: "heading"; msg: ShellMsg }
  /** A row or value an import leaves out. */
  | { kind: "rejected"; rejection: Rejection }
  /**
   * An error or warning of the workbook; `similar` more of its kind on the same sheet, up to row
   * `lastRow`, are said with it (./next-step.ts).
   */
  | { kind: "issue"; issue: Issue; similar?: number; lastRow?: number | null }
  /** "… and N more": the list was cut for the screen (the whole list is in `Kiểm tra` or the JSON). */
  | { kind: "more"; count: number };

export interface Report {
  tone: Tone;
  headline: ShellMsg;
  lines: ReportLine[];
}

/** Where an import rejection is: file/sheet, row, column, value. */
export function rejectionWhere(lang: Lang, r: Rejection): string {
  const parts = [r.sheet];
  if (r.row !== null) parts.push(message(lang, "where.row", { row: r.row }));
  if (r.column !== null) parts.push(message(lang, "where.column", { column: r.column }));
  if (r.value !== null && r.value !== "") parts.push(message(lang, "where.value", { value: r.value }));
  return parts.join(", ");
}

/** A rejection as "where: why". */
export function rejectionText(lang: Lang, r: Rejection): string {
  return `${rejectionWhere(lang, r)}: ${render(lang, r.message)}`;
}

/** A line as text, in `lang`: what both doors show. */
export function lineText(lang: Lang, line: ReportLine): string {
  switch (line.kind) {
    case "item":
    case "heading":
      return render(lang, line.msg);
    case "rejected":
      return message(lang, "imp.previewReject", { rejection: rejectionText(lang, line.rejection) });
    case "issue":
      return describeIssue(lang, line.issue) + similarText(lang, line.similar ?? 0, line.lastRow ?? null);
    case "more":
      return message(lang, "report.more", { count: line.count });
  }
}

/** " — and N more rows like it (up to row R)" after an issue standing for a group, or "". */
export function similarText(lang: Lang, similar: number, lastRow: number | null): string {
  if (similar <= 0) return "";
  return lastRow !== null
    ? message(lang, "report.similarRows", { count: similar, last: lastRow })
    : message(lang, "report.similar", { count: similar });
}

/** At most `max` lines of `lines`, then a "… and N more" line. */
export function capped(lines: ReportLine[], max: number): ReportLine[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), { kind: "more", count: lines.length - max }];
}
