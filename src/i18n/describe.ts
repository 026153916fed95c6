/** Issues as one readable sentence: where (sheet, row, column, cell), the value found, what was expected. */
import { issueCell, type Issue, type Msg } from "../core/issues";
import { message, render, type Key, type Lang } from "./index";

/** The label of an issue's severity: structural error, error or warning. */
export function severityKey(issue: Pick<Issue, "severity" | "structural">): Key {
  return issue.structural
    ? "severity.structural"
    : issue.severity === "error"
      ? "severity.error"
      : "severity.warning";
}

/**
 * The most characters of a value an issue quotes: a whole cell (up to Excel's 32,767) quoted in a
 * message would make `Kiểm tra`, the pane and the command line unreadable, and the cell is named.
 */
export const QUOTE_MAX = 200;

/** `text`, or its first `QUOTE_MAX` characters and "…" (never cutting a surrogate pair). */
export function quote(text: string): string {
  if (text.length <= QUOTE_MAX) return text;
  let end = QUOTE_MAX;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A message with its text parameters quoted at most `QUOTE_MAX` characters (nested ones too). */
function quoted(msg: Msg): Msg {
  const params: Msg["params"] = {};
  for (const [name, value] of Object.entries(msg.params)) {
    params[name] =
      typeof value === "string"
        ? quote(value)
        : typeof value === "object" && "msg" in value
          ? { msg: quoted(value.msg) }
          : value;
  }
  return { key: msg.key, params };
}

/** An issue's message in `lang`, the values it quotes cut to `QUOTE_MAX` characters. */
export function issueMessage(lang: Lang, issue: Issue): string {
  return render(lang, quoted(issue.message));
}

export function describeIssue(lang: Lang, issue: Issue): string {
  const where =
    issue.row !== null && issue.column !== null
      ? message(lang, "issue.at", { sheet: issue.sheet, row: issue.row, column: quote(issue.column) })
      : issue.column !== null
        ? message(lang, "issue.atNoRow", { sheet: issue.sheet, column: quote(issue.column) })
        : message(lang, "issue.atSheet", { sheet: issue.sheet });
  const cell = issueCell(issue);
  const text = issueMessage(lang, issue);
  if (cell !== null && issue.value !== null && issue.value !== "") {
    return message(lang, "issue.full", { where, cell, value: quote(issue.value), message: text });
  }
  if (cell !== null) return message(lang, "issue.fullAtCell", { where, cell, message: text });
  return message(lang, "issue.fullNoValue", { where, message: text });
}
