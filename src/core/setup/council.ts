/**
 * WORKBOOK.md §2 and §6 — the set-up sheets (`Đơn vị`, `Tiêu chí`, `Xếp loại`, `Hạn nộp`,
 * `Danh hiệu`, `Cài đặt`) turned into the council's typed configuration. Invalid set-up values
 * are structural errors (§9): the run stops and nothing is written.
 *
 * §10.6 adds: "a `Tỷ lệ tối đa (%)` on the class with the lowest `Điểm từ`; two classes with the
 * same `Điểm từ`; a `Không có tiêu chí 0` that is not yes/no; a share that is not a number 0–100;
 * an unknown code in `Phá đồng điểm`; a cap that is negative or not a number" are structural.
 * "Caps are rounded to 2 decimals like scores; 0 is a valid cap."
 */
import { dayFromYmd, parseDay, type Day } from "../contract/dates";
import { headerOf, type TableSheetId } from "../contract/sheets";
import { IssueLog, msg, type Issue, type Where } from "../issues";
import { hasMoreThanTwoDecimals, toHundredths, type Hundredths } from "../contract/points";
import { cellText, codeKey, normalise } from "../contract/text";
import { isEmpty, parseNumber, parsePercent, parseYesNo, type Raw } from "../contract/values";
import type { CouncilInput } from "../contract/input";
import {
  AGGREGATIONS,
  CRITERION_KINDS,
  DEFAULT_CLASSES,
  DEFAULT_DEADLINES,
  MISSING_RULES,
  REGISTRATION_REPORT_KEY,
  ROUNDINGS,
  SCOPES,
  SETTINGS,
  SHEETS,
  TIE_PREFERENCES,
  findTerm,
  looseKey,
  type Aggregation,
  type CriterionKind,
  type MissingRule,
  type QuotaRounding,
  type Scope,
  type SettingId,
  type TiePreference,
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

type Table = { name: string; columns: Partial<Record<string, number>> };
type Row = { row: number } & Partial<Record<string, Raw | undefined>>;

/** Where a field of a record is, for a message. */
export function fieldAt(sheetId: TableSheetId, sheet: Table, record: Row, field: string): Where {
  return {
    sheet: sheet.name,
    row: record.row,
    column: headerOf(sheetId, field),
    col: sheet.columns[field] ?? null,
    value: record[field] ?? null,
  };
}

function hasContent(record: Row): boolean {
  return Object.entries(record).some(([field, value]) => field !== "row" && !isEmpty(value as Raw));
}

function wholeNumber(value: Raw, min: number): number | null {
  const n = parseNumber(value);
  return Number.isInteger(n) && n >= min ? n : null;
}

function pointsValue(value: Raw): Hundredths | null {
  const n = parseNumber(value);
  return Number.isNaN(n) ? null : toHundredths(n);
}

function percentValue(value: Raw, max: number | null): Hundredths | null {
  const n = parsePercent(value);
  if (Number.isNaN(n) || n < 0 || (max !== null && n > max)) return null;
  return toHundredths(n);
}

// ---------------------------------------------------------------------------------------------
// Settings (Cài đặt)

const DEFAULT_SETTINGS: Omit<Settings, "year"> = {
  aggregation: "mean",
  missing: "notRanked",
  discrepancyPct: 3000,
  selfGap: 1000,
  quotaRounding: "down",
  councilSize: null,
  tiePreference: "none",
  tieBreak: [],
  maxBonus: null,
  maxDeduction: null,
};

type SettingValue = Settings[keyof Settings];

/** §10.6: "`Phá đồng điểm` separates codes by `;` only (empty pieces skipped)." */
function tieBreakCodes(text: string): string[] {
  return text
    .split(";")
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
}

/** §10.5 and §10.6: a cap is a number ≥ 0, rounded to 2 decimals like scores. */
function capValue(value: Raw): Hundredths | null {
  const n = parseNumber(value);
  return Number.isNaN(n) || n < 0 ? null : toHundredths(n);
}

function sameSetting(a: SettingValue, b: SettingValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((code, i) => codeKey(code) === codeKey(b[i]));
  }
  return a === b;
}

