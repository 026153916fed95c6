/**
 * WORKBOOK.md §4 and §5 "Reasons": every unit's result says why its Total (each deduction), why its
 * award, and why not a higher one (the first failed standard, or the quota, or a tie). Reasons are
 * structured (a message key and its parameters) and rendered in the user's language later.
 *
 * §10 adds: the caps on bonus and deduction (§10.5), how a unit stands against equal Totals
 * (§10.4), and why its class is lower than its Total reaches (§10.1–§10.3).
 */
import { msg, type Msg } from "../issues";
import type { Council } from "../setup/council";
import type { Standing } from "../ranking/standing";
import type { Member } from "../scores/scoring";
import { at } from "../contract/indexing";

const MAX_LISTED = 12;

export function explain(council: Council, standing: Standing, members: Member[], checkMode: boolean): Msg[] {
  const reasons: Msg[] = [];
  if (standing.status === "invalid") {
    const errors = standing.unit.errors.map((issue) =>
      msg("part.issueAt", {
        sheet: issue.sheet,
        row: issue.row ?? "—",
        column: issue.column ?? "—",
        message: { msg: issue.message },
      }),
    );
    reasons.push(msg("reason.invalid", { errors: { list: errors } }));
    return reasons;
  }
  const scores = standing.scores;
  if (scores && scores.criteriaDeduction > 0) {
    reasons.push(msg("reason.criteriaDeduction", { points: { points: scores.criteriaDeduction } }));
  }
  for (const miss of standing.deadlines.misses) {
    if (miss.submitted === null) {
      reasons.push(
        msg("reason.missingReport", {
          report: miss.deadline.type,
          due: { day: miss.deadline.due },
          points: { points: miss.deduction },
        }),
      );
    } else {
      reasons.push(
        msg("reason.lateReport", {
          report: miss.deadline.type,
          date: { day: miss.submitted },
          due: { day: miss.deadline.due },
          points: { points: miss.deduction },
        }),
      );
    }
  }
  // §10.5: "the reasons show the cap ('Điểm thưởng 4,5, tính tối đa 3')"
  if (standing.bonusSum !== null && standing.bonus !== null && standing.bonusSum > standing.bonus) {
    reasons.push(
      msg("reason.bonusCapped", { sum: { points: standing.bonusSum }, cap: { points: standing.bonus } }),
    );
  }
  if (
    standing.deductionSum !== null &&
    standing.deduction !== null &&
    standing.deductionSum > standing.deduction
  ) {
    reasons.push(
      msg("reason.deductionCapped", {
        sum: { points: standing.deductionSum },
        cap: { points: standing.deduction },
      }),
    );
  }
  if (standing.status === "incomplete" && scores) {
    if (scores.notScored) reasons.push(msg("reason.notScored"));
    else {
      const listed = scores.missing.slice(0, MAX_LISTED).map((m) =>
        msg("part.missingScore", {
          code: at(council.criteria, m.criterion, "criteria").code,
          member: at(members, m.member, "members").name,
        }),
      );
      const more = scores.missing.length - listed.length;
      if (more > 0) listed.push(msg("part.andMore", { count: more }));
      reasons.push(msg("reason.incomplete", { count: scores.missing.length, missing: { list: listed } }));
    }
    return reasons;
  }
  reasons.push(
    msg("reason.total", {
      total: { points: standing.total ?? 0 },
      scored: { points: standing.scored ?? 0 },
      bonus: { points: standing.bonus ?? 0 },
      deduction: { points: standing.deduction ?? 0 },
      rank: standing.rank ?? "—",
      bloc: standing.unit.bloc ?? "—",
    }),
  );
  reasons.push(...standing.rankReasons, ...standing.classReasons);
  if (standing.class === null) reasons.push(msg("reason.noClass"));
  if (checkMode) {
    reasons.push(...standing.checkReasons);
    if (standing.awaitingVote)
      reasons.push(msg("reason.awaitingVote", { award: standing.award?.code ?? "" }));
    return reasons;
  }
  if (standing.award) {
    reasons.push(msg("reason.granted", { award: standing.award.code, name: standing.award.name }));
    if (standing.awaitingVote) reasons.push(msg("reason.awaitingVote", { award: standing.award.code }));
  }
  const above = standing.award ? standing.award.index : council.awards.length;
  for (const [a, award] of council.awards.entries()) {
    if (a >= above) break;
    const outcome = standing.outcomes[a];
    if (!outcome || outcome.kind === "granted") continue;
    if (outcome.kind === "failed")
      reasons.push(
        msg("reason.notMet", { award: award.code, why: { msg: at(outcome.standards, 0, "standards") } }),
      );
    else if (outcome.kind === "quota")
      reasons.push(msg("reason.quota", { award: award.code, limit: outcome.limit }));
    else reasons.push(msg("reason.tie", { award: award.code, limit: outcome.limit }));
  }
  return reasons;
}
