/**
 * The fields of the contract's sheets (WORKBOOK.md §2, §10), each described once: header and English
 * alias, what its cells hold, what it means, its default, the spellings a unit's own file may use, and
 * its width in the template. The sheets (./sheets.ts) list which fields they have.
 */
import { CRITERION_KINDS, SCOPES, type Term } from "./terms";

/** What a field's cells hold (the template's format and validation, and the docs). */
export type ValueKind =
  | { type: "text" }
  | { type: "code" }
  | { type: "number"; min?: number; max?: number }
  | { type: "whole"; min?: number; max?: number }
  | { type: "percent" }
  | { type: "date" }
  | { type: "yesNo" }
  | { type: "term"; terms: Record<string, Term> }
  /** A name from another sheet's first column (a class of `Xếp loại`, a report type of `Hạn nộp`). */
  | { type: "from"; sheet: "classes" | "deadlines" }
  /** Award codes or names separated by `;`, `,` or new lines. */
  | { type: "awards" };

export interface FieldSpec {
  /** The header's id (messages, the docs). */
  id: string;
  header: Term;
  value: ValueKind;
  meaning: Term;
  /** What an empty cell means, when it means something. */
  default?: Term;
  /** More spellings of the header a unit's own file may use (registration imports). */
  importAliases?: readonly string[];
  /** The template's column width, in characters. */
  width: number;
}

const t = (vi: string, en: string): Term => ({ vi, en });
const text = { type: "text" } as const;
const code = { type: "code" } as const;
const date = { type: "date" } as const;
const yesNo = { type: "yesNo" } as const;
const percent = { type: "percent" } as const;

