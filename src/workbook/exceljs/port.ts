/**
 * The workbook port on a workbook in memory (exceljs): the browser file mode and the command line.
 * Every change is in memory; saving the workbook is the door's business (one write of a whole file).
 */
import type ExcelJS from "exceljs";
import type { GridSheet, GridWorkbook } from "../../core/contract/grid";
import type { OutSheet } from "../layout";
import {
  checkCancelled,
  sheetFilter,
  type CellWrite,
  type Logged,
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
import { appendLog, readLog } from "./log";
import { gridOfWorkbook } from "./read";
import { addTemplateSheets } from "./sheets";

export class ExcelJsPort implements WorkbookPort {
  readonly mode = "file" as const;

  /** `door`: the command line, or the browser's file mode. */
  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly door: "cli" | "browser" = "cli",
  ) {}

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
    await this.log(options);
    options?.onProgress?.(1);
  }

  async addSheets(sheets: TemplateSheet[], options?: { password?: string } & Logged): Promise<void> {
    await addTemplateSheets(this.workbook, sheets, options?.password);
    await this.log(options);
  }

  async writeCells(write: CellWrite, options?: Logged): Promise<void> {
    writeCells(this.workbook, write);
    await this.log(options);
  }

  async putSheets(copies: SheetCopy[], options?: Logged): Promise<void> {
    putSheets(this.workbook, copies);
    await this.log(options);
  }

  async readLog(): Promise<GridSheet | null> {
    return readLog(this.workbook);
  }

  /** The log row after the write it records (in memory: the file is saved whole, or not at all). */
  private async log(options: Logged | undefined): Promise<void> {
    if (options?.log) await appendLog(this.workbook, options.log);
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
