/**
 * WORKBOOK.md §7 `Kiểm tra` [Checks]: every error and warning, quota use per award and group, ties
 * at cut-offs (and the violations of the council's proposals in check mode).
 */
import { issueMessage, quote, severityKey } from "../../i18n/describe";
import { issueCell } from "../../core/issues";
import type { CouncilResult, UnitResult } from "../../core/result/evaluate";
import { message, render, type Key, type Lang } from "../../i18n";
import { SHEETS } from "../../core/contract/sheets";
import {
  blankRow,
  headerRow,
  integer,
  spanRow,
  text,
  type OutColumn,
  type OutRow,
  type OutSheet,
} from "./sheet";

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
    blankRow(),
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
          text(issue.column === null ? null : quote(issue.column)),
          text(issueCell(issue)),
          text(issue.value === null ? null : quote(issue.value)),
          text(issueMessage(lang, issue)),
        ],
      });
    }
  }

  rows.push(blankRow());
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

  rows.push(blankRow());
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

  // §10.2: the share caps of classes, bloc by bloc, with their ties
  if (result.classQuotas.length > 0) {
    rows.push(blankRow());
    rows.push(spanRow("section", message(lang, "out.checks.classQuotas"), width));
    rows.push(
      headerRow(lang, [
        "col.class",
        "col.bloc",
        "col.share",
        "col.base",
        "col.limit",
        "col.kept",
        "col.moved",
      ]),
    );
    for (const q of result.classQuotas) {
      rows.push({
        role: "body",
        cells: [
          text(q.class),
          text(q.group),
          integer(q.share),
          integer(q.base),
          integer(q.limit),
          integer(q.kept),
          text(q.moved.length > 0 ? q.moved.join(", ") : message(lang, "out.none")),
        ],
      });
    }
    rows.push(blankRow());
    rows.push(spanRow("section", message(lang, "out.checks.classTies"), width));
    const classTies = result.classQuotas.filter((q) => q.tie);
    if (classTies.length === 0) rows.push(spanRow("note", message(lang, "out.checks.noClassTies"), width));
    for (const q of classTies) {
      rows.push(
        spanRow(
          "note",
          message(lang, "out.checks.classTie", {
            class: q.class,
            group: q.group,
            limit: q.limit,
            base: q.base,
            units: q.tied.join(", "),
          }),
          width,
        ),
      );
    }
  }

  if (result.mode === "check") {
    rows.push(blankRow());
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
            text(message(lang, `kind.${v.kind}` as Key)),
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
