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
import type { Term } from "./terms";
import { FIELDS, type FieldSpec, type HeaderId } from "./fields";

export { FIELDS, type FieldSpec, type HeaderId };
export type { ValueKind } from "./fields";
export { SETTING_SPECS, type SettingSpec } from "./settings-spec";

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
  ballots: {
    name: t("Phiếu biểu quyết", "Ballots"),
    kind: "output",
    required: false,
    inTemplate: false,
    meaning: t(
      "phiếu biểu quyết để in, mỗi danh hiệu cần biểu quyết một trang (phần mềm ghi, §11.3)",
      "the ballots to print, one page per award needing a vote (written by the software, §11.3)",
    ),
    fields: [],
  },
  log: {
    name: t("Nhật ký", "Log"),
    kind: "output",
    required: false,
    inTemplate: false,
    meaning: t(
      "nhật ký: mỗi việc ghi vào sổ thêm một dòng, nối chuỗi bằng mã SHA-256 (phần mềm ghi thêm, không bao giờ xoá, §11.4)",
      "the log: one row per action that writes the workbook, chained by SHA-256 (only ever appended to, §11.4)",
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
