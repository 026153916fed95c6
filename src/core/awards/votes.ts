/**
 * WORKBOOK.md §2 `Biểu quyết` and §5 — votes in favour, per unit and award. The vote standard:
 * votes × 100 ≥ min % × council size (the council's *total* membership, Nghị định 98/2023 Điều 30).
 */
import { IssueLog, msg } from "../issues";
import type { VotesSheet } from "../contract/input";
import { fieldAt, findAward, type Council } from "../setup/council";
import { cellText, codeKey } from "../contract/text";
import { isEmpty, parseNumber } from "../contract/values";

/** votes[unit * awards + award]; 0 when no row. Null when there is no `Biểu quyết` sheet. */
export function readVotes(council: Council, sheet: VotesSheet | null, log: IssueLog): Int32Array | null {
  if (!sheet) return null;
  const A = council.awards.length;
  const votes = new Int32Array(council.units.length * A);
  const rowOf = new Map<number, { row: number; votes: number }>();
  for (const record of sheet.records) {
    const code = cellText(record.code ?? null);
    if (code === "") {
      if (!isEmpty(record.award ?? null) || !isEmpty(record.votes ?? null)) {
        log.warning(fieldAt("votes", sheet, record, "code"), msg("warn.rowWithoutUnitCode"));
      }
      continue;
    }
    const unit = council.unitByKey.get(codeKey(code));
    if (!unit) {
      log.warning(fieldAt("votes", sheet, record, "code"), msg("warn.unknownUnit", { code }));
      continue;
    }
    const awardText = cellText(record.award ?? null);
    const award = findAward(council.awards, awardText);
    if (!award) {
      log.error(fieldAt("votes", sheet, record, "award"), msg("err.unknownAward", { award: awardText }));
      continue;
    }
    if (isEmpty(record.votes ?? null)) continue; // no count: the same as no row (0 votes)
    const n = parseNumber(record.votes ?? null);
    if (!Number.isInteger(n) || n < 0) {
      log.error(fieldAt("votes", sheet, record, "votes"), msg("err.badVotes"));
      continue;
    }
    const size = council.settings.councilSize;
    if (size !== null && n > size) {
      log.warning(
        fieldAt("votes", sheet, record, "votes"),
        msg("warn.votesAboveCouncil", { votes: n, size }),
      );
    }
    const at = unit.index * A + award.index;
    const earlier = rowOf.get(at);
    if (earlier) {
      if (earlier.votes !== n) {
        log.error(fieldAt("votes", sheet, record, "votes"), msg("err.votesTwice", { first: earlier.row }));
      }
      continue;
    }
    rowOf.set(at, { row: record.row, votes: n });
    votes[at] = n;
  }
  return votes;
}
