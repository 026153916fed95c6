/**
 * WORKBOOK.md §7 `Khen thưởng` [Award list]: per award in priority order, the units granted (or
 * validly proposed), numbered, with bloc, rank and Total; a signature block; portrait A4.
 */
import type { CouncilResult } from "../../core/result/evaluate";
import { message, type Key, type Lang } from "../../i18n";
import { SHEETS } from "../../core/contract/sheets";
import {
  blankRow,
  headerRow,
  integer,
  points,
  spanRow,
  text,
  type OutColumn,
  type OutRow,
  type OutSheet,
} from "./sheet";

export function awardListSheet(result: CouncilResult, lang: Lang): OutSheet {
  const keys: Key[] = [
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
  const titleKey: Key = result.mode === "check" ? "out.awards.titleCheck" : "out.awards.title";
  const rows: OutRow[] = [
    spanRow("title", message(lang, titleKey, { year: String(result.year ?? "") }), width),
  ];
  result.awards.forEach((award) => {
    const granted = result.units.filter((u) => u.award === award.code);
    rows.push(blankRow());
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
  rows.push(blankRow());
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
