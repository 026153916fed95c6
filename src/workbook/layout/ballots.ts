/**
 * WORKBOOK.md §11.3 `Phiếu biểu quyết` [Ballots]: for every award with a `Tỷ lệ phiếu tối thiểu
 * (%)`, one ballot on its own A4 page — the council, the award, the council's size and the approval
 * needed, how to mark — and its candidates (the ranked units that meet every other standard of the
 * award, by bloc and rank) with `STT`, `Tên đơn vị`, `Khối thi đua`, `Tổng điểm`, `Đồng ý`, `Không
 * đồng ý`. Rows are as high as their text needs (./metrics.ts): 40 candidates fit on one page.
 */
import type { CouncilResult } from "../../core/result/evaluate";
import { message, type Key, type Lang } from "../../i18n";
import { SHEETS } from "../../core/contract/sheets";
import { tableRowHeight } from "./award-list";
import { spaceRow, wideRow } from "./document";
import {
  DOCUMENT_PAGE,
  headerRow,
  integer,
  points,
  text,
  type OutColumn,
  type OutRow,
  type OutSheet,
} from "./sheet";

/** The least approving votes: votes × 100 ≥ min % × council size (§5), min % in hundredths. */
export function votesNeeded(minVotePct: number, councilSize: number): number {
  return Math.ceil((minVotePct * councilSize) / 10000);
}

/** The ballots sheet, or null when no award needs a vote. */
export function ballotsSheet(result: CouncilResult, lang: Lang): OutSheet | null {
  if (result.ballots.length === 0) return null;
  const keys: Key[] = ["col.no", "col.unitName", "col.bloc", "col.total", "col.agree", "col.disagree"];
  const columns: OutColumn[] = [
    { width: 5, kind: "integer" },
    { width: 29, kind: "text", wrap: true },
    { width: 41, kind: "text", wrap: true },
    { width: 7, kind: "points" },
    { width: 6, kind: "text", wrap: true },
    { width: 7, kind: "text", wrap: true },
  ];
  const size = result.settings?.councilSize ?? null;
  const council = (result.settings?.issuingBody ?? message(lang, "out.doc.issuingBody")).toUpperCase();
  const byCode = new Map(result.units.map((u) => [u.code, u]));
  const rows: OutRow[] = [];
  const breaks: number[] = [];
  const table = (row: OutRow) => rows.push({ ...row, height: tableRowHeight(columns, row) });
  for (const ballot of result.ballots) {
    if (rows.length > 0) breaks.push(rows.length + 1);
    const min = ballot.minVotePct / 100;
    rows.push(wideRow(columns, council, { size: 12, bold: true }));
    rows.push(wideRow(columns, message(lang, "out.ballot.title"), { size: 14, bold: true }));
    rows.push(
      wideRow(
        columns,
        message(lang, "out.ballot.award", {
          name: ballot.name,
          code: ballot.award,
          year: String(result.year ?? ""),
        }),
        { size: 13, bold: true },
      ),
    );
    rows.push(
      wideRow(
        columns,
        size === null
          ? message(lang, "out.ballot.noSize", { min })
          : message(lang, "out.ballot.size", { size, min, needed: votesNeeded(ballot.minVotePct, size) }),
        { size: 11, italic: true, horizontal: "left" },
      ),
    );
    rows.push(
      wideRow(columns, message(lang, "out.ballot.how"), { size: 11, italic: true, horizontal: "left" }),
    );
    rows.push(spaceRow(6));
    if (ballot.units.length === 0) {
      rows.push(wideRow(columns, message(lang, "out.ballot.none"), { italic: true, horizontal: "left" }));
      continue;
    }
    table(headerRow(lang, keys));
    ballot.units.forEach((code, i) => {
      const unit = byCode.get(code);
      table({
        role: "body",
        cells: [
          integer(i + 1),
          text(unit?.name ?? code),
          text(unit?.bloc ?? null),
          points(unit?.total ?? null),
          text(null),
          text(null),
        ],
      });
    });
  }
  return {
    name: SHEETS.ballots.vi,
    columns,
    rows,
    freezeRows: 0,
    printTitleRows: null,
    orientation: "portrait",
    pageBreaksBefore: breaks,
    filterRow: null,
    // a sheet fit to the page's width ignores its page breaks: a fixed scale keeps them; at 88 %
    // with 15 mm above and below, 40 candidates (a bloc name of 40 letters on one line) fit a page
    page: {
      ...DOCUMENT_PAGE,
      margins: { ...DOCUMENT_PAGE.margins, top: 15, bottom: 15 },
      fitToWidth: false,
      scale: 88,
    },
  };
}
