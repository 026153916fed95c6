/**
 * Importing registrations (issue 5): the rows of a file a unit sent — in its own layout — planned
 * as additions and updates of the council's `Đăng ký` sheet, before anything is written.
 *
 * - Headers as in WORKBOOK.md §1, plus the variants units write ("Đơn vị", "Mã ĐV", "Danh hiệu",
 *   "Ngày", "Ngày ĐK", …), with or without diacritics; the header row is the first of the first 20
 *   rows with a unit column, an awards column and a date column.
 * - Units by code, else by normalised name against `Đơn vị`; a common prefix ("LĐLĐ",
 *   "Liên đoàn Lao động", "CĐ", "Công đoàn") may be ignored only when that leaves exactly one match.
 *   Awards by code or normalised name. Unknown or ambiguous ones are rejected with the candidates.
 * - Merge keyed by (unit, award): new keys are added (one row each), a changed date updates the
 *   row, identical keys are left alone; nothing is ever deleted; importing twice changes nothing.
 */
import { formatDay, parseDay, type Day } from "../contract/dates";
import { msg, type Msg } from "../issues";
import type { CouncilInput, SheetRecord } from "../contract/input";
import { unmerge, type GridSheet } from "../contract/grid";
import { splitAwardList } from "../deadlines/registrations";
import { cellText, codeKey, normalise } from "../contract/text";
import type { Raw } from "../contract/values";
import { looseKey } from "../contract/terms";
import { fieldsOf } from "../contract/sheets";
import { only } from "../contract/indexing";

export interface ImportRejection {
  sheet: string;
  row: number | null;
  column: string | null;
  value: string | null;
  message: Msg;
}

export interface ImportUnit {
  code: string;
  name: string;
}

export interface RegistrationAdd {
  unit: ImportUnit;
  award: string;
  date: Day;
  sourceRow: number;
}

export interface RegistrationUpdate {
  /** Row of `Đăng ký` whose date changes. */
  targetRow: number;
  unit: ImportUnit;
  awards: string[];
  previous: Day;
  date: Day;
  sourceRow: number;
}

export interface RegistrationPlan {
  /** The source sheet and its header row (null when no header row was found). */
  source: { sheet: string; headerRow: number | null };
  adds: RegistrationAdd[];
  updates: RegistrationUpdate[];
  /** (unit, award) pairs already registered on the same date. */
  unchanged: number;
  rejected: ImportRejection[];
  /** The file could not be read as registrations at all (no header row, no date column). */
  fatal: boolean;
}

export type ImportField = "code" | "name" | "awards" | "date";

/** The headers a unit's file may use for each field (compared with `looseKey`): the contract's, and its import aliases. */
export const IMPORT_HEADERS: Record<ImportField, string[]> = Object.fromEntries(
  fieldsOf("registrations").map(({ field, spec }) => [
    field,
    [spec.header.vi, spec.header.en, ...("importAliases" in spec ? (spec.importAliases ?? []) : [])],
  ]),
) as Record<ImportField, string[]>;

const HEADER_OF: Record<ImportField, string> = Object.fromEntries(
  fieldsOf("registrations").map(({ field, spec }) => [field, spec.header.vi]),
) as Record<ImportField, string>;

const FIELD_BY_KEY = new Map<string, ImportField>(
  (Object.entries(IMPORT_HEADERS) as [ImportField, string[]][]).flatMap(([field, headers]) =>
    headers.map((header) => [looseKey(header), field] as const),
  ),
);

/** Prefixes of unit names that may be ignored when nothing else tells two units apart. */
const NAME_PREFIXES = ["lien doan lao dong", "ldld", "cong doan", "cd"];

export function stripUnitPrefix(nameKey: string): string {
  for (const prefix of NAME_PREFIXES) {
    if (nameKey === prefix) return nameKey;
    if (nameKey.startsWith(prefix + " ")) return nameKey.slice(prefix.length + 1);
  }
  return nameKey;
}

interface HeaderMatch {
  row: number; // 0-based
  columns: Partial<Record<ImportField, number>>; // 0-based
  score: number;
}

/** The header row of a source sheet: the first row (of 20) with a unit, awards and date column. */
export function findImportHeader(rows: Raw[][]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const columns: Partial<Record<ImportField, number>> = {};
    (rows[r] ?? []).forEach((cell, c) => {
      const field = FIELD_BY_KEY.get(looseKey(cellText(cell)));
      if (field && columns[field] === undefined) columns[field] = c;
    });
    const hasUnit = columns.code !== undefined || columns.name !== undefined;
    const score = Object.keys(columns).length + (hasUnit && columns.awards !== undefined ? 2 : 0);
    if (hasUnit && columns.awards !== undefined && columns.date !== undefined)
      return { row: r, columns, score: score + 1 };
    if (!best || score > best.score) best = { row: r, columns, score };
  }
  return best && best.score >= 3 ? best : null;
}

/** How well a sheet's header row matches (to pick the sheet of an .xlsx file): 0 = not at all. */
export function headerScore(sheet: GridSheet): number {
  return findImportHeader(unmerge(sheet))?.score ?? 0;
}

