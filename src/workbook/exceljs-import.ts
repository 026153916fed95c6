/**
 * Applies import plans to a workbook held by exceljs (command line, browser file mode). The caller
 * saves the workbook in one write, so a failure leaves the file as it was.
 */
import type ExcelJS from "exceljs";
import type { Day } from "../core/day";
import type { RegistrationPlan } from "../core/import/registrations";
import type { ScoreImportPlan } from "../core/import/scores";
import { isScoreSheetName } from "../core/read/contract";
import type { CouncilInput } from "../core/model";
import { SHEETS } from "../core/vocabulary";
import { addTemplateSheet } from "./exceljs-template";
import { templateSheets } from "./template";
import type { Lang } from "../core/i18n";

const dateOfDay = (day: Day) => new Date(day * 86_400_000);

/** Where the registrations go: the existing `Đăng ký` sheet's columns, or a new sheet from the template. */
function registrationTarget(workbook: ExcelJS.Workbook, input: CouncilInput, lang: Lang) {
  const sheet = input.registrations;
  if (sheet) {
    const worksheet = workbook.getWorksheet(sheet.name);
    if (!worksheet) throw new Error(`sheet ${sheet.name} not found`);
    const lastRow = Math.max(sheet.headerRow, ...sheet.records.map((r) => r.row));
    return { worksheet, columns: sheet.columns, nextRow: lastRow + 1 };
  }
  const template = templateSheets({ lang, sample: false, year: 2000 }).find((s) => s.id === "registrations");
  if (!template) throw new Error("no registrations template");
  const worksheet = addTemplateSheet(workbook, { ...template, name: SHEETS.registrations[lang] });
  return {
    worksheet,
    columns: { code: 1, name: 2, awards: 3, date: 4 } as Record<string, number>,
    nextRow: 3,
  };
}

export function applyRegistrationPlan(
  workbook: ExcelJS.Workbook,
  input: CouncilInput,
  plan: RegistrationPlan,
  lang: Lang,
): void {
  if (plan.adds.length === 0 && plan.updates.length === 0) return;
  const { worksheet, columns, nextRow } = registrationTarget(workbook, input, lang);
  const setText = (row: number, col: number | undefined, value: string) => {
    if (col === undefined) return;
    const cell = worksheet.getCell(row, col);
    cell.numFmt = "@"; // text stays text: nothing imported can become a formula
    cell.value = value;
  };
  const setDate = (row: number, col: number | undefined, day: Day) => {
    if (col === undefined) return;
    const cell = worksheet.getCell(row, col);
    cell.value = dateOfDay(day);
    cell.numFmt = "dd/mm/yyyy";
  };
  for (const update of plan.updates) setDate(update.targetRow, columns.date, update.date);
  plan.adds.forEach((add, i) => {
    const row = nextRow + i;
    setText(row, columns.code, add.unit.code);
    setText(row, columns.name, add.unit.name);
    setText(row, columns.awards, add.award);
    setDate(row, columns.date, add.date);
  });
}

/** exceljs orders sheets by `orderNo`, which its typings leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };
const ordered = (worksheet: ExcelJS.Worksheet) => worksheet as Ordered;

/** Copies a worksheet (values, styles, widths, merges, validations) into another workbook. */
function copyWorksheet(
  target: ExcelJS.Workbook,
  source: ExcelJS.Worksheet,
  name: string,
  orderNo?: number,
): void {
  const worksheet = target.addWorksheet(name);
  const model = source.model as ExcelJS.WorksheetModel & { merges?: string[] };
  worksheet.model = { ...model, name, id: worksheet.id } as ExcelJS.WorksheetModel;
  for (const range of model.merges ?? []) worksheet.mergeCells(range);
  if (orderNo !== undefined) ordered(worksheet).orderNo = orderNo;
}

/** Adds or replaces members' score sheets as planned; the sheets come from the member's file. */
export function applyScorePlan(
  workbook: ExcelJS.Workbook,
  sourceWorkbook: ExcelJS.Workbook,
  plan: ScoreImportPlan,
): void {
  for (const change of plan.sheets) {
    if (change.kind === "unchanged") continue;
    const source = sourceWorkbook.getWorksheet(change.sourceSheet);
    if (!source) throw new Error(`sheet ${change.sourceSheet} not found in the imported file`);
    if (change.targetSheet) {
      const old = workbook.getWorksheet(change.targetSheet);
      if (!old) throw new Error(`sheet ${change.targetSheet} not found`);
      const orderNo = ordered(old).orderNo;
      workbook.removeWorksheet(old.id);
      copyWorksheet(workbook, source, change.targetSheet, orderNo);
    } else {
      const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
      let name = change.sourceSheet;
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${change.sourceSheet} (${i})`.slice(0, 31);
      const scoreSheets = workbook.worksheets.filter((ws) => isScoreSheetName(ws.name));
      const after = scoreSheets[scoreSheets.length - 1];
      if (after) {
        // make room right after the last score sheet
        const position = ordered(after).orderNo;
        for (const ws of workbook.worksheets) if (ordered(ws).orderNo > position) ordered(ws).orderNo += 1;
        copyWorksheet(workbook, source, name, position + 1);
      } else copyWorksheet(workbook, source, name);
    }
  }
}
