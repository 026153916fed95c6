/**
 * WORKBOOK.md §5 — rank and class.
 * - Rank in the bloc: standard competition ranking on Total, higher first — 1 + the number of
 *   ranked units of the bloc with a strictly greater Total (Excel's RANK.EQ: 95, 95, 90 → 1, 1, 3).
 *   Ties are never broken silently.
 * - Class: the class with the highest `Điểm từ` ≤ the Total.
 */
import type { Hundredths } from "./points";
import type { ClassDef, Council } from "./setup";
import type { Standing } from "./standing";

/** Competition ranks of totals: ranks[i] = 1 + |{ j : totals[j] > totals[i] }|. */
export function competitionRanks(totals: readonly Hundredths[]): number[] {
  const order = totals.map((_, i) => i).sort((a, b) => totals[b] - totals[a]);
  const ranks = new Array<number>(totals.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] = position > 0 && totals[previous] === totals[index] ? ranks[previous] : position + 1;
  });
  return ranks;
}

/** The class of a Total; `classes` are ordered highest `Điểm từ` first. */
export function classOf(classes: readonly ClassDef[], total: Hundredths): ClassDef | null {
  return classes.find((c) => c.from <= total) ?? null;
}

export function rankAndClassify(council: Council, standings: Standing[]): void {
  for (const bloc of council.blocs) {
    const ranked = bloc.units.map((u) => standings[u]).filter((s) => s.status === "ranked");
    const ranks = competitionRanks(ranked.map((s) => s.total as Hundredths));
    ranked.forEach((standing, i) => {
      standing.rank = ranks[i];
      standing.class = classOf(council.classes, standing.total as Hundredths);
    });
  }
}
