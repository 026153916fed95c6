/**
 * Template sheets through Office.js (missing input sheets, members' score sheets), as laid out by
 * ../template/layout.ts — the same cells the exceljs adapter writes. Each sheet is added under its
 * final name (which must be free); its values and number formats go in row blocks under the request
 * bound; validation rules are set once every sheet exists (a list may refer to another new sheet).
 */
import { TEMPLATE_STYLE, widthInPoints } from "../styles";
import { listSource, templateLayout, type LaidCell, type TemplateLayout } from "../template/layout";
import type { TemplateSheet, Validation } from "../template/types";
import { COST, RequestBudget, rowJsonBytes, utf8Length } from "./budget";
import type { OfficeOptions } from "./options";
import type { LogEntry } from "../../core/log/chain";
import { prepareOfficeLog, queueOfficeLog, restoreOfficeLog } from "./log";
import { protectSheets } from "./protection";

/** An Office.js data validation rule for a template validation (ExcelApi 1.8). */
export function officeRule(validation: Validation): Excel.DataValidationRule {
  const list = listSource(validation);
  if (list)
    return { list: { inCellDropDown: true, source: "literal" in list ? list.literal : `=${list.range}` } };
  switch (validation.type) {
    case "decimal":
    case "whole": {
      const rule: Excel.BasicDataValidation =
        validation.max === undefined
          ? { formula1: validation.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: validation.min, formula2: validation.max, operator: "Between" };
      return validation.type === "decimal" ? { decimal: rule } : { wholeNumber: rule };
    }
    default:
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
  }
}

function officeValue(cell: LaidCell): string | number {
  if (cell === null) return "";
  if (typeof cell === "object") return `=${cell.formula}`;
  return cell;
}

/**
 * Queues the cells and formatting of `layout` into `target`, syncing whenever the next block would
 * pass the request budget (./budget.ts). Validation and protection are the caller's next step.
 */
export async function writeTemplateCells(
  target: Excel.Worksheet,
  layout: TemplateLayout,
  budget: RequestBudget,
): Promise<void> {
  const width = layout.width;
  const block = budget.limit / 2;
  let first = 0;
  let bytes = 0;
  let values: (string | number)[][] = [];
  let formats: string[][] = [];
  const queue = async () => {
    if (values.length === 0) return;
    await budget.spend(bytes + 2 * COST.range);
    const range = target.getRangeByIndexes(first, 0, values.length, width);
    range.numberFormat = formats;
    range.values = values;
    first += values.length;
    values = [];
    formats = [];
    bytes = 0;
  };
  for (let r = 0; r < layout.values.length; r++) {
    const rowValues = layout.values[r].map(officeValue);
    const rowFormats = layout.formats[r];
    const size = rowJsonBytes(rowValues) + rowJsonBytes(rowFormats);
    if (values.length > 0 && bytes + size > block) await queue();
    values.push(rowValues);
    formats.push(rowFormats);
    bytes += size;
  }
  await queue();
  await budget.spend((layout.merges.length + layout.heights.length + 4) * (COST.range + 3 * COST.property));
  for (const area of layout.merges) {
    target
      .getRangeByIndexes(area.top - 1, area.left - 1, area.bottom - area.top + 1, area.right - area.left + 1)
      .merge(false);
  }
  const instruction = target.getRangeByIndexes(0, 0, 1, width).format;
  instruction.wrapText = true;
  instruction.verticalAlignment = "Top";
  instruction.font.italic = true;
  instruction.font.color = TEMPLATE_STYLE.instruction.color;
  for (const { row, height } of layout.heights)
    target.getRangeByIndexes(row - 1, 0, 1, 1).format.rowHeight = height;
  const header = target.getRangeByIndexes(layout.freezeRows - 1, 0, 1, width).format;
  header.font.bold = true;
  header.fill.color = TEMPLATE_STYLE.header.fill;
  header.wrapText = true;
  header.horizontalAlignment = "Center";
  header.verticalAlignment = "Center";
  for (const [c, characters] of layout.widths.entries()) {
    await budget.spend(COST.range + COST.navigation + COST.property);
    target.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(characters);
  }
  target.freezePanes.freezeRows(layout.freezeRows);
  for (const area of layout.unlocked) {
    await budget.spend(COST.range + 2 * COST.navigation + COST.property);
    target.getRangeByIndexes(
      area.top - 1,
      area.left - 1,
      area.bottom - area.top + 1,
      area.right - area.left + 1,
    ).format.protection.locked = false;
  }
}

