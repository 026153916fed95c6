/**
 * WORKBOOK.md §11.3 — the explicit action that prepares the vote: it adds to the input sheet `Biểu
 * quyết` (created from the template when absent) one row per (candidate, award) not already there,
 * with `Số phiếu đồng ý` empty for the council to fill in. Like an import, it only adds rows and says
 * what it did: a count already entered, and every other row, is never changed. The candidates are
 * those of the ballots (`Phiếu biểu quyết`): the ranked units that meet every standard of an award
 * with a `Tỷ lệ phiếu tối thiểu (%)` except the vote.
 */
import { readContract } from "../core/contract/reader";
import { SHEETS } from "../core/contract/sheets";
import { cellText, codeKey, normalise } from "../core/contract/text";
import { evaluate } from "../core/result/evaluate";
import { note, type Lang } from "../i18n";
import { TEXT_FORMAT } from "../workbook/cells";
import type { CellWrite, WorkbookPort } from "../workbook/port";
import { emptyInputSheet } from "../workbook/template/template";
import { TEMPLATE_HEADER_ROW } from "../workbook/template/types";
import { computeReport } from "./compute";
import { workbookLang } from "./language";
import { capped, type Report } from "./report";
import { logEntry, type LogOptions } from "./log";

export interface BallotRowsOptions extends LogOptions {
  lang: Lang;
  /** The year used when `Cài đặt` has no `Năm thi đua` (default: this year). */
  currentYear?: number;
}

export interface BallotRowsOutcome {
  /** The rows added, as (unit code, award code). */
  added: { unit: string; award: string }[];
  /** Something was written. */
  written: boolean;
  report: Report;
}

/** The most added rows a report lists (all are written). */
export const LISTED_ROWS = 50;

export async function addBallotRows(
  port: WorkbookPort,
  options: BallotRowsOptions,
): Promise<BallotRowsOutcome> {
  const grid = await port.readGrid();
  const input = readContract(grid);
  const result = evaluate(input, { currentYear: options.currentYear });
  if (!result.ok) return { added: [], written: false, report: computeReport(result) };
  if (result.ballots.length === 0) {
    return {
      added: [],
      written: false,
      report: { tone: "info", headline: note("job.votes.noAward"), lines: [] },
    };
  }
  const awards = new Map(result.awards.map((a) => [a.code, a]));
  const sheet = input.votes;
  // the (unit, award) pairs already in `Biểu quyết`, an award by its code or its name
  const existing = new Set<string>();
  for (const record of sheet?.records ?? []) {
    const unit = codeKey(cellText(record.code ?? null));
    const text = cellText(record.award ?? null);
    const award = result.awards.find(
      (a) => codeKey(a.code) === codeKey(text) || normalise(a.name) === normalise(text),
    );
    if (unit !== "" && award) existing.add(`${unit}\t${award.code}`);
  }
  const byCode = new Map(result.units.map((u) => [u.code, u]));
  const added: { unit: string; award: string }[] = [];
  let kept = 0;
  for (const ballot of result.ballots) {
    for (const unit of ballot.units) {
      if (existing.has(`${codeKey(unit)}\t${ballot.award}`)) kept++;
      else added.push({ unit, award: ballot.award });
    }
  }
  const lang = workbookLang(grid) ?? options.lang;
  if (added.length > 0)
    await port.writeCells(ballotWrite(sheet, added, lang), {
      log: await logEntry(port, "votes", options, { grid }),
    });
  const lines = capped(
    added.map((row) => ({
      kind: "item" as const,
      msg: note("job.votes.item", {
        unit: `${row.unit} (${byCode.get(row.unit)?.name ?? row.unit})`,
        award: `${row.award} (${awards.get(row.award)?.name ?? row.award})`,
      }),
    })),
    LISTED_ROWS,
  );
  return {
    added,
    written: added.length > 0,
    report: {
      tone: "success",
      headline: note("job.votes.summary", {
        sheet: sheet?.name ?? SHEETS.votes[lang],
        added: added.length,
        kept,
      }),
      lines: added.length > 0 ? lines : [{ kind: "item", msg: note("imp.nothingToWrite") }],
    },
  };
}

/** The added rows, below the last row of `Biểu quyết` (or under the template's header): text as text. */
function ballotWrite(
  sheet: ReturnType<typeof readContract>["votes"],
  added: { unit: string; award: string }[],
  lang: Lang,
): CellWrite {
  const columns = sheet ? sheet.columns : { code: 1, award: 2, votes: 3 };
  const next = sheet
    ? Math.max(sheet.headerRow, ...sheet.records.map((r) => r.row)) + 1
    : TEMPLATE_HEADER_ROW + 1;
  const blocks = (["code", "award"] as const).flatMap((field) => {
    const col = columns[field];
    if (col === undefined) return [];
    return [
      {
        row: next,
        col,
        values: added.map((row) => [field === "code" ? row.unit : row.award]),
        formats: added.map(() => [TEXT_FORMAT]),
      },
    ];
  });
  return {
    sheet: sheet?.name ?? SHEETS.votes[lang],
    blocks,
    create: sheet ? undefined : emptyInputSheet("votes", lang),
  };
}
