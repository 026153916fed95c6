/**
 * WORKBOOK.md §10.4 — breaking equal totals, setting `Phá đồng điểm` [Tie-break] of `Cài đặt`.
 * "Unit u is **ahead** of unit v when Total(u) > Total(v), or the Totals are equal and, at the
 * first listed criterion c where a(u,c) and a(v,c) differ, u's is higher (for a `Điểm trừ`
 * criterion: lower). Units equal on the Total and on every listed criterion are **tied**. Then
 * everywhere §5 speaks of a higher Total or of a tie — the rank, the order of candidates and the
 * cut at a limit, over-quota proposals, §10.2 — "ahead" and "tied" are used instead. […] Without
 * the setting, ahead = a higher Total, as before."
 *
 * §10.6: with it, `skipped-higher` reads "ahead of the lowest proposed unit", and `Hạng tối đa`,
 * the women preference's "tied" and `Toàn bộ` groups use "ahead"/"tied" too.
 */
import type { Hundredths } from "../contract/points";
import { at } from "../contract/indexing";
import type { Council, Criterion } from "../setup/council";
import type { Standing } from "./standing";

/** The order of ranked units: < 0 when `a` is ahead of `b`, > 0 when `b` is ahead, 0 when tied. */
export type Compare = (a: Standing, b: Standing) => number;

/** What put one of two units with equal Totals ahead of the other. */
export interface Decider {
  criterion: Criterion;
  /** a(u,c) of the unit ahead and of the other, in hundredths. */
  ahead: Hundredths;
  behind: Hundredths;
}

export interface Order {
  compare: Compare;
  /** True when `Phá đồng điểm` lists criteria: equal Totals may be told apart. */
  breaksTies: boolean;
  /**
   * For two units with equal Totals, the first listed criterion where they differ, seen from the
   * one that is ahead; null when they are tied (or there is no tie-break).
   */
  decider(a: Standing, b: Standing): Decider | null;
}

const byTotal: Compare = (a, b) => (b.total as Hundredths) - (a.total as Hundredths);

/** The §10.4 order of the council, over the aggregated scores a(u,c) (row-major [unit][criterion]). */
export function orderOf(council: Council, aggregates: Int32Array): Order {
  const tieBreak = council.tieBreak;
  const C = council.criteria.length;
  /** > 0 when b's a(·,c) is better than a's: the sign convention of `Compare`. */
  const aggregateOf = (s: Standing, c: Criterion): Hundredths =>
    at(aggregates, s.unit.index * C + c.index, "aggregates");
  const criterionCompare = (a: Standing, b: Standing, c: Criterion): number => {
    const diff = aggregateOf(b, c) - aggregateOf(a, c);
    return c.kind === "deduction" ? -diff : diff;
  };
  if (tieBreak.length === 0) return { compare: byTotal, breaksTies: false, decider: () => null };
  const compare: Compare = (a, b) => {
    const totals = byTotal(a, b);
    if (totals !== 0) return totals;
    for (const c of tieBreak) {
      const diff = criterionCompare(a, b, c);
      if (diff !== 0) return diff;
    }
    return 0;
  };
  const decider = (a: Standing, b: Standing): Decider | null => {
    for (const c of tieBreak) {
      const diff = criterionCompare(a, b, c);
      if (diff === 0) continue;
      const [ahead, behind] = diff < 0 ? [a, b] : [b, a];
      return {
        criterion: c,
        ahead: aggregateOf(ahead, c),
        behind: aggregateOf(behind, c),
      };
    }
    return null;
  };
  return { compare, breaksTies: true, decider };
}
