/**
 * WORKBOOK.md §2 (and §7, §10, §11) — the one description of the contract's sheets: each sheet's
 * name and English alias, whether it is required, and its fields — header and alias, required or
 * not, what the cells hold, the default, what the field means, and the spellings a unit's own file
 * may use. Everything else is derived from here: the input model (./input.ts), the reader's columns
 * (./reader.ts), the messages' column names (`headerOf`), the template's columns, formats and
 * validation (src/workbook/template), the check step's required sheets, the registration import's
 * header aliases, and the tables of docs/CONTRACT.md (`npm run docs:contract`). A header is added in
 * one place: here.
 */
import {
  AGGREGATIONS,
  CRITERION_KINDS,
  MISSING_RULES,
  ROUNDINGS,
  SCOPES,
  TIE_PREFERENCES,
  type SettingId,
  type Term,
} from "./terms";

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

export interface SheetField {
  /** The field of the input model's records. */
  field: string;
  spec: FieldSpec;
  required: boolean;
}

export interface SheetSpec {
  name: Term;
  /** "table": a header row and records; "scores": score sheets; "output": written by the software. */
  kind: "table" | "scores" | "output";
  required: boolean;
  fields: readonly SheetField[];
  /** Of these fields at least one header must be in the header row. */
  oneOf?: readonly string[];
  /** The empty template has it (`Biểu quyết`, `Đề nghị` change the computation by existing). */
  inTemplate: boolean;
  meaning: Term;
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

const f = <F extends string, H extends HeaderId>(field: F, header: H, required = false) =>
  ({ field, spec: FIELDS[header], required }) as const;

/** The sheets of the contract, in the template's order. */
export const CONTRACT = {
  units: {
    name: t("Đơn vị", "Units"),
    kind: "table",
    required: true,
    inTemplate: true,
    meaning: t(
      "các đơn vị thi đua; thứ tự khối là thứ tự xuất hiện",
      "the units; bloc order is order of first appearance",
    ),
    fields: [
      f("code", "unitCode", true),
      f("name", "unitName", true),
      f("bloc", "bloc", true),
      f("type", "unitType"),
      f("members", "members"),
      f("womenShare", "womenShare"),
      f("maxClass", "maxClass"),
    ],
  },
  criteria: {
    name: t("Tiêu chí", "Criteria"),
    kind: "table",
    required: true,
    inTemplate: true,
    meaning: t("các tiêu chí chấm điểm", "the scoring criteria"),
    fields: [
      f("code", "criterionCode", true),
      f("group", "group"),
      f("description", "description"),
      f("maxPoints", "maxPoints", true),
      f("kind", "kind"),
    ],
  },
  scores: {
    name: t("Chấm điểm", "Scores"),
    kind: "scores",
    required: true,
    inTemplate: true,
    meaning: t(
      "phiếu chấm của một thành viên (Chấm điểm - <họ tên>): mỗi đơn vị một dòng, mỗi tiêu chí một cột",
      "one member's scores (Chấm điểm - <name>): a row per unit, a column per criterion",
    ),
    fields: [f("unit", "unitCode", true), f("recused", "recused")],
  },
  selfScores: {
    name: t("Tự chấm", "Self scores"),
    kind: "scores",
    required: false,
    inTemplate: true,
    meaning: t(
      "điểm đơn vị tự chấm, như một phiếu chấm; không bao giờ được tính",
      "the units' own scores, laid out like a score sheet; never counted",
    ),
    fields: [f("unit", "unitCode", true)],
  },
  registrations: {
    name: t("Đăng ký", "Registrations"),
    kind: "table",
    required: true,
    inTemplate: true,
    meaning: t(
      "đăng ký thi đua; đơn vị không đăng ký không được khen thưởng",
      "registrations; a unit that did not register gets no award",
    ),
    fields: [
      f("code", "unitCode"),
      f("name", "unitName"),
      f("awards", "registeredAwards", true),
      f("date", "registrationDate", true),
    ],
    oneOf: ["code", "name"],
  },
  reports: {
    name: t("Báo cáo", "Reports"),
    kind: "table",
    required: false,
    inTemplate: true,
    meaning: t(
      "ngày nộp báo cáo; nhiều dòng cho một loại: tính ngày sớm nhất",
      "submission days; several rows for one type: the earliest counts",
    ),
    fields: [f("code", "unitCode", true), f("type", "reportType", true), f("date", "submittedOn", true)],
  },
  deadlines: {
    name: t("Hạn nộp", "Deadlines"),
    kind: "table",
    required: false,
    inTemplate: true,
    meaning: t("hạn nộp từng loại báo cáo và điểm trừ", "the due day of each report type and its deductions"),
    fields: [
      f("type", "reportType", true),
      f("due", "due", true),
      f("late", "lateDeduction", true),
      f("missing", "missingDeduction", true),
    ],
  },
  classes: {
    name: t("Xếp loại", "Classes"),
    kind: "table",
    required: false,
    inTemplate: true,
    meaning: t("các mức xếp loại và điều kiện của chúng", "the classes and their conditions"),
    fields: [
      f("name", "className", true),
      f("from", "fromPoints", true),
      f("noZero", "noZeroCriterion"),
      f("minGroupSharePct", "minGroupSharePct"),
      f("maxSharePct", "classMaxSharePct"),
    ],
  },
  awards: {
    name: t("Danh hiệu", "Awards"),
    kind: "table",
    required: true,
    inTemplate: true,
    meaning: t(
      "danh hiệu theo thứ tự ưu tiên, tiêu chuẩn và chỉ tiêu",
      "awards by priority, their standards and limits",
    ),
    fields: [
      f("code", "awardCode", true),
      f("name", "awardName", true),
      f("priority", "priority", true),
      f("minPoints", "minPoints"),
      f("minClass", "minClass"),
      f("maxRank", "maxRank"),
      f("registrationRequired", "registrationRequired"),
      f("onTimeRequired", "onTimeRequired"),
      f("minVotePct", "minVotePct"),
      f("scope", "scope"),
      f("maxCount", "maxCount"),
      f("maxSharePct", "maxSharePct"),
    ],
  },
  votes: {
    name: t("Biểu quyết", "Votes"),
    kind: "table",
    required: false,
    inTemplate: false,
    meaning: t(
      "kết quả biểu quyết; có trang này thì tiêu chuẩn phiếu được kiểm tra",
      "the votes; with this sheet the vote standard is checked",
    ),
    fields: [f("code", "unitCode", true), f("award", "award", true), f("votes", "votes", true)],
  },
  settings: {
    name: t("Cài đặt", "Settings"),
    kind: "table",
    required: false,
    inTemplate: true,
    meaning: t("tham số của năm thi đua", "the year's settings"),
    fields: [f("name", "setting", true), f("value", "value", true)],
  },
  proposals: {
    name: t("Đề nghị", "Proposals"),
    kind: "table",
    required: false,
    inTemplate: false,
    meaning: t(
      "danh sách đề nghị của Hội đồng; có trang này thì phần mềm kiểm tra thay vì phân bổ",
      "the council's proposals; with this sheet they are checked instead of allocated",
    ),
    fields: [f("code", "unitCode", true), f("award", "award", true)],
  },
  results: {
    name: t("Kết quả", "Results"),
    kind: "output",
    required: false,
    inTemplate: false,
    meaning: t(
      "kết quả đã xếp hạng và giải thích (phần mềm ghi)",
      "ranked, explained results (written by the software)",
    ),
    fields: [],
  },
  awardList: {
    name: t("Khen thưởng", "Award list"),
    kind: "output",
    required: false,
    inTemplate: false,
    meaning: t(
      "danh sách khen thưởng để in (phần mềm ghi)",
      "the award list to print (written by the software)",
    ),
    fields: [],
  },
  checks: {
    name: t("Kiểm tra", "Checks"),
    kind: "output",
    required: false,
    inTemplate: false,
    meaning: t(
      "lỗi, cảnh báo, chỉ tiêu, đồng điểm (phần mềm ghi)",
      "errors, warnings, quotas, ties (written by the software)",
    ),
    fields: [],
  },
} as const satisfies Record<string, SheetSpec>;

export type SheetId = keyof typeof CONTRACT;
/** The sheets read as tables of records. */
export type TableSheetId = {
  [K in SheetId]: (typeof CONTRACT)[K]["kind"] extends "table" ? K : never;
}[SheetId];
/** The fields of a table sheet's records. */
export type FieldOf<S extends SheetId> = (typeof CONTRACT)[S]["fields"][number]["field"];

/** Every sheet's name and English alias. */
export const SHEETS = Object.fromEntries(Object.entries(CONTRACT).map(([id, s]) => [id, s.name])) as {
  [K in SheetId]: (typeof CONTRACT)[K]["name"];
};

/** Every header and its English alias, by id. */
export const HEADERS = Object.fromEntries(
  Object.values(FIELDS).map((spec) => [spec.id, spec.header]),
) as Record<(typeof FIELDS)[HeaderId]["id"], Term>;

/** The fields of a sheet, in order (the reader's columns, the template's columns). */
export function fieldsOf(id: SheetId): readonly SheetField[] {
  return CONTRACT[id].fields;
}

/** The field names of a table sheet, as the input model's records have them. */
export function fieldNames<S extends SheetId>(id: S): [FieldOf<S>, ...FieldOf<S>[]] {
  return CONTRACT[id].fields.map((field) => field.field) as unknown as [FieldOf<S>, ...FieldOf<S>[]];
}

/** The input sheets a workbook must have (WORKBOOK.md §2; score sheets: at least one). */
export const REQUIRED_SHEETS: readonly SheetId[] = (Object.keys(CONTRACT) as SheetId[]).filter(
  (id) => CONTRACT[id].required,
);
/** The optional input sheets. */
export const OPTIONAL_SHEETS: readonly SheetId[] = (Object.keys(CONTRACT) as SheetId[]).filter(
  (id) => !CONTRACT[id].required && CONTRACT[id].kind !== "output",
);
/** The sheets the software writes (§7): never read as input. */
export const OUTPUT_SHEETS: readonly SheetId[] = (Object.keys(CONTRACT) as SheetId[]).filter(
  (id) => CONTRACT[id].kind === "output",
);

/** The Vietnamese header of a field of a sheet, as named in messages and the `column` of issues. */
export function headerOf(sheet: SheetId, field: string): string {
  return CONTRACT[sheet].fields.find((f) => f.field === field)?.spec.header.vi ?? field;
}

/**
 * Headers often found in score sheets that are not criteria (names, totals, notes): ignored, never
 * reported as a likely typo of a criterion code, never a problem of a member's file.
 */
export const OTHER_SCORE_HEADERS: readonly string[] = [
  "STT",
  "TT",
  "Số TT",
  "Tên đơn vị",
  "Unit name",
  "Tổng",
  "Tổng điểm",
  "Total",
  "Ghi chú",
  "Note",
  "Notes",
  "Khối",
  "Khối thi đua",
  "Bloc",
  "Loại hình",
  "Nhận xét",
];

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
];
