/**
 * WORKBOOK.md §7 `Kết quả` [Results]: Khối thi đua, Hạng, Mã đơn vị, Tên đơn vị, Điểm chấm, Điểm
 * thưởng, Điểm trừ, Tổng điểm, Xếp loại, Khen thưởng, Trạng thái, Lý do — by bloc (bloc order), then
 * rank, then name in Vietnamese alphabetical order (the engine's order); landscape A4.
 */
import type { CouncilResult, UnitResult } from "../../core/result/evaluate";
import { message, render, type Key, type Lang } from "../../i18n";
import { SHEETS } from "../../core/contract/sheets";
import { draftText, wideRow } from "./document";
import {
  headerRow,
  integer,
  points,
  spanRow,
  text,
  type OutColumn,
  type OutRow,
  type OutSheet,
} from "./sheet";

function statusText(lang: Lang, status: UnitResult["status"]): string {
  return message(lang, `status.${status}` as Key);
}

function subtitle(lang: Lang, result: CouncilResult): string {
  return message(lang, "out.results.subtitle", {
    mode: message(lang, result.mode === "check" ? "mode.check" : "mode.allocate"),
    aggregation: message(lang, `aggregation.${result.settings?.aggregation ?? "mean"}` as Key),
    members: result.members.length,
    units: result.units.length,
  });
}

export function resultsSheet(result: CouncilResult, lang: Lang): OutSheet {
  const keys: Key[] = [
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
  // §11.2 and issue 11: a result that is not final says so, visibly, above the table
  const draft = draftText(result, lang);
  const rows: OutRow[] = [
    spanRow("title", message(lang, "out.results.title", { year: String(result.year ?? "") }), keys.length),
    spanRow("subtitle", subtitle(lang, result), keys.length),
    ...(draft === null ? [] : [wideRow(columns, draft, undefined, "draft")]),
    headerRow(lang, keys),
  ];
  const header = rows.length;
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
    freezeRows: header,
    printTitleRows: [header, header],
    orientation: "landscape",
    pageBreaksBefore: [],
    filterRow: header,
  };
}
