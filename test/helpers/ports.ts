/**
 * The two workbook ports on the same workbook, for running a job in both doors and comparing what
 * each wrote: the exceljs port (the browser file mode, the command line) on a copy of the workbook,
 * and the Office.js port on a fake Excel holding what Excel would hold for it.
 */
import type ExcelJS from "exceljs";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { OfficePort } from "../../src/workbook/office/port";
import type { CellValue, FakeExcel } from "./fake-excel";
import { fakeFromWorkbook } from "./office";
import { roundTrip } from "./xlsx";

export interface BothPorts {
  file: ExcelJsPort;
  excel: OfficePort;
  fake: FakeExcel;
  /** The file's workbook as Excel would hold it once saved and opened. */
  fileAsExcel(): Promise<FakeExcel>;
}

export function officePort(fake: FakeExcel): OfficePort {
  return new OfficePort(
    (batch) => fake.run(batch),
    (name, version) => fake.isSetSupported(name, version),
  );
}

export async function bothPorts(workbook: ExcelJS.Workbook): Promise<BothPorts> {
  const file = new ExcelJsPort(await roundTrip(workbook));
  const fake = fakeFromWorkbook(await roundTrip(workbook));
  return {
    file,
    fake,
    excel: officePort(fake),
    fileAsExcel: async () => fakeFromWorkbook(await roundTrip(file.workbook)),
  };
}

/** A sheet's cells as comparable data: values, with formulas by their text, and number formats. */
export function sheetCells(fake: FakeExcel, name: string): { values: CellValue[][]; formats: string[][] } {
  const values = fake.values(name);
  const formats = values.map((row, r) =>
    row.map((_, c) => {
      const address = `${columnName(c)}${r + 1}`;
      return fake.cell(name, address).numberFormat;
    }),
  );
  return { values, formats };
}

function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
