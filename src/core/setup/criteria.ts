/**
 * WORKBOOK.md §2 `Tiêu chí` [Criteria], §10.1 groups and §10.4 tie-break codes: each criterion by its
 * code (unique), its `Điểm tối đa` (a number > 0) and `Loại` (Chấm điểm, Điểm thưởng, Điểm trừ).
 */
import { IssueLog, msg, type Where } from "../issues";
import type { CouncilInput } from "../contract/input";
import { toHundredths } from "../contract/points";
import { cellText, codeKey, normalise } from "../contract/text";
import { parseNumber } from "../contract/values";
import { CRITERION_KINDS, findTerm, type CriterionKind } from "../contract/terms";
import { SHEETS } from "../contract/sheets";
import { fieldAt, keyedRows } from "./rows";
import type { Criterion, ScoreGroup, Settings } from "./types";

export function readCriteria(input: CouncilInput, log: IssueLog): Criterion[] {
  const criteria: Criterion[] = [];
  const sheet = input.criteria;
  if (!sheet) return criteria;
  for (const { record, text: code, key } of keyedRows("criteria", sheet, log, {
    field: "code",
    key: codeKey,
    withoutKey: "warn.rowWithoutCriterionCode",
    duplicate: (code, first) => msg("err.duplicateCriterionCode", { code, first }),
  })) {
    const max = parseNumber(record.maxPoints ?? null);
    if (Number.isNaN(max) || toHundredths(max) <= 0) {
      log.structural(fieldAt("criteria", sheet, record, "maxPoints"), msg("err.badMaxPoints", { code }));
      continue;
    }
    const kindText = cellText(record.kind ?? null);
    const kind: CriterionKind | null = kindText === "" ? "score" : findTerm(CRITERION_KINDS, kindText);
    if (!kind) {
      log.structural(fieldAt("criteria", sheet, record, "kind"), msg("err.badCriterionKind", { code }));
      continue;
    }
    criteria.push({
      index: criteria.length,
      code,
      key,
      headerKey: normalise(code),
      kind,
      max: toHundredths(max),
      group: cellText(record.group ?? null),
      description: cellText(record.description ?? null),
      row: record.row,
    });
  }
  return criteria;
}

/** §10.1: the groups of `Chấm điểm` criteria by `Nhóm`, normalised, in order of first appearance. */
export function scoreGroupsOf(criteria: Criterion[]): ScoreGroup[] {
  const groups = new Map<string, ScoreGroup>();
  for (const c of criteria) {
    if (c.kind !== "score") continue;
    const key = normalise(c.group);
    let group = groups.get(key);
    if (!group) {
      group = { name: c.group, key, criteria: [], max: 0 };
      groups.set(key, group);
    }
    group.criteria.push(c.index);
    group.max += c.max;
  }
  return [...groups.values()];
}

/**
 * §10.4: "Criterion codes separated by `;` (e.g. `TC3; TC1`); an unknown code is a structural
 * error." Codes compare case-insensitively.
 */
export function resolveTieBreak(
  settings: Settings,
  criteria: Criterion[],
  where: Where | undefined,
  log: IssueLog,
): Criterion[] {
  const resolved: Criterion[] = [];
  for (const code of settings.tieBreak) {
    const criterion = criteria.find((c) => c.key === codeKey(code));
    if (!criterion) {
      log.structural(where ?? { sheet: SHEETS.settings.vi }, msg("err.unknownTieBreakCode", { code }));
      continue;
    }
    if (!resolved.includes(criterion)) resolved.push(criterion);
  }
  return resolved;
}
