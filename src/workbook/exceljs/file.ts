/** Reading and writing .xlsx files with exceljs (the command line and the browser file mode). */
import ExcelJS from "exceljs";
import { restoreFromPackage } from "./after-load";
import { damaged, preparePackage, restoreSheetNames, type PackageLimits } from "./package";
import { keepFromInput, rememberSource, type SavedWorkbook } from "./preserve";

/**
 * Reads an .xlsx file; what is not one, or is too large, is refused with a NoteError saying what it
 * is and what to do (./package.ts, which also rewrites the valid files exceljs reads wrong).
 */
export async function loadWorkbook(
  data: ArrayBuffer | Uint8Array,
  limits?: PackageLimits,
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const prepared = await preparePackage(data instanceof Uint8Array ? data : new Uint8Array(data), limits);
  const bytes = prepared.bytes;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await workbook.xlsx.load(buffer as ArrayBuffer).catch((error: unknown) => {
    throw damaged(error);
  });
  restoreSheetNames(workbook, prepared.realNames);
  // the package exceljs read (as ./package.ts prepared it) is the one both look into:
  // formulas without a cached value and escaped formats (./after-load.ts), and what exceljs drops,
  // carried over on saving (./preserve.ts)
  await restoreFromPackage(workbook, buffer as ArrayBuffer);
  rememberSource(workbook, bytes);
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
