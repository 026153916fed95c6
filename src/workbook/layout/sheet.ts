/**
 * WORKBOOK.md §7 — the sheets the software owns, laid out once as plain data: the exceljs writer
 * (files, browser, command line) and the Office.js writer (Excel) both render an `OutSheet`, so the
 * sheets look the same wherever they are made. Styles by row role are in ../styles.ts.
 */
import { message, type Key, type Lang } from "../../i18n";
import { toPoints } from "../../core/contract/points";

/** text: always written as text (never a formula); points: a number shown with 2 decimals. */
export type CellKind = "text" | "points" | "integer";

export interface OutCell {
  value: string | number | null;
  kind: CellKind;
  /** What differs from the row role's style (a document's header blocks, its signature block). */
  style?: CellStyle;
}

/** A cell's own font and alignment, over its row role's (../styles.ts). */
export interface CellStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  horizontal?: "left" | "center" | "right";
}

/**
 * `document`: the lines of an administrative document (header blocks, place and date, title,
 * signature block), centred, wrapped, no border; `draft`: the DỰ THẢO line of a result not final.
 */
export type RowRole =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "body"
  | "note"
  | "signature"
  | "blank"
  | "document"
  | "draft";

export interface OutRow {
  role: RowRole;
  cells: OutCell[];
  /** Titles and notes span every column. */
  span?: boolean;
  /** Height in points, for rows whose wrapped text needs more than one line. */
  height?: number;
  /** Cells merged within the row: the first and last column (0-based) of each area. */
  merges?: [number, number][];
}

export interface OutColumn {
  width: number;
  kind: CellKind;
  /** Long text that wraps (reasons, messages). */
  wrap?: boolean;
}

export interface OutSheet {
  name: string;
  columns: OutColumn[];
  rows: OutRow[];
  /** Rows frozen at the top (title and header). */
  freezeRows: number;
  /** 1-based rows repeated at the top of every printed page. */
  printTitleRows: [number, number] | null;
  orientation: "portrait" | "landscape";
  /** 1-based rows that start a new printed page. */
  pageBreaksBefore: number[];
  /** 1-based header row for an auto filter, or null. */
  filterRow: number | null;
  /** A printed document's page (default: the writers' margins, fit to the page's width, numbered). */
  page?: PageSetup;
}

/** Margins in millimetres (Nghị định 30/2020/NĐ-CP for the documents the council signs). */
export interface PageSetup {
  margins: { top: number; bottom: number; left: number; right: number };
  /** Shrink to the page's width (false: print at `scale`, so that the page breaks are kept). */
  fitToWidth: boolean;
  /** The print scale in %, when not fit to the page's width. */
  scale: number;
  /** Page numbers in the footer. */
  pageNumbers: boolean;
}

/** A4 portrait with the margins of Nghị định 30/2020/NĐ-CP: top and bottom 20 mm, left 30, right 15. */
export const DOCUMENT_PAGE: PageSetup = {
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  fitToWidth: true,
  scale: 100,
  pageNumbers: false,
};

export const text = (value: string | null): OutCell => ({ value, kind: "text" });
export const points = (hundredths: number | null): OutCell => ({
  value: hundredths === null ? null : toPoints(hundredths),
  kind: "points",
});
export const integer = (value: number | null): OutCell => ({ value, kind: "integer" });

export function headerRow(lang: Lang, keys: Key[]): OutRow {
  return { role: "header", cells: keys.map((key) => text(message(lang, key))) };
}

export function spanRow(role: RowRole, value: string, width: number): OutRow {
  return { role, span: true, cells: [text(value), ...Array.from({ length: width - 1 }, () => text(null))] };
}

export const blankRow = (): OutRow => ({ role: "blank", cells: [] });
