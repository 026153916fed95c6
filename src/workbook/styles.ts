/**
 * How the sheets the software writes look, for both adapters (exceljs and Office.js): fonts, fills,
 * borders and alignment of each row role of the output sheets (./layout), number formats, and the
 * template's instruction and header rows (./template). Colours are #RRGGBB.
 */
import type { CellKind, RowRole } from "./layout/sheet";

export interface RoleStyle {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  border?: boolean;
  /** "byKind": text left, numbers right. */
  horizontal?: "left" | "center" | "right" | "byKind";
  vertical?: "top" | "middle";
  /** "column": wrap where the column wraps. */
  wrap?: "always" | "column" | "never";
}

/** Times New Roman: the font of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP). */
export const DOCUMENT_FONT = "Times New Roman";

export const ROLE_STYLES: Record<RowRole, RoleStyle> = {
  title: { font: { name: DOCUMENT_FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle" },
  subtitle: {
    font: { name: DOCUMENT_FONT, size: 11, italic: true, color: "#595959" },
    horizontal: "center",
    vertical: "middle",
  },
  section: { font: { name: DOCUMENT_FONT, size: 12, bold: true }, horizontal: "left", vertical: "middle" },
  header: {
    font: { name: DOCUMENT_FONT, size: 11, bold: true },
    fill: "#DDEBF7",
    border: true,
    horizontal: "center",
    vertical: "middle",
    wrap: "always",
  },
  body: {
    font: { name: DOCUMENT_FONT, size: 11 },
    border: true,
    horizontal: "byKind",
    vertical: "top",
    wrap: "column",
  },
  note: {
    font: { name: DOCUMENT_FONT, size: 11, italic: true },
    horizontal: "left",
    vertical: "middle",
    wrap: "always",
  },
  signature: { font: { name: DOCUMENT_FONT, size: 12, bold: true }, horizontal: "center" },
  blank: { font: { name: DOCUMENT_FONT, size: 11 } },
  document: {
    font: { name: DOCUMENT_FONT, size: 13 },
    horizontal: "center",
    vertical: "middle",
    wrap: "always",
  },
  draft: {
    font: { name: DOCUMENT_FONT, size: 13, bold: true, color: "#C00000" },
    horizontal: "center",
    vertical: "middle",
    wrap: "always",
  },
};

/** Number formats of output cells by kind: text stays text; points show 2 decimals. */
export const NUMBER_FORMATS: Record<CellKind, string> = { text: "@", points: "0.00", integer: "0" };
export const BORDER_COLOR = "#BFBFBF";
export const TITLE_ROW_HEIGHT = 24;

/** Excel's widest row: 409 points (Microsoft, "Excel specifications and limits"). */
export const MAX_ROW_HEIGHT = 409;

/** A column width in characters as Office.js points (≈ 7 points a character of the default font). */
export function widthInPoints(characters: number): number {
  return characters * 7;
}

/** The template's input sheets: an instruction row above the header row. */
export const TEMPLATE_STYLE = {
  instruction: { italic: true, color: "#595959", height: 48 },
  header: { bold: true, fill: "#DDEBF7" },
} as const;

/** Number formats of template columns. */
export const TEMPLATE_FORMATS = {
  text: "@",
  points: "0.00",
  integer: "0",
  date: "dd/mm/yyyy",
  general: "General",
} as const;
export type TemplateFormat = keyof typeof TEMPLATE_FORMATS;
