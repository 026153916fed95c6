/**
 * WORKBOOK.md §5 — allocation (no `Đề nghị` sheet). Awards by priority, highest first; for each
 * award A and each scope group:
 * 1. Candidates: ranked units of the group with no award yet that meet A's standards.
 * 2. Order by Total, higher first; L = A's limit.
 * 3. Grant A to each candidate whose Total is strictly greater than the L-th candidate's. The
 *    candidates tied at the L-th Total get A only if all of them fit within L. If not: under
 *    `Ưu tiên khi đồng điểm` = `Tỷ lệ nữ`, the tied with `Tỷ lệ nữ (%)` ≥ 70 go first, and get A if
 *    all of those fit; whoever is left of the tie gets no A: a tie at the quota cut-off.
 * 4. Those not granted A remain candidates for lower awards. A unit gets at most one award.
 * A limit of 0 grants nothing and is not a tie (§9).
 *
 * §10.4: with `Phá đồng điểm`, "ahead" and "tied" replace "higher Total" and "equal Total" in the
 * order of candidates, the cut at a limit and the women preference's tied (Context.order).
 */
import { groupsOf, limitOf, quotaUse, type QuotaUse } from "./quotas";

export type { QuotaUse };
import type { Compare } from "../ranking/order";
import { awaitsVote, failedStandards } from "./standards";
import type { Context, Standing } from "../ranking/standing";
import { WOMEN_PREFERENCE_PCT } from "../contract/terms";
import { at } from "../contract/indexing";

/**
 * Which candidates get the award, and whether a tie at the cut-off is left for the council.
 * "Higher Total" and "tied" are those of `compare` (§10.4: "ahead" and "tied"); §10.2 makes the
 * same cut of a class's holders, without the women preference.
 */
export function cutOff(
  candidates: Standing[],
  limit: number | null,
  compare: Compare,
  preferWomen: boolean,
): { granted: Standing[]; tied: Standing[]; tie: boolean } {
  if (limit === null || candidates.length <= limit) return { granted: candidates, tied: [], tie: false };
  if (limit === 0) return { granted: [], tied: [], tie: false };
  const sorted = [...candidates].sort(compare);
  const cut = at(sorted, limit - 1, "sorted"); // 1 ≤ limit < candidates.length
  const above = sorted.filter((s) => compare(s, cut) < 0);
  const tied = sorted.filter((s) => compare(s, cut) === 0);
  if (above.length + tied.length <= limit) return { granted: [...above, ...tied], tied: [], tie: false };
  const room = limit - above.length;
  const granted = [...above];
  if (preferWomen) {
    const preferred = tied.filter((s) => (s.unit.womenShare ?? -1) >= WOMEN_PREFERENCE_PCT);
    if (preferred.length > 0 && preferred.length <= room) granted.push(...preferred);
  }
  const grantedSet = new Set(granted);
  return { granted, tied: tied.filter((s) => !grantedSet.has(s)), tie: true };
}

export function allocate(context: Context): QuotaUse[] {
  const { council, standings } = context;
  const preferWomen = council.settings.tiePreference === "women";
  const quotas: QuotaUse[] = [];
  for (const award of council.awards) {
    for (const group of groupsOf(council, award)) {
      const limit = limitOf(award, group.units.length, council.settings.quotaRounding);
      const candidates: Standing[] = [];
      for (const u of group.units) {
        const standing = at(standings, u, "standings");
        if (standing.status !== "ranked" || standing.award !== null) continue;
        const failed = failedStandards(context, standing, award, true);
        if (failed.length > 0) standing.outcomes[award.index] = { kind: "failed", standards: failed };
        else candidates.push(standing);
      }
      const { granted, tied, tie } = cutOff(candidates, limit, context.order.compare, preferWomen);
      const tiedSet = new Set(tied);
      const awaiting = awaitsVote(context, award);
      for (const standing of granted) {
        standing.award = award;
        standing.awaitingVote = awaiting;
        standing.outcomes[award.index] = { kind: "granted" };
      }
      for (const standing of candidates) {
        if (standing.award === award) continue;
        standing.outcomes[award.index] = { kind: tiedSet.has(standing) ? "tie" : "quota", limit: limit ?? 0 };
      }
      quotas.push(
        quotaUse(
          award,
          group,
          limit,
          granted.length,
          tie,
          tied.map((s) => s.unit.code),
        ),
      );
    }
  }
  return quotas;
}