/** Queues the validation rules of `layout` (ExcelApi 1.8); every sheet a list refers to must exist. */
export async function setTemplateValidations(
  target: Excel.Worksheet,
  layout: TemplateLayout,
  budget: RequestBudget,
): Promise<void> {
  for (const { area, validation } of layout.validations) {
    await budget.spend(
      COST.range + COST.navigation + COST.property + utf8Length(JSON.stringify(officeRule(validation))),
    );
    target.getRangeByIndexes(
      area.top - 1,
      area.left - 1,
      area.bottom - area.top + 1,
      area.right - area.left + 1,
    ).dataValidation.rule = officeRule(validation);
  }
}

/**
 * Adds template sheets: first every sheet with its cells, then the validation rules (a list may
 * refer to a sheet added in this call), then protection of the sheets that are protected. All or
 * nothing: on an error or a cancellation the sheets this call added are deleted again.
 */
export async function addOfficeTemplateSheets(
  context: Excel.RequestContext,
  sheets: TemplateSheet[],
  options: OfficeOptions & { password?: string },
  entry?: LogEntry,
): Promise<void> {
  const budget = new RequestBudget(context, options.maxRequestBytes, options.signal, () =>
    context.application.suspendApiCalculationUntilNextSync(),
  );
  // the names must be free: on a failure only sheets this call made are deleted
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const taken = new Set(worksheets.items.map((item) => item.name.toLocaleLowerCase()));
  const clash = sheets.find((sheet) => taken.has(sheet.name.toLocaleLowerCase()));
  if (clash) throw new Error(`a sheet named ${clash.name} exists already`);
  const added: { target: Excel.Worksheet; layout: TemplateLayout }[] = [];
  const log = entry ? await prepareOfficeLog(context, entry) : null;
  try {
    for (const sheet of sheets) {
      context.application.suspendApiCalculationUntilNextSync();
      const layout = templateLayout(sheet);
      await budget.spend(COST.method);
      const target = context.workbook.worksheets.add(layout.name);
      added.push({ target, layout });
      await writeTemplateCells(target, layout, budget);
    }
    if (options.isSetSupported("ExcelApi", "1.8")) {
      for (const { target, layout } of added) await setTemplateValidations(target, layout, budget);
    }
    await budget.sync();
    await protectSheets(
      context,
      added.flatMap(({ layout }) =>
        layout.protect
          ? [{ name: layout.name, options: { allowFormatColumns: true, allowFormatRows: true } }]
          : [],
      ),
      options.password,
    );
    // the log row last, alone (the protection above reads first): should it fail, the sheets are
    // removed again below, so a row always has its write (./log.ts)
    if (log) {
      queueOfficeLog(context, log);
      await context.sync();
    }
  } catch (error) {
    await restoreOfficeLog(context, log);
    // never a half-built sheet (an unprotected score sheet would be taken for a finished one)
    await removeSheets(
      context,
      added.map((a) => a.layout.name),
    ).catch(() => undefined); // the original error is the one to report
    throw error;
  }
}

/** Deletes the named sheets that exist, in one request. */
async function removeSheets(context: Excel.RequestContext, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  for (const sheet of sheets) sheet.load("name");
  await context.sync();
  for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
  await context.sync();
}
