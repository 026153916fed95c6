/**
 * WORKBOOK.md §2 `Danh hiệu` and §9 — an award's limit in a scope group.
 * "The share gives share × (units of the group in `Đơn vị`) / 100, rounded per `Làm tròn chỉ
 * tiêu`; with both columns the smaller limit applies; with neither, no limit." A group's size
 * counts every unit of it in `Đơn vị`, whatever its status; the group of `Toàn bộ` is named
 * `Toàn bộ`.
 */
import type { Award, Council } from "../setup/council";
import { SCOPES, type QuotaRounding } from "../contract/terms";

export interface ScopeGroup {
  name: string;
  /** Unit indices of the group, every unit of it in `Đơn vị`. */
  units: number[];
}

/** The limit from a share: share% × size / 100, with share in hundredths of a percent. */
export function shareLimit(sharePct: number, size: number, rounding: QuotaRounding): number {
  const scaled = sharePct * size; // limit × 10000
  return rounding === "down" ? Math.floor(scaled / 10000) : Math.floor((2 * scaled + 10000) / 20000);
}

export function limitOf(award: Award, size: number, rounding: QuotaRounding): number | null {
  const limits: number[] = [];
  if (award.maxCount !== null) limits.push(award.maxCount);
  if (award.maxSharePct !== null) limits.push(shareLimit(award.maxSharePct, size, rounding));
  return limits.length === 0 ? null : Math.min(...limits);
}

/** The scope groups of an award: each bloc in bloc order, or all units as `Toàn bộ`. */
export function groupsOf(council: Council, award: Award): ScopeGroup[] {
  if (award.scope === "all") return [{ name: SCOPES.all.vi, units: council.units.map((u) => u.index) }];
  return council.blocs.map((bloc) => ({ name: bloc.name, units: bloc.units }));
}

export interface QuotaUse {
  award: string;
  group: string;
  /** Units of the group in `Đơn vị`. */
  size: number;
  limit: number | null;
  granted: number;
  tie: boolean;
  /** Codes of the units left without the award by a tie at the cut-off. */
  tied: string[];
}

/** The quota use of an award in a scope group (§8 `quotas`, with the group's size and the tied units). */
export function quotaUse(
  award: Award,
  group: ScopeGroup,
  limit: number | null,
  granted: number,
  tie: boolean,
  tied: string[],
): QuotaUse {
  return { award: award.code, group: group.name, size: group.units.length, limit, granted, tie, tied };
}
