/** Renders the template sheets (./template.ts) into an exceljs workbook. */
import ExcelJS from "exceljs";
import { columnLetters } from "../core/issues";
import {
  TEMPLATE_HEADER_ROW,
  TEMPLATE_ROWS,
  templateSheets,
  type TemplateFormat,
  type TemplateOptions,
  type TemplateSheet,
  type TemplateValue,
  type Validation,
} from "./template";

const FORMAT: Record<TemplateFormat, string | undefined> = {
  text: "@",
  points: "0.00",
  integer: "0",
  date: "dd/mm/yyyy",
  general: undefined,
};

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function dataValidation(validation: Validation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" };
  switch (validation.type) {
    case "list":
      return { ...common, type: "list", formulae: [`"${validation.values.join(",")}"`] };
    case "listRange": {
      const first = TEMPLATE_HEADER_ROW + 1;
      const range = `${quoteSheet(validation.sheet)}!$${validation.column}$${first}:$${validation.column}$${first + 199}`;
      return { ...common, type: "list", formulae: [range] };
    }
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
    case "date":
      return { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] };
  }
}

function cellValue(value: TemplateValue): ExcelJS.CellValue {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  if ("date" in value) return new Date(Math.round((value.date - 25569) * 86_400_000));
  return { formula: value.formula } as ExcelJS.CellFormulaValue;
}

export function addTemplateSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: TEMPLATE_HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = sheet.columns.length;
  worksheet.columns = sheet.columns.map((c) => ({ width: c.width }));

  const instruction = worksheet.getRow(1);
  instruction.getCell(1).value = sheet.instruction;
  instruction.getCell(1).alignment = { wrapText: true, vertical: "top" };
  instruction.getCell(1).font = { italic: true, color: { argb: "FF595959" } };
  instruction.height = 48;
  if (width > 1) worksheet.mergeCells(1, 1, 1, width);

  const header = worksheet.getRow(TEMPLATE_HEADER_ROW);
  sheet.columns.forEach((column, c) => {
    const cell = header.getCell(c + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });

  sheet.rows.forEach((values, r) => {
    const row = worksheet.getRow(TEMPLATE_HEADER_ROW + 1 + r);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      const format = FORMAT[sheet.columns[c]?.format ?? "general"];
      if (value !== null) cell.value = cellValue(value);
      if (format && typeof value !== "object") cell.numFmt = format;
      if (value !== null && typeof value === "object" && "date" in value) cell.numFmt = FORMAT.date as string;
    });
  });

  const first = TEMPLATE_HEADER_ROW + 1;
  const last = TEMPLATE_HEADER_ROW + TEMPLATE_ROWS;
  // exceljs supports range validations (one <dataValidation sqref="B3:B1002">) but does not type them
  const validations = (
    worksheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  sheet.columns.forEach((column, c) => {
    if (!column.validation) return;
    const letter = columnLetters(c + 1);
    validations.add(`${letter}${first}:${letter}${last}`, dataValidation(column.validation));
  });
  if (sheet.protection) {
    for (const c of sheet.protection.inputColumns) {
      for (let r = first; r < first + Math.max(1, sheet.rows.length); r++) {
        worksheet.getCell(r, c + 1).protection = { locked: false };
      }
    }
  }
  for (const { row, col, validation } of sheet.cellValidations) {
    validations.add(`${columnLetters(col + 1)}${first + row}`, dataValidation(validation));
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
  for (const sheet of templateSheets(options)) addTemplateSheet(workbook, sheet);
  return workbook;
}
