/**
 * WORKBOOK.md §2 and §6 — the set-up sheets (`Đơn vị`, `Tiêu chí`, `Xếp loại`, `Hạn nộp`,
 * `Danh hiệu`, `Cài đặt`) turned into the council's typed configuration. Invalid set-up values
 * are structural errors (§9): the run stops and nothing is written.
 *
 * §10.6 adds: "a `Tỷ lệ tối đa (%)` on the class with the lowest `Điểm từ`; two classes with the
 * same `Điểm từ`; a `Không có tiêu chí 0` that is not yes/no; a share that is not a number 0–100;
 * an unknown code in `Phá đồng điểm`; a cap that is negative or not a number" are structural.
 * "Caps are rounded to 2 decimals like scores; 0 is a valid cap."
 */
import { IssueLog, msg } from "../issues";
import type { CouncilInput } from "../contract/input";
import { REQUIRED_SHEETS } from "../contract/reader";
import { SETTINGS } from "../contract/terms";
import { SHEETS } from "../contract/sheets";
import { readAwards } from "./awards";
import { readClasses } from "./classes";
import { readCriteria, resolveTieBreak, scoreGroupsOf } from "./criteria";
import { readDeadlines } from "./deadlines";
import { readSettings, type SettingRows } from "./settings";
import { readUnits, resolveMaxClasses } from "./units";
import { reportUncomputedScores } from "../scores/columns";
import type { Council } from "./types";

export type * from "./types";
export { fieldAt } from "./rows";
export { findAward } from "./awards";
export { readSettings } from "./settings";

/** Reads and checks every set-up sheet. Returns null when a structural error was found. */
export function readCouncil(input: CouncilInput, log: IssueLog, currentYear: number): Council | null {
  requireSheets(input, log);
  const settingRows: SettingRows = {};
  const settings = readSettings(input, log, currentYear, settingRows);
  const { units, blocs, maxClassCells } = readUnits(input, log);
  const criteria = readCriteria(input, log);
  for (const sheet of input.selfScores ? [...input.scoreSheets, input.selfScores] : input.scoreSheets)
    reportUncomputedScores(criteria, sheet, log);
  const tieBreak = resolveTieBreak(settings, criteria, settingRows.tieBreak, log);
  const rejectedClasses = new Set<string>();
  const classes = readClasses(input, log, rejectedClasses);
  resolveMaxClasses(maxClassCells, classes, rejectedClasses, log);
  const deadlines = readDeadlines(input, log, settings.year);
  const awards = readAwards(input, log, classes);
  const hasVotesSheet = input.votes !== null;
  if (hasVotesSheet && settings.councilSize === null && awards.some((a) => a.minVotePct !== null)) {
    log.structural(
      { sheet: input.settings?.name ?? SHEETS.settings.vi, row: null, column: SETTINGS.councilSize.vi },
      msg("err.councilSizeRequired"),
    );
  }
  if (log.hasStructural()) return null;
  return {
    settings,
    units,
    unitByKey: new Map(units.map((u) => [u.key, u])),
    blocs,
    criteria,
    classes,
    hasClassConditions: classes.some((c) => c.noZero || c.minGroupSharePct !== null),
    scoreGroups: scoreGroupsOf(criteria),
    tieBreak,
    deadlines,
    awards,
    hasVotesSheet,
  };
}

/** Required sheets (§2), unless the reader already reported a structural problem. */
function requireSheets(input: CouncilInput, log: IssueLog): void {
  if (input.issues.some((issue) => issue.structural)) return;
  for (const id of REQUIRED_SHEETS) {
    const present = id === "scores" ? input.scoreSheets.length > 0 : input[id as "units"] !== null;
    if (!present)
      log.structural({ sheet: SHEETS[id].vi, row: null }, msg("err.missingSheet", { sheet: SHEETS[id].vi }));
  }
}
