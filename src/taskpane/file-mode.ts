/**
 * What needs exceljs and papaparse, loaded only when a file is opened (a separate chunk, so the
 * task pane's first script stays small): the same file readers as the command line's.
 */
import { ExcelJsPort } from "../workbook/exceljs/port";
import { loadWorkbook } from "../workbook/exceljs/file";
import { templateWorkbook } from "../workbook/exceljs/sheets";
import { readMemberFile, readRegistrationSource } from "../workbook/exceljs/sources";

export { readMemberFile, readRegistrationSource as readRegistrationFile };

export async function openWorkbookFile(bytes: Uint8Array): Promise<ExcelJsPort> {
  return new ExcelJsPort(await loadWorkbook(bytes), "browser");
}

/** The Lai Châu sample as a port, for trying the task pane without a file of one's own. */
export function samplePort(lang: "vi" | "en"): ExcelJsPort {
  return new ExcelJsPort(templateWorkbook({ lang, sample: true, year: new Date().getFullYear() }), "browser");
}
