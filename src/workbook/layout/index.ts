/** The output sheets of a result (WORKBOOK.md §7), in the order they are added to the workbook. */
import type { CouncilResult } from "../../core/result/evaluate";
import type { Lang } from "../../i18n";
import { awardListSheet } from "./award-list";
import { ballotsSheet } from "./ballots";
import { checksSheet } from "./checks";
import { withRowHeights } from "./heights";
import { resultsSheet } from "./results";
import type { OutSheet } from "./sheet";

export type { CellKind, OutCell, OutColumn, OutRow, OutSheet, RowRole } from "./sheet";
export { awardListSheet, ballotsSheet, checksSheet, resultsSheet, withRowHeights };

export function outputSheets(result: CouncilResult, lang: Lang): OutSheet[] {
  const ballots = ballotsSheet(result, lang);
  return [
    resultsSheet(result, lang),
    awardListSheet(result, lang),
    checksSheet(result, lang),
    ...(ballots ? [ballots] : []),
  ].map(withRowHeights);
}
