/**
 * `thidua import` (registrations) and `thidua import-scores` (members' score sheets), through the
 * import jobs on the exceljs port: a preview of what changes, then one write of a new workbook
 * beside the input (never over it), or nothing with `--dry-run`. The report JSON:
 * { added, updated, unchanged, rejected: [{ sheet, row, column, value, message }] } (+ `sheets`).
 */
import path from "node:path";
import type { RegistrationPlan } from "../core/import/registration-import";
import type { ScoreImportPlan } from "../core/import/score-import";
import { render, type Lang } from "../i18n";
import { applyRegistrations, planRegistrations } from "../jobs/registrations";
import { applyScores, planScores } from "../jobs/scores";
import type { Rejection, Report } from "../jobs/report";
import { loadWorkbook } from "../workbook/exceljs/file";
import type { SavedWorkbook } from "../workbook/exceljs/preserve";
import { ExcelJsPort } from "../workbook/exceljs/port";
import { readMemberFile, readRegistrationSource } from "../workbook/exceljs/sources";
import { besideInput, readInput } from "./files";
import { UsageError, unreadable } from "./usage";

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  rejected: {
    sheet: string;
    row: number | null;
    column: string | null;
    value: string | null;
    message: string;
  }[];
}

export function rejectionsJson(lang: Lang, rejected: Rejection[]): ImportReport["rejected"] {
  return rejected.map((r) => ({
    sheet: r.sheet,
    row: r.row,
    column: r.column,
    value: r.value,
    message: render(lang, r.message),
  }));
}

export function registrationJson(plan: RegistrationPlan, lang: Lang): ImportReport {
  return {
    added: plan.adds.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    rejected: rejectionsJson(lang, plan.rejected),
  };
}

export function scoreJson(plan: ScoreImportPlan, lang: Lang): ImportReport & { sheets: unknown[] } {
  const sum = (pick: (c: ScoreImportPlan["sheets"][number]["cells"]) => number) =>
    plan.sheets.reduce((total, sheet) => total + pick(sheet.cells), 0);
  return {
    added: sum((c) => c.added),
    updated: sum((c) => c.updated + c.cleared),
    unchanged: sum((c) => c.unchanged),
    rejected: rejectionsJson(lang, [...plan.rejected, ...plan.sheets.flatMap((s) => s.problems)]),
    sheets: plan.sheets.map((s) => ({
      member: s.member,
      sourceSheet: s.sourceSheet,
      targetSheet: s.targetSheet,
      kind: s.kind,
      cells: s.cells,
      unitsAdded: s.unitsAdded,
      unitsMissing: s.unitsMissing,
    })),
  };
}

/** `so-tinh.xlsx` → `so-tinh.da-nhap.xlsx`, beside the input. */
export function defaultImportOutput(workbook: string): string {
  return besideInput(workbook, "da-nhap");
}

export interface ImportOptions {
  workbook: string;
  files: string[];
  sheet?: string;
  members: string[];
  /** `--by`: who runs it, for the log. */
  by?: string;
  lang: Lang;
}

export interface ImportOutcome {
  preview: Report;
  json: ImportReport;
  /** The file could not be imported at all: nothing is written (exit 1). */
  fatal: boolean;
  /** Something would change. */
  changes: boolean;
  /** Applies the plan and returns the workbook to save. */
  apply: () => Promise<SavedWorkbook>;
}

async function councilPort(file: string): Promise<ExcelJsPort> {
  const bytes = await readInput(file);
  try {
    return new ExcelJsPort(await loadWorkbook(bytes));
  } catch (error) {
    throw unreadable(file, error);
  }
}

export async function planRegistrationsFile(options: ImportOptions): Promise<ImportOutcome> {
  const port = await councilPort(options.workbook);
  const file = options.files[0];
  const name = path.basename(file);
  const source = await readRegistrationSource(await readInput(file), name, options.sheet);
  if ("error" in source) {
    const rejection: Rejection = { sheet: name, row: null, column: null, value: null, message: source.error };
    return {
      preview: { tone: "error", headline: source.error, lines: [] },
      json: { added: 0, updated: 0, unchanged: 0, rejected: rejectionsJson(options.lang, [rejection]) },
      fatal: true,
      changes: false,
      apply: () => Promise.reject(new Error("nothing to import")),
    };
  }
  const planned = await planRegistrations(port, source.sheet, options.lang);
  return {
    preview: planned.report,
    json: registrationJson(planned.plan, options.lang),
    fatal: planned.plan.fatal,
    changes: planned.writable,
    apply: async () => {
      await applyRegistrations(port, planned, { by: options.by });
      return port.saveKeeping();
    },
  };
}

export async function planScoresFiles(options: ImportOptions): Promise<ImportOutcome> {
  const port = await councilPort(options.workbook);
  const files = [];
  for (const file of options.files) {
    try {
      files.push(await readMemberFile(await readInput(file), path.basename(file)));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw unreadable(file, error);
    }
  }
  const planned = await planScores(port, files, options.members);
  return {
    preview: planned.report,
    json: scoreJson(planned.plan, options.lang),
    fatal: planned.plan.rejected.length > 0,
    changes: planned.writable,
    apply: async () => {
      await applyScores(port, planned, { by: options.by });
      return port.saveKeeping();
    },
  };
}
