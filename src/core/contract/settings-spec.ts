/** The settings of `Cài đặt` (WORKBOOK.md §2, §10, §11.1), described once: the template and the docs. */
import {
  AGGREGATIONS,
  DEFAULT_ISSUING_BODY,
  DEFAULT_SIGNER_TITLE,
  MISSING_RULES,
  ROUNDINGS,
  TIE_PREFERENCES,
  type SettingId,
  type Term,
} from "./terms";
import type { ValueKind } from "./fields";

const t = (vi: string, en: string): Term => ({ vi, en });

/** A setting of `Cài đặt` (WORKBOOK.md §2, §10, §11.1): what its value holds and its default. */
export interface SettingSpec {
  id: SettingId;
  value: ValueKind;
  meaning: Term;
  /** What an empty `Giá trị` means (the docs). */
  default: Term;
  /** The value the empty template writes: the default, the year of the template, or nothing. */
  template: Term | number | "year" | null;
}

/** The settings, in the template's order. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    id: "year",
    value: { type: "whole", min: 1900, max: 9999 },
    meaning: t("năm thi đua, ví dụ 2023", "the year, e.g. 2023"),
    default: t("năm hiện tại", "the current year"),
    template: "year",
  },
  {
    id: "aggregation",
    value: { type: "term", terms: AGGREGATIONS },
    meaning: t("cách tổng hợp điểm các thành viên", "how the members' scores are combined"),
    default: AGGREGATIONS.mean,
    template: AGGREGATIONS.mean,
  },
  {
    id: "missing",
    value: { type: "term", terms: MISSING_RULES },
    meaning: t("một điểm còn thiếu", "a score not entered"),
    default: MISSING_RULES.notRanked,
    template: MISSING_RULES.notRanked,
  },
  {
    id: "discrepancy",
    value: { type: "number", min: 0 },
    meaning: t(
      "cảnh báo khi điểm các thành viên chênh lệch hơn tỷ lệ này của điểm tối đa",
      "warn when members' scores differ by more than this share of the max points",
    ),
    default: t("30", "30"),
    template: 30,
  },
  {
    id: "selfGap",
    value: { type: "number", min: 0 },
    meaning: t(
      "cảnh báo khi điểm tự chấm lệch hơn số điểm này",
      "warn when a self score differs by more points than this",
    ),
    default: t("10", "10"),
    template: 10,
  },
  {
    id: "quotaRounding",
    value: { type: "term", terms: ROUNDINGS },
    meaning: t("làm tròn chỉ tiêu tính theo tỷ lệ", "rounding of a limit from a share"),
    default: ROUNDINGS.down,
    template: ROUNDINGS.down,
  },
  {
    id: "councilSize",
    value: { type: "whole", min: 1 },
    meaning: t(
      "tổng số thành viên Hội đồng (tiêu chuẩn phiếu)",
      "the council's total membership (the vote standard)",
    ),
    default: t(
      "cần khi có danh hiệu cần tỷ lệ phiếu và có trang Biểu quyết",
      "required when an award needs a vote % and a Votes sheet exists",
    ),
    template: null,
  },
  {
    id: "tiePreference",
    value: { type: "term", terms: TIE_PREFERENCES },
    meaning: t("ưu tiên khi đồng điểm tại ngưỡng chỉ tiêu", "preference in a tie at a quota cut-off"),
    default: TIE_PREFERENCES.none,
    template: TIE_PREFERENCES.none,
  },
  {
    id: "tieBreak",
    value: { type: "text" },
    meaning: t(
      "mã tiêu chí cách nhau bởi ; để phá đồng điểm (§10.4)",
      "criterion codes separated by ; that break equal totals (§10.4)",
    ),
    default: t("không phá đồng điểm", "no tie-break"),
    template: null,
  },
  {
    id: "maxBonus",
    value: { type: "number", min: 0 },
    meaning: t("điểm thưởng được tính nhiều nhất (§10.5)", "the most bonus points counted (§10.5)"),
    default: t("không giới hạn", "no cap"),
    template: null,
  },
  {
    id: "maxDeduction",
    value: { type: "number", min: 0 },
    meaning: t("điểm trừ được tính nhiều nhất (§10.5)", "the most deduction points counted (§10.5)"),
    default: t("không giới hạn", "no cap"),
    template: null,
  },
  {
    id: "superiorBody",
    value: { type: "text" },
    meaning: t(
      "dòng đầu của tiêu đề bên trái văn bản (§11.1), ví dụ TỔNG LĐLĐ VIỆT NAM",
      "first line of the document's left header (§11.1), e.g. TỔNG LĐLĐ VIỆT NAM",
    ),
    default: t("để trống", "empty"),
    template: null,
  },
  {
    id: "issuingBody",
    value: { type: "text" },
    meaning: t(
      "cơ quan ban hành, dòng chữ đậm thứ hai (§11.1), ví dụ LĐLĐ TỈNH LAI CHÂU",
      "the issuing body, the second line in bold (§11.1), e.g. LĐLĐ TỈNH LAI CHÂU",
    ),
    default: t(DEFAULT_ISSUING_BODY, DEFAULT_ISSUING_BODY),
    template: null,
  },
  {
    id: "place",
    value: { type: "text" },
    meaning: t(
      'địa danh của dòng "…, ngày … tháng … năm …" (§11.1)',
      'the place of the line "…, ngày … tháng … năm …" (§11.1)',
    ),
    default: t("để trống", "empty"),
    template: null,
  },
  {
    id: "documentNumber",
    value: { type: "text" },
    meaning: t(
      "số văn bản kèm theo, ghi dưới tên văn bản (§11.1), ví dụ 12/QĐ-LĐLĐ",
      "the document's number, under the title (§11.1), e.g. 12/QĐ-LĐLĐ",
    ),
    default: t("để trống", "empty"),
    template: null,
  },
  {
    id: "signer",
    value: { type: "text" },
    meaning: t("họ tên người ký (§11.1)", "the signer's name (§11.1)"),
    default: t("để trống", "empty"),
    template: null,
  },
  {
    id: "signerTitle",
    value: { type: "text" },
    meaning: t("chức vụ người ký, trên chữ ký (§11.1)", "the signer's title, above the signature (§11.1)"),
    default: t(DEFAULT_SIGNER_TITLE, DEFAULT_SIGNER_TITLE),
    template: null,
  },
];