/** The fields of the contract, each described once (a field may appear in several sheets). */
export const FIELDS = {
  unitCode: {
    id: "unitCode",
    header: t("Mã đơn vị", "Unit code"),
    value: code,
    meaning: t("mã đơn vị, không trùng", "the unit's code, unique"),
    importAliases: ["Mã ĐV", "Mã đv", "Code"],
    width: 12,
  },
  unitName: {
    id: "unitName",
    header: t("Tên đơn vị", "Unit name"),
    value: text,
    meaning: t("tên hiển thị", "display name"),
    importAliases: ["Đơn vị", "Unit"],
    width: 34,
  },
  bloc: {
    id: "bloc",
    header: t("Khối thi đua", "Bloc"),
    value: text,
    meaning: t("khối thi đua; đơn vị được xếp hạng trong khối", "emulation bloc; units are ranked inside it"),
    width: 36,
  },
  unitType: {
    id: "unitType",
    header: t("Loại hình", "Type"),
    value: text,
    meaning: t("ví dụ LĐLĐ huyện, CĐ ngành", "e.g. LĐLĐ huyện, CĐ ngành"),
    width: 16,
  },
  members: {
    id: "members",
    header: t("Số đoàn viên", "Members"),
    value: { type: "whole", min: 0 },
    meaning: t("số nguyên ≥ 0", "whole number ≥ 0"),
    width: 14,
  },
  womenShare: {
    id: "womenShare",
    header: t("Tỷ lệ nữ (%)", "Women %"),
    value: percent,
    meaning: t(
      "0–100; chỉ dùng khi ưu tiên đồng điểm theo tỷ lệ nữ",
      "0–100; used only by the tie preference",
    ),
    width: 12,
  },
  maxClass: {
    id: "maxClass",
    header: t("Xếp loại tối đa", "Max class"),
    value: { type: "from", sheet: "classes" },
    meaning: t(
      "xếp loại cao nhất đơn vị được nhận (ví dụ người đứng đầu bị kỷ luật) (§10.3)",
      "the highest class the unit may get (e.g. its leader was disciplined) (§10.3)",
    ),
    default: t("không giới hạn", "no cap"),
    width: 28,
  },
  criterionCode: {
    id: "criterionCode",
    header: t("Mã tiêu chí", "Criterion code"),
    value: code,
    meaning: t(
      "không trùng; là tiêu đề cột trong các trang chấm điểm",
      "unique; the column header in score sheets",
    ),
    width: 14,
  },
  group: {
    id: "group",
    header: t("Nhóm", "Group"),
    value: text,
    meaning: t("ví dụ I. Công tác tổ chức", "e.g. I. Công tác tổ chức"),
    width: 26,
  },
  description: {
    id: "description",
    header: t("Nội dung", "Description"),
    value: text,
    meaning: t("nội dung tiêu chí", "what the criterion is"),
    width: 56,
  },
  maxPoints: {
    id: "maxPoints",
    header: t("Điểm tối đa", "Max points"),
    value: { type: "number", min: 0.01 },
    meaning: t("số > 0", "number > 0"),
    width: 12,
  },
  kind: {
    id: "kind",
    header: t("Loại", "Kind"),
    value: { type: "term", terms: CRITERION_KINDS },
    meaning: t("với Điểm trừ, số ghi là số điểm bị trừ", "for a Deduction the number is the points deducted"),
    default: t("Chấm điểm", "Score"),
    width: 14,
  },
  recused: {
    id: "recused",
    header: t("Miễn chấm", "Recused"),
    value: yesNo,
    meaning: t(
      "Có: thành viên không chấm đơn vị này (xung đột lợi ích)",
      "yes: the member recuses from this unit (conflict of interest)",
    ),
    default: t("Không", "No"),
    width: 11,
  },
  registeredAwards: {
    id: "registeredAwards",
    header: t("Danh hiệu đăng ký", "Registered awards"),
    value: { type: "awards" },
    meaning: t(
      "mã hoặc tên danh hiệu, cách nhau bởi ; , hoặc xuống dòng",
      "award codes or names, separated by ; , or new lines",
    ),
    importAliases: ["Danh hiệu đăng ký thi đua", "Danh hiệu", "Danh hiệu thi đua", "Awards", "Award"],
    width: 30,
  },
  registrationDate: {
    id: "registrationDate",
    header: t("Ngày đăng ký", "Registration date"),
    value: date,
    meaning: t("ngày/tháng/năm", "day/month/year"),
    importAliases: ["Ngày", "Ngày ĐK", "Ngày đăng kí", "Date"],
    width: 16,
  },
  reportType: {
    id: "reportType",
    header: t("Loại báo cáo", "Report type"),
    value: { type: "from", sheet: "deadlines" },
    meaning: t("một loại trong Hạn nộp", "a type from Deadlines"),
    width: 30,
  },
  submittedOn: {
    id: "submittedOn",
    header: t("Ngày nộp", "Submitted on"),
    value: date,
    meaning: t("để trống: chưa nộp", "empty: not submitted"),
    width: 16,
  },
  due: {
    id: "due",
    header: t("Hạn nộp", "Due"),
    value: date,
    meaning: t("nộp sau ngày này là muộn", "submitted after this day is late"),
    width: 14,
  },
  lateDeduction: {
    id: "lateDeduction",
    header: t("Trừ điểm nộp muộn", "Late deduction"),
    value: { type: "number", min: 0 },
    meaning: t("điểm trừ khi nộp muộn", "points deducted when late"),
    default: t("0", "0"),
    width: 18,
  },
  missingDeduction: {
    id: "missingDeduction",
    header: t("Trừ điểm không nộp", "Missing deduction"),
    value: { type: "number", min: 0 },
    meaning: t("điểm trừ khi không nộp", "points deducted when not submitted"),
    default: t("0", "0"),
    width: 18,
  },
  className: {
    id: "className",
    header: t("Xếp loại", "Class"),
    value: text,
    meaning: t("tên xếp loại, không trùng", "the class's name, unique"),
    width: 32,
  },
  fromPoints: {
    id: "fromPoints",
    header: t("Điểm từ", "From points"),
    value: { type: "number", min: 0 },
    meaning: t("đơn vị có Tổng điểm từ mức này", "a unit whose Total is at least this"),
    width: 12,
  },
  noZeroCriterion: {
    id: "noZeroCriterion",
    header: t("Không có tiêu chí 0", "No zero criterion"),
    value: yesNo,
    meaning: t(
      "Có: đơn vị có tiêu chí Chấm điểm được 0 điểm không được xếp loại này (§10.1)",
      "yes: a unit with a Score criterion at 0 cannot get this class (§10.1)",
    ),
    default: t("Không", "No"),
    width: 14,
  },
  minGroupSharePct: {
    id: "minGroupSharePct",
    header: t("Tỷ lệ tối thiểu mỗi nhóm (%)", "Min share per group %"),
    value: percent,
    meaning: t(
      "mỗi nhóm tiêu chí phải đạt tỷ lệ này của điểm tối đa (§10.1)",
      "every criteria group must reach this share of its max points (§10.1)",
    ),
    width: 16,
  },
  classMaxSharePct: {
    id: "maxSharePct",
    header: t("Tỷ lệ tối đa (%)", "Max share %"),
    value: percent,
    meaning: t(
      "nhiều nhất tỷ lệ này của khối giữ xếp loại này (§10.2)",
      "at most this share of the bloc holds this class (§10.2)",
    ),
    width: 12,
  },
  awardCode: {
    id: "awardCode",
    header: t("Mã", "Code"),
    value: code,
    meaning: t("mã danh hiệu, không trùng", "the award's code, unique"),
    width: 12,
  },
  awardName: {
    id: "awardName",
    header: t("Tên danh hiệu", "Award name"),
    value: text,
    meaning: t("tên danh hiệu", "the award's name"),
    width: 36,
  },
  priority: {
    id: "priority",
    header: t("Thứ tự ưu tiên", "Priority"),
    value: { type: "whole", min: 0 },
    meaning: t("số nguyên, không trùng; 1 = cao nhất", "whole number, unique; 1 = highest"),
    width: 10,
  },
  minPoints: {
    id: "minPoints",
    header: t("Điểm tối thiểu", "Min points"),
    value: { type: "number", min: 0 },
    meaning: t("Tổng điểm ít nhất", "the least Total"),
    width: 10,
  },
  minClass: {
    id: "minClass",
    header: t("Xếp loại tối thiểu", "Min class"),
    value: { type: "from", sheet: "classes" },
    meaning: t("xếp loại ít nhất", "the least class"),
    width: 28,
  },
  maxRank: {
    id: "maxRank",
    header: t("Hạng tối đa", "Max rank"),
    value: { type: "whole", min: 1 },
    meaning: t("hạng trong khối ≤ số này (1 = dẫn đầu khối)", "rank in bloc ≤ this (1 = the bloc leader)"),
    width: 10,
  },
  registrationRequired: {
    id: "registrationRequired",
    header: t("Phải đăng ký", "Registration required"),
    value: yesNo,
    meaning: t(
      "đơn vị đã đăng ký danh hiệu này hoặc danh hiệu cao hơn",
      "the unit registered this award or a higher one",
    ),
    default: t("Có", "Yes"),
    width: 12,
  },
  onTimeRequired: {
    id: "onTimeRequired",
    header: t("Đúng hạn", "On time required"),
    value: yesNo,
    meaning: t("không có báo cáo nộp muộn hay không nộp", "no late or missing report"),
    default: t("Không", "No"),
    width: 10,
  },
  minVotePct: {
    id: "minVotePct",
    header: t("Tỷ lệ phiếu tối thiểu (%)", "Min vote %"),
    value: percent,
    meaning: t(
      "số phiếu đồng ý ≥ tỷ lệ này của tổng số thành viên Hội đồng",
      "approval ≥ this share of the council's total membership",
    ),
    width: 14,
  },
  scope: {
    id: "scope",
    header: t("Phạm vi", "Scope"),
    value: { type: "term", terms: SCOPES },
    meaning: t("chỉ tiêu theo khối hay toàn bộ", "quota per bloc or over all units"),
    default: t("Khối", "Bloc"),
    width: 10,
  },
  maxCount: {
    id: "maxCount",
    header: t("Số lượng tối đa", "Max count"),
    value: { type: "whole", min: 0 },
    meaning: t("số đơn vị tối đa mỗi nhóm", "most units per scope group"),
    width: 12,
  },
  maxSharePct: {
    id: "maxSharePct",
    header: t("Tỷ lệ tối đa (%)", "Max share %"),
    value: percent,
    meaning: t("chỉ tiêu theo tỷ lệ số đơn vị của nhóm", "limit from the share of units in the group"),
    width: 12,
  },
  award: {
    id: "award",
    header: t("Danh hiệu", "Award"),
    value: { type: "awards" },
    meaning: t("mã hoặc tên danh hiệu", "award code or name"),
    width: 14,
  },
  votes: {
    id: "votes",
    header: t("Số phiếu đồng ý", "Votes in favour"),
    value: { type: "whole", min: 0 },
    meaning: t("số phiếu đồng ý của Hội đồng", "the council's votes in favour"),
    width: 16,
  },
  setting: {
    id: "setting",
    header: t("Tham số", "Setting"),
    value: text,
    meaning: t("tên tham số", "the setting's name"),
    width: 30,
  },
  value: {
    id: "value",
    header: t("Giá trị", "Value"),
    value: text,
    meaning: t("để trống: mặc định", "empty: the default"),
    width: 22,
  },
} as const satisfies Record<string, FieldSpec>;

export type HeaderId = keyof typeof FIELDS;
