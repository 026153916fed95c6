/** Builds a fake Excel (./fake-excel.ts) holding what Excel would hold for an exceljs workbook. */
import type ExcelJS from "exceljs";
import { FakeExcel, type CellValue, type FakeExcelOptions } from "./fake-excel";

/** The value Excel's `range.values` returns for an exceljs cell: dates as serials, formulas as results. */
function excelValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25569;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return "";
      if (typeof result === "object" && "error" in result) return String(result.error);
      return excelValue(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in value)
      return excelValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

export function fakeFromWorkbook(
  workbook: ExcelJS.Workbook,
  options: Omit<FakeExcelOptions, "sheets"> = {},
): FakeExcel {
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows: CellValue[][] = [];
    const numberFormats: string[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // a merged cell's value is its master's: only the master holds it in Excel
        if (cell.isMerged && cell.master.address !== cell.address) return;
        // exceljs's `cell.value` drops a formula's result of 0 or FALSE; `cell.result` keeps it
        const value = cell.value;
        const isFormula =
          typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
        (rows[r - 1] ??= [])[c - 1] = excelValue(
          isFormula ? ({ ...value, result: cell.result } as ExcelJS.CellFormulaValue) : value,
        );
        (numberFormats[r - 1] ??= [])[c - 1] = cell.numFmt || "General";
      });
    });
    for (let r = 0; r < rows.length; r++) {
      rows[r] = Array.from(rows[r] ?? [], (v) => v ?? "");
      numberFormats[r] = Array.from(numberFormats[r] ?? [], (v) => v ?? "General");
    }
    const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
    const visibility =
      worksheet.state === "hidden" ? "Hidden" : worksheet.state === "veryHidden" ? "VeryHidden" : "Visible";
    return { name: worksheet.name, rows, numberFormats, merges, visibility } as const;
  });
  return new FakeExcel({ ...options, sheets });
}
