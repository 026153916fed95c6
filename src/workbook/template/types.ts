/**
 * Template sheets as plain data (WORKBOOK.md §2): an instruction row, a header row, data rows and
 * data validation, rendered by both adapters (exceljs: ../exceljs/sheets.ts; Office.js:
 * ../office/sheets.ts).
 */
import type { Lang } from "../../i18n";
import { HEADERS, type HeaderId, type SheetId, type Term } from "../../core/contract/terms";
import { TEMPLATE_FORMATS, type TemplateFormat } from "../styles";

export type Validation =
  | { type: "list"; values: string[] }
  | { type: "listRange"; sheet: string; column: string }
  | { type: "decimal"; min: number; max?: number }
  | { type: "whole"; min: number; max?: number }
  | { type: "date" };

export type { TemplateFormat };
export { TEMPLATE_FORMATS };

/** A template cell: text, a number, a date (Excel serial, shown as a date) or a formula. */
export type TemplateValue = string | number | { date: number } | { formula: string } | null;

export interface TemplateColumn {
  header: string;
  width: number;
  format: TemplateFormat;
  validation?: Validation;
}

export interface TemplateSheet {
  id: SheetId;
  name: string;
  instruction: string;
  columns: TemplateColumn[];
  rows: TemplateValue[][];
  /** Validation of single cells (0-based data row and column), e.g. each setting's value. */
  cellValidations: { row: number; col: number; validation: Validation }[];
  /** A protected sheet: only these columns' data cells (0-based) are unlocked for input. */
  protection?: { inputColumns: number[] };
  /**
   * Data rows below the header that carry the columns' validation and number formats: at least
   * `TEMPLATE_ROWS`, or every row of a sheet that holds more (a score sheet of 10,000 units).
   */
  inputRows: number;
}

/** Rows of a template that carry data validation (data rows start on row 3). */
export const TEMPLATE_ROWS = 1000;
export const TEMPLATE_HEADER_ROW = 2;

export const term = (t: Term, lang: Lang) => t[lang];
export const yesNo = (lang: Lang): Validation => ({
  type: "list",
  values: lang === "vi" ? ["Có", "Không"] : ["Yes", "No"],
});

export function column(
  id: HeaderId,
  lang: Lang,
  width: number,
  format: TemplateFormat,
  validation?: Validation,
): TemplateColumn {
  return { header: HEADERS[id][lang], width, format, validation };
}

/** The data rows a template sheet validates: `TEMPLATE_ROWS`, or all of its rows when more. */
export function inputRowsFor(rows: number, min = TEMPLATE_ROWS): number {
  return Math.max(min, rows);
}
