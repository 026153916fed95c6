/** Reading and writing .xlsx files with exceljs (the command line and the browser file mode). */
import ExcelJS from "exceljs";
import { damaged, preparePackage, restoreSheetNames, type PackageLimits } from "./package";

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
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
