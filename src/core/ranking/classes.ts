/**
 * WORKBOOK.md §5 and §10.1–§10.3 — a ranked unit's class.
 *
 * §10.1 Class conditions (optional columns of `Xếp loại`): "`Không có tiêu chí 0`: a unit with a
 * `Chấm điểm` criterion whose a(u,c) is 0 cannot get this class"; "`Tỷ lệ tối thiểu mỗi nhóm
 * (%)`: in every group of `Chấm điểm` criteria (by `Nhóm`, normalised; criteria with an empty
 * `Nhóm` form one group), Σ a(u,c) × 100 ≥ this × Σ their `Điểm tối đa`". "A unit's class is the
 * class with the highest `Điểm từ` ≤ its Total **whose conditions it meets**; failing one, the next
 * lower class whose conditions it meets, and so on; a unit that meets no class's conditions gets
 * the class with the lowest `Điểm từ`. Its reasons name the first condition that kept it from each
 * higher class it reached by points."
 *
 * §10.3 A unit's highest class (`Xếp loại tối đa` of `Đơn vị`): "the highest class whose `Điểm
 * từ` ≤ both its Total and the named class's `Điểm từ`, and whose conditions (§10.1) it meets. It
 * is applied before §10.2, and the reasons say why."
 *
 * §10.2 Share cap of a class (`Tỷ lệ tối đa (%)` of `Xếp loại`): "Classes with a share are capped
 * one by one, from the highest `Điểm từ` down, per bloc:
 * 1. Base N = the bloc's ranked units whose class (so far) is at least the class directly below K
 *    (for the lowest class: the bloc's ranked units). Limit L = share × N / 100, rounded per
 *    `Làm tròn chỉ tiêu`.
 * 2. Holders = the bloc's units whose class so far is K, ordered as in §5 (Total, then §10.4).
 * 3. The cut of §5 allocation step 3 (without the women preference): holders strictly ahead of the
 *    L-th keep K; those tied with the L-th keep K only if all of them fit within L; the others move
 *    to the next lower class whose conditions (§10.1) they meet. When tied holders are moved, `tie`
 *    is true and the result reports a **tie at the class cut-off** for the council to decide.
 * 4. A moved unit's reasons say so."
 *
 * §10.6: "a(u,c) = 0 is the aggregated score after rounding"; "a Total below every `Điểm từ`
 * still gives no class. A unit moved by a cap that meets no lower class's conditions gets the
 * lowest class." "`classQuotas` has a row for every (capped class, bloc of `Đơn vị`), also with
 * base 0; `kept` counts K's holders after K's cap. A limit of 0 moves every holder and is not a tie."
 */
import { cutOff } from "../awards/allocation";
import { msg, type Msg } from "../issues";
import type { Order } from "./order";
import type { Hundredths } from "../contract/points";
import { at, last } from "../contract/indexing";
import { shareLimit } from "../awards/quotas";
import type { ClassDef, Council } from "../setup/council";
import type { Standing } from "./standing";

/** §10.1: the first condition of class `k` that unit `u` does not meet, or null when it meets them. */
export function failedCondition(
  council: Council,
  k: ClassDef,
  aggregates: Int32Array,
  u: number,
): Msg | null {
  const C = council.criteria.length;
  const base = u * C;
  if (k.noZero) {
    for (const c of council.criteria) {
      if (c.kind === "score" && at(aggregates, base + c.index, "aggregates") === 0)
        return msg("cond.zero", { code: c.code });
    }
  }
  if (k.minGroupSharePct !== null) {
    for (const group of council.scoreGroups) {
      let sum = 0;
      for (const c of group.criteria) sum += at(aggregates, base + c, "aggregates");
      // Σ a × 100 ≥ share% × Σ max, with the share in hundredths of a percent: Σ a × 10000 ≥ share‱ × Σ max
      if (sum * 10000 < k.minGroupSharePct * group.max) {
        return msg("cond.groupShare", {
          group: group.name === "" ? { msg: msg("part.ungrouped") } : group.name,
          // the share reached, rounded down to 2 decimals, so that it never shows as enough
          share: Math.floor((sum * 10000) / group.max) / 100,
          min: k.minGroupSharePct / 100,
        });
      }
    }
  }
  return null;
}

