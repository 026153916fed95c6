/**
 * Checking the workbook (the task pane's step 1): which input sheets are there, and what the engine
 * finds wrong — its own checks, nothing written. And adding the missing input sheets from the
 * template, with their list validations pointing at the sheets the workbook really has.
 */
import { evaluate, type CouncilResult } from "../core/result/evaluate";
import { readContract, sheetIdOf } from "../core/contract/reader";
import { CONTRACT, OPTIONAL_SHEETS, REQUIRED_SHEETS } from "../core/contract/sheets";
import { SHEETS, type SheetId } from "../core/contract/sheets";
import { note, type Lang, type ShellMsg } from "../i18n";
import { listedIssues, nextStep, type IssueGroup } from "./next-step";
import type { WorkbookPort } from "../workbook/port";
import { templateSheets } from "../workbook/template/template";
import type { TemplateSheet } from "../workbook/template/types";
import { workbookLang } from "./language";
import type { Report } from "./report";
import { logEntry, type LogOptions } from "./log";

/**
 * The sheets "add the missing sheets" adds: those of the template (src/core/contract/sheets.ts), but
 * `Tự chấm`, which a council adds when it collects self scores. `Biểu quyết` and `Đề nghị` are not in
 * the template: their mere presence changes the computation.
 */
export const ADDABLE_SHEETS: readonly SheetId[] = (Object.keys(CONTRACT) as SheetId[]).filter(
  (id) => CONTRACT[id].inTemplate && id !== "selfScores",
);

export interface SheetPresence {
  id: SheetId;
  required: boolean;
  /** The sheet's name in the workbook, or null. */
  name: string | null;
}

export interface CheckOutcome {
  result: CouncilResult;
  /** The next thing to fill in, when the workbook is empty or unfinished (./next-step.ts). */
  next: ShellMsg | null;
  /** The errors and warnings as the doors list them (repeated ones of a blank sheet as one). */
  issues: IssueGroup[];
  sheets: SheetPresence[];
  /** The missing sheets "add the missing sheets" would add. */
  addable: SheetId[];
  report: Report;
}

export async function checkWorkbook(
  port: WorkbookPort,
  options: { currentYear?: number } = {},
): Promise<CheckOutcome> {
  const grid = await port.readGrid();
  const names = new Map<SheetId, string>();
  for (const sheet of grid.sheets) {
    const id = sheetIdOf(sheet.name);
    if (id !== null && !names.has(id)) names.set(id, sheet.name);
  }
  const input = readContract(grid);
  const result = evaluate(input, { currentYear: options.currentYear });
  const next = nextStep(input, result);
  const sheets: SheetPresence[] = [
    ...REQUIRED_SHEETS.map((id) => ({ id, required: true, name: names.get(id) ?? null })),
    ...OPTIONAL_SHEETS.map((id) => ({ id, required: false, name: names.get(id) ?? null })),
  ];
  const addable = sheets.filter((s) => s.name === null && ADDABLE_SHEETS.includes(s.id)).map((s) => s.id);
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const report: Report = next
    ? { tone: "info", headline: next, lines: [] }
    : result.ok
      ? {
          tone: errors > 0 ? "info" : "success",
          headline: note("ui.check.done", { units: result.units.length, errors }),
          lines: [],
        }
      : { tone: "error", headline: note("ui.check.structural", { errors }), lines: [] };
  return { result, next, issues: listedIssues(input, result, next), sheets, addable, report };
}

/**
 * The template sheets for the missing `ids`, named as the contract names them in `lang`, with
 * each list validation that refers to another sheet pointed at that sheet's name in the workbook —
 * or left out when the workbook will not have that sheet.
 */
export function missingSheets(
  ids: readonly SheetId[],
  present: ReadonlyMap<SheetId, string>,
  lang: Lang,
  year: number,
): TemplateSheet[] {
  const chosen = templateSheets({ lang, year })
    .filter((s) => ids.includes(s.id))
    .map((s) => (s.id === "scores" ? s : { ...s, name: SHEETS[s.id][lang] }));
  const names = new Map(present);
  for (const sheet of chosen) if (!names.has(sheet.id)) names.set(sheet.id, sheet.name);
  return chosen.map((sheet) => ({
    ...sheet,
    columns: sheet.columns.map((column) => {
      const validation = column.validation;
      if (validation?.type !== "listRange") return column;
      const id = sheetIdOf(validation.sheet);
      const target = id === null ? undefined : names.get(id);
      return { ...column, validation: target ? { ...validation, sheet: target } : undefined };
    }),
  }));
}

/** `lang`: the words of the added sheets when the workbook does not say (./language.ts). */
export async function addMissingSheets(
  port: WorkbookPort,
  options: { lang: Lang; year: number } & LogOptions,
): Promise<{ added: string[]; report: Report }> {
  const grid = await port.readGrid();
  const present = new Map<SheetId, string>();
  for (const sheet of grid.sheets) {
    const id = sheetIdOf(sheet.name);
    if (id !== null && !present.has(id)) present.set(id, sheet.name);
  }
  const missing = ADDABLE_SHEETS.filter((id) => !present.has(id));
  const sheets = missingSheets(missing, present, workbookLang(grid) ?? options.lang, options.year);
  if (sheets.length > 0)
    await port.addSheets(sheets, { log: await logEntry(port, "sheets", options, { grid }) });
  const added = sheets.map((s) => s.name);
  return {
    added,
    report: { tone: "success", headline: note("ui.check.added", { sheets: added.join(", ") }), lines: [] },
  };
}
