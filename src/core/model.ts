/**
 * The engine's input: the council workbook as the contract reader found it (WORKBOOK.md §1–§2).
 * Sheets are located and their columns identified; every cell is still raw (text, number,
 * boolean or empty): converting and checking values is the engine's job (§1, §6), so that the
 * command line, the browser and Excel give the same answers for the same cells.
 *
 * Each record carries the Excel row it came from; each sheet its name as written and the column
 * (1-based) of each field it has, so that every error names the sheet, row, column and value.
 */
import { z } from "zod";
import type { Raw } from "./values";

export const RawSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const ExcelRow = z.number().int().positive();
const Column = z.number().int().positive();

/** A sheet of records: its name as written, its header row, where each field's column is. */
function sheetOf<F extends string, R extends z.ZodTypeAny>(fields: readonly [F, ...F[]], record: R) {
  return z.object({
    name: z.string(),
    headerRow: ExcelRow,
    columns: z.partialRecord(z.enum(fields), Column),
    records: z.array(record),
  });
}

const rawFields = <F extends string>(fields: readonly F[]) =>
  z.object(
    Object.fromEntries(fields.map((f) => [f, RawSchema.optional()])) as Record<
      F,
      z.ZodOptional<typeof RawSchema>
    >,
  );

export const UNIT_FIELDS = ["code", "name", "bloc", "type", "members", "womenShare"] as const;
export const CRITERION_FIELDS = ["code", "group", "description", "maxPoints", "kind"] as const;
export const REGISTRATION_FIELDS = ["code", "name", "awards", "date"] as const;
export const REPORT_FIELDS = ["code", "type", "date"] as const;
export const DEADLINE_FIELDS = ["type", "due", "late", "missing"] as const;
export const CLASS_FIELDS = ["name", "from"] as const;
export const AWARD_FIELDS = [
  "code",
  "name",
  "priority",
  "minPoints",
  "minClass",
  "maxRank",
  "registrationRequired",
  "onTimeRequired",
  "minVotePct",
  "scope",
  "maxCount",
  "maxSharePct",
] as const;
export const VOTE_FIELDS = ["code", "award", "votes"] as const;
export const SETTING_FIELDS = ["name", "value"] as const;
export const PROPOSAL_FIELDS = ["code", "award"] as const;

const record = <F extends string>(fields: readonly F[]) => rawFields(fields).extend({ row: ExcelRow });

export const UnitsSheetSchema = sheetOf(UNIT_FIELDS, record(UNIT_FIELDS));
export const CriteriaSheetSchema = sheetOf(CRITERION_FIELDS, record(CRITERION_FIELDS));
export const RegistrationsSheetSchema = sheetOf(REGISTRATION_FIELDS, record(REGISTRATION_FIELDS));
export const ReportsSheetSchema = sheetOf(REPORT_FIELDS, record(REPORT_FIELDS));
export const DeadlinesSheetSchema = sheetOf(DEADLINE_FIELDS, record(DEADLINE_FIELDS));
export const ClassesSheetSchema = sheetOf(CLASS_FIELDS, record(CLASS_FIELDS));
export const AwardsSheetSchema = sheetOf(AWARD_FIELDS, record(AWARD_FIELDS));
export const VotesSheetSchema = sheetOf(VOTE_FIELDS, record(VOTE_FIELDS));
export const SettingsSheetSchema = sheetOf(SETTING_FIELDS, record(SETTING_FIELDS));
export const ProposalsSheetSchema = sheetOf(PROPOSAL_FIELDS, record(PROPOSAL_FIELDS));

function isRawArray(value: unknown): value is Raw[] {
  if (!Array.isArray(value)) return false;
  for (const cell of value) {
    const type = typeof cell;
    if (cell !== null && type !== "string" && type !== "number" && type !== "boolean") return false;
  }
  return true;
}

/**
 * A council member's score sheet (or the units' self scores). `columns` lists every header of
 * the header row other than the unit code and recusal columns; the engine decides which are
 * criteria. `values[i]` is the cell under `columns[i]`. Score arrays are checked by a plain loop:
 * a province has millions of scores.
 */
export const ScoreSheetSchema = z.object({
  name: z.string(),
  headerRow: ExcelRow,
  unitColumn: Column,
  recusedColumn: Column.nullable(),
  columns: z.array(z.object({ header: z.string(), col: Column })),
  rows: z.array(
    z.object({
      row: ExcelRow,
      unit: RawSchema,
      recused: RawSchema,
      values: z.custom<Raw[]>(isRawArray, {
        message: "score values must be text, numbers, booleans or null",
      }),
    }),
  ),
});

export const IssueSchema = z.object({
  severity: z.enum(["error", "warning"]),
  structural: z.boolean(),
  sheet: z.string(),
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  col: z.number().int().positive().nullable(),
  value: z.string().nullable(),
  unit: z.string().nullable(),
  message: z.object({ key: z.string(), params: z.record(z.string(), z.unknown()) }),
});

export const CouncilInputSchema = z.object({
  units: UnitsSheetSchema.nullable(),
  criteria: CriteriaSheetSchema.nullable(),
  scoreSheets: z.array(ScoreSheetSchema),
  selfScores: ScoreSheetSchema.nullable(),
  registrations: RegistrationsSheetSchema.nullable(),
  reports: ReportsSheetSchema.nullable(),
  deadlines: DeadlinesSheetSchema.nullable(),
  classes: ClassesSheetSchema.nullable(),
  awards: AwardsSheetSchema.nullable(),
  votes: VotesSheetSchema.nullable(),
  settings: SettingsSheetSchema.nullable(),
  proposals: ProposalsSheetSchema.nullable(),
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
