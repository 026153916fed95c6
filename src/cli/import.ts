/**
 * `thidua import` (registrations) and `thidua import-scores` (members' score sheets): a preview of
 * what changes, then one write of a new workbook beside the input (never over it), or nothing with
 * `--dry-run`. The report JSON: { added, updated, unchanged, rejected: [{ sheet, row, column, value,
 * message }] }.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatDay } from "../core/day";
import { message, render, type Lang } from "../core/i18n";
import {
  planRegistrationImport,
  type ImportRejection,
  type RegistrationPlan,
} from "../core/import/registrations";
import { planScoreImport, type ScoreImportPlan } from "../core/import/scores";
import { readContract } from "../core/read/contract";
import { gridOfWorkbook } from "../workbook/exceljs-grid";
import { applyRegistrationPlan, applyScorePlan } from "../workbook/exceljs-import";
import { loadWorkbook, saveWorkbook } from "../workbook/exceljs-run";
import { readRegistrationSource } from "../workbook/import-source";

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

const LISTED = 50;

export function rejectionsJson(lang: Lang, rejected: ImportRejection[]): ImportReport["rejected"] {
  return rejected.map((r) => ({
    sheet: r.sheet,
    row: r.row,
    column: r.column,
    value: r.value,
    message: render(lang, r.message),
  }));
}

export function registrationReport(plan: RegistrationPlan, lang: Lang): ImportReport {
  return {
    added: plan.adds.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    rejected: rejectionsJson(lang, plan.rejected),
  };
}

export function scoreReport(plan: ScoreImportPlan, lang: Lang): ImportReport & { sheets: unknown[] } {
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

function where(lang: Lang, r: ImportRejection): string {
  const parts = [r.sheet];
  if (r.row !== null) parts.push(message(lang, "col.row") + " " + r.row);
  if (r.column !== null) parts.push(`'${r.column}'`);
  if (r.value !== null && r.value !== "") parts.push(`'${r.value}'`);
  return parts.join(", ");
}

function rejectionLines(lang: Lang, rejected: ImportRejection[]): string[] {
  const lines = rejected
    .slice(0, LISTED)
    .map(
      (r) =>
        "  " +
        message(lang, "imp.previewReject", { where: where(lang, r), message: render(lang, r.message) }),
    );
  if (rejected.length > LISTED) lines.push(message(lang, "cli.more", { count: rejected.length - LISTED }));
  return lines;
}

function summaryLine(lang: Lang, report: ImportReport): string {
  const { added, updated, unchanged } = report;
  return message(lang, "imp.summary", { added, updated, unchanged, rejected: report.rejected.length });
}

export function registrationPreview(plan: RegistrationPlan, lang: Lang): string[] {
  const lines: string[] = [];
  for (const add of plan.adds.slice(0, LISTED)) {
    lines.push(
      "  " +
        message(lang, "imp.previewAdd", {
          unit: `${add.unit.code} (${add.unit.name})`,
          awards: add.award,
          date: formatDay(add.date),
        }),
    );
  }
  if (plan.adds.length > LISTED) lines.push(message(lang, "cli.more", { count: plan.adds.length - LISTED }));
  for (const update of plan.updates) {
    lines.push(
      "  " +
        message(lang, "imp.previewUpdate", {
          row: update.targetRow,
          unit: `${update.unit.code} (${update.unit.name})`,
          awards: update.awards.join(", "),
          previous: formatDay(update.previous),
          date: formatDay(update.date),
        }),
    );
  }
  lines.push(...rejectionLines(lang, plan.rejected));
  lines.push(summaryLine(lang, registrationReport(plan, lang)));
  return lines;
}

export function scorePreview(plan: ScoreImportPlan, lang: Lang): string[] {
  const none = message(lang, "imp.none");
  const lines: string[] = [];
  for (const sheet of plan.sheets) {
    const name = sheet.targetSheet ?? sheet.sourceSheet;
    if (sheet.kind === "add")
      lines.push("  " + message(lang, "imp.sheetAdded", { sheet: name, units: sheet.unitsAdded.length }));
    else if (sheet.kind === "unchanged")
      lines.push("  " + message(lang, "imp.sheetUnchanged", { sheet: name }));
    else {
      lines.push(
        "  " +
          message(lang, "imp.sheetReplaced", {
            sheet: name,
            updated: sheet.cells.updated,
            added: sheet.cells.added,
            cleared: sheet.cells.cleared,
            unitsAdded: sheet.unitsAdded.join(", ") || none,
            unitsMissing: sheet.unitsMissing.join(", ") || none,
          }),
      );
    }
  }
  lines.push(...rejectionLines(lang, [...plan.rejected, ...plan.sheets.flatMap((s) => s.problems)]));
  lines.push(summaryLine(lang, scoreReport(plan, lang)));
  return lines;
}

/** `so-tinh.xlsx` → `so-tinh.da-nhap.xlsx`, beside the input. */
export function defaultImportOutput(workbook: string): string {
  const parsed = path.parse(workbook);
  return path.join(parsed.dir, `${parsed.name}.da-nhap.xlsx`);
}

