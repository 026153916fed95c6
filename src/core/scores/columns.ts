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
import { reportUncomputed } from "../contract/reader";
import { parseYesNo } from "../contract/values";

/** Headers often found in score sheets that are not criteria (never reported as typos). */
export const NON_CRITERION_HEADERS = new Set(OTHER_SCORE_HEADERS.map(normalise));

/** The criteria by code and by normalised header; `criterionOf` finds a header's criterion. */
function criteriaByKey(criteria: readonly Criterion[]): Map<string, Criterion> {
  const byKey = new Map<string, Criterion>();
  for (const c of criteria) {
    byKey.set(c.key, c);
    if (!byKey.has(c.headerKey)) byKey.set(c.headerKey, c);
  }
  return byKey;
}

function criterionOf(byKey: Map<string, Criterion>, header: string): Criterion | undefined {
  return byKey.get(codeKey(header)) ?? byKey.get(normalise(header));
}

/** Maps each header of a score sheet to a criterion (or -1), with the warnings §2 asks for. */
export function criterionColumns(council: Council, sheet: ScoreSheet, log: IssueLog): Int32Array {
  const byKey = criteriaByKey(council.criteria);
  const columns = new Int32Array(sheet.columns.length).fill(-1);
  const found = new Map<number, number>();
  sheet.columns.forEach((column, i) => {
    const criterion = criterionOf(byKey, column.header);
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

/**
 * Issue 11, docs/RULES.md: a formula saved with no cached value under a criterion's column is a
 * structural error naming the cell — never "not scored". Other columns (names, totals) are ignored,
 * as their values are; so is a recused row, as its bad cells are (§9).
 */
export function reportUncomputedScores(
  criteria: readonly Criterion[],
  sheet: ScoreSheet,
  log: IssueLog,
): void {
  if (!sheet.uncomputed || sheet.uncomputed.length === 0) return;
  const byKey = criteriaByKey(criteria);
  const recused = new Set(
    sheet.recusedColumn === null
      ? []
      : sheet.rows.filter((row) => parseYesNo(row.recused) === true).map((row) => row.row),
  );
  for (const cell of sheet.uncomputed) {
    const criterion = criterionOf(byKey, cell.header);
    if (criterion && !recused.has(cell.row)) reportUncomputed(log, sheet.name, cell, criterion.code);
  }
}
