/**
 * Importing registrations (a unit's .xlsx or .csv file, or in Excel the active sheet): a plan of
 * additions and updates of `Đăng ký` — previewed before anything is written — then one write. A
 * workbook without `Đăng ký` gets it from the template, in every door.
 */
import { serialFromDay } from "../core/contract/dates";
import { planRegistrationImport, type RegistrationPlan } from "../core/import/registration-import";
import type { CouncilInput } from "../core/contract/input";
import { readContract, sheetIdOf } from "../core/contract/reader";
import type { GridSheet, GridWorkbook } from "../core/contract/grid";
import { SHEETS } from "../core/contract/sheets";
import { note, type Lang } from "../i18n";
import { TEXT_FORMAT } from "../workbook/cells";
import type { CellBlock, CellWrite, WorkbookPort } from "../workbook/port";
import { TEMPLATE_FORMATS } from "../workbook/styles";
import { templateSheets } from "../workbook/template/template";
import { TEMPLATE_HEADER_ROW } from "../workbook/template/types";
import { changedReport, workbookChange } from "./changes";
import { workbookLang } from "./language";
import { capped, type Report, type ReportLine } from "./report";
import { logEntry, type LogOptions } from "./log";

/** The most additions a preview lists (all are written). */
export const LISTED_CHANGES = 50;

export interface PlannedRegistrations {
  /** The council workbook as read for the plan (units, awards, registrations). */
  input: CouncilInput;
  /** The workbook's language (./language.ts): a `Đăng ký` sheet to create gets its words. */
  lang: Lang;
  plan: RegistrationPlan;
  /** The sheets the plan read, to see at confirmation whether a co-author changed them (./changes.ts). */
  grid: GridWorkbook;
  /** Something to write (and the file could be read at all). */
  writable: boolean;
  report: Report;
}

/** `lang`: the words of a `Đăng ký` sheet to create when the workbook does not say (./language.ts). */
export async function planRegistrations(
  port: WorkbookPort,
  source: GridSheet,
  lang: Lang,
): Promise<PlannedRegistrations> {
  // only what a registration import needs: the units, the awards and the registrations
  const grid = await port.readGrid({ sheets: ["units", "awards", "registrations"] });
  const input = readContract(grid);
  const plan = planRegistrationImport(input, source);
  const changes = plan.adds.length + plan.updates.length > 0;
  return {
    input,
    lang: workbookLang(grid) ?? lang,
    plan,
    grid,
    writable: changes && !plan.fatal,
    report: registrationReport(plan),
  };
}

export function registrationReport(plan: RegistrationPlan): Report {
  const lines: ReportLine[] = [
    ...capped(
      plan.adds.map((add) => ({
        kind: "item" as const,
        msg: note("imp.previewAdd", {
          unit: `${add.unit.code} (${add.unit.name})`,
          awards: add.award,
          date: { day: add.date },
        }),
      })),
      LISTED_CHANGES,
    ),
    ...plan.updates.map((update) => ({
      kind: "item" as const,
      msg: note("imp.previewUpdate", {
        row: update.targetRow,
        unit: `${update.unit.code} (${update.unit.name})`,
        awards: update.awards.join(", "),
        previous: { day: update.previous },
        date: { day: update.date },
      }),
    })),
    ...capped(
      plan.rejected.map((rejection) => ({ kind: "rejected" as const, rejection })),
      LISTED_CHANGES,
    ),
  ];
  const changes = plan.adds.length + plan.updates.length > 0;
  return {
    tone: plan.fatal ? "error" : "info",
    headline: note("imp.summary", {
      added: plan.adds.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged,
      rejected: plan.rejected.length,
    }),
    lines: plan.fatal
      ? lines
      : changes
        ? lines
        : [...lines, { kind: "item", msg: note("imp.nothingToWrite") }],
  };
}

/**
 * The cells a plan writes into `Đăng ký`: updated dates in place, added rows below the last row —
 * text as text, dates as dd/mm/yyyy. Without a `Đăng ký` sheet, the template's (created first).
 */
export function registrationWrite(input: CouncilInput, plan: RegistrationPlan, lang: Lang): CellWrite {
  const sheet = input.registrations;
  const template = templateSheets({ lang, year: 2000 }).find((s) => s.id === "registrations");
  const columns = sheet ? sheet.columns : { code: 1, name: 2, awards: 3, date: 4 };
  const next = sheet
    ? Math.max(sheet.headerRow, ...sheet.records.map((r) => r.row)) + 1
    : TEMPLATE_HEADER_ROW + 1;
  const date = TEMPLATE_FORMATS.date;
  const blocks: CellBlock[] = [];
  if (columns.date !== undefined) {
    // updated dates in runs of consecutive rows: one block a run, not one a cell
    const updates = [...plan.updates].sort((a, b) => a.targetRow - b.targetRow);
    for (const update of updates) {
      const last = blocks[blocks.length - 1];
      if (last && last.row + last.values.length === update.targetRow) {
        last.values.push([serialFromDay(update.date)]);
        last.formats.push([date]);
        continue;
      }
      blocks.push({
        row: update.targetRow,
        col: columns.date,
        values: [[serialFromDay(update.date)]],
        formats: [[date]],
      });
    }
  }
  const fields = [
    ["code", (add: RegistrationPlan["adds"][number]) => add.unit.code, TEXT_FORMAT],
    ["name", (add: RegistrationPlan["adds"][number]) => add.unit.name, TEXT_FORMAT],
    ["awards", (add: RegistrationPlan["adds"][number]) => add.award, TEXT_FORMAT],
    ["date", (add: RegistrationPlan["adds"][number]) => serialFromDay(add.date), date],
  ] as const;
  for (const [field, value, format] of fields) {
    const col = columns[field];
    if (col === undefined || plan.adds.length === 0) continue;
    blocks.push({
      row: next,
      col,
      values: plan.adds.map((add) => [value(add)]),
      formats: plan.adds.map(() => [format]),
    });
  }
  return {
    sheet: sheet?.name ?? SHEETS.registrations[lang],
    blocks,
    create: sheet ? undefined : template,
  };
}

/**
 * Writes the previewed plan — unless `Đăng ký` (its target rows, or the rows below where additions
 * go) changed since the preview: then nothing is written and the report says where.
 */
export async function applyRegistrations(
  port: WorkbookPort,
  planned: PlannedRegistrations,
  logOptions: LogOptions = {},
): Promise<Report> {
  const { plan } = planned;
  if (planned.writable) {
    // every input sheet: the log's input fingerprint (./log.ts)
    const now = await port.readGrid();
    const names = [...planned.grid.sheets, ...now.sheets]
      .map((s) => s.name)
      .filter((name) => sheetIdOf(name) === "registrations");
    const change = workbookChange([...new Set(names)], planned.grid, now);
    if (change) return changedReport(change);
    await port.writeCells(registrationWrite(planned.input, plan, planned.lang), {
      log: await logEntry(port, "registrations", logOptions, { grid: now }),
    });
  }
  return {
    tone: "success",
    headline: note("ui.import.done", {
      summary: {
        msg: note("imp.summary", {
          added: plan.adds.length,
          updated: plan.updates.length,
          unchanged: plan.unchanged,
          rejected: plan.rejected.length,
        }),
      },
    }),
    lines: [],
  };
}
