/**
 * Adds or replaces input sheets through Office.js with copies of another file's values and number
 * formats (a member's score sheet), never its formulas or links; each built under a temporary name
 * and swapped in at the end (./replace.ts): a replaced sheet keeps its place, a new one goes after
 * the last score sheet.
 */
import { isScoreSheetName } from "../../core/contract/reader";
import { formatFor } from "../cells";
import type { SheetCopy } from "../port";
import type { OfficeOptions } from "./options";
import { replaceSheetsAtomically } from "./replace";

export async function putOfficeSheets(
  context: Excel.RequestContext,
  copies: SheetCopy[],
  options: OfficeOptions,
): Promise<void> {
  await replaceSheetsAtomically(
    context,
    copies.map((copy) => ({
      name: copy.name,
      replaces: (existing) => existing === copy.replaces,
      place: copy.replaces ? { replacing: copy.replaces } : { after: isScoreSheetName },
      build: async (target) => {
        const width = Math.max(1, ...copy.rows.map((row) => row.length));
        const values = copy.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
        if (values.length > 0) {
          const range = target.getRangeByIndexes(0, 0, values.length, width);
          range.numberFormat = values.map((row, r) =>
            row.map((cell, c) => formatFor(cell === "" ? null : cell, copy.formats[r]?.[c] ?? "General")),
          );
          range.values = values;
        }
        for (const area of copy.merges) {
          target
            .getRangeByIndexes(
              area.top - 1,
              area.left - 1,
              area.bottom - area.top + 1,
              area.right - area.left + 1,
            )
            .merge(false);
        }
        await context.sync();
      },
    })),
    options,
  );
}
