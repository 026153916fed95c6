/**
 * Adds or replaces input sheets of an exceljs workbook with copies of another file's values and
 * number formats (a member's score sheet): never its formulas, links, styles or protection.
 */
import type ExcelJS from "exceljs";
import { isScoreSheetName } from "../../core/contract/reader";
import { formatFor } from "../cells";
import type { SheetCopy } from "../port";

/** exceljs orders sheets by `orderNo`, which its typings leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };
const ordered = (worksheet: ExcelJS.Worksheet) => worksheet as Ordered;

function fill(worksheet: ExcelJS.Worksheet, copy: SheetCopy): void {
  copy.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.numFmt = formatFor(value, copy.formats[r]?.[c] ?? "General");
      cell.value = value;
    }),
  );
  for (const area of copy.merges) worksheet.mergeCells(area.top, area.left, area.bottom, area.right);
}

/** Puts `sheet` at `position` (an `orderNo`), moving the sheets from there one place on. */
function placeAt(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, position: number): void {
  for (const other of workbook.worksheets) {
    if (other !== worksheet && ordered(other).orderNo >= position) ordered(other).orderNo += 1;
  }
  ordered(worksheet).orderNo = position;
}

export function putSheets(workbook: ExcelJS.Workbook, copies: SheetCopy[]): void {
  // all or nothing: check every copy before changing anything
  for (const copy of copies) {
    if (copy.replaces && !workbook.getWorksheet(copy.replaces))
      throw new Error(`sheet ${copy.replaces} not found`);
  }
  for (const copy of copies) {
    if (copy.replaces) {
      const old = workbook.getWorksheet(copy.replaces);
      if (!old) throw new Error(`sheet ${copy.replaces} not found`);
      const position = ordered(old).orderNo;
      workbook.removeWorksheet(old.id);
      const worksheet = workbook.addWorksheet(copy.name);
      fill(worksheet, copy);
      ordered(worksheet).orderNo = position;
      continue;
    }
    const scoreSheets = workbook.worksheets.filter((ws) => isScoreSheetName(ws.name));
    const after = scoreSheets[scoreSheets.length - 1];
    const worksheet = workbook.addWorksheet(copy.name);
    fill(worksheet, copy);
    if (after) placeAt(workbook, worksheet, ordered(after).orderNo + 1);
  }
}
