/**
 * The workbook port on a workbook in memory (exceljs): the browser file mode and the command line.
 * Every change is in memory; saving the workbook is the door's business (one write of a whole file).
 */
import type ExcelJS from "exceljs";
import type { GridWorkbook } from "../../core/contract/grid";
import type { OutSheet } from "../layout";
import {
  checkCancelled,
  sheetFilter,
  type CellWrite,
  type ReadOptions,
  type SheetCopy,
  type WorkbookPort,
  type WriteOptions,
} from "../port";
import type { TemplateSheet } from "../template/types";
import { writeCells } from "./cells";
import { putSheets } from "./copies";
import { saveWorkbook, saveWorkbookKeeping } from "./file";
import type { SavedWorkbook } from "./preserve";
import { replaceOutputSheets } from "./outputs";
import { gridOfWorkbook } from "./read";
import { addTemplateSheets } from "./sheets";

export class ExcelJsPort implements WorkbookPort {
  readonly mode = "file" as const;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readGrid(options?: ReadOptions): Promise<GridWorkbook> {
    const grid = gridOfWorkbook(this.workbook, { include: sheetFilter(options?.sheets) });
    options?.onProgress?.(1);
    return grid;
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((worksheet) => worksheet.name);
  }

  async writeOutputs(sheets: OutSheet[], options?: WriteOptions): Promise<void> {
    checkCancelled(options?.signal);
    replaceOutputSheets(this.workbook, sheets);
    options?.onProgress?.(1);
  }

  async addSheets(sheets: TemplateSheet[], options?: { password?: string }): Promise<void> {
    await addTemplateSheets(this.workbook, sheets, options?.password);
  }

  async writeCells(write: CellWrite): Promise<void> {
    writeCells(this.workbook, write);
  }

  async putSheets(copies: SheetCopy[]): Promise<void> {
    putSheets(this.workbook, copies);
  }

  async select(): Promise<boolean> {
    return false;
  }

  /** The workbook as an .xlsx file. */
  save(): Promise<Uint8Array> {
    return saveWorkbook(this.workbook);
  }

  /** The workbook as an .xlsx file, with what it could not keep of the file it was loaded from. */
  saveKeeping(): Promise<SavedWorkbook> {
    return saveWorkbookKeeping(this.workbook);
  }
}