interface UnitIndex {
  byCode: Map<string, ImportUnit>;
  byName: Map<string, ImportUnit[]>;
  byShortName: Map<string, ImportUnit[]>;
  units: ImportUnit[];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function unitIndex(units: SheetRecord<"code" | "name">[]): UnitIndex {
  const index: UnitIndex = { byCode: new Map(), byName: new Map(), byShortName: new Map(), units: [] };
  for (const record of units) {
    const code = cellText(record.code ?? null);
    if (code === "" || index.byCode.has(codeKey(code))) continue;
    const unit = { code, name: cellText(record.name ?? null) || code };
    index.units.push(unit);
    index.byCode.set(codeKey(code), unit);
    const nameKey = normalise(unit.name);
    pushTo(index.byName, nameKey, unit);
    pushTo(index.byShortName, stripUnitPrefix(nameKey), unit);
  }
  return index;
}

export type UnitMatch = { unit: ImportUnit } | { unknown: ImportUnit[] } | { ambiguous: ImportUnit[] };

/** A unit by code, else by normalised name, else by name without a common prefix (if unique). */
export function matchUnit(index: UnitIndex, code: string, name: string): UnitMatch {
  if (code !== "") {
    const unit = index.byCode.get(codeKey(code));
    if (unit) return { unit };
    if (name === "") return { unknown: [] };
  }
  const key = normalise(name);
  const exact = index.byName.get(key) ?? [];
  const exactOne = only(exact);
  if (exactOne !== undefined) return { unit: exactOne };
  if (exact.length > 1) return { ambiguous: exact };
  const short = index.byShortName.get(stripUnitPrefix(key)) ?? [];
  const shortOne = only(short);
  if (shortOne !== undefined) return { unit: shortOne };
  if (short.length > 1) return { ambiguous: short };
  const tail = stripUnitPrefix(key);
  const near = index.units.filter((u) => tail.length >= 3 && normalise(u.name).includes(tail)).slice(0, 5);
  return { unknown: near };
}

interface AwardIndex {
  byCode: Map<string, string>;
  byName: Map<string, string[]>;
  codes: string[];
}

export function awardIndex(awards: SheetRecord<"code" | "name">[]): AwardIndex {
  const index: AwardIndex = { byCode: new Map(), byName: new Map(), codes: [] };
  for (const record of awards) {
    const code = cellText(record.code ?? null);
    if (code === "" || index.byCode.has(codeKey(code))) continue;
    index.codes.push(code);
    index.byCode.set(codeKey(code), code);
    const name = cellText(record.name ?? null);
    if (name !== "") pushTo(index.byName, normalise(name), code);
  }
  return index;
}

function matchAward(
  index: AwardIndex,
  text: string,
): { code: string } | { unknown: true } | { ambiguous: string[] } {
  const byCode = index.byCode.get(codeKey(text));
  if (byCode) return { code: byCode };
  const byName = index.byName.get(normalise(text)) ?? [];
  const one = only(byName);
  if (one !== undefined) return { code: one };
  return byName.length > 1 ? { ambiguous: byName } : { unknown: true };
}

/** Text from outside: trimmed and NFC-normalised. */
function clean(value: Raw | undefined): string {
  return typeof value === "string" ? value.normalize("NFC").trim() : cellText(value ?? null);
}

const key = (unit: ImportUnit, award: string) => `${codeKey(unit.code)}\u0000${codeKey(award)}`;

interface ExistingRow {
  row: number;
  date: Day;
  keys: string[];
  awards: string[];
  unit: ImportUnit;
}

/** The registrations the workbook already holds, by (unit, award). */
function existingRegistrations(input: CouncilInput, units: UnitIndex, awards: AwardIndex) {
  const byKey = new Map<string, ExistingRow>();
  for (const record of input.registrations?.records ?? []) {
    const found = matchUnit(units, clean(record.code), clean(record.name));
    const date = parseDay(record.date ?? null);
    if (!("unit" in found) || date === null) continue;
    const text = clean(record.awards);
    const whole = matchAward(awards, text);
    const codes = (
      "code" in whole ? [whole.code] : splitAwardList(text).map((part) => matchAward(awards, part))
    )
      .map((m) => (typeof m === "string" ? m : "code" in m ? m.code : null))
      .filter((code): code is string => code !== null);
    const row: ExistingRow = { row: record.row, date, keys: [], awards: codes, unit: found.unit };
    for (const code of codes) {
      const k = key(found.unit, code);
      row.keys.push(k);
      if (!byKey.has(k)) byKey.set(k, row);
    }
  }
  return byKey;
}

/**
 * Plans the import of `source` (a sheet of a unit's file) into the council workbook `input`.
 * Pure: nothing is written; the plan says what would be added, updated, left and rejected.
 */
export function planRegistrationImport(input: CouncilInput, source: GridSheet): RegistrationPlan {
  const units = unitIndex(input.units?.records ?? []);
  const awards = awardIndex(input.awards?.records ?? []);
  const rows = unmerge(source);
  const header = findImportHeader(rows);
  const plan: RegistrationPlan = {
    source: { sheet: source.name, headerRow: header ? header.row + 1 : null },
    adds: [],
    updates: [],
    unchanged: 0,
    rejected: [],
    fatal: false,
  };
  const reject = (row: number | null, field: ImportField | null, value: string | null, message: Msg) =>
    plan.rejected.push({ sheet: source.name, row, column: field ? HEADER_OF[field] : null, value, message });

  if (!header) {
    reject(
      null,
      null,
      null,
      msg(rows.some((row) => row.some((cell) => clean(cell) !== "")) ? "imp.noHeader" : "imp.emptyFile"),
    );
    plan.fatal = true;
    return plan;
  }
  const { columns } = header;
  if (columns.date === undefined) {
    reject(header.row + 1, "date", null, msg("imp.missingDateColumn"));
    plan.fatal = true;
    return plan;
  }

  const existing = existingRegistrations(input, units, awards);
  const seen = new Map<string, { row: number; date: Day }>();
  const updatesByRow = new Map<
    number,
    { existing: ExistingRow; date: Day; keys: Set<string>; sourceRow: number }[]
  >();

  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cell = (field: ImportField) =>
      columns[field] === undefined ? "" : clean(row[columns[field] as number]);
    if (row.every((value) => clean(value) === "")) continue;
    const excelRow = r + 1;
    const code = cell("code");
    const name = cell("name");
    if (code === "" && name === "") {
      reject(excelRow, columns.code !== undefined ? "code" : "name", null, msg("imp.noUnit"));
      continue;
    }
    const found = matchUnit(units, code, name);
    if (!("unit" in found)) {
      const field: ImportField = code !== "" ? "code" : "name";
      const value = code !== "" ? code : name;
      const candidates = ("ambiguous" in found ? found.ambiguous : found.unknown)
        .map((u) => `${u.code} (${u.name})`)
        .join(", ");
      const message =
        "ambiguous" in found
          ? msg("imp.ambiguousUnit", { value, candidates })
          : candidates
            ? msg("imp.unknownUnitCandidates", { value, candidates })
            : msg("imp.unknownUnit", { value });
      reject(excelRow, field, value, message);
      continue;
    }
    const unit = found.unit;
    const rawDate = columns.date === undefined ? null : (row[columns.date] ?? null);
    const date = parseDay(typeof rawDate === "string" ? rawDate.normalize("NFC").trim() : rawDate);
    if (date === null) {
      reject(excelRow, "date", clean(rawDate), msg("imp.badDate"));
      continue;
    }
    const text = cell("awards");
    if (text === "") {
      reject(excelRow, "awards", "", msg("imp.noAward"));
      continue;
    }
    const whole = matchAward(awards, text);
    const parts = "code" in whole ? [text] : splitAwardList(text);
    for (const part of parts) {
      const award = matchAward(awards, part);
      if (!("code" in award)) {
        const message =
          "ambiguous" in award
            ? msg("imp.ambiguousAward", { value: part, candidates: award.ambiguous.join(", ") })
            : msg("imp.unknownAward", { value: part, candidates: awards.codes.join(", ") });
        reject(excelRow, "awards", part, message);
        continue;
      }
      const k = key(unit, award.code);
      const earlier = seen.get(k);
      if (earlier) {
        if (earlier.date !== date) {
          reject(
            excelRow,
            "date",
            formatDay(date),
            msg("imp.duplicateInFile", { first: earlier.row, date: { day: earlier.date } }),
          );
        }
        continue;
      }
      seen.set(k, { row: excelRow, date });
      const current = existing.get(k);
      if (!current) {
        plan.adds.push({ unit, award: award.code, date, sourceRow: excelRow });
      } else if (current.date === date) {
        plan.unchanged++;
      } else {
        const list = updatesByRow.get(current.row) ?? [];
        const same = list.find((u) => u.date === date);
        if (same) same.keys.add(k);
        else list.push({ existing: current, date, keys: new Set([k]), sourceRow: excelRow });
        updatesByRow.set(current.row, list);
      }
    }
  }

  // A row's date changes only when every award on it moves to the same new date.
  for (const [targetRow, list] of updatesByRow) {
    const only = list.length === 1 ? list[0] : null;
    if (only && only.existing.keys.every((k) => only.keys.has(k))) {
      plan.updates.push({
        targetRow,
        unit: only.existing.unit,
        awards: only.existing.awards,
        previous: only.existing.date,
        date: only.date,
        sourceRow: only.sourceRow,
      });
      continue;
    }
    for (const update of list) {
      const others = update.existing.awards.filter((a) => !update.keys.has(key(update.existing.unit, a)));
      reject(
        update.sourceRow,
        "date",
        formatDay(update.date),
        msg("imp.rowHasOthers", {
          row: targetRow,
          others: others.join(", ") || "…",
          date: { day: update.existing.date },
        }),
      );
    }
  }
  return plan;
}
