/**
 * Writes cells into an input sheet through Office.js (a registration import, the ballot rows): the
 * sheet is created from its template first when absent, in the same request as the cells.
 */
import type { CellWrite } from "../port";
import { templateLayout } from "../template/layout";
import { COST, RequestBudget, gridBytes } from "./budget";
import type { OfficeOptions } from "./options";
import { setTemplateValidations, writeTemplateCells } from "./sheets";
import { prepareOfficeLog, queueOfficeLog, restoreOfficeLog, type PreparedLog } from "./log";
import type { LogEntry } from "../../core/log/chain";

export async function writeOfficeCells(
  context: Excel.RequestContext,
  write: CellWrite,
  options: OfficeOptions,
  entry?: LogEntry,
): Promise<void> {
  const log = entry ? await prepareOfficeLog(context, entry) : null;
  try {
    await writeCells(context, write, options, log);
  } catch (error) {
    await restoreOfficeLog(context, log);
    throw error;
  }
}

async function writeCells(
  context: Excel.RequestContext,
  write: CellWrite,
  options: OfficeOptions,
  log: PreparedLog | null,
): Promise<void> {
  let target = context.workbook.worksheets.getItemOrNullObject(write.sheet);
  target.load("name");
  await context.sync();
  const budget = new RequestBudget(context, options.maxRequestBytes, options.signal);
  if (target.isNullObject) {
    if (!write.create) throw new Error(`sheet ${write.sheet} not found`);
    const layout = templateLayout({ ...write.create, name: write.sheet });
    target = context.workbook.worksheets.add(write.sheet);
    await writeTemplateCells(target, layout, budget);
    if (options.isSetSupported("ExcelApi", "1.8")) await setTemplateValidations(target, layout, budget);
  }
  for (const block of write.blocks) {
    if (block.values.length === 0) continue;
    const values = block.values.map((row) => row.map((value) => value ?? ""));
    await budget.spend(COST.range + 2 * COST.property + gridBytes(values) + gridBytes(block.formats));
    const range = target.getRangeByIndexes(block.row - 1, block.col - 1, values.length, values[0].length);
    range.numberFormat = block.formats; // before the values: text stays text
    range.values = values;
  }
  if (log) queueOfficeLog(context, log); // in the write's last request, after it (./log.ts)
  await budget.sync();
}
