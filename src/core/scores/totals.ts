/** WORKBOOK.md §3.3 and §10.5 — a ranked unit's Scored, Bonus, Deduction and Total. */
import type { Hundredths } from "../contract/points";
import type { Settings } from "../setup/council";
import type { UnitScores } from "./scoring";

/** A ranked unit's points (§3.3, §10.5), in hundredths. */
export interface UnitPoints {
  scored: Hundredths;
  /** After the caps of §10.5. */
  bonus: Hundredths;
  deduction: Hundredths;
  total: Hundredths;
  /** Before the caps: Σ over `Điểm thưởng`; Σ over `Điểm trừ` + deadline deductions. */
  bonusSum: Hundredths;
  deductionSum: Hundredths;
}

/**
 * WORKBOOK.md §3.3 — "Scored = Σ a(u,c) over `Chấm điểm`; Bonus = Σ over `Điểm thưởng`; Deduction
 * = Σ over `Điểm trừ` + the deadline deductions (§4). **Total = Scored + Bonus − Deduction**" —
 * and §10.5, caps on bonus and deduction: "`Điểm thưởng tối đa` [Max bonus] and `Điểm trừ tối đa`
 * [Max deduction], numbers ≥ 0 (empty: no cap): Bonus = min(Σ over `Điểm thưởng`, cap); Deduction
 * = min(Σ over `Điểm trừ` + deadline deductions, cap)." The self-score gap keeps comparing the
 * uncapped sums (`checkSelfScores`).
 */
export function unitPoints(
  settings: Settings,
  scores: UnitScores,
  deadlineDeduction: Hundredths,
): UnitPoints {
  const bonusSum = scores.bonus;
  const deductionSum = scores.criteriaDeduction + deadlineDeduction;
  const bonus = settings.maxBonus === null ? bonusSum : Math.min(bonusSum, settings.maxBonus);
  const deduction =
    settings.maxDeduction === null ? deductionSum : Math.min(deductionSum, settings.maxDeduction);
  return {
    scored: scores.scored,
    bonus,
    deduction,
    total: scores.scored + bonus - deduction,
    bonusSum,
    deductionSum,
  };
}
