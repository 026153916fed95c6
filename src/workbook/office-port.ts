/** The workbook port in Excel: every operation is one `Excel.run` batch sequence (./office-workbook.ts). */
import type { Lang } from "../core/i18n";
import type { RegistrationPlan } from "../core/import/registrations";
import type { ScoreImportPlan } from "../core/import/scores";
import type { CouncilInput } from "../core/model";
import type { GridSheet, GridWorkbook } from "../core/read/grid";
import type { OutSheet } from "./layout";
import {
  addOfficeTemplateSheets,
  applyOfficeRegistrationPlan,
  applyOfficeScorePlan,
  readOfficeActiveSheet,
  readOfficeGrid,
  selectOfficeCell,
  writeOfficeOutputSheets,
  type OfficeOptions,
} from "./office-workbook";
import { sheetFilter, type ImportedWorkbook, type ProgressOptions, type WorkbookPort } from "./port";
import type { TemplateSheet } from "./template";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class OfficePort implements WorkbookPort {
  readonly mode = "excel" as const;

  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: OfficeOptions["isSetSupported"],
  ) {}

  private options(extra: ProgressOptions = {}): OfficeOptions {
    return { isSetSupported: this.isSetSupported, ...extra };
  }

  readGrid(options?: ProgressOptions): Promise<GridWorkbook> {
    const include = sheetFilter(options?.sheets);
    return this.run((context) => readOfficeGrid(context, { ...this.options(options), include }));
  }

  writeOutputs(sheets: OutSheet[], options?: ProgressOptions): Promise<void> {
    return this.run((context) => writeOfficeOutputSheets(context, sheets, this.options(options)));
  }

  addSheets(sheets: TemplateSheet[], password?: string): Promise<void> {
    return this.run((context) => addOfficeTemplateSheets(context, sheets, { ...this.options(), password }));
  }

  applyRegistrations(input: CouncilInput, plan: RegistrationPlan, _lang: Lang): Promise<void> {
    return this.run((context) => applyOfficeRegistrationPlan(context, input, plan));
  }

  applyScoreSheets(plan: ScoreImportPlan, source: ImportedWorkbook): Promise<void> {
    return this.run((context) => applyOfficeScorePlan(context, plan, source.grid, this.options()));
  }

  activeSheet(): Promise<GridSheet> {
    return this.run((context) => readOfficeActiveSheet(context));
  }

  async select(sheet: string, row: number | null, col: number | null): Promise<boolean> {
    await this.run((context) => selectOfficeCell(context, sheet, row, col));
    return true;
  }
}
