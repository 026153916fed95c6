/**
 * Adds or replaces input sheets through Office.js with copies of another file's values and number
 * formats (a member's score sheet), never its formulas or links; each built under a temporary name
 * and swapped in at the end (./replace.ts): a replaced sheet keeps its place, a new one goes after
 * the last score sheet.
 */
import { isScoreSheetName } from "../../core/contract/reader";
import { formatFor } from "../cells";
import type { SheetCopy } from "../port";
import { COST, RequestBudget, rowJsonBytes } from "./budget";
import type { OfficeOptions } from "./options";
import { replaceSheetsAtomically } from "./replace";
import type { LogEntry } from "../../core/log/chain";

export async function putOfficeSheets(
  context: Excel.RequestContext,
  copies: SheetCopy[],
  options: OfficeOptions,
  entry?: LogEntry,
): Promise<void> {
  await replaceSheetsAtomically(
    context,
    copies.map((copy) => ({
      name: copy.name,
      replaces: (existing) => existing === copy.replaces,
      place: copy.replaces ? { replacing: copy.replaces } : { after: isScoreSheetName },
      build: async (target) => {
        const budget = new RequestBudget(context, options.maxRequestBytes, options.signal);
        const width = Math.max(1, ...copy.rows.map((row) => row.length));
        const block = budget.limit / 2;
        let first = 0;
        let values: (string | number | boolean)[][] = [];
        let formats: string[][] = [];
        let bytes = 0;
        const queue = async () => {
          if (values.length === 0) return;
          await budget.spend(bytes + 2 * COST.range);
          const range = target.getRangeByIndexes(first, 0, values.length, width);
          range.numberFormat = formats; // before the values: text stays text
          range.values = values;
          first += values.length;
          values = [];
          formats = [];
          bytes = 0;
        };
        for (const [r, row] of copy.rows.entries()) {
          const rowValues = Array.from({ length: width }, (_, c) => row[c] ?? "");
          const rowFormats = rowValues.map((cell, c) =>
            formatFor(cell === "" ? null : cell, copy.formats[r]?.[c] ?? "General"),
          );
          const size = rowJsonBytes(rowValues) + rowJsonBytes(rowFormats);
          if (values.length > 0 && bytes + size > block) await queue();
          values.push(rowValues);
          formats.push(rowFormats);
          bytes += size;
        }
        await queue();
        for (const area of copy.merges) {
          await budget.spend(COST.range + COST.method);
          target
            .getRangeByIndexes(
              area.top - 1,
              area.left - 1,
              area.bottom - area.top + 1,
              area.right - area.left + 1,
            )
            .merge(false);
        }
        await budget.sync();
      },
    })),
    options,
    entry,
  );
}
