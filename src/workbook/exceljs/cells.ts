/** Writes cells into an input sheet of an exceljs workbook (an import), creating the sheet if absent. */
import type ExcelJS from "exceljs";
import type { CellWrite } from "../port";
import { addTemplateSheet } from "./sheets";

export function writeCells(workbook: ExcelJS.Workbook, write: CellWrite): void {
  let worksheet = workbook.getWorksheet(write.sheet);
  if (!worksheet) {
    if (!write.create) throw new Error(`sheet ${write.sheet} not found`);
    worksheet = addTemplateSheet(workbook, { ...write.create, name: write.sheet });
  }
  for (const block of write.blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = (worksheet as ExcelJS.Worksheet).getCell(block.row + r, block.col + c);
        cell.numFmt = block.formats[r][c]; // before the value: text stays text
        cell.value = value;
      }),
    );
  }
}
