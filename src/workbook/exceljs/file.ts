/** Reading and writing .xlsx files with exceljs (the command line and the browser file mode). */
import ExcelJS from "exceljs";
import { restoreFromPackage } from "./after-load";
import { keepFromInput, rememberSource, type SavedWorkbook } from "./preserve";

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer =
    data instanceof Uint8Array ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data;
  await workbook.xlsx.load(buffer as ArrayBuffer);
  await restoreFromPackage(workbook, buffer as ArrayBuffer);
  rememberSource(workbook, data); // what exceljs drops is carried from it on saving (./preserve.ts)
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return (await saveWorkbookKeeping(workbook)).data;
}

/** The file, with what it could not keep of the loaded file's sheets (./preserve.ts). */
export async function saveWorkbookKeeping(workbook: ExcelJS.Workbook): Promise<SavedWorkbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  return keepFromInput(workbook, new Uint8Array(buffer as ArrayBuffer));
}
