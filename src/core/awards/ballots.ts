/**
 * WORKBOOK.md §11.3 — the candidates of each ballot: for every award with a `Tỷ lệ phiếu tối thiểu
 * (%)`, the ranked units that meet every standard of the award except the vote (whatever other
 * award they hold), in the order of the results (bloc, rank, name).
 */
import type { Context, Standing } from "../ranking/standing";
import { failedStandards } from "./standards";

export interface Ballot {
  award: string;
  name: string;
  /** The minimum approval, in hundredths of a percent (80 % → 8000). */
  minVotePct: number;
  /** Codes of the units to vote on. */
  units: string[];
}

/** `ordered`: the standings in the order of the results. */
export function ballotsOf(context: Context, ordered: Standing[]): Ballot[] {
  // the vote is the one standard not checked: as if there were no `Biểu quyết` sheet
  const withoutVotes: Context = { ...context, votes: null };
  return context.council.awards
    .filter((award) => award.minVotePct !== null)
    .map((award) => ({
      award: award.code,
      name: award.name,
      minVotePct: award.minVotePct ?? 0,
      units: ordered
        .filter((s) => s.status === "ranked" && failedStandards(withoutVotes, s, award, true).length === 0)
        .map((s) => s.unit.code),
    }));
}
