/**
 * The engine's input: the council workbook as the contract reader found it (WORKBOOK.md §1–§2).
 * Sheets are located and their columns identified; every cell is still raw (text, number,
 * boolean or empty): converting and checking values is the engine's job (§1, §6), so that the
 * command line, the browser and Excel give the same answers for the same cells.
 *
 * Each record carries the Excel row it came from; each sheet its name as written and the column
 * (1-based) of each field it has, so that every error names the sheet, row, column and value.
 */
import { z } from "zod/mini";
import type { Raw } from "./values";
import { fieldNames } from "./sheets";

export const RawSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const ExcelRow = z.int().check(z.positive());
const Column = z.int().check(z.positive());

function isRaw(value: unknown): value is Raw {
  const type = typeof value;
  return value === null || type === "string" || type === "number" || type === "boolean";
}

/** A record: the Excel row it came from and its fields' raw cells (absent = no such column). */
export type SheetRecord<F extends string> = { row: number } & Partial<Record<F, Raw>>;

/**
 * Records are checked by a plain loop rather than one zod object per row: a province's sheets
 * have hundreds of thousands of rows, and zod would copy every one of them.
 */
function recordsOf<F extends string>(fields: readonly F[]) {
  const isRecords = (value: unknown): value is SheetRecord<F>[] => {
    if (!Array.isArray(value)) return false;
    for (const record of value as Record<string, unknown>[]) {
      if (typeof record !== "object" || record === null) return false;
      if (!Number.isInteger(record.row) || (record.row as number) < 1) return false;
      for (const field of fields) {
        const cell = record[field];
        if (cell !== undefined && !isRaw(cell)) return false;
      }
    }
    return true;
  };
  return z.custom<SheetRecord<F>[]>(isRecords, {
    message: `records must be { row, ${fields.join(", ")} } with text, numbers, booleans or empty cells`,
  });
}

/** A sheet of records: its name as written, its header row, where each field's column is. */
function sheetOf<F extends string>(fields: readonly [F, ...F[]]) {
  return z.object({
    name: z.string(),
    headerRow: ExcelRow,
    columns: z.partialRecord(z.enum(fields), Column),
    records: recordsOf(fields),
  });
}

// The fields of each sheet's records come from the contract's one description (./sheets.ts).
export const UNIT_FIELDS = fieldNames("units");
export const CRITERION_FIELDS = fieldNames("criteria");
export const REGISTRATION_FIELDS = fieldNames("registrations");
export const REPORT_FIELDS = fieldNames("reports");
export const DEADLINE_FIELDS = fieldNames("deadlines");
export const CLASS_FIELDS = fieldNames("classes");
export const AWARD_FIELDS = fieldNames("awards");
export const VOTE_FIELDS = fieldNames("votes");
export const SETTING_FIELDS = fieldNames("settings");
export const PROPOSAL_FIELDS = fieldNames("proposals");

export const UnitsSheetSchema = sheetOf(UNIT_FIELDS);
export const CriteriaSheetSchema = sheetOf(CRITERION_FIELDS);
export const RegistrationsSheetSchema = sheetOf(REGISTRATION_FIELDS);
export const ReportsSheetSchema = sheetOf(REPORT_FIELDS);
export const DeadlinesSheetSchema = sheetOf(DEADLINE_FIELDS);
export const ClassesSheetSchema = sheetOf(CLASS_FIELDS);
export const AwardsSheetSchema = sheetOf(AWARD_FIELDS);
export const VotesSheetSchema = sheetOf(VOTE_FIELDS);
export const SettingsSheetSchema = sheetOf(SETTING_FIELDS);
export const ProposalsSheetSchema = sheetOf(PROPOSAL_FIELDS);

export interface ScoreRow {
  row: number;
  unit: Raw;
  recused: Raw;
  values: Raw[];
}

/** Score rows are checked by a plain loop: a province has millions of scores, and zod would copy them. */
function isScoreRows(value: unknown): value is ScoreRow[] {
  if (!Array.isArray(value)) return false;
  for (const row of value as Partial<ScoreRow>[]) {
    if (typeof row !== "object" || row === null) return false;
    if (!Number.isInteger(row.row) || (row.row as number) < 1) return false;
    if (!isRaw(row.unit) || !isRaw(row.recused) || !Array.isArray(row.values)) return false;
    for (const cell of row.values) if (!isRaw(cell)) return false;
  }
  return true;
}

/**
 * A council member's score sheet (or the units' self scores). `columns` lists every header of
 * the header row other than the unit code and recusal columns; the engine decides which are
 * criteria. `values[i]` is the cell under `columns[i]`.
 */
export const ScoreSheetSchema = z.object({
  name: z.string(),
  headerRow: ExcelRow,
  unitColumn: Column,
  recusedColumn: z.nullable(Column),
  columns: z.array(z.object({ header: z.string(), col: Column })),
  rows: z.custom<ScoreRow[]>(isScoreRows, {
    message: "score rows must be { row, unit, recused, values } with text, numbers, booleans or empty cells",
  }),
  /**
   * Formula cells under `columns`, below the header row, saved with no cached value (they read as
   * empty in `rows`): the engine reports those of criterion columns as structural errors.
   */
  uncomputed: z.optional(
    z.array(z.object({ row: ExcelRow, col: Column, header: z.string(), formula: z.string() })),
  ),
});

export const IssueSchema = z.object({
  severity: z.enum(["error", "warning"]),
  structural: z.boolean(),
  sheet: z.string(),
  row: z.nullable(ExcelRow),
  column: z.nullable(z.string()),
  col: z.nullable(Column),
  value: z.nullable(z.string()),
  unit: z.nullable(z.string()),
  message: z.object({ key: z.string(), params: z.record(z.string(), z.unknown()) }),
});

export const CouncilInputSchema = z.object({
  units: z.nullable(UnitsSheetSchema),
  criteria: z.nullable(CriteriaSheetSchema),
  scoreSheets: z.array(ScoreSheetSchema),
  selfScores: z.nullable(ScoreSheetSchema),
  registrations: z.nullable(RegistrationsSheetSchema),
  reports: z.nullable(ReportsSheetSchema),
  deadlines: z.nullable(DeadlinesSheetSchema),
  classes: z.nullable(ClassesSheetSchema),
  awards: z.nullable(AwardsSheetSchema),
  votes: z.nullable(VotesSheetSchema),
  settings: z.nullable(SettingsSheetSchema),
  proposals: z.nullable(ProposalsSheetSchema),
  /** Problems the reader found (missing sheets or headers, …), reported with the engine's. */
  issues: z.array(IssueSchema),
});

export type CouncilInput = z.infer<typeof CouncilInputSchema>;
export type ScoreSheet = z.infer<typeof ScoreSheetSchema>;
export type UnitsSheet = z.infer<typeof UnitsSheetSchema>;
export type CriteriaSheet = z.infer<typeof CriteriaSheetSchema>;
export type RegistrationsSheet = z.infer<typeof RegistrationsSheetSchema>;
export type ReportsSheet = z.infer<typeof ReportsSheetSchema>;
export type DeadlinesSheet = z.infer<typeof DeadlinesSheetSchema>;
export type ClassesSheet = z.infer<typeof ClassesSheetSchema>;
export type AwardsSheet = z.infer<typeof AwardsSheetSchema>;
export type VotesSheet = z.infer<typeof VotesSheetSchema>;
export type SettingsSheet = z.infer<typeof SettingsSheetSchema>;
export type ProposalsSheet = z.infer<typeof ProposalsSheetSchema>;
