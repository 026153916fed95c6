/**
 * WORKBOOK.md §11.4 `thidua verify`: "checks the chain — exit 1 naming the first row that does not
 * hold — and says whether the input changed since the last compute and whether computing today's
 * input gives the last logged result fingerprint; exit 0 when the chain holds." A workbook without
 * a log has no chain to hold: that is said, and is not a success (docs/LOG.md).
 */
import { readContract } from "../core/contract/reader";
import { actionOf, checkChain, type ChainCheck, type LoggedRow } from "../core/log/chain";
import { inputFingerprint, resultFingerprint } from "../core/log/fingerprints";
import { evaluate } from "../core/result/evaluate";
import { toJson } from "../core/result/json";
import { note, type Lang, type ShellMsg } from "../i18n";
import { SHEETS } from "../core/contract/sheets";
import type { WorkbookPort } from "../workbook/port";
import type { Report, ReportLine } from "./report";

export interface VerifyOutcome {
  /** The chain holds (the exit code 0). */
  ok: boolean;
  /** null: the workbook has no log. */
  chain: ChainCheck | null;
  /** The rows of compute actions of the chain that holds (up to the first broken row). */
  computeRows: LoggedRow[];
  /** null when nothing was computed yet (or no log). */
  inputChanged: boolean | null;
  /** Today's result fingerprint equals the last logged one; null: none logged, or no result today. */
  resultSame: boolean | null;
  report: Report;
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;

function rowLine(row: LoggedRow): ReportLine {
  const [index, time, action, door, by, , result] = row.cells;
  return {
    kind: "item",
    msg: note("job.verify.row", {
      row: row.row,
      index,
      time,
      action,
      door,
      by: by === "" ? "—" : by,
      result: result === "" ? "—" : short(result),
    }),
  };
}

export async function verifyLog(
  port: WorkbookPort,
  options: { lang: Lang; currentYear?: number },
): Promise<VerifyOutcome> {
  const sheet = await port.readLog();
  if (sheet === null) {
    return {
      ok: false,
      chain: null,
      computeRows: [],
      inputChanged: null,
      resultSame: null,
      report: {
        tone: "error",
        headline: note("job.verify.noLog", { sheet: SHEETS.log.vi }),
        lines: [],
      },
    };
  }
  const chain = checkChain(sheet.rows);
  const computeRows = chain.rows.filter((row) => actionOf(row.cells) === "compute");
  const lines: ReportLine[] = [];
  if (computeRows.length > 0) {
    lines.push({ kind: "heading", msg: note("job.verify.computeRows", { count: computeRows.length }) });
    for (const row of computeRows) lines.push(rowLine(row));
  }
  // today's input and result, against the last compute the chain vouches for
  const grid = await port.readGrid();
  const last = computeRows[computeRows.length - 1];
  let inputChanged: boolean | null = null;
  let resultSame: boolean | null = null;
  if (last) {
    const input = readContract(grid);
    inputChanged = inputFingerprint(input) !== last.cells[5];
    lines.push({
      kind: "item",
      msg: note(inputChanged ? "job.verify.inputChanged" : "job.verify.inputSame", { row: last.row }),
    });
    const result = evaluate(input, { currentYear: options.currentYear });
    if (result.ok) {
      resultSame = resultFingerprint(toJson(result, options.lang)) === last.cells[6];
      lines.push({
        kind: "item",
        msg: note(resultSame ? "job.verify.resultSame" : "job.verify.resultDiffers", { row: last.row }),
      });
    } else {
      lines.push({ kind: "item", msg: note("job.verify.noResult") });
    }
  } else {
    lines.push({ kind: "item", msg: note("job.verify.noCompute") });
  }
  const headline: ShellMsg = chain.ok
    ? note("job.verify.holds", { sheet: sheet.name, rows: chain.rows.length })
    : note("job.verify.broken", {
        sheet: sheet.name,
        row: chain.row,
        reason: {
          msg: note(`job.verify.fault.${chain.fault}`, { column: chain.column ?? "" }),
        },
      });
  return {
    ok: chain.ok,
    chain,
    computeRows,
    inputChanged,
    resultSame,
    report: { tone: chain.ok ? "success" : "error", headline, lines },
  };
}
