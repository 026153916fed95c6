/**
 * WORKBOOK.md §5 and §9 — check mode (a `Đề nghị` sheet exists). Each proposal is checked: the
 * unit exists and is ranked; it meets A's standards (each failed one named); a unit proposed twice
 * is a `duplicate` (the later proposal; the first is checked as usual). Per award and scope group,
 * proposals beyond the limit are over quota — only proposals that meet the standards use the
 * quota; over quota are the lowest Totals beyond the limit, and when the cut-off falls inside a
 * tie all the tied are flagged. `skipped-higher`: a unit that meets A's standards, has a Total
 * above the lowest Total proposed for A in its group, and is proposed neither for A nor for a
 * higher-priority award (also a warning). A unit's award is its proposed award only when that
 * proposal has no violation.
 *
 * §10.4 and §10.6: with `Phá đồng điểm`, "ahead" and "tied" replace "higher Total" and "equal
 * Total": over quota are the proposals behind the limit-th (all of a tie when the cut falls inside
 * it), and `skipped-higher` reads "ahead of the lowest proposed unit".
 */
import type { QuotaUse } from "./allocation";
import { IssueLog, msg, type Msg } from "../issues";
import type { ProposalsSheet } from "../contract/input";
import { groupsOf, limitOf, quotaUse } from "./quotas";
import { fieldAt, findAward, type Award } from "../setup/council";
import { awaitsVote, failedStandards } from "./standards";
import type { Context, Standing } from "../ranking/standing";
import { cellText, codeKey } from "../contract/text";
import { isEmpty } from "../contract/values";
import { HEADERS } from "../contract/sheets";
import { at } from "../contract/indexing";

export type ViolationKind = "standard" | "quota" | "duplicate" | "unknown-unit" | "skipped-higher";

export interface Violation {
  unit: string;
  award: string;
  kind: ViolationKind;
  message: Msg;
  /** The `Đề nghị` row, when the violation is about one proposal. */
  row: number | null;
}

interface Proposal {
  standing: Standing;
  award: Award;
  row: number;
  /** Meets the standards (and is ranked): uses the quota. */
  valid: boolean;
  violated: boolean;
}

