/**
 * WORKBOOK.md §5 — rank and class.
 * - Rank in the bloc: standard competition ranking on Total, higher first — 1 + the number of
 *   ranked units of the bloc with a strictly greater Total (Excel's RANK.EQ: 95, 95, 90 → 1, 1, 3).
 *   Ties are never broken silently.
 * - Class: the class with the highest `Điểm từ` ≤ the Total (with the conditions and the max class
 *   of §10.1 and §10.3: ./classes.ts).
 *
 * §10.4: with `Phá đồng điểm`, the rank is "1 + the number of ranked units of the bloc ahead of u"
 * (./order.ts), and "a unit ranked above an equal Total says why: 'Bằng 92 điểm với TP; xếp trên
 * nhờ TC3 (18 > 16)'".
 */
import { classify } from "./classes";
import { msg, type Msg } from "../issues";
import type { Order } from "./order";
import type { Hundredths } from "../contract/points";
import { at } from "../contract/indexing";
import type { ClassDef, Council } from "../setup/council";
import type { Standing } from "./standing";

/** Competition ranks of totals: ranks[i] = 1 + |{ j : totals[j] > totals[i] }|. */
export function competitionRanks(totals: readonly Hundredths[]): number[] {
  return ranksBy(totals, (a, b) => b - a);
}

/**
 * Competition ranks in an order (§10.4): 1 + the number of items ahead. `compare` is a strict weak
 * order (< 0: a ahead), so tied items sort next to each other and share the rank of the first.
 */
export function ranksBy<T>(items: readonly T[], compare: (a: T, b: T) => number): number[] {
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => compare(a.item, b.item));
  const ranks = new Array<number>(items.length);
  let rank = 0;
  order.forEach(({ item, index }, position) => {
    const before = order[position - 1]; // undefined for the first
    if (before === undefined || compare(before.item, item) !== 0) rank = position + 1;
    ranks[index] = rank;
  });
  return ranks;
}

/** The class of a Total by points alone; `classes` are ordered highest `Điểm từ` first. */
export function classOf(classes: readonly ClassDef[], total: Hundredths): ClassDef | null {
  return classes.find((c) => c.from <= total) ?? null;
}

/** At most this many units named in one unit's reasons about equal Totals. */
const MAX_EQUALS_LISTED = 5;

export function rankAndClassify(
  council: Council,
  standings: Standing[],
  order: Order,
  aggregates: Int32Array,
): void {
  for (const bloc of council.blocs) {
    const ranked = bloc.units.map((u) => at(standings, u, "standings")).filter((s) => s.status === "ranked");
    const ranks = order.breaksTies
      ? ranksBy(ranked, order.compare)
      : competitionRanks(ranked.map((s) => s.total as Hundredths));
    ranked.forEach((standing, i) => {
      standing.rank = at(ranks, i, "ranks");
      classify(council, standing, aggregates);
    });
    if (order.breaksTies) explainEqualTotals(ranked, order);
  }
}

/**
 * §10.4 reasons: each unit of the bloc with an equal Total says how it stands against the others
 * of that Total — above (and by which criterion), below, or tied on every tie-break criterion.
 */
function explainEqualTotals(ranked: Standing[], order: Order): void {
  const byTotal = new Map<Hundredths, Standing[]>();
  for (const s of ranked) {
    const total = s.total as Hundredths;
    const same = byTotal.get(total);
    if (same) same.push(s);
    else byTotal.set(total, [s]);
  }
  for (const same of byTotal.values()) {
    if (same.length < 2) continue;
    same.sort((a, b) => order.compare(a, b) || a.unit.index - b.unit.index);
    for (const s of same) {
      const reasons: Msg[] = [];
      for (const other of same) {
        if (other === s) continue;
        if (reasons.length === MAX_EQUALS_LISTED) break;
        const total = { points: s.total as Hundredths };
        const decider = order.decider(s, other);
        if (decider === null) {
          reasons.push(msg("reason.equalTied", { total, unit: other.unit.code }));
          continue;
        }
        const params = {
          total,
          unit: other.unit.code,
          code: decider.criterion.code,
          ahead: { points: decider.ahead },
          behind: { points: decider.behind },
        };
        const above = order.compare(s, other) < 0;
        const key =
          decider.criterion.kind === "deduction"
            ? above
              ? "reason.equalAboveDeduction"
              : "reason.equalBelowDeduction"
            : above
              ? "reason.equalAbove"
              : "reason.equalBelow";
        reasons.push(msg(key, params));
      }
      const more = same.length - 1 - reasons.length;
      if (more > 0) reasons.push(msg("reason.equalMore", { count: more, total: { points: s.total ?? 0 } }));
      s.rankReasons.push(...reasons);
    }
  }
}
