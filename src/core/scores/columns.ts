/**
 * WORKBOOK.md §2 "Score sheets": which column of a score sheet is which criterion — "A header that
 * is not a criterion code but is one character edit (insert, delete, replace) away from one, after
 * normalising, gets a warning: a likely typo"; other columns (names, totals, notes) are ignored.
 */
import { IssueLog, msg } from "../issues";
import type { ScoreSheet } from "../contract/input";
import type { Council, Criterion } from "../setup/council";
import { codeKey, isOneEditApart, normalise } from "../contract/text";
import { OTHER_SCORE_HEADERS } from "../contract/sheets";

/** Headers often found in score sheets that are not criteria (never reported as typos). */
export const NON_CRITERION_HEADERS = new Set(OTHER_SCORE_HEADERS.map(normalise));

/** Maps each header of a score sheet to a criterion (or -1), with the warnings §2 asks for. */
export function criterionColumns(council: Council, sheet: ScoreSheet, log: IssueLog): Int32Array {
  const byKey = new Map<string, Criterion>();
  for (const c of council.criteria) {
    byKey.set(c.key, c);
    if (!byKey.has(c.headerKey)) byKey.set(c.headerKey, c);
  }
  const columns = new Int32Array(sheet.columns.length).fill(-1);
  const found = new Map<number, number>();
  sheet.columns.forEach((column, i) => {
    const criterion = byKey.get(codeKey(column.header)) ?? byKey.get(normalise(column.header));
    const where = {
      sheet: sheet.name,
      row: sheet.headerRow,
      column: column.header,
      col: column.col,
      value: column.header,
    };
    if (criterion) {
      if (found.has(criterion.index)) {
        log.warning(where, msg("warn.duplicateCriterionColumn", { code: criterion.code }));
        return;
      }
      found.set(criterion.index, i);
      columns[i] = criterion.index;
      return;
    }
    const key = normalise(column.header);
    if (key === "" || NON_CRITERION_HEADERS.has(key)) return;
    const near = council.criteria.find((c) => isOneEditApart(key, c.headerKey));
    if (near) log.warning(where, msg("warn.criterionTypo", { header: column.header, code: near.code }));
  });
  const absent = council.criteria.filter((c) => !found.has(c.index)).map((c) => c.code);
  if (absent.length > 0) {
    log.warning(
      { sheet: sheet.name, row: sheet.headerRow, column: null },
      msg("warn.criterionColumnsMissing", { codes: absent.join(", ") }),
    );
  }
  return columns;
}