export interface ImportOptions {
  workbook: string;
  files: string[];
  sheet?: string;
  members: string[];
  lang: Lang;
}

export interface ImportOutcome {
  lines: string[];
  report: ImportReport;
  /** The file could not be imported at all: nothing is written (exit 1). */
  fatal: boolean;
  changes: boolean;
  save: () => Promise<Uint8Array>;
}

async function councilOf(file: string) {
  const workbook = await loadWorkbook(await readFile(file));
  return { workbook, input: readContract(gridOfWorkbook(workbook)) };
}

function failed(lang: Lang, rejected: ImportRejection[]): ImportOutcome {
  return {
    lines: rejectionLines(lang, rejected),
    report: { added: 0, updated: 0, unchanged: 0, rejected: rejectionsJson(lang, rejected) },
    fatal: true,
    changes: false,
    save: () => Promise.reject(new Error("nothing to save")),
  };
}

export async function planRegistrationsFile(options: ImportOptions): Promise<ImportOutcome> {
  const { workbook, input } = await councilOf(options.workbook);
  const file = options.files[0];
  const name = path.basename(file);
  const source = await readRegistrationSource(await readFile(file), name, options.sheet);
  if ("error" in source)
    return failed(options.lang, [
      { sheet: name, row: null, column: null, value: null, message: source.error },
    ]);
  const plan = planRegistrationImport(input, source.sheet);
  if (plan.fatal) return failed(options.lang, plan.rejected);
  return {
    lines: registrationPreview(plan, options.lang),
    report: registrationReport(plan, options.lang),
    fatal: false,
    changes: plan.adds.length + plan.updates.length > 0,
    save: async () => {
      applyRegistrationPlan(workbook, input, plan, options.lang);
      return saveWorkbook(workbook);
    },
  };
}

export async function planScoresFiles(options: ImportOptions): Promise<ImportOutcome> {
  const { workbook, input } = await councilOf(options.workbook);
  const plans: { plan: ScoreImportPlan; source: Awaited<ReturnType<typeof councilOf>> }[] = [];
  for (const file of options.files) {
    const source = await councilOf(file);
    const plan = planScoreImport(input, source.input, path.basename(file), options.members);
    if (plan.rejected.length > 0) return failed(options.lang, plan.rejected);
    plans.push({ plan, source });
  }
  const merged: ScoreImportPlan = { sheets: plans.flatMap((p) => p.plan.sheets), rejected: [] };
  return {
    lines: scorePreview(merged, options.lang),
    report: scoreReport(merged, options.lang),
    fatal: false,
    changes: merged.sheets.some((s) => s.kind !== "unchanged"),
    save: async () => {
      for (const { plan, source } of plans) applyScorePlan(workbook, source.workbook, plan);
      return saveWorkbook(workbook);
    },
  };
}
