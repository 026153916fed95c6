/**
 * WORKBOOK.md §7 — the three output sheets, laid out once as plain data: the exceljs writer (files,
 * browser, command line) and the Office.js writer (Excel) both render this, so the sheets look the
 * same wherever they are made.
 *
 * - `Kết quả`: by bloc (bloc order), then rank, then name in Vietnamese alphabetical order;
 *   landscape A4.
 * - `Khen thưởng`: per award in priority order, the units granted (or validly proposed), numbered,
 *   with bloc, rank and Total; a signature block; portrait A4.
 * - `Kiểm tra`: every error and warning, quota use per award and group, ties at cut-offs.
 */
import { severityKey } from "../core/describe";
import type { CouncilResult, UnitResult } from "../core/evaluate";
import { message, render, type Lang, type MessageKey } from "../core/i18n";
import { issueCell } from "../core/issues";
import { toPoints } from "../core/points";
import { SHEETS } from "../core/vocabulary";

/** text: always written as text (never a formula); points: a number shown with 2 decimals. */
export type CellKind = "text" | "points" | "integer";

export interface OutCell {
  value: string | number | null;
  kind: CellKind;
}

export type RowRole = "title" | "subtitle" | "section" | "header" | "body" | "note" | "signature" | "blank";

export interface OutRow {
  role: RowRole;
  cells: OutCell[];
  /** Titles and notes span every column. */
  span?: boolean;
  /** Height in points, for rows whose wrapped text needs more than one line. */
  height?: number;
}

export interface OutColumn {
  width: number;
  kind: CellKind;
  /** Long text that wraps (reasons, messages). */
  wrap?: boolean;
}

export interface OutSheet {
  name: string;
  columns: OutColumn[];
  rows: OutRow[];
  /** Rows frozen at the top (title and header). */
  freezeRows: number;
  /** 1-based rows repeated at the top of every printed page. */
  printTitleRows: [number, number] | null;
  orientation: "portrait" | "landscape";
  /** 1-based rows that start a new printed page. */
  pageBreaksBefore: number[];
  /** 1-based header row for an auto filter, or null. */
  filterRow: number | null;
}

/** How each row role looks, for every writer (exceljs and Office.js). Colours are #RRGGBB. */
export interface RoleStyle {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  border?: boolean;
  /** "byKind": text left, numbers right. */
  horizontal?: "left" | "center" | "right" | "byKind";
  vertical?: "top" | "middle";
  /** "column": wrap where the column wraps. */
  wrap?: "always" | "column" | "never";
}

const FONT = "Times New Roman";

