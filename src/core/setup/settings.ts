/**
 * WORKBOOK.md §2 `Cài đặt` [Settings], §10.4–§10.5 and §9: each setting by name (or its English
 * alias), its value checked — an invalid value, or one setting given twice with different values, is
 * structural; an empty `Giá trị` keeps the default; an unknown setting is a warning.
 */
import { IssueLog, msg, type Where } from "../issues";
import type { CouncilInput } from "../contract/input";
import { hasMoreThanTwoDecimals, toHundredths, type Hundredths } from "../contract/points";
import { cellText, codeKey } from "../contract/text";
import { isEmpty, parseNumber, type Raw } from "../contract/values";
import {
  AGGREGATIONS,
  MISSING_RULES,
  ROUNDINGS,
  SETTINGS,
  TIE_PREFERENCES,
  findTerm,
  type SettingId,
} from "../contract/terms";
import { fieldAt, hasContent, percentValue, wholeNumber } from "./rows";
import type { Settings } from "./types";
import { at } from "../contract/indexing";

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
  superiorBody: null,
  issuingBody: null,
  place: null,
  documentNumber: null,
  signer: null,
  signerTitle: null,
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
    return a.length === b.length && a.every((code, i) => codeKey(code) === codeKey(at(b, i)));
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
    case "superiorBody":
    case "issuingBody":
    case "place":
    case "documentNumber":
    case "signer":
    case "signerTitle":
      // §11.1: any text, as written (spaces collapsed, a line break typed with Alt+Enter kept);
      // empty keeps the default
      return text
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter((line) => line !== "")
        .join("\n");
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
  superiorBody: "superiorBody",
  issuingBody: "issuingBody",
  place: "place",
  documentNumber: "documentNumber",
  signer: "signer",
  signerTitle: "signerTitle",
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
  superiorBody: msg("expect.text"),
  issuingBody: msg("expect.text"),
  place: msg("expect.text"),
  documentNumber: msg("expect.text"),
  signer: msg("expect.text"),
  signerTitle: msg("expect.text"),
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
    if (value === "") continue; // a text setting of spaces only: the default
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