function parseSetting(id: SettingId, value: Raw): SettingValue | null {
  const text = cellText(value);
  switch (id) {
    case "year":
      return wholeNumber(value, 1900) !== null && parseNumber(value) <= 9999 ? parseNumber(value) : null;
    case "aggregation":
      return findTerm(AGGREGATIONS, text);
    case "missing":
      return findTerm(MISSING_RULES, text);
    case "discrepancy":
      return percentValue(value, null);
    case "selfGap": {
      const n = parseNumber(value);
      return Number.isNaN(n) || n < 0 ? null : toHundredths(n);
    }
    case "quotaRounding":
      return findTerm(ROUNDINGS, text);
    case "councilSize":
      return wholeNumber(value, 1);
    case "tiePreference":
      return findTerm(TIE_PREFERENCES, text);
    case "tieBreak":
      return tieBreakCodes(text);
    case "maxBonus":
    case "maxDeduction":
      return capValue(value);
  }
}

const SETTING_FIELD: Record<SettingId, keyof Settings> = {
  year: "year",
  aggregation: "aggregation",
  missing: "missing",
  discrepancy: "discrepancyPct",
  selfGap: "selfGap",
  quotaRounding: "quotaRounding",
  councilSize: "councilSize",
  tiePreference: "tiePreference",
  tieBreak: "tieBreak",
  maxBonus: "maxBonus",
  maxDeduction: "maxDeduction",
};

const SETTING_EXPECTED: Record<SettingId, ReturnType<typeof msg>> = {
  year: msg("expect.year"),
  aggregation: msg("expect.oneOf", { values: "Trung bình · Trung bình cắt · Trung vị" }),
  missing: msg("expect.oneOf", { values: "Không xếp hạng · Tính 0" }),
  discrepancy: msg("expect.numberAtLeast", { min: 0 }),
  selfGap: msg("expect.numberAtLeast", { min: 0 }),
  quotaRounding: msg("expect.oneOf", { values: "Xuống · Gần nhất" }),
  councilSize: msg("expect.wholeAtLeast", { min: 1 }),
  tiePreference: msg("expect.oneOf", { values: "Không · Tỷ lệ nữ" }),
  tieBreak: msg("expect.criterionCodes"),
  maxBonus: msg("expect.numberAtLeast", { min: 0 }),
  maxDeduction: msg("expect.numberAtLeast", { min: 0 }),
};

/** Where each setting was read in `Cài đặt` (for the messages of checks made after reading it). */
export type SettingRows = Partial<Record<SettingId, Where>>;