export const ROLE_STYLES: Record<RowRole, RoleStyle> = {
  title: { font: { name: FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle" },
  subtitle: {
    font: { name: FONT, size: 11, italic: true, color: "#595959" },
    horizontal: "center",
    vertical: "middle",
  },
  section: { font: { name: FONT, size: 12, bold: true }, horizontal: "left", vertical: "middle" },
  header: {
    font: { name: FONT, size: 11, bold: true },
    fill: "#DDEBF7",
    border: true,
    horizontal: "center",
    vertical: "middle",
    wrap: "always",
  },
  body: {
    font: { name: FONT, size: 11 },
    border: true,
    horizontal: "byKind",
    vertical: "top",
    wrap: "column",
  },
  note: {
    font: { name: FONT, size: 11, italic: true },
    horizontal: "left",
    vertical: "middle",
    wrap: "always",
  },
  signature: { font: { name: FONT, size: 12, bold: true }, horizontal: "center" },
  blank: { font: { name: FONT, size: 11 } },
};

export const NUMBER_FORMATS: Record<CellKind, string> = { text: "@", points: "0.00", integer: "0" };
export const BORDER_COLOR = "#BFBFBF";
export const TITLE_ROW_HEIGHT = 24;

const text = (value: string | null): OutCell => ({ value, kind: "text" });
const points = (hundredths: number | null): OutCell => ({
  value: hundredths === null ? null : toPoints(hundredths),
  kind: "points",
});
const integer = (value: number | null): OutCell => ({ value, kind: "integer" });

function headerRow(lang: Lang, keys: MessageKey[]): OutRow {
  return { role: "header", cells: keys.map((key) => text(message(lang, key))) };
}

function spanRow(role: RowRole, value: string, width: number): OutRow {
  return { role, span: true, cells: [text(value), ...Array.from({ length: width - 1 }, () => text(null))] };
}

function statusText(lang: Lang, status: UnitResult["status"]): string {
  return message(lang, `status.${status}` as MessageKey);
}

function subtitle(lang: Lang, result: CouncilResult): string {
  return message(lang, "out.results.subtitle", {
    mode: message(lang, result.mode === "check" ? "mode.check" : "mode.allocate"),
    aggregation: message(lang, `aggregation.${result.settings?.aggregation ?? "mean"}` as MessageKey),
    members: result.members.length,
    units: result.units.length,
  });
}

export function resultsSheet(result: CouncilResult, lang: Lang): OutSheet {
  const keys: MessageKey[] = [
    "col.bloc",
    "col.rank",
    "col.unitCode",
    "col.unitName",
    "col.scored",
    "col.bonus",
    "col.deduction",
    "col.total",
    "col.class",
    "col.award",
    "col.status",
    "col.reasons",
  ];
  const columns: OutColumn[] = [
    { width: 22, kind: "text", wrap: true },
    { width: 6, kind: "integer" },
    { width: 9, kind: "text" },
    { width: 26, kind: "text", wrap: true },
    { width: 9, kind: "points" },
    { width: 9, kind: "points" },
    { width: 9, kind: "points" },
    { width: 9, kind: "points" },
    { width: 16, kind: "text", wrap: true },
    { width: 11, kind: "text", wrap: true },
    { width: 11, kind: "text", wrap: true },
    { width: 55, kind: "text", wrap: true },
  ];
  const rows: OutRow[] = [
    spanRow("title", message(lang, "out.results.title", { year: String(result.year ?? "") }), keys.length),
    spanRow("subtitle", subtitle(lang, result), keys.length),
    headerRow(lang, keys),
  ];
  for (const unit of result.units) {
    rows.push({
      role: "body",
      cells: [
        text(unit.bloc),
        integer(unit.rank),
        text(unit.code),
        text(unit.name),
        points(unit.scored),
        points(unit.bonus),
        points(unit.deduction),
        points(unit.total),
        text(unit.class),
        text(unit.award),
        text(statusText(lang, unit.status)),
        text(unit.reasons.map((reason) => render(lang, reason)).join("\n")),
      ],
    });
  }
  return {
    name: SHEETS.results.vi,
    columns,
    rows,
    freezeRows: 3,
    printTitleRows: [3, 3],
    orientation: "landscape",
    pageBreaksBefore: [],
    filterRow: 3,
  };
}

export function awardListSheet(result: CouncilResult, lang: Lang): OutSheet {
  const keys: MessageKey[] = [
    "col.no",
    "col.unitName",
    "col.unitCode",
    "col.bloc",
    "col.rank",
    "col.total",
    "col.note",
  ];
  const columns: OutColumn[] = [
    { width: 6, kind: "integer" },
    { width: 34, kind: "text", wrap: true },
    { width: 11, kind: "text" },
    { width: 34, kind: "text", wrap: true },
    { width: 7, kind: "integer" },
    { width: 10, kind: "points" },
    { width: 16, kind: "text", wrap: true },
  ];
  const width = keys.length;
  const titleKey: MessageKey = result.mode === "check" ? "out.awards.titleCheck" : "out.awards.title";
  const rows: OutRow[] = [
    spanRow("title", message(lang, titleKey, { year: String(result.year ?? "") }), width),
  ];
  result.awards.forEach((award) => {
    const granted = result.units.filter((u) => u.award === award.code);
    rows.push({ role: "blank", cells: [] });
    rows.push(
      spanRow(
        "section",
        message(lang, "out.awards.section", { name: award.name, code: award.code, count: granted.length }),
        width,
      ),
    );
    if (granted.length === 0) {
      rows.push(spanRow("note", message(lang, "out.awards.none"), width));
      return;
    }
    rows.push(headerRow(lang, keys));
    granted.forEach((unit, i) => {
      rows.push({
        role: "body",
        cells: [
          integer(i + 1),
          text(unit.name),
          text(unit.code),
          text(unit.bloc),
          integer(unit.rank),
          points(unit.total),
          text(unit.awaitingVote ? message(lang, "out.awards.awaitingVote") : null),
        ],
      });
    });
  });
  rows.push({ role: "blank", cells: [] });
  rows.push({
    role: "signature",
    cells: [text(null), text(null), text(null), text(message(lang, "out.sign.place"))],
  });
  rows.push({
    role: "signature",
    cells: [
      text(null),
      text(message(lang, "out.sign.preparer")),
      text(null),
      text(message(lang, "out.sign.council")),
    ],
  });
  rows.push({
    role: "signature",
    cells: [text(null), text(null), text(null), text(message(lang, "out.sign.chair"))],
  });
  return {
    name: SHEETS.awardList.vi,
    columns,
    rows,
    freezeRows: 1,
    printTitleRows: [1, 1],
    orientation: "portrait",
    pageBreaksBefore: [],
    filterRow: null,
  };
}

export function checksSheet(result: CouncilResult, lang: Lang): OutSheet {
  const columns: OutColumn[] = [
    { width: 12, kind: "text" },
    { width: 24, kind: "text", wrap: true },
    { width: 7, kind: "integer" },
    { width: 18, kind: "text", wrap: true },
    { width: 7, kind: "text" },
    { width: 16, kind: "text", wrap: true },
    { width: 80, kind: "text", wrap: true },
  ];
  const width = columns.length;
  const count = (severity: "error" | "warning") =>
    result.issues.filter((i) => i.severity === severity).length;
  const byStatus = (status: UnitResult["status"]) => result.units.filter((u) => u.status === status).length;
  const rows: OutRow[] = [
    spanRow("title", message(lang, "out.checks.title", { year: String(result.year ?? "") }), width),
    spanRow(
      "subtitle",
      message(lang, "out.checks.summary", {
        errors: count("error"),
        warnings: count("warning"),
        ranked: byStatus("ranked"),
        incomplete: byStatus("incomplete"),
        invalid: byStatus("invalid"),
      }),
      width,
    ),
    { role: "blank", cells: [] },
    spanRow("section", message(lang, "out.checks.issues"), width),
  ];
  if (result.issues.length === 0) rows.push(spanRow("note", message(lang, "out.checks.noIssues"), width));
  else {
    rows.push(
      headerRow(lang, [
        "col.severity",
        "col.sheet",
        "col.row",
        "col.column",
        "col.cell",
        "col.value",
        "col.message",
      ]),
    );
    const ordered = [...result.issues].sort(
      (a, b) => Number(b.severity === "error") - Number(a.severity === "error"),
    );
    for (const issue of ordered) {
      rows.push({
        role: "body",
        cells: [
          text(message(lang, severityKey(issue))),
          text(issue.sheet),
          integer(issue.row),
          text(issue.column),
          text(issueCell(issue)),
          text(issue.value),
          text(render(lang, issue.message)),
        ],
      });
    }
  }

  rows.push({ role: "blank", cells: [] });
  rows.push(spanRow("section", message(lang, "out.checks.quotas"), width));
  rows.push(
    headerRow(lang, ["col.awardCode", "col.group", "col.size", "col.limit", "col.granted", "col.tie"]),
  );
  for (const quota of result.quotas) {
    rows.push({
      role: "body",
      cells: [
        text(quota.award),
        text(quota.group),
        integer(quota.size),
        quota.limit === null ? text(message(lang, "out.unlimited")) : integer(quota.limit),
        integer(quota.granted),
        text(message(lang, quota.tie ? "out.yes" : "out.no")),
      ],
    });
  }

  rows.push({ role: "blank", cells: [] });
  rows.push(spanRow("section", message(lang, "out.checks.ties"), width));
  const ties = result.quotas.filter((q) => q.tie);
  if (ties.length === 0) rows.push(spanRow("note", message(lang, "out.checks.noTies"), width));
  for (const quota of ties) {
    rows.push(
      spanRow(
        "note",
        message(lang, "out.checks.tie", {
          award: quota.award,
          group: quota.group,
          limit: quota.limit ?? 0,
          units: quota.tied.join(", "),
        }),
        width,
      ),
    );
  }

  if (result.mode === "check") {
    rows.push({ role: "blank", cells: [] });
    rows.push(spanRow("section", message(lang, "out.checks.violations"), width));
    if (result.violations.length === 0)
      rows.push(spanRow("note", message(lang, "out.checks.noViolations"), width));
    else {
      const header = headerRow(lang, ["col.unitCode", "col.awardCode", "col.row", "col.kind"]);
      header.cells.push(text(null), text(null), text(message(lang, "col.message")));
      rows.push(header);
      for (const v of result.violations) {
        rows.push({
          role: "body",
          cells: [
            text(v.unit),
            text(v.award),
            integer(v.row),
            text(message(lang, `kind.${v.kind}` as MessageKey)),
            text(null),
            text(null),
            text(render(lang, v.message)),
          ],
        });
      }
    }
  }
  return {
    name: SHEETS.checks.vi,
    columns,
    rows,
    freezeRows: 2,
    printTitleRows: [1, 1],
    orientation: "landscape",
    pageBreaksBefore: [],
    filterRow: null,
  };
}

const LINE_HEIGHT = 15;

/**
 * Neither Excel nor LibreOffice grows a row for wrapped text written by a program: estimate the
 * lines each wrapped cell needs (about 1.45 characters of 11 pt Times New Roman per unit of column width).
 */
export function withRowHeights(sheet: OutSheet): OutSheet {
  for (const row of sheet.rows) {
    if (row.span) continue;
    let lines = 1;
    row.cells.forEach((cell, c) => {
      const column = sheet.columns[c];
      if (typeof cell.value !== "string" || !column || !(column.wrap || row.role === "header")) return;
      const perLine = Math.max(1, Math.floor(column.width * 1.45));
      const needed = cell.value
        .split("\n")
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
  }
  return sheet;
}

/** The three output sheets of a result, in the order they are added to the workbook. */
export function outputSheets(result: CouncilResult, lang: Lang): OutSheet[] {
  return [resultsSheet(result, lang), awardListSheet(result, lang), checksSheet(result, lang)].map(
    withRowHeights,
  );
}
