/**
 * The one small interface the task pane works through, whatever holds the workbook: Excel
 * (Office.js, ./office-port.ts) or a file opened in the browser (exceljs, ./exceljs-port.ts).
 */
import type { Lang } from "../core/i18n";
import type { RegistrationPlan } from "../core/import/registrations";
import type { ScoreImportPlan } from "../core/import/scores";
import type { CouncilInput } from "../core/model";
import type { GridSheet, GridWorkbook } from "../core/read/grid";
import { isInputSheetName, sheetIdOf } from "../core/read/contract";
import type { SheetId } from "../core/vocabulary";
import type { OutSheet } from "./layout";
import type { TemplateSheet } from "./template";

export interface ProgressOptions {
  onProgress?: (stage: "read" | "write", fraction: number) => void;
  signal?: { cancelled: boolean };
  /** Read only these input sheets (default: every input sheet of the contract). */
  sheets?: SheetId[];
}

/** Which sheets a read includes: the listed input sheets, or every input sheet. */
export function sheetFilter(sheets: SheetId[] | undefined): (name: string) => boolean {
  if (!sheets) return isInputSheetName;
  return (name) => {
    const id = sheetIdOf(name);
    return id !== null && sheets.includes(id);
  };
}

/** A file a member sent back: its grids, and the exceljs workbook when the port can copy sheets whole. */
export interface ImportedWorkbook {
  name: string;
  grid: GridWorkbook;
  /** An exceljs Workbook (file mode copies formats too); typed loosely to keep exceljs out of the first bundle. */
  native?: unknown;
}

export interface WorkbookPort {
  readonly mode: "excel" | "file";
  readGrid(options?: ProgressOptions): Promise<GridWorkbook>;
  /** Replaces the output sheets, all-or-nothing. */
  writeOutputs(sheets: OutSheet[], options?: ProgressOptions): Promise<void>;
  /** Adds sheets from the template (missing input sheets, generated score sheets). */
  addSheets(sheets: TemplateSheet[], password?: string): Promise<void>;
  applyRegistrations(input: CouncilInput, plan: RegistrationPlan, lang: Lang): Promise<void>;
  applyScoreSheets(plan: ScoreImportPlan, source: ImportedWorkbook): Promise<void>;
  /** Excel only: the active sheet's used range, or the selection when it is more than one cell. */
  activeSheet?(): Promise<GridSheet>;
  /** Shows a cell to the user (Excel selects it; file mode cannot). */
  select(sheet: string, row: number | null, col: number | null): Promise<boolean>;
}