export function readSettings(
  input: CouncilInput,
  log: IssueLog,
  currentYear: number,
  rows: SettingRows = {},
): Settings {
  const settings: Settings = { year: currentYear, ...DEFAULT_SETTINGS };
  const sheet = input.settings;
  if (!sheet) return settings;
  const seen = new Map<SettingId, { row: number; value: SettingValue }>();
  for (const record of sheet.records) {
    const name = cellText(record.name ?? null);
    if (name === "") {
      if (hasContent(record))
        log.warning(fieldAt("settings", sheet, record, "name"), msg("warn.settingWithoutName"));
      continue;
    }
    const id = findTerm(SETTINGS, name);
    if (!id) {
      log.warning(fieldAt("settings", sheet, record, "name"), msg("warn.unknownSetting", { name }));
      continue;
    }
    const raw = record.value ?? null;
    if (isEmpty(raw)) continue; // an empty Giá trị keeps the default
    const value = parseSetting(id, raw);
    const where = fieldAt("settings", sheet, record, "value");
    if (value === null) {
      log.structural(where, msg("err.settingInvalid", { name, expected: { msg: SETTING_EXPECTED[id] } }));
      continue;
    }
    if (Array.isArray(value) && value.length === 0) continue; // only empty pieces: no tie-break
    const earlier = seen.get(id);
    if (earlier && !sameSetting(earlier.value, value)) {
      log.structural(where, msg("err.settingDuplicate", { name, first: earlier.row }));
      continue;
    }
    if ((id === "maxBonus" || id === "maxDeduction") && hasMoreThanTwoDecimals(parseNumber(raw))) {
      log.warning(where, msg("warn.settingRounded", { name, rounded: { points: value as Hundredths } }));
    }
    seen.set(id, { row: record.row, value });
    rows[id] = where;
    (settings as unknown as Record<string, SettingValue>)[SETTING_FIELD[id]] = value;
  }
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Units (Đơn vị)

/** A `Xếp loại tối đa` cell, named by its unit, to resolve once the classes are known. */
interface MaxClassCell {
  unit: Unit;
  name: string;
  where: Where;
}

function readUnits(
  input: CouncilInput,
  log: IssueLog,
): { units: Unit[]; blocs: Bloc[]; maxClassCells: MaxClassCell[] } {
  const units: Unit[] = [];
  const blocs: Bloc[] = [];
  const maxClassCells: MaxClassCell[] = [];
  const sheet = input.units;
  if (!sheet) return { units, blocs, maxClassCells };
  const blocByKey = new Map<string, Bloc>();
  const rowByKey = new Map<string, number>();
  for (const record of sheet.records) {
    const code = cellText(record.code ?? null);
    if (code === "") {
      if (hasContent(record))
        log.warning(fieldAt("units", sheet, record, "code"), msg("warn.rowWithoutUnitCode"));
      continue;
    }
    const key = codeKey(code);
    const first = rowByKey.get(key);
    if (first !== undefined) {
      log.structural(fieldAt("units", sheet, record, "code"), msg("err.duplicateUnitCode", { code, first }));
      continue;
    }
    rowByKey.set(key, record.row);
    let name = cellText(record.name ?? null);
    if (name === "") {
      log.warning(fieldAt("units", sheet, record, "name"), msg("warn.unitWithoutName", { code }));
      name = code;
    }
    const unit: Unit = {
      index: units.length,
      code,
      key,
      name,
      nameKey: normalise(name),
      bloc: null,
      blocIndex: -1,
      type: cellText(record.type ?? null) || null,
      members: null,
      womenShare: null,
      maxClass: null,
      row: record.row,
      errors: [],
    };
    const blocName = cellText(record.bloc ?? null);
    if (blocName === "") {
      unit.errors.push(log.unitError(code, fieldAt("units", sheet, record, "bloc"), msg("err.emptyBloc")));
    } else {
      const blocKey = normalise(blocName);
      let bloc = blocByKey.get(blocKey);
      if (!bloc) {
        bloc = { index: blocs.length, name: blocName, key: blocKey, units: [] };
        blocByKey.set(blocKey, bloc);
        blocs.push(bloc);
      }
      bloc.units.push(unit.index);
      unit.bloc = bloc.name;
      unit.blocIndex = bloc.index;
    }
    if (!isEmpty(record.members ?? null)) {
      unit.members = wholeNumber(record.members ?? null, 0);
      if (unit.members === null) {
        log.warning(fieldAt("units", sheet, record, "members"), msg("warn.badMembers"));
      }
    }
    if (!isEmpty(record.womenShare ?? null)) {
      const share = parsePercent(record.womenShare ?? null);
      if (Number.isNaN(share) || share < 0 || share > 100) {
        log.warning(fieldAt("units", sheet, record, "womenShare"), msg("warn.badWomenShare"));
      } else {
        unit.womenShare = share;
      }
    }
    if (!isEmpty(record.maxClass ?? null)) {
      const where = fieldAt("units", sheet, record, "maxClass");
      maxClassCells.push({ unit, name: cellText(record.maxClass ?? null), where });
    }
    units.push(unit);
  }
  return { units, blocs, maxClassCells };
}

/**
 * §10.3: "`Xếp loại tối đa` [Max class]: a class name from `Xếp loại` (empty: no cap). … A name
 * that is not a class is a **unit error** of that unit."
 */
function resolveMaxClasses(
  cells: MaxClassCell[],
  classes: ClassDef[],
  rejected: Set<string>,
  log: IssueLog,
): void {
  for (const { unit, name, where } of cells) {
    const found = classes.find((c) => c.key === normalise(name));
    if (found) unit.maxClass = found;
    else if (rejected.has(normalise(name)))
      continue; // a class whose row is a structural error
    else unit.errors.push(log.unitError(unit.code, where, msg("err.unknownMaxClass", { name })));
  }
}

// ---------------------------------------------------------------------------------------------
// Criteria (Tiêu chí)

function readCriteria(input: CouncilInput, log: IssueLog): Criterion[] {
  const criteria: Criterion[] = [];
  const sheet = input.criteria;
  if (!sheet) return criteria;
  const rowByKey = new Map<string, number>();
  for (const record of sheet.records) {
    const code = cellText(record.code ?? null);
    if (code === "") {
      if (hasContent(record)) {
        log.warning(fieldAt("criteria", sheet, record, "code"), msg("warn.rowWithoutCriterionCode"));
      }
      continue;
    }
    const key = codeKey(code);
    const first = rowByKey.get(key);
    if (first !== undefined) {
      log.structural(
        fieldAt("criteria", sheet, record, "code"),
        msg("err.duplicateCriterionCode", { code, first }),
      );
      continue;
    }
    rowByKey.set(key, record.row);
    const max = parseNumber(record.maxPoints ?? null);
    if (Number.isNaN(max) || toHundredths(max) <= 0) {
      log.structural(fieldAt("criteria", sheet, record, "maxPoints"), msg("err.badMaxPoints", { code }));
      continue;
    }
    const kindText = cellText(record.kind ?? null);
    const kind: CriterionKind | null = kindText === "" ? "score" : findTerm(CRITERION_KINDS, kindText);
    if (!kind) {
      log.structural(fieldAt("criteria", sheet, record, "kind"), msg("err.badCriterionKind", { code }));
      continue;
    }
    criteria.push({
      index: criteria.length,
      code,
      key,
      headerKey: normalise(code),
      kind,
      max: toHundredths(max),
      group: cellText(record.group ?? null),
      description: cellText(record.description ?? null),
      row: record.row,
    });
  }
  return criteria;
}

// ---------------------------------------------------------------------------------------------
// Classes (Xếp loại)

const NO_CONDITIONS = { noZero: false, minGroupSharePct: null, maxSharePct: null } as const;

/**
 * §5 and §10.1–§10.2: `Xếp loại`, highest `Điểm từ` first, with the optional columns `Không có
 * tiêu chí 0` (yes/no, default no), `Tỷ lệ tối thiểu mỗi nhóm (%)` and `Tỷ lệ tối đa (%)` (0–100).
 * Structural (§10.6): a bad yes/no or share, two classes with the same `Điểm từ`, a share on the
 * class with the lowest `Điểm từ`.
 */
function readClasses(input: CouncilInput, log: IssueLog, rejected = new Set<string>()): ClassDef[] {
  const sheet = input.classes;
  if (!sheet) {
    return DEFAULT_CLASSES.map((c, index) => ({
      name: c.name,
      key: normalise(c.name),
      from: c.from,
      index,
      ...NO_CONDITIONS,
      row: null,
    }));
  }
  const classes: ClassDef[] = [];
  const rowByKey = new Map<string, number>();
  const rowByFrom = new Map<Hundredths, number>();
  for (const record of sheet.records) {
    const name = cellText(record.name ?? null);
    if (name === "") {
      if (hasContent(record))
        log.warning(fieldAt("classes", sheet, record, "name"), msg("warn.rowWithoutClassName"));
      continue;
    }
    const key = normalise(name);
    const first = rowByKey.get(key);
    if (first !== undefined) {
      log.structural(fieldAt("classes", sheet, record, "name"), msg("err.duplicateClass", { name, first }));
      continue;
    }
    rowByKey.set(key, record.row);
    rejected.add(key); // until the row proves valid
    // every column of the row is checked, so that each bad cell is reported
    let valid = true;
    const from = pointsValue(record.from ?? null);
    const sameFrom = from === null ? undefined : rowByFrom.get(from);
    if (from === null) {
      log.structural(fieldAt("classes", sheet, record, "from"), msg("err.badClassFrom", { name }));
      valid = false;
    } else if (sameFrom !== undefined) {
      log.structural(
        fieldAt("classes", sheet, record, "from"),
        msg("err.duplicateClassFrom", { name, from: { points: from }, first: sameFrom }),
      );
      valid = false;
    } else rowByFrom.set(from, record.row);
    const bad = (field: string, expected: ReturnType<typeof msg>) =>
      log.structural(
        fieldAt("classes", sheet, record, field),
        msg("err.badClassValue", { name, expected: { msg: expected } }),
      );
    const noZeroRaw = record.noZero ?? null;
    const noZero = isEmpty(noZeroRaw) ? false : parseYesNo(noZeroRaw);
    if (noZero === null) {
      bad("noZero", msg("expect.yesNo"));
      valid = false;
    }
    const share = (field: "minGroupSharePct" | "maxSharePct"): Hundredths | null => {
      const raw = record[field] ?? null;
      if (isEmpty(raw)) return null;
      const value = percentValue(raw, 100);
      if (value === null) {
        bad(field, msg("expect.percent"));
        valid = false;
      }
      return value;
    };
    const minGroupSharePct = share("minGroupSharePct");
    const maxSharePct = share("maxSharePct");
    if (!valid) continue;
    rejected.delete(key);
    classes.push({
      name,
      key,
      from: from as Hundredths,
      index: -1,
      noZero: noZero as boolean,
      minGroupSharePct,
      maxSharePct,
      row: record.row,
    });
  }
  if (classes.length === 0) log.warning({ sheet: sheet.name }, msg("warn.noClasses"));
  classes.sort((a, b) => b.from - a.from);
  classes.forEach((c, index) => (c.index = index));
  const lowest = classes[classes.length - 1];
  if (lowest && lowest.maxSharePct !== null) {
    const record = sheet.records.find((r) => r.row === lowest.row) as Row;
    log.structural(
      fieldAt("classes", sheet, record, "maxSharePct"),
      msg("err.shareOnLowestClass", { name: lowest.name }),
    );
  }
  return classes;
}

/** §10.1: the groups of `Chấm điểm` criteria by `Nhóm`, normalised, in order of first appearance. */
function scoreGroupsOf(criteria: Criterion[]): ScoreGroup[] {
  const groups = new Map<string, ScoreGroup>();
  for (const c of criteria) {
    if (c.kind !== "score") continue;
    const key = normalise(c.group);
    let group = groups.get(key);
    if (!group) {
      group = { name: c.group, key, criteria: [], max: 0 };
      groups.set(key, group);
    }
    group.criteria.push(c.index);
    group.max += c.max;
  }
  return [...groups.values()];
}

/**
 * §10.4: "Criterion codes separated by `;` (e.g. `TC3; TC1`); an unknown code is a structural
 * error." Codes compare case-insensitively.
 */
function resolveTieBreak(
  settings: Settings,
  criteria: Criterion[],
  where: Where | undefined,
  log: IssueLog,
): Criterion[] {
  const resolved: Criterion[] = [];
  for (const code of settings.tieBreak) {
    const criterion = criteria.find((c) => c.key === codeKey(code));
    if (!criterion) {
      log.structural(where ?? { sheet: SHEETS.settings.vi }, msg("err.unknownTieBreakCode", { code }));
      continue;
    }
    if (!resolved.includes(criterion)) resolved.push(criterion);
  }
  return resolved;
}

// ---------------------------------------------------------------------------------------------
// Deadlines (Hạn nộp)

function readDeadlines(input: CouncilInput, log: IssueLog, year: number): Deadline[] {
  const sheet = input.deadlines;
  if (!sheet) {
    return DEFAULT_DEADLINES.map((d) => ({
      type: d.type,
      key: looseKey(d.type),
      due: dayFromYmd(year, d.month, d.day) as Day,
      late: d.late,
      missing: d.missing,
      fromRegistrations: looseKey(d.type) === REGISTRATION_REPORT_KEY,
    }));
  }
  const deadlines: Deadline[] = [];
  const rowByKey = new Map<string, number>();
  for (const record of sheet.records) {
    const type = cellText(record.type ?? null);
    if (type === "") {
      if (hasContent(record))
        log.warning(fieldAt("deadlines", sheet, record, "type"), msg("warn.rowWithoutReportType"));
      continue;
    }
    const key = looseKey(type);
    const first = rowByKey.get(key);
    if (first !== undefined) {
      log.structural(
        fieldAt("deadlines", sheet, record, "type"),
        msg("err.duplicateReportType", { type, first }),
      );
      continue;
    }
    rowByKey.set(key, record.row);
    const due = parseDay(record.due ?? null);
    if (due === null) {
      log.structural(fieldAt("deadlines", sheet, record, "due"), msg("err.badDueDate", { type }));
      continue;
    }
    const deduction = (field: "late" | "missing"): Hundredths | null => {
      const raw = record[field] ?? null;
      if (isEmpty(raw)) return 0;
      const n = parseNumber(raw);
      if (Number.isNaN(n) || n < 0) {
        log.structural(fieldAt("deadlines", sheet, record, field), msg("err.badDeduction", { type }));
        return null;
      }
      return toHundredths(n);
    };
    const late = deduction("late");
    const missing = deduction("missing");
    if (late === null || missing === null) continue;
    deadlines.push({ type, key, due, late, missing, fromRegistrations: key === REGISTRATION_REPORT_KEY });
  }
  return deadlines;
}

// ---------------------------------------------------------------------------------------------
// Awards (Danh hiệu)

function readAwards(input: CouncilInput, log: IssueLog, classes: ClassDef[]): Award[] {
  const sheet = input.awards;
  if (!sheet) return [];
  const awards: Award[] = [];
  const rowByKey = new Map<string, number>();
  const rowByPriority = new Map<number, number>();
  for (const record of sheet.records) {
    const code = cellText(record.code ?? null);
    if (code === "") {
      if (hasContent(record))
        log.warning(fieldAt("awards", sheet, record, "code"), msg("warn.rowWithoutAwardCode"));
      continue;
    }
    const key = codeKey(code);
    const first = rowByKey.get(key);
    if (first !== undefined) {
      log.structural(
        fieldAt("awards", sheet, record, "code"),
        msg("err.duplicateAwardCode", { code, first }),
      );
      continue;
    }
    rowByKey.set(key, record.row);
    const errorsBefore = log.issues.length;
    const bad = (field: string, expected: ReturnType<typeof msg>) =>
      log.structural(
        fieldAt("awards", sheet, record, field),
        msg("err.badAwardValue", { code, expected: { msg: expected } }),
      );
    const raw = (field: string): Raw => (record as Row)[field] ?? null;

    const priority = wholeNumber(raw("priority"), 0);
    if (priority === null) bad("priority", msg("expect.wholeAtLeast", { min: 0 }));
    else if (rowByPriority.has(priority)) {
      log.structural(
        fieldAt("awards", sheet, record, "priority"),
        msg("err.duplicatePriority", { priority, first: rowByPriority.get(priority) as number }),
      );
    } else rowByPriority.set(priority, record.row);

    const optional = <T>(
      field: string,
      parse: (value: Raw) => T | null,
      expected: ReturnType<typeof msg>,
    ): T | null => {
      if (isEmpty(raw(field))) return null;
      const value = parse(raw(field));
      if (value === null) bad(field, expected);
      return value;
    };
    const yesNo = (field: string, fallback: boolean): boolean => {
      if (isEmpty(raw(field))) return fallback;
      const value = parseYesNo(raw(field));
      if (value === null) bad(field, msg("expect.yesNo"));
      return value ?? fallback;
    };

    const minPoints = optional("minPoints", pointsValue, msg("expect.number"));
    let minClass: ClassDef | null = null;
    if (!isEmpty(raw("minClass"))) {
      const name = cellText(raw("minClass"));
      minClass = classes.find((c) => c.key === normalise(name)) ?? null;
      if (!minClass) {
        log.structural(fieldAt("awards", sheet, record, "minClass"), msg("err.unknownClass", { code, name }));
      }
    }
    const maxRank = optional("maxRank", (v) => wholeNumber(v, 1), msg("expect.wholeAtLeast", { min: 1 }));
    const registrationRequired = yesNo("registrationRequired", true);
    const onTimeRequired = yesNo("onTimeRequired", false);
    const minVotePct = optional("minVotePct", (v) => percentValue(v, 100), msg("expect.percent"));
    const scopeText = cellText(raw("scope"));
    const scope: Scope | null = scopeText === "" ? "bloc" : findTerm(SCOPES, scopeText);
    if (!scope) bad("scope", msg("expect.oneOf", { values: "Khối · Toàn bộ" }));
    const maxCount = optional("maxCount", (v) => wholeNumber(v, 0), msg("expect.wholeAtLeast", { min: 0 }));
    const maxSharePct = optional("maxSharePct", (v) => percentValue(v, 100), msg("expect.percent"));
    if (log.issues.length !== errorsBefore && log.issues.slice(errorsBefore).some((i) => i.structural))
      continue;

    const name = cellText(raw("name")) || code;
    awards.push({
      index: -1,
      code,
      key,
      name,
      nameKey: normalise(name),
      priority: priority as number,
      minPoints,
      minClass,
      maxRank,
      registrationRequired,
      onTimeRequired,
      minVotePct,
      scope: scope as Scope,
      maxCount,
      maxSharePct,
      row: record.row,
    });
  }
  awards.sort((a, b) => a.priority - b.priority);
  awards.forEach((award, index) => (award.index = index));
  return awards;
}

const awardLookups = new WeakMap<Award[], Map<string, Award | null>>();

/** The award a cell names: its code, or its name (normalised); null when none. */
export function findAward(awards: Award[], text: string): Award | null {
  let lookup = awardLookups.get(awards);
  if (!lookup) {
    lookup = new Map();
    awardLookups.set(awards, lookup);
  }
  let award = lookup.get(text);
  if (award === undefined) {
    const key = codeKey(text);
    const nameKey = normalise(text);
    award = awards.find((a) => a.key === key) ?? awards.find((a) => a.nameKey === nameKey) ?? null;
    lookup.set(text, award);
  }
  return award;
}

// ---------------------------------------------------------------------------------------------

/** Reads and checks every set-up sheet. Returns null when a structural error was found. */
export function readCouncil(input: CouncilInput, log: IssueLog, currentYear: number): Council | null {
  requireSheets(input, log);
  const settingRows: SettingRows = {};
  const settings = readSettings(input, log, currentYear, settingRows);
  const { units, blocs, maxClassCells } = readUnits(input, log);
  const criteria = readCriteria(input, log);
  const tieBreak = resolveTieBreak(settings, criteria, settingRows.tieBreak, log);
  const rejectedClasses = new Set<string>();
  const classes = readClasses(input, log, rejectedClasses);
  resolveMaxClasses(maxClassCells, classes, rejectedClasses, log);
  const deadlines = readDeadlines(input, log, settings.year);
  const awards = readAwards(input, log, classes);
  const hasVotesSheet = input.votes !== null;
  if (hasVotesSheet && settings.councilSize === null && awards.some((a) => a.minVotePct !== null)) {
    log.structural(
      { sheet: input.settings?.name ?? SHEETS.settings.vi, row: null, column: SETTINGS.councilSize.vi },
      msg("err.councilSizeRequired"),
    );
  }
  if (log.hasStructural()) return null;
  return {
    settings,
    units,
    unitByKey: new Map(units.map((u) => [u.key, u])),
    blocs,
    criteria,
    classes,
    hasClassConditions: classes.some((c) => c.noZero || c.minGroupSharePct !== null),
    scoreGroups: scoreGroupsOf(criteria),
    tieBreak,
    deadlines,
    awards,
    hasVotesSheet,
  };
}

/** Required sheets (§2), unless the reader already reported a structural problem. */
function requireSheets(input: CouncilInput, log: IssueLog): void {
  if (input.issues.some((issue) => issue.structural)) return;
  const missing = (id: keyof typeof SHEETS) =>
    log.structural({ sheet: SHEETS[id].vi, row: null }, msg("err.missingSheet", { sheet: SHEETS[id].vi }));
  if (!input.units) missing("units");
  if (!input.criteria) missing("criteria");
  if (input.scoreSheets.length === 0) missing("scores");
  if (!input.registrations) missing("registrations");
  if (!input.awards) missing("awards");
}
