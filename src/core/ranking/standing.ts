/** The state of each unit as the engine works through §3–§5, shared by its steps. */
import type { UnitDeadlines } from "../deadlines/deadlines";
import type { Msg } from "../issues";
import type { Order } from "./order";
import type { Hundredths } from "../contract/points";
import type { Registration } from "../deadlines/registrations";
import type { UnitScores } from "../scores/scoring";
import type { Award, ClassDef, Council, Unit } from "../setup/council";

export type Status = "ranked" | "incomplete" | "invalid";

/** Why a unit did or did not get an award (allocation, §5). */
export type Outcome =
  | { kind: "granted" }
  | { kind: "failed"; standards: Msg[] }
  | { kind: "quota"; limit: number }
  | { kind: "tie"; limit: number };

export interface Standing {
  unit: Unit;
  status: Status;
  scores: UnitScores | null;
  deadlines: UnitDeadlines;
  registration: Registration;
  scored: Hundredths | null;
  /** Bonus and Deduction after the caps of §10.5. */
  bonus: Hundredths | null;
  deduction: Hundredths | null;
  /** §10.5: Σ over `Điểm thưởng`, and Σ over `Điểm trừ` + deadline deductions, before the caps. */
  bonusSum: Hundredths | null;
  deductionSum: Hundredths | null;
  total: Hundredths | null;
  rank: number | null;
  class: ClassDef | null;
  award: Award | null;
  awaitingVote: boolean;
  /** §10.4: how the unit stands against the units of the bloc with an equal Total. */
  rankReasons: Msg[];
  /** §10.1–§10.3: why its class is lower than its Total reaches. */
  classReasons: Msg[];
  /** Allocation: outcome per award index. */
  outcomes: Outcome[];
  /** Check mode: reasons about the unit's proposals. */
  checkReasons: Msg[];
}

export interface Context {
  council: Council;
  standings: Standing[];
  /** §5 and §10.4: "ahead" and "tied". */
  order: Order;
  /** votes[unit * awards + award]; null without a `Biểu quyết` sheet. */
  votes: Int32Array | null;
}