export function checkProposals(
  context: Context,
  sheet: ProposalsSheet,
  log: IssueLog,
): { quotas: QuotaUse[]; violations: Violation[] } {
  const { council, standings } = context;
  const compare = context.order.compare;
  const violations: Violation[] = [];
  const firstProposal = new Map<number, Proposal>(); // by unit index
  const proposals: Proposal[] = [];

  for (const record of sheet.records) {
    const code = cellText(record.code ?? null);
    const awardText = cellText(record.award ?? null);
    if (code === "") {
      if (!isEmpty(record.award ?? null))
        log.warning(fieldAt("proposals", sheet, record, "code"), msg("warn.rowWithoutUnitCode"));
      continue;
    }
    const unit = council.unitByKey.get(codeKey(code));
    const award = findAward(council.awards, awardText);
    if (!award)
      log.error(fieldAt("proposals", sheet, record, "award"), msg("err.unknownAward", { award: awardText }));
    if (!unit) {
      violations.push({
        unit: code,
        award: award?.code ?? awardText,
        kind: "unknown-unit",
        message: msg("vio.unknownUnit", { row: record.row, code }),
        row: record.row,
      });
      continue;
    }
    if (!award) continue;
    const standing = at(standings, unit.index, "standings");
    const first = firstProposal.get(unit.index);
    if (first) {
      violations.push({
        unit: unit.code,
        award: award.code,
        kind: "duplicate",
        message: msg("vio.duplicate", { row: record.row, first: first.row }),
        row: record.row,
      });
      standing.checkReasons.push(
        msg("reason.proposalDuplicate", { award: award.code, row: record.row, first: first.row }),
      );
      continue;
    }
    const proposal: Proposal = { standing, award, row: record.row, valid: false, violated: false };
    firstProposal.set(unit.index, proposal);
    proposals.push(proposal);
    const failed =
      standing.status === "ranked"
        ? failedStandards(context, standing, award)
        : [
            msg("std.notRanked", {
              status: { msg: msg(standing.status === "invalid" ? "status.invalid" : "status.incomplete") },
            }),
          ];
    if (failed.length > 0) {
      proposal.violated = true;
      violations.push({
        unit: unit.code,
        award: award.code,
        kind: "standard",
        message: msg("vio.standard", { standards: { list: failed } }),
        row: record.row,
      });
      standing.checkReasons.push(
        msg("reason.proposalFailed", { award: award.code, standards: { list: failed } }),
      );
    } else {
      proposal.valid = true;
    }
  }

  const quotas: QuotaUse[] = [];
  for (const award of council.awards) {
    for (const group of groupsOf(council, award)) {
      const inGroup = new Set(group.units);
      const limit = limitOf(award, group.units.length, council.settings.quotaRounding);
      const ofGroup = proposals.filter((p) => p.award === award && inGroup.has(p.standing.unit.index));
      const valid = ofGroup.filter((p) => p.valid).sort((a, b) => compare(a.standing, b.standing));
      let tie = false;
      const tied: string[] = [];
      if (limit !== null && valid.length > limit) {
        // against the limit-th valid proposal: < 0 ahead of it, 0 tied with it (none for a limit of 0)
        const cut = limit === 0 ? null : at(valid, limit - 1, "valid").standing;
        const against = (p: Proposal) => (cut === null ? 1 : compare(p.standing, cut));
        const atOrAbove = valid.filter((p) => against(p) <= 0).length;
        tie = limit > 0 && atOrAbove > limit;
        for (const p of valid) {
          if (against(p) < 0 || (against(p) === 0 && !tie)) continue;
          p.violated = true;
          if (tie && against(p) === 0) tied.push(p.standing.unit.code);
          violations.push({
            unit: p.standing.unit.code,
            award: award.code,
            kind: "quota",
            message: msg("vio.quota", { award: award.code, limit, group: group.name }),
            row: p.row,
          });
          p.standing.checkReasons.push(msg("reason.proposalQuota", { award: award.code, limit }));
        }
      }
      const granted = ofGroup.filter((p) => !p.violated);
      const awaiting = awaitsVote(context, award);
      for (const p of granted) {
        p.standing.award = award;
        p.standing.awaitingVote = awaiting;
        p.standing.checkReasons.push(msg("reason.granted", { award: award.code, name: award.name }));
      }
      quotas.push(quotaUse(award, group, limit, granted.length, tie, tied));

      // skipped-higher: ahead of the lowest proposed for A in the group, not proposed for A or higher
      const proposedRanked = ofGroup.filter((p) => p.standing.status === "ranked").map((p) => p.standing);
      if (proposedRanked.length === 0) continue;
      const lowest = proposedRanked.reduce((low, s) => (compare(s, low) > 0 ? s : low));
      for (const u of group.units) {
        const standing = at(standings, u, "standings");
        if (standing.status !== "ranked" || compare(standing, lowest) >= 0) continue;
        const own = firstProposal.get(u);
        if (own && own.award.index <= award.index) continue;
        if (failedStandards(context, standing, award, true).length > 0) continue;
        violations.push({
          unit: standing.unit.code,
          award: award.code,
          kind: "skipped-higher",
          message: msg("vio.skippedHigher", { award: award.code }),
          row: null,
        });
        standing.checkReasons.push(msg("reason.skippedHigher", { award: award.code }));
        log.warning(
          {
            sheet: sheet.name,
            row: null,
            column: HEADERS.unitCode.vi,
            col: sheet.columns.code ?? null,
            value: standing.unit.code,
          },
          msg("warn.skippedHigher", { unit: standing.unit.code, award: award.code }),
        );
      }
    }
  }
  return { quotas, violations };
}
