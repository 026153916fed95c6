/**
 * The one interface every job works through, whatever holds the workbook: Excel (Office.js,
 * ./office/port.ts) or a workbook in memory (exceljs, ./exceljs/port.ts: the browser file mode and
 * the command line). The two adapters mirror each other file by file; a test runs each job on both
 * and compares the resulting sheets.
 */
import type { GridSheet, GridWorkbook, MergedArea } from "../core/contract/grid";
import { isInputSheetName, sheetIdOf } from "../core/contract/reader";
import type { SheetId } from "../core/contract/sheets";
import type { Door, LogEntry } from "../core/log/chain";
import type { OutSheet } from "./layout";
import type { TemplateSheet } from "./template/types";

/** Set `cancelled` to stop a long job between requests; what it wrote is then undone. */
export interface Signal {
  cancelled: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

export function checkCancelled(signal: Signal | undefined): void {
  if (signal?.cancelled) throw new CancelledError();
}

export interface ReadOptions {
  /** Read only these input sheets (default: every input sheet of the contract). */
  sheets?: SheetId[];
  signal?: Signal;
  /** Called as reading advances: the fraction done, in [0, 1]. */
  onProgress?: (fraction: number) => void;
}

/**
 * WORKBOOK.md §11.4: the `Nhật ký` row that records a write. The adapter appends it with the write
 * (in Excel, in the write's last request, after its changes): a failed write leaves no row, and a
 * row always has its write.
 */
export interface Logged {
  log?: LogEntry;
}

export interface WriteOptions extends Logged {
  signal?: Signal;
  /** Called as writing advances: the fraction done, in [0, 1]. */
  onProgress?: (fraction: number) => void;
}

/** Which sheets a read includes: the listed input sheets, or every input sheet. */
export function sheetFilter(sheets: SheetId[] | undefined): (name: string) => boolean {
  if (!sheets) return isInputSheetName;
  return (name) => {
    const id = sheetIdOf(name);
    return id !== null && sheets.includes(id);
  };
}

/** A rectangle of cells to write, 1-based; each value with its number format (text is "@"). */
export interface CellBlock {
  row: number;
  col: number;
  values: (string | number | null)[][];
  formats: string[][];
}

/** Cells written into an input sheet (an import); `create` adds the sheet first when it is absent. */
export interface CellWrite {
  sheet: string;
  blocks: CellBlock[];
  create?: TemplateSheet;
}

/**
 * An input sheet made from another file's values and number formats (a member's score sheet):
 * never its formulas, links or styles. It replaces the sheet named `replaces`, keeping its place, or
 * is added after the last score sheet.
 */
export interface SheetCopy {
  name: string;
  replaces: string | null;
  rows: (string | number | boolean | null)[][];
  formats: (string | null)[][];
  merges: MergedArea[];
}

export interface WorkbookPort {
  /** For the task pane's own affordances only (select a cell): a job never asks. */
  readonly mode: "excel" | "file";
  /** Where the job runs, as the log names it (`Nơi chạy`). */
  readonly door: Door;
  readGrid(options?: ReadOptions): Promise<GridWorkbook>;
  /** The names of every sheet of the workbook, in order (input, output and any other sheet). */
  sheetNames(): Promise<string[]>;
  /** Replaces the output sheets (`Kết quả`, `Khen thưởng`, `Kiểm tra`), all or nothing. */
  writeOutputs(sheets: OutSheet[], options?: WriteOptions): Promise<void>;
  /** Adds template sheets (missing input sheets, generated score sheets) under their names, which must be free. */
  addSheets(sheets: TemplateSheet[], options?: { password?: string } & Logged): Promise<void>;
  /** Writes cells into an input sheet (creating it from its template when absent), in one write. */
  writeCells(write: CellWrite, options?: Logged): Promise<void>;
  /** Adds or replaces input sheets with copies of values and number formats, all or nothing. */
  putSheets(copies: SheetCopy[], options?: Logged): Promise<void>;
  /** The `Nhật ký` sheet's cells (§11.4), or null when the workbook has none. */
  readLog(): Promise<GridSheet | null>;
  /** Excel only: the active sheet's used range, or the selection when it is more than one cell. */
  activeSheet?(): Promise<GridSheet>;
  /** Shows a cell to the user (Excel selects it; a file cannot). */
  select(sheet: string, row: number | null, col: number | null): Promise<boolean>;
}
