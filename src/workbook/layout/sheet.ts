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
}

export type RowRole = "title" | "subtitle" | "section" | "header" | "body" | "note" | "signature" | "blank";

export interface OutRow {
  role: RowRole;
  cells: OutCell[];
  /** Titles and notes span every column. */
  span?: boolean;
  /** Height in points, for rows whose wrapped text needs more than one line. */
  height?: number;
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
}

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
