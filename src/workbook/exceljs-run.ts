/**
 * The whole job on a workbook held by exceljs (the command line and the browser file mode):
 * read the contract, compute, and — only when there is no structural error — write the output
 * sheets. The workbook object is changed in memory; saving it is the caller's business.
 */
import ExcelJS from "exceljs";
import { evaluate, type CouncilResult, type EvaluateOptions } from "../core/evaluate";
import type { Lang } from "../core/i18n";
import { toJson, type ResultJson } from "../core/json";
import { isInputSheetName, readContract } from "../core/read/contract";
import { gridOfWorkbook } from "./exceljs-grid";
import { outputSheets } from "./layout";
import { replaceOutputSheets } from "./exceljs-writer";

export interface RunOutcome {
  result: CouncilResult;
  json: ResultJson;
  /** False after a structural error: nothing was written. */
  written: boolean;
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer =
    data instanceof Uint8Array ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data;
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function runOnWorkbook(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  options: EvaluateOptions = {},
): RunOutcome {
  // output sheets of an earlier run can be large: only input sheets are read
  const result = evaluate(readContract(gridOfWorkbook(workbook, isInputSheetName)), options);
  const json = toJson(result, lang);
  if (!result.ok) return { result, json, written: false };
  replaceOutputSheets(workbook, outputSheets(result, lang));
  return { result, json, written: true };
}
