/**
 * WORKBOOK.md §6 — errors and warnings. Every problem names the sheet, the row as Excel shows it,
 * the column header, the value found, and (in its message) what was expected.
 *
 * - structural errors stop the run and nothing is written;
 * - unit errors make one unit `invalid` (no rank, no award); the rest goes on;
 * - other errors (a bad date in `Báo cáo`, an unknown award in `Đăng ký`, …) drop that row or
 *   value; warnings change nothing.
 */
import type { MessageKey } from "./i18n/vi";
import type { Day } from "./contract/dates";
import type { Hundredths } from "./contract/points";
import type { Raw } from "./contract/values";
import { cellText } from "./contract/text";

/**
 * A message to render later in the user's language: a catalogue key and its parameters. The
 * engine's messages use the engine's keys; the shell (src/i18n) widens `K` with its own.
 */
export interface Msg<K extends string = MessageKey> {
  key: K;
  params: Record<string, Param<K>>;
}

export type Param<K extends string = MessageKey> =
  string | number | { points: Hundredths } | { day: Day } | { msg: Msg<K> } | { list: Msg<K>[] };

export function msg(key: MessageKey, params: Record<string, Param> = {}): Msg {
  return { key, params };
}

export interface Issue {
  severity: "error" | "warning";
  /** A structural error: the run stops, no result is written. */
  structural: boolean;
  sheet: string;
  /** Excel row number (1-based); null when the problem is not on one row (a missing header). */
  row: number | null;
  /** The column's header (canonical Vietnamese name, or the criterion code). */
  column: string | null;
  /** The column number (1-based), to select the cell in Excel. */
  col: number | null;
  /** The value found, as text. */
  value: string | null;
  /** For a unit error: the code of the unit it makes invalid. */
  unit: string | null;
  message: Msg;
}

export interface Where {
  sheet: string;
  row?: number | null;
  column?: string | null;
  col?: number | null;
  value?: Raw | undefined;
}

/** Collects the issues of one run, in the order they are found. */
export class IssueLog {
  readonly issues: Issue[] = [];

  private add(
    severity: Issue["severity"],
    structural: boolean,
    unit: string | null,
    where: Where,
    message: Msg,
  ) {
    const issue: Issue = {
      severity,
      structural,
      sheet: where.sheet,
      row: where.row ?? null,
      column: where.column ?? null,
      col: where.col ?? null,
      value: where.value === undefined ? null : cellText(where.value),
      unit,
      message,
    };
    this.issues.push(issue);
    return issue;
  }

  structural(where: Where, message: Msg): Issue {
    return this.add("error", true, null, where, message);
  }

  unitError(unit: string, where: Where, message: Msg): Issue {
    return this.add("error", false, unit, where, message);
  }

  error(where: Where, message: Msg): Issue {
    return this.add("error", false, null, where, message);
  }

  warning(where: Where, message: Msg): Issue {
    return this.add("warning", false, null, where, message);
  }

  hasStructural(): boolean {
    return this.issues.some((issue) => issue.structural);
  }
}

/** Column number to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The Excel address of an issue's cell ("D7"), or null. */
export function issueCell(issue: Pick<Issue, "row" | "col">): string | null {
  return issue.row !== null && issue.col !== null ? `${columnLetters(issue.col)}${issue.row}` : null;
}
