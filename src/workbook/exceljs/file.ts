/** Reading and writing .xlsx files with exceljs (the command line and the browser file mode). */
import ExcelJS from "exceljs";
import { restoreFromPackage } from "./after-load";

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer =
    data instanceof Uint8Array ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data;
  await workbook.xlsx.load(buffer as ArrayBuffer);
  await restoreFromPackage(workbook, buffer as ArrayBuffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
