/** The council's configuration as read from the set-up sheets (WORKBOOK.md §2, §10): the types. */
import type { Day } from "../contract/dates";
import type { Issue } from "../issues";
import type { Hundredths } from "../contract/points";
import type {
  Aggregation,
  CriterionKind,
  MissingRule,
  QuotaRounding,
  Scope,
  TiePreference,
} from "../contract/terms";

export interface Settings {
  year: number;
  aggregation: Aggregation;
  missing: MissingRule;
  /** Discrepancy threshold, in hundredths of a percent (30 % → 3000). */
  discrepancyPct: Hundredths;
  selfGap: Hundredths;
  quotaRounding: QuotaRounding;
  councilSize: number | null;
  tiePreference: TiePreference;
  /** §10.4 `Phá đồng điểm`: the criterion codes as written, in order ([] = no tie-break). */
  tieBreak: string[];
  /** §10.5 `Điểm thưởng tối đa`, in hundredths; null = no cap. */
  maxBonus: Hundredths | null;
  /** §10.5 `Điểm trừ tối đa`, in hundredths; null = no cap. */
  maxDeduction: Hundredths | null;
  /** §11.1 document settings, as written (trimmed); null = empty (the layout's default). */
  superiorBody: string | null;
  issuingBody: string | null;
  place: string | null;
  documentNumber: string | null;
  signer: string | null;
  signerTitle: string | null;
}

export interface Unit {
  index: number;
  code: string;
  key: string;
  name: string;
  nameKey: string;
  bloc: string | null;
  blocIndex: number;
  type: string | null;
  members: number | null;
  womenShare: number | null;
  /** §10.3 `Xếp loại tối đa`: the unit's class is at most this one; null = no cap. */
  maxClass: ClassDef | null;
  row: number;
  /** Unit errors (§6): the unit is `invalid` when there is any. */
  errors: Issue[];
}

export interface Bloc {
  index: number;
  name: string;
  key: string;
  units: number[];
}

export interface Criterion {
  index: number;
  code: string;
  key: string;
  /** The code normalised as headers are, to find its column in score sheets. */
  headerKey: string;
  kind: CriterionKind;
  max: Hundredths;
  group: string;
  description: string;
  row: number;
}

export interface ClassDef {
  name: string;
  key: string;
  from: Hundredths;
  /** Position among the classes, highest `Điểm từ` first (0 = the highest). */
  index: number;
  /** §10.1 `Không có tiêu chí 0`: no `Chấm điểm` criterion with a(u,c) = 0. */
  noZero: boolean;
  /** §10.1 `Tỷ lệ tối thiểu mỗi nhóm (%)`, in hundredths of a percent; null = no condition. */
  minGroupSharePct: Hundredths | null;
  /** §10.2 `Tỷ lệ tối đa (%)`, in hundredths of a percent of the base; null = no cap. */
  maxSharePct: Hundredths | null;
  /** Row in `Xếp loại` (null for the default classes). */
  row: number | null;
}

/** §10.1: a group of `Chấm điểm` criteria (by `Nhóm`, normalised; an empty `Nhóm` is one group). */
export interface ScoreGroup {
  /** The `Nhóm` as first written ("" for the criteria without one). */
  name: string;
  key: string;
  /** Criterion indices. */
  criteria: number[];
  /** Σ of their `Điểm tối đa`. */
  max: Hundredths;
}

export interface Deadline {
  type: string;
  key: string;
  due: Day;
  late: Hundredths;
  missing: Hundredths;
  /** `Đăng ký thi đua`: its dates come from `Đăng ký`. */
  fromRegistrations: boolean;
}

export interface Award {
  index: number;
  code: string;
  key: string;
  name: string;
  nameKey: string;
  priority: number;
  minPoints: Hundredths | null;
  minClass: ClassDef | null;
  maxRank: number | null;
  registrationRequired: boolean;
  onTimeRequired: boolean;
  /** Minimum approval, in hundredths of a percent of the council's total membership. */
  minVotePct: Hundredths | null;
  scope: Scope;
  maxCount: number | null;
  /** Maximum share, in hundredths of a percent of the units of the scope group. */
  maxSharePct: Hundredths | null;
  row: number;
}

export interface Council {
  settings: Settings;
  units: Unit[];
  unitByKey: Map<string, Unit>;
  blocs: Bloc[];
  criteria: Criterion[];
  /** Classes, highest `Điểm từ` first. */
  classes: ClassDef[];
  /** §10.1: some class has a condition (`Không có tiêu chí 0` or `Tỷ lệ tối thiểu mỗi nhóm (%)`). */
  hasClassConditions: boolean;
  /** §10.1: the groups of `Chấm điểm` criteria, in order of first appearance. */
  scoreGroups: ScoreGroup[];
  /** §10.4: the criteria of `Phá đồng điểm`, in order ([] = ahead means a higher Total). */
  tieBreak: Criterion[];
  deadlines: Deadline[];
  /** Awards by priority, highest (1) first; `index` is the position in this list. */
  awards: Award[];
  hasVotesSheet: boolean;
}
