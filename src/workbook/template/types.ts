/**
 * Template sheets as plain data (WORKBOOK.md §2): an instruction row, a header row, data rows and
 * data validation, rendered by both adapters (exceljs: ../exceljs/sheets.ts; Office.js:
 * ../office/sheets.ts).
 */
import type { Lang } from "../../i18n";
import { type Term } from "../../core/contract/terms";
import {
  FIELDS,
  type HeaderId,
  type SheetId,
  type SheetField,
  type ValueKind,
} from "../../core/contract/sheets";
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

/** A template column for a header of the contract, with the format and validation its cells get. */
export function column(id: HeaderId, lang: Lang, names: ListSheets = DEFAULT_LIST_SHEETS): TemplateColumn {
  const spec = FIELDS[id];
  return { header: spec.header[lang], width: spec.width, ...cellsOf(spec.value, lang, names) };
}

/** The template column of a field of a contract sheet (../../core/contract/sheets.ts). */
export function fieldColumn(field: SheetField, lang: Lang, names: ListSheets): TemplateColumn {
  return {
    header: field.spec.header[lang],
    width: field.spec.width,
    ...cellsOf(field.spec.value, lang, names),
  };
}

/** The names of the sheets whose first column lists the classes and the report types. */
export interface ListSheets {
  classes: string;
  deadlines: string;
}
const DEFAULT_LIST_SHEETS: ListSheets = { classes: "Xếp loại", deadlines: "Hạn nộp" };

/** The number format and validation of cells that hold `value` (WORKBOOK.md §1). */
export function cellsOf(
  value: ValueKind,
  lang: Lang,
  names: ListSheets,
): { format: TemplateFormat; validation?: Validation } {
  switch (value.type) {
    case "text":
    case "code":
    case "awards":
      return { format: "text" };
    case "date":
      return { format: "date", validation: { type: "date" } };
    case "whole":
      return { format: "integer", validation: { type: "whole", min: value.min ?? 0, max: value.max } };
    case "number":
      return { format: "general", validation: { type: "decimal", min: value.min ?? 0, max: value.max } };
    case "percent":
      return { format: "general", validation: { type: "decimal", min: 0, max: 100 } };
    case "yesNo":
      return { format: "text", validation: yesNo(lang) };
    case "term":
      return {
        format: "text",
        validation: { type: "list", values: Object.values(value.terms).map((x) => x[lang]) },
      };
    case "from":
      return { format: "text", validation: { type: "listRange", sheet: names[value.sheet], column: "A" } };
  }
}

/** The data rows a template sheet validates: `TEMPLATE_ROWS`, or all of its rows when more. */
export function inputRowsFor(rows: number, min = TEMPLATE_ROWS): number {
  return Math.max(min, rows);
}
