/**
 * What needs exceljs and papaparse, loaded only when a file is opened (a separate chunk, so the
 * task pane's first script stays small).
 */
import { readContract } from "../core/read/contract";
import { ExcelJsPort } from "../workbook/exceljs-port";
import { gridOfWorkbook } from "../workbook/exceljs-grid";
import { loadWorkbook } from "../workbook/exceljs-run";
import { templateWorkbook } from "../workbook/exceljs-template";
import { readRegistrationSource, type SourceResult } from "../workbook/import-source";
import type { ImportedWorkbook } from "../workbook/port";

export async function openWorkbookFile(bytes: Uint8Array): Promise<ExcelJsPort> {
  return new ExcelJsPort(await loadWorkbook(bytes));
}

export function readRegistrationFile(bytes: Uint8Array, name: string, sheet?: string): Promise<SourceResult> {
  return readRegistrationSource(bytes, name, sheet);
}

export async function readMemberFile(
  bytes: Uint8Array,
  name: string,
): Promise<ImportedWorkbook & { input: ReturnType<typeof readContract> }> {
  const workbook = await loadWorkbook(bytes);
  const grid = gridOfWorkbook(workbook);
  return { name, grid, native: workbook, input: readContract(grid) };
}

/** The Lai Châu sample as a port, for trying the task pane without a file of one's own. */
export function samplePort(lang: "vi" | "en"): ExcelJsPort {
  return new ExcelJsPort(templateWorkbook({ lang, sample: true, year: new Date().getFullYear() }));
}
