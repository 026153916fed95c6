/**
 * WORKBOOK.md §11.4 — the two fingerprints of a `Nhật ký` row.
 *
 * Result fingerprint: "the hash of the result's canonical JSON: the §8 JSON keeping only `year`,
 * `mode`, the units' `code`, `status`, `total`, `rank`, `class`, `award`, all of `quotas` and
 * `classQuotas`, and the violations' `unit`, `award`, `kind`" (canonical form: ./canonical.ts).
 *
 * Input fingerprint: "the hash of the contract's input sheets as read (§1); the project's docs say
 * exactly how" — docs/LOG.md, and here: the input as the §1 reader hands it to the engine
 * (../contract/reader.ts) — each input sheet found, its name as written, and its records: the Excel
 * row and the cells of the contract's fields (columns the contract does not know, rows above the
 * header and empty rows are not read, so they do not count); a score sheet's rows with the unit, the
 * recusal and the cells of every column but the names, numbers and totals a score sheet may carry
 * (§2: `STT`, `Tên đơn vị`, `Tổng`, …). Written as the JSON text of `inputCanonical` below, with no
 * spaces: an empty cell or empty text is `null`, text is as is, numbers keep Excel's 15 significant
 * digits, booleans are `true`/`false`.
 */
import type { ResultJson } from "../result/json";
import type { CouncilInput, ScoreSheet } from "../contract/input";
import { fieldsOf, type TableSheetId } from "../contract/sheets";
import { normalise } from "../contract/text";
import { NON_CRITERION_HEADERS } from "../scores/columns";
import type { Raw } from "../contract/values";
import { canonicalJson, type Canonical } from "./canonical";
import { sha256Hex } from "./hash";

/** The §11.4 projection of the §8 JSON, before it is written canonically. */
export function resultCanonical(json: ResultJson): Canonical {
  return {
    year: json.year,
    mode: json.mode,
    units: json.units.map((u) => ({
      code: u.code,
      status: u.status,
      total: u.total,
      rank: u.rank,
      class: u.class,
      award: u.award,
    })),
    quotas: json.quotas.map((q) => ({ ...q })),
    classQuotas: json.classQuotas.map((q) => ({ ...q })),
    violations: json.violations.map((v) => ({ unit: v.unit, award: v.award, kind: v.kind })),
  };
}

export function resultFingerprint(json: ResultJson): string {
  return sha256Hex(canonicalJson(resultCanonical(json)));
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A cell as the fingerprint takes it. A number keeps the 15 significant digits Excel keeps: a date
 * and time the file stores as 44939.3541666667 reads in Excel as that number but through a file
 * library as a date and back (44939.354166666664); both are 44939.3541666667 here.
 */
function canonicalCell(value: Raw | undefined): Raw {
  if (value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? Number(value.toPrecision(15)) : null;
  return value;
}

const TABLES = [
  "units",
  "criteria",
  "registrations",
  "reports",
  "deadlines",
  "classes",
  "awards",
  "votes",
  "settings",
  "proposals",
] as const satisfies readonly TableSheetId[];

type Table = { name: string; records: ({ row: number } & Record<string, Raw | number | undefined>)[] };

/** `[name, [[row, cell of each field in the contract's order], …]]`. */
function tableCanonical(id: TableSheetId, sheet: Table | null): unknown {
  if (sheet === null) return null;
  const fields = fieldsOf(id).map((f) => f.field);
  return [
    sheet.name,
    sheet.records.map((record) => [record.row, ...fields.map((f) => canonicalCell(record[f] as Raw))]),
  ];
}

/** `[name, [header, …], [[row, unit, recused, cell of each header], …]]`, headers kept as above. */
function scoresCanonical(sheet: ScoreSheet | null): unknown {
  if (sheet === null) return null;
  const kept = sheet.columns
    .map((column, i) => ({ header: column.header, i }))
    .filter(({ header }) => !NON_CRITERION_HEADERS.has(normalise(header)));
  return [
    sheet.name,
    kept.map((k) => k.header),
    sheet.rows.map((row) => [
      row.row,
      canonicalCell(row.unit),
      canonicalCell(row.recused),
      ...kept.map((k) => canonicalCell(row.values[k.i])),
    ]),
  ];
}

/**
 * The text the input fingerprint is the hash of: an object with one key per input sheet of the
 * contract (`null` when absent), keys in the order of WORKBOOK.md §2, and `scoreSheets` in code-unit
 * order of their names.
 */
export function inputCanonical(input: CouncilInput): string {
  const tables = Object.fromEntries(TABLES.map((id) => [id, tableCanonical(id, input[id] as Table | null)]));
  const scoreSheets = [...input.scoreSheets]
    .sort((a, b) => byCodeUnits(a.name, b.name))
    .map((sheet) => scoresCanonical(sheet));
  return JSON.stringify({
    units: tables.units,
    criteria: tables.criteria,
    scoreSheets,
    selfScores: scoresCanonical(input.selfScores),
    registrations: tables.registrations,
    reports: tables.reports,
    deadlines: tables.deadlines,
    classes: tables.classes,
    awards: tables.awards,
    votes: tables.votes,
    settings: tables.settings,
    proposals: tables.proposals,
  });
}

/** The input fingerprint of the contract's input as read from the workbook's input sheets. */
export function inputFingerprint(input: CouncilInput): string {
  return sha256Hex(inputCanonical(input));
}
