/**
 * Importing council members' score sheets (a file a member sent back): a plan of which member's
 * sheet is added or replaced and what changes in it — previewed first — then one write of copies
 * of the member's values and number formats (never formulas, links or styles), in every door.
 */
import { planScoreImport, type ScoreImportPlan } from "../core/import/score-import";
import { isScoreSheetName, readContract } from "../core/contract/reader";
import type { GridWorkbook } from "../core/contract/grid";
import { note } from "../i18n";
import { quote } from "../i18n/describe";
import { columnLetters, msg } from "../core/issues";
import { HEADERS } from "../core/contract/sheets";
import type { ImportRejection } from "../core/import/registration-import";
import { MAX_CELL_TEXT } from "../workbook/layout/heights";
import type { SheetCopy, WorkbookPort } from "../workbook/port";
import { uniqueSheetName } from "../workbook/sheet-names";
import { changedReport, workbookChange } from "./changes";
import { capped, type Report, type ReportLine } from "./report";
import { LISTED_CHANGES } from "./registrations";
import { logEntry, type LogOptions } from "./log";

/** A member's file as the door read it (with the cells' number formats). */
export interface MemberFile {
  name: string;
  grid: GridWorkbook;
}

export interface PlannedScores {
  plan: ScoreImportPlan;
  /** The council's sheets the plan read, to see at confirmation whether a co-author changed them (./changes.ts). */
  grid: GridWorkbook;
  files: MemberFile[];
  writable: boolean;
  report: Report;
}

export async function planScores(
  port: WorkbookPort,
  files: MemberFile[],
  members: string[] = [],
): Promise<PlannedScores> {
  const grid = await port.readGrid({ sheets: ["units", "criteria", "scores"] });
  const council = readContract(grid);
  const plans = files.map((file) => {
    const plan = planScoreImport(council, readContract(file.grid), file.name, members);
    plan.rejected.push(...tooLongCells(file, plan));
    return plan;
  });
  const plan: ScoreImportPlan = {
    sheets: plans.flatMap((p) => p.sheets),
    rejected: plans.flatMap((p) => p.rejected),
  };
  const writable = plan.rejected.length === 0 && plan.sheets.some((s) => s.kind !== "unchanged");
  return { plan, grid, files, writable, report: scoreReport(plan) };
}

/**
 * The cells of the sheets to copy that hold more than a cell can (32,767 characters: a file made by
 * a program, not by Excel): the copy would make a workbook Excel repairs, so the file is refused,
 * naming each cell.
 */
function tooLongCells(file: MemberFile, plan: ScoreImportPlan): ImportRejection[] {
  const rejected: ImportRejection[] = [];
  const copied = new Set(plan.sheets.map((s) => s.sourceSheet));
  for (const sheet of file.grid.sheets) {
    if (!copied.has(sheet.name)) continue;
    const source = readContract({ sheets: [sheet] }).scoreSheets[0];
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "string" || cell.length <= MAX_CELL_TEXT) return;
        const header =
          source && c + 1 === source.unitColumn
            ? HEADERS.unitCode.vi
            : (source?.columns.find((column) => column.col === c + 1)?.header ?? columnLetters(c + 1));
        const address = `${columnLetters(c + 1)}${r + 1}`;
        rejected.push({
          sheet: sheet.name,
          row: r + 1,
          column: quote(header),
          value: quote(cell),
          message: msg("imp.cellTooLong", { cell: address, length: cell.length, max: MAX_CELL_TEXT }),
        });
      }),
    );
  }
  return rejected;
}

export function scoreReport(plan: ScoreImportPlan): Report {
  const none = { msg: note("imp.none") };
  const lines: ReportLine[] = plan.sheets.map((sheet) => {
    const name = sheet.targetSheet ?? sheet.sourceSheet;
    if (sheet.kind === "add")
      return { kind: "item", msg: note("imp.sheetAdded", { sheet: name, units: sheet.unitsAdded.length }) };
    if (sheet.kind === "unchanged") return { kind: "item", msg: note("imp.sheetUnchanged", { sheet: name }) };
    return {
      kind: "item",
      msg: note("imp.sheetReplaced", {
        sheet: name,
        updated: sheet.cells.updated,
        added: sheet.cells.added,
        cleared: sheet.cells.cleared,
        unitsAdded: sheet.unitsAdded.length > 0 ? sheet.unitsAdded.join(", ") : none,
        unitsMissing: sheet.unitsMissing.length > 0 ? sheet.unitsMissing.join(", ") : none,
      }),
    };
  });
  const rejected = [...plan.rejected, ...plan.sheets.flatMap((s) => s.problems)];
  lines.push(
    ...capped(
      rejected.map((rejection) => ({ kind: "rejected" as const, rejection })),
      LISTED_CHANGES,
    ),
  );
  const sum = (pick: (c: ScoreImportPlan["sheets"][number]["cells"]) => number) =>
    plan.sheets.reduce((total, sheet) => total + pick(sheet.cells), 0);
  return {
    tone: plan.rejected.length > 0 ? "error" : "info",
    headline: note("imp.summary", {
      added: sum((c) => c.added),
      updated: sum((c) => c.updated + c.cleared),
      unchanged: sum((c) => c.unchanged),
      rejected: rejected.length,
    }),
    lines,
  };
}

/** The sheet copies a plan puts into the council workbook. */
export function scoreCopies(planned: PlannedScores, sheetNames: string[]): SheetCopy[] {
  const taken = [...sheetNames];
  const copies: SheetCopy[] = [];
  for (const change of planned.plan.sheets) {
    if (change.kind === "unchanged") continue;
    const file = planned.files.find((f) => f.grid.sheets.some((s) => s.name === change.sourceSheet));
    const source = file?.grid.sheets.find((s) => s.name === change.sourceSheet);
    if (!source) throw new Error(`sheet ${change.sourceSheet} not found in the imported file`);
    const name = change.targetSheet ?? uniqueSheetName(change.sourceSheet, taken);
    taken.push(name);
    copies.push({
      name,
      replaces: change.targetSheet,
      rows: source.rows.map((row) => row.map((cell) => cell)),
      formats: source.formats ?? [],
      merges: source.merges,
    });
  }
  return copies;
}

/**
 * Writes the previewed copies — unless a score sheet the plan replaces changed, or a score sheet came
 * or went, since the preview: then nothing is written and the report says where.
 */
export async function applyScores(
  port: WorkbookPort,
  planned: PlannedScores,
  logOptions: LogOptions = {},
): Promise<Report> {
  let now: GridWorkbook | undefined;
  if (planned.writable) {
    // every input sheet: the log's input fingerprint (./log.ts)
    now = await port.readGrid();
    const scoreNames = (grid: GridWorkbook) => grid.sheets.map((s) => s.name).filter(isScoreSheetName);
    const targets = planned.plan.sheets.flatMap((s) =>
      s.kind === "unchanged" || !s.targetSheet ? [] : [s.targetSheet],
    );
    const before = new Set(scoreNames(planned.grid));
    const came = scoreNames(now).filter((name) => !before.has(name));
    const change = workbookChange([...came, ...targets], planned.grid, now);
    if (change) return changedReport(change);
  }
  const copies = planned.writable ? scoreCopies(planned, await port.sheetNames()) : [];
  if (copies.length > 0)
    await port.putSheets(copies, { log: await logEntry(port, "scores", logOptions, { grid: now }) });
  return {
    tone: "success",
    headline: note("ui.import.scoresDone", { sheets: copies.map((c) => c.name).join(", ") }),
    lines: [],
  };
}
