/** The workbook port in the browser file mode (and for tests): an exceljs workbook in memory. */
import type ExcelJS from "exceljs";
import type { Lang } from "../core/i18n";
import type { RegistrationPlan } from "../core/import/registrations";
import type { ScoreImportPlan } from "../core/import/scores";
import type { CouncilInput } from "../core/model";
import type { GridWorkbook } from "../core/read/grid";
import { gridOfWorkbook } from "./exceljs-grid";
import { applyRegistrationPlan, applyScorePlan } from "./exceljs-import";
import { saveWorkbook } from "./exceljs-run";
import { addTemplateSheets } from "./exceljs-template";
import { replaceOutputSheets } from "./exceljs-writer";
import type { OutSheet } from "./layout";
import { sheetFilter, type ImportedWorkbook, type ProgressOptions, type WorkbookPort } from "./port";
import type { TemplateSheet } from "./template";

export class ExcelJsPort implements WorkbookPort {
  readonly mode = "file" as const;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readGrid(options?: ProgressOptions): Promise<GridWorkbook> {
    const grid = gridOfWorkbook(this.workbook, sheetFilter(options?.sheets));
    options?.onProgress?.("read", 1);
    return grid;
  }

  async writeOutputs(sheets: OutSheet[], options?: ProgressOptions): Promise<void> {
    if (options?.signal?.cancelled) return;
    replaceOutputSheets(this.workbook, sheets);
    options?.onProgress?.("write", 1);
  }

  async addSheets(sheets: TemplateSheet[], password?: string): Promise<void> {
    await addTemplateSheets(this.workbook, sheets, password);
  }

  async applyRegistrations(input: CouncilInput, plan: RegistrationPlan, lang: Lang): Promise<void> {
    applyRegistrationPlan(this.workbook, input, plan, lang);
  }

  async applyScoreSheets(plan: ScoreImportPlan, source: ImportedWorkbook): Promise<void> {
    applyScorePlan(this.workbook, source.native as ExcelJS.Workbook, plan);
  }

  async select(): Promise<boolean> {
    return false;
  }

  /** The workbook as an .xlsx file. */
  save(): Promise<Uint8Array> {
    return saveWorkbook(this.workbook);
  }
}
