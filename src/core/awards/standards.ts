/**
 * WORKBOOK.md §5 and §9 — the standards of award A for unit u, in this order:
 * 1. registered: any valid `Đăng ký` row (always); with `Phải đăng ký` = yes, A or a
 *    higher-priority award among the registered ones;
 * 2. Total ≥ `Điểm tối thiểu`;
 * 3. class at least `Xếp loại tối thiểu` (that class or one with a higher `Điểm từ`);
 * 4. rank ≤ `Hạng tối đa`;
 * 5. with `Đúng hạn`: no late or missing report;
 * 6. with `Tỷ lệ phiếu tối thiểu (%)` and a `Biểu quyết` sheet: votes × 100 ≥ min % × council
 *    size. Without a `Biểu quyết` sheet the vote is not checked; grants are "awaiting vote".
 */
import { msg, type Msg } from "../issues";
import type { Award } from "../setup/council";
import type { Context, Standing } from "../ranking/standing";
import { at } from "../contract/indexing";

/** The standards of `award` that `standing` fails, in the order above; [] when it meets them all. */
export function failedStandards(
  context: Context,
  standing: Standing,
  award: Award,
  firstOnly = false,
): Msg[] {
  const failed: Msg[] = [];
  const fail = (m: Msg) => failed.push(m) > 0 && firstOnly;
  const registration = standing.registration;
  if (!registration.registered) {
    if (fail(msg("std.notRegistered"))) return failed;
  } else if (award.registrationRequired && registration.highest > award.index) {
    if (fail(msg("std.notRegisteredFor", { award: award.code }))) return failed;
  }
  const total = standing.total ?? 0;
  if (award.minPoints !== null && total < award.minPoints) {
    if (fail(msg("std.minPoints", { total: { points: total }, min: { points: award.minPoints } })))
      return failed;
  }
  if (award.minClass !== null && (standing.class === null || standing.class.from < award.minClass.from)) {
    if (fail(msg("std.minClass", { class: award.minClass.name }))) return failed;
  }
  if (award.maxRank !== null && (standing.rank === null || standing.rank > award.maxRank)) {
    if (fail(msg("std.maxRank", { rank: standing.rank ?? "—", max: award.maxRank }))) return failed;
  }
  if (award.onTimeRequired && standing.deadlines.misses.length > 0) {
    const reports = standing.deadlines.misses.map((miss) => miss.deadline.type).join(", ");
    if (fail(msg("std.onTime", { reports }))) return failed;
  }
  if (award.minVotePct !== null && context.votes !== null) {
    const size = context.council.settings.councilSize ?? 0;
    const votes = at(
      context.votes,
      standing.unit.index * context.council.awards.length + award.index,
      "votes",
    );
    // votes × 100 ≥ min% × size, with min% in hundredths of a percent: votes × 10000 ≥ min‱ × size
    if (votes * 10000 < award.minVotePct * size) {
      if (fail(msg("std.votes", { votes, size, min: award.minVotePct / 100 }))) return failed;
    }
  }
  return failed;
}

/** A grant of `award` waits for the council's vote: a min vote % but no `Biểu quyết` sheet. */
export function awaitsVote(context: Context, award: Award): boolean {
  return award.minVotePct !== null && context.votes === null;
}
