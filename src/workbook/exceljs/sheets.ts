/** Template sheets (../template) into an exceljs workbook, as laid out by ../template/layout.ts. */
import ExcelJS from "exceljs";
import { areaA1 } from "../addresses";
import { TEMPLATE_STYLE } from "../styles";
import { templateLayout, listSource } from "../template/layout";
import { sampleCouncil } from "../template/sample";
import { templateSheets, type TemplateOptions } from "../template/template";
import type { TemplateSheet, Validation } from "../template/types";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

export function dataValidation(validation: Validation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" };
  const list = listSource(validation);
  if (list)
    return { ...common, type: "list", formulae: ["literal" in list ? `"${list.literal}"` : list.range] };
  switch (validation.type) {
    case "decimal":
    case "whole":
      return validation.max === undefined
        ? { ...common, type: validation.type, operator: "greaterThanOrEqual", formulae: [validation.min] }
        : {
            ...common,
            type: validation.type,
            operator: "between",
            formulae: [validation.min, validation.max],
          };
    default:
      return { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] };
  }
}

export function addTemplateSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet): ExcelJS.Worksheet {
  const layout = templateLayout(sheet);
  const worksheet = workbook.addWorksheet(layout.name, {
    views: [{ state: "frozen", ySplit: layout.freezeRows }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  worksheet.columns = layout.widths.map((width) => ({ width }));
  layout.values.forEach((values, r) => {
    const row = worksheet.getRow(r + 1);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.numFmt = layout.formats[r][c];
      if (value === null) return;
      // strings are plain string values: exceljs writes them as text, never as formulas
      cell.value =
        typeof value === "object" ? ({ formula: value.formula } as ExcelJS.CellFormulaValue) : value;
    });
  });
  const instruction = worksheet.getCell(1, 1);
  instruction.alignment = { wrapText: true, vertical: "top" };
  instruction.font = { italic: true, color: { argb: argb(TEMPLATE_STYLE.instruction.color) } };
  for (const { row, height } of layout.heights) worksheet.getRow(row).height = height;
  for (const area of layout.merges) worksheet.mergeCells(area.top, area.left, area.bottom, area.right);
  const header = worksheet.getRow(layout.freezeRows);
  for (let c = 1; c <= layout.width; c++) {
    const cell = header.getCell(c);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(TEMPLATE_STYLE.header.fill) } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  // exceljs supports range validations (one <dataValidation sqref="B3:B1002">) but does not type them
  const validations = (
    worksheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const { area, validation } of layout.validations)
    validations.add(areaA1(area), dataValidation(validation));
  for (const area of layout.unlocked) {
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) worksheet.getCell(r, c).protection = { locked: false };
  }
  return worksheet;
}

/** Adds template sheets to a workbook; a protected sheet is protected with `password` (may be empty). */
export async function addTemplateSheets(
  workbook: ExcelJS.Workbook,
  sheets: TemplateSheet[],
  password = "",
): Promise<void> {
  for (const sheet of sheets) {
    const worksheet = addTemplateSheet(workbook, sheet);
    if (sheet.protection)
      await worksheet.protect(password, {
        formatColumns: true,
        formatRows: true,
        selectLockedCells: true,
        selectUnlockedCells: true,
      });
  }
}

export function templateWorkbook(options: TemplateOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Thi Đua";
  const sample = options.sample ? sampleCouncil() : null;
  for (const sheet of templateSheets({ lang: options.lang, year: options.year, sample })) {
    addTemplateSheet(workbook, sheet);
  }
  return workbook;
}
