/**
 * Co-authoring (a workbook on OneDrive or SharePoint, several council members in it): an import is
 * previewed, then confirmed — perhaps minutes later, after someone else edited the same sheet. Before
 * writing, the job reads its target sheets again and compares them with what the preview read; when
 * they differ it writes nothing and says where the sheet changed, so the secretary previews again.
 */
import type { GridSheet, GridWorkbook } from "../core/contract/grid";
import type { Raw } from "../core/contract/values";
import { note } from "../i18n";
import type { Report } from "./report";

/** Where a sheet changed: `row` is the first row that differs as Excel numbers it; null when the sheet came or went. */
export interface SheetChange {
  sheet: string;
  row: number | null;
}

function cell(row: Raw[] | undefined, c: number): Raw {
  const value = row?.[c];
  return value === undefined || value === "" ? null : value;
}

function rowsDiffer(a: Raw[] | undefined, b: Raw[] | undefined): boolean {
  const width = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let c = 0; c < width; c++) if (cell(a, c) !== cell(b, c)) return true;
  return false;
}

/** The first difference between a sheet as previewed and as it is now (empty text and empty cells are alike). */
export function sheetChange(
  name: string,
  before: GridSheet | undefined,
  after: GridSheet | undefined,
): SheetChange | null {
  if (!before && !after) return null;
  if (!before || !after) return { sheet: name, row: null };
  const height = Math.max(before.rows.length, after.rows.length);
  for (let r = 0; r < height; r++)
    if (rowsDiffer(before.rows[r], after.rows[r])) return { sheet: name, row: r + 1 };
  return null;
}

/** The first change among the named sheets of two reads of one workbook. */
export function workbookChange(
  names: string[],
  before: GridWorkbook,
  after: GridWorkbook,
): SheetChange | null {
  const find = (grid: GridWorkbook, name: string) => grid.sheets.find((s) => s.name === name);
  for (const name of names) {
    const change = sheetChange(name, find(before, name), find(after, name));
    if (change) return change;
  }
  return null;
}

/** What the door shows when an import's target changed since its preview: nothing was written. */
export function changedReport(change: SheetChange): Report {
  return {
    tone: "error",
    headline:
      change.row === null
        ? note("job.import.sheetChanged", { sheet: change.sheet })
        : note("job.import.rowChanged", { sheet: change.sheet, row: change.row }),
    lines: [{ kind: "item", msg: note("job.import.previewAgain") }],
  };
}
