/**
 * WORKBOOK.md §2 — the words of the contract: setting names and values, criterion kinds, scopes and
 * the defaults, each in Vietnamese with its English alias (sheets and headers: ./sheets.ts). Matching is by `looseKey` (the normalised form of
 * §1, also ignoring brackets and `%`), so `Tỷ lệ nữ (%)`, `TY LE NU (%)` and `Ty le nu` are one.
 */
import { normalise } from "./text";

export function looseKey(text: string): string {
  return normalise(text).replace(/[()%]/g, " ").replace(/\s+/g, " ").trim();
}

export interface Term {
  vi: string;
  en: string;
}

/** True when `text` is the term in either language. */
export function isTerm(text: string, term: Term): boolean {
  const key = looseKey(text);
  return key === looseKey(term.vi) || key === looseKey(term.en);
}

/** The scorer of a sheet named just `Chấm điểm`. */
export const COUNCIL_SCORER = "Hội đồng";

export const CRITERION_KINDS = {
  score: { vi: "Chấm điểm", en: "Score" },
  bonus: { vi: "Điểm thưởng", en: "Bonus" },
  deduction: { vi: "Điểm trừ", en: "Deduction" },
} as const satisfies Record<string, Term>;
export type CriterionKind = keyof typeof CRITERION_KINDS;

export const SCOPES = {
  bloc: { vi: "Khối", en: "Bloc" },
  all: { vi: "Toàn bộ", en: "All" },
} as const satisfies Record<string, Term>;
export type Scope = keyof typeof SCOPES;

export const SETTINGS = {
  year: { vi: "Năm thi đua", en: "Year" },
  aggregation: { vi: "Cách tổng hợp điểm", en: "Aggregation" },
  missing: { vi: "Thiếu điểm", en: "Missing scores" },
  discrepancy: { vi: "Ngưỡng chênh lệch (%)", en: "Discrepancy threshold %" },
  selfGap: { vi: "Ngưỡng lệch tự chấm", en: "Self-score gap" },
  quotaRounding: { vi: "Làm tròn chỉ tiêu", en: "Quota rounding" },
  councilSize: { vi: "Số thành viên Hội đồng", en: "Council size" },
  tiePreference: { vi: "Ưu tiên khi đồng điểm", en: "Tie preference" },
  tieBreak: { vi: "Phá đồng điểm", en: "Tie-break" },
  maxBonus: { vi: "Điểm thưởng tối đa", en: "Max bonus" },
  maxDeduction: { vi: "Điểm trừ tối đa", en: "Max deduction" },
  superiorBody: { vi: "Cơ quan cấp trên", en: "Superior body" },
  issuingBody: { vi: "Cơ quan ban hành", en: "Issuing body" },
  place: { vi: "Địa danh", en: "Place" },
  documentNumber: { vi: "Số văn bản", en: "Document number" },
  signer: { vi: "Người ký", en: "Signer" },
  signerTitle: { vi: "Chức vụ người ký", en: "Signer's title" },
} as const satisfies Record<string, Term>;
export type SettingId = keyof typeof SETTINGS;

export const AGGREGATIONS = {
  mean: { vi: "Trung bình", en: "Mean" },
  trimmed: { vi: "Trung bình cắt", en: "Trimmed mean" },
  median: { vi: "Trung vị", en: "Median" },
} as const satisfies Record<string, Term>;
export type Aggregation = keyof typeof AGGREGATIONS;

export const MISSING_RULES = {
  notRanked: { vi: "Không xếp hạng", en: "Not ranked" },
  zero: { vi: "Tính 0", en: "Count as 0" },
} as const satisfies Record<string, Term>;
export type MissingRule = keyof typeof MISSING_RULES;

export const ROUNDINGS = {
  down: { vi: "Xuống", en: "Down" },
  nearest: { vi: "Gần nhất", en: "Nearest" },
} as const satisfies Record<string, Term>;
export type QuotaRounding = keyof typeof ROUNDINGS;

export const TIE_PREFERENCES = {
  none: { vi: "Không", en: "None" },
  women: { vi: "Tỷ lệ nữ", en: "Women share" },
} as const satisfies Record<string, Term>;
export type TiePreference = keyof typeof TIE_PREFERENCES;

/** The id of the term `text` names among `terms`, or null. */
export function findTerm<K extends string>(terms: Record<K, Term>, text: string): K | null {
  for (const id of Object.keys(terms) as K[]) {
    if (isTerm(text, terms[id])) return id;
  }
  return null;
}

/** The default report deadlines of §4 (when there is no `Hạn nộp` sheet), day and month. */
export const DEFAULT_DEADLINES = [
  { type: "Đăng ký thi đua", day: 10, month: 2, late: 100, missing: 0 },
  { type: "Báo cáo sơ kết 6 tháng", day: 10, month: 6, late: 100, missing: 200 },
  { type: "Báo cáo tổng kết năm", day: 10, month: 12, late: 100, missing: 200 },
] as const;

/** The report type that takes its dates from `Đăng ký`. */
export const REGISTRATION_REPORT_KEY = looseKey("Đăng ký thi đua");

/** The default classes of §5 (when there is no `Xếp loại` sheet), from points in hundredths. */
export const DEFAULT_CLASSES = [
  { name: "Hoàn thành xuất sắc nhiệm vụ", from: 9000 },
  { name: "Hoàn thành tốt nhiệm vụ", from: 8000 },
  { name: "Hoàn thành nhiệm vụ", from: 6500 },
  { name: "Không hoàn thành nhiệm vụ", from: 0 },
] as const;

/** §11.1: the defaults of the document settings that have one. */
export const DEFAULT_ISSUING_BODY = "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG";
export const DEFAULT_SIGNER_TITLE = "CHỦ TỊCH";

/** Women share (%) from which a unit is preferred in a tie (Nghị định 152/2025 Điều 4). */
export const WOMEN_PREFERENCE_PCT = 70;
