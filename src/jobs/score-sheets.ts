/**
 * Generating council members' score sheets (the task pane's step 3, `thidua score-sheets`): one
 * protected sheet per member listing every unit × every criterion, validation 0..max, only the score
 * and recusal cells unlocked. A member who already has a sheet is skipped; a name too long for a
 * sheet name is shortened without two members ever sharing a sheet (../workbook/template/score-sheet.ts).
 */
import { readContract, isScoreSheetName } from "../core/contract/reader";
import { memberKey, memberOfSheet } from "../core/scores/scoring";
import { cellText } from "../core/contract/text";
import { note, type Lang } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import { memberOfInstruction, scoreSheetTemplate } from "../workbook/template/score-sheet";
import { workbookLang } from "./language";
import type { Report } from "./report";
import { logEntry, type LogOptions } from "./log";

/** How members are told apart: exactly as written, ignoring case and spacing — never diacritics. */
export { memberKey };

export interface ScoreSheetsOutcome {
  created: string[];
  /** Members who already have a score sheet (its name). */
  skipped: { member: string; sheet: string }[];
  report: Report;
}

export async function generateScoreSheets(
  port: WorkbookPort,
  options: { members: string[]; password?: string; lang: Lang } & LogOptions,
  // `lang`: the words of the sheets when the workbook does not say (see ./language.ts)
): Promise<ScoreSheetsOutcome> {
  const members = [...new Map(options.members.map((m) => [memberKey(m), m.trim()])).values()].filter(
    (m) => m !== "",
  );
  if (members.length === 0)
    return {
      created: [],
      skipped: [],
      report: { tone: "error", headline: note("ui.sheets.needMembers"), lines: [] },
    };
  const grid = await port.readGrid({ sheets: ["units", "criteria", "scores"] });
  const input = readContract(grid);
  if (!input.units || !input.criteria)
    return {
      created: [],
      skipped: [],
      report: { tone: "error", headline: note("ui.sheets.needSetup"), lines: [] },
    };
  // a member has a sheet when a score sheet is theirs by its name, or by the full name its
  // instruction row carries (a shortened sheet name made by this job)
  const owners = new Map<string, string>();
  for (const sheet of grid.sheets.filter((s) => isScoreSheetName(s.name))) {
    owners.set(memberKey(memberOfSheet(sheet.name)), sheet.name);
    const full = memberOfInstruction(cellText(sheet.rows[0]?.[0] ?? null));
    if (full !== null) owners.set(memberKey(full), sheet.name);
  }
  const taken = await port.sheetNames();
  const sheets = [];
  const skipped: ScoreSheetsOutcome["skipped"] = [];
  for (const member of members) {
    const owner = owners.get(memberKey(member));
    if (owner) {
      skipped.push({ member, sheet: owner });
      continue;
    }
    const sheet = scoreSheetTemplate(input, member, workbookLang(grid) ?? options.lang, taken);
    taken.push(sheet.name);
    sheets.push(sheet);
  }
  if (sheets.length > 0)
    await port.addSheets(sheets, {
      password: options.password,
      log: await logEntry(port, "scoreSheets", options),
    });
  const created = sheets.map((s) => s.name);
  const lines = [];
  if (skipped.length > 0)
    lines.push({
      kind: "item" as const,
      msg: note("ui.sheets.skipped", { sheets: skipped.map((s) => s.sheet).join(", ") }),
    });
  return {
    created,
    skipped,
    report: {
      tone: created.length > 0 ? "success" : "info",
      headline:
        created.length > 0
          ? note("ui.sheets.created", { count: created.length, sheets: created.join(", ") })
          : note("ui.sheets.none"),
      lines,
    },
  };
}
