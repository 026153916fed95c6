/** The workbook port in Excel: every operation is one `Excel.run` batch sequence (./*.ts). */
import type { GridSheet, GridWorkbook } from "../../core/contract/grid";
import type { OutSheet } from "../layout";
import { sheetIdOf } from "../../core/contract/reader";
import {
  sheetFilter,
  type CellWrite,
  type Logged,
  type ReadOptions,
  type SheetCopy,
  type WorkbookPort,
  type WriteOptions,
} from "../port";
import type { TemplateSheet } from "../template/types";
import { writeOfficeCells } from "./cells";
import { putOfficeSheets } from "./copies";
import type { OfficeOptions } from "./options";
import { writeOfficeOutputSheets } from "./outputs";
import { readOfficeActiveSheet, readOfficeGrid } from "./read";
import { selectOfficeCell } from "./select";
import { addOfficeTemplateSheets } from "./sheets";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class OfficePort implements WorkbookPort {
  readonly mode = "excel" as const;
  readonly door = "excel" as const;

  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: OfficeOptions["isSetSupported"],
  ) {}

  private options(extra: Partial<OfficeOptions> = {}): OfficeOptions {
    return { isSetSupported: this.isSetSupported, ...extra };
  }

  readGrid(options: ReadOptions = {}): Promise<GridWorkbook> {
    const include = sheetFilter(options.sheets);
    return this.run((context) =>
      readOfficeGrid(context, {
        ...this.options({ signal: options.signal, onProgress: options.onProgress }),
        include,
      }),
    );
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      return worksheets.items.map((sheet) => sheet.name);
    });
  }

  writeOutputs(sheets: OutSheet[], options: WriteOptions = {}): Promise<void> {
    return this.run((context) =>
      writeOfficeOutputSheets(
        context,
        sheets,
        this.options({ signal: options.signal, onProgress: options.onProgress }),
        options.log,
      ),
    );
  }

  addSheets(sheets: TemplateSheet[], options: { password?: string } & Logged = {}): Promise<void> {
    return this.run((context) =>
      addOfficeTemplateSheets(
        context,
        sheets,
        { ...this.options(), password: options.password },
        options.log,
      ),
    );
  }

  writeCells(write: CellWrite, options: Logged = {}): Promise<void> {
    return this.run((context) => writeOfficeCells(context, write, this.options(), options.log));
  }

  putSheets(copies: SheetCopy[], options: Logged = {}): Promise<void> {
    return this.run((context) => putOfficeSheets(context, copies, this.options(), options.log));
  }

  async readLog(): Promise<GridSheet | null> {
    const grid = await this.run((context) =>
      readOfficeGrid(context, { ...this.options(), include: (name) => sheetIdOf(name) === "log" }),
    );
    return grid.sheets[0] ?? null;
  }

  activeSheet(): Promise<GridSheet> {
    return this.run((context) => readOfficeActiveSheet(context, this.options()));
  }

  async select(sheet: string, row: number | null, col: number | null): Promise<boolean> {
    await this.run((context) => selectOfficeCell(context, sheet, row, col));
    return true;
  }
}
