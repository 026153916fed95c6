/**
 * WORKBOOK.md §7 and §11.2 `Khen thưởng` [Award list], laid out as an administrative document
 * (Nghị định 30/2020/NĐ-CP): the header's two blocks, the place and date, the title, the document
 * reference when given, one numbered table per award in priority order (the units granted, or
 * validly proposed, with bloc, rank and Total), the signature block — or, while the run is not
 * final, a DỰ THẢO line at the top and in the signature block's place. Times New Roman, A4 portrait,
 * the decree's margins.
 */
import type { CouncilResult } from "../../core/result/evaluate";
import { message, type Key, type Lang } from "../../i18n";
import { SHEETS } from "../../core/contract/sheets";
import { draftText, headerBlocks, linesIn, signatureBlock, spaceRow, wideRow } from "./document";
import { lineHeight } from "./metrics";
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

/** The header's left block: the first two columns; the right block: the others. */
const SPLIT = 2;

/** The height of a table row: its tallest wrapped cell, in the body's (or header's) font. */
export function tableRowHeight(columns: OutColumn[], row: OutRow): number {
  let height = lineHeight(11, 1);
  row.cells.forEach((cell, c) => {
    if (typeof cell.value !== "string") return;
    const { lines, size } = linesIn(columns, row.role, cell.value, c, c);
    height = Math.max(height, lineHeight(size, lines));
  });
  return height;
}

export function awardListSheet(result: CouncilResult, lang: Lang): OutSheet {
  const keys: Key[] = ["col.no", "col.unitName", "col.bloc", "col.rank", "col.total", "col.note"];
  const columns: OutColumn[] = [
    { width: 5, kind: "integer" },
    { width: 28, kind: "text", wrap: true },
    { width: 27, kind: "text", wrap: true },
    { width: 6, kind: "integer" },
    { width: 9, kind: "points" },
    { width: 10, kind: "text", wrap: true },
  ];
  const titleKey: Key = result.mode === "check" ? "out.awards.titleCheck" : "out.awards.title";
  const number = result.settings?.documentNumber ?? null;
  const draft = draftText(result, lang);
  const rows: OutRow[] = [
    ...headerBlocks(result, lang, columns, SPLIT, true),
    spaceRow(14),
    wideRow(columns, message(lang, titleKey, { year: String(result.year ?? "") }), { size: 14, bold: true }),
    ...(number === null
      ? []
      : [wideRow(columns, message(lang, "out.doc.reference", { number }), { italic: true })]),
    ...(draft === null ? [] : [wideRow(columns, draft, undefined, "draft")]),
  ];
  const table = (row: OutRow) => rows.push({ ...row, height: tableRowHeight(columns, row) });
  result.awards.forEach((award) => {
    const granted = result.units.filter((u) => u.award === award.code);
    rows.push(spaceRow(10));
    rows.push(
      wideRow(
        columns,
        message(lang, "out.awards.section", { name: award.name, code: award.code, count: granted.length }),
        { size: 13, bold: true, horizontal: "left" },
      ),
    );
    if (granted.length === 0) {
      rows.push(wideRow(columns, message(lang, "out.awards.none"), { italic: true, horizontal: "left" }));
      return;
    }
    table(headerRow(lang, keys));
    granted.forEach((unit, i) => {
      table({
        role: "body",
        cells: [
          integer(i + 1),
          text(unit.name),
          text(unit.bloc),
          integer(unit.rank),
          points(unit.total),
          text(unit.awaitingVote ? message(lang, "out.awards.awaitingVote") : null),
        ],
      });
    });
  });
  rows.push(...signatureBlock(result, lang, columns, SPLIT));
  return {
    name: SHEETS.awardList.vi,
    columns,
    rows,
    freezeRows: 0,
    printTitleRows: null,
    orientation: "portrait",
    pageBreaksBefore: [],
    filterRow: null,
    page: DOCUMENT_PAGE,
  };
}