/**
 * The highest class from `from` down (by position) whose conditions the unit meets, with a reason
 * for each class it fails on the way; the lowest class when it meets none (§10.1, §10.6).
 */
function firstMet(
  council: Council,
  standing: Standing,
  from: number,
  aggregates: Int32Array,
  reasons: Msg[],
): ClassDef {
  const classes = council.classes;
  if (!council.hasClassConditions) return at(classes, from, "classes");
  for (let k = from; k < classes.length; k++) {
    const candidate = at(classes, k, "classes");
    const failed = failedCondition(council, candidate, aggregates, standing.unit.index);
    if (failed === null) return candidate;
    reasons.push(msg("reason.classCondition", { class: candidate.name, why: { msg: failed } }));
  }
  const lowest = last(classes, "classes");
  reasons.push(msg("reason.classNoneMet", { class: lowest.name }));
  return lowest;
}

/** §5, §10.1 and §10.3: the class of a ranked unit before the share caps of §10.2. */
export function classify(council: Council, standing: Standing, aggregates: Int32Array): void {
  const total = standing.total as Hundredths;
  const classes = council.classes;
  let start = classes.findIndex((c) => c.from <= total);
  if (start < 0) {
    standing.class = null; // a Total below every `Điểm từ` gives no class (§10.6)
    return;
  }
  const max = standing.unit.maxClass;
  if (max !== null && max.index > start) {
    start = max.index;
    standing.classReasons.push(msg("reason.maxClass", { class: max.name }));
  }
  standing.class = firstMet(council, standing, start, aggregates, standing.classReasons);
}

/** §8 `classQuotas`: one capped class in one bloc. */
export interface ClassQuotaUse {
  class: string;
  group: string;
  /** The class's `Tỷ lệ tối đa (%)`, in percent (20 for 20%). */
  share: number;
  /** N: the bloc's ranked units of at least the class directly below. */
  base: number;
  limit: number;
  /** Holders of the class after its cap. */
  kept: number;
  tie: boolean;
  /** Codes of the holders moved to a lower class by the cap, ahead first. */
  moved: string[];
  /** Codes of the tied holders moved to a lower class by the tie at the cut-off. */
  tied: string[];
}

/** §10.2: caps every class with a `Tỷ lệ tối đa (%)`, highest first, bloc by bloc. */
export function capClasses(
  council: Council,
  standings: Standing[],
  order: Order,
  aggregates: Int32Array,
): ClassQuotaUse[] {
  const uses: ClassQuotaUse[] = [];
  const classes = council.classes;
  for (const capped of classes) {
    if (capped.maxSharePct === null) continue;
    // the class directly below exists: a share on the lowest class is structural (§10.6), so the
    // base "for the lowest class: the bloc's ranked units" never arises
    const below = at(classes, capped.index + 1, "classes");
    for (const bloc of council.blocs) {
      const ranked = bloc.units
        .map((u) => at(standings, u, "standings"))
        .filter((s) => s.status === "ranked");
      const base = ranked.filter((s) => s.class !== null && s.class.from >= below.from).length;
      const limit = shareLimit(capped.maxSharePct, base, council.settings.quotaRounding);
      const holders = ranked.filter((s) => s.class === capped);
      const { granted: keep, tied, tie } = cutOff(holders, limit, order.compare, false);
      const kept = new Set(keep);
      const tiedSet = new Set(tied);
      const moved = holders.filter((s) => !kept.has(s)).sort(order.compare);
      for (const standing of moved) {
        const passed: Msg[] = [];
        const to = firstMet(council, standing, below.index, aggregates, passed);
        standing.class = to;
        const params = {
          class: to.name,
          capped: capped.name,
          share: capped.maxSharePct / 100,
          limit,
          base,
        };
        const key = tiedSet.has(standing) ? "reason.classCapTie" : "reason.classCapped";
        standing.classReasons.push(msg(key, params), ...passed);
      }
      uses.push({
        class: capped.name,
        group: bloc.name,
        share: capped.maxSharePct / 100,
        base,
        limit,
        kept: keep.length,
        tie,
        moved: moved.map((s) => s.unit.code),
        tied: tied.map((s) => s.unit.code),
      });
    }
  }
  return uses;
}
