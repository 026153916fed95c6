/**
 * The file a registration import reads: a CSV file, or an .xlsx file (the sheet whose header row
 * matches best, or the one the user picked). In Excel, the task pane passes the active sheet or the
 * selection as a grid instead.
 */
import { headerScore } from "../../core/import/registration-import";
import type { GridSheet, GridWorkbook } from "../../core/contract/grid";
import { normalise } from "../../core/contract/text";
import { NoteError, note, type ShellMsg } from "../../i18n";
import { readFailureReason } from "../../i18n/failures";
import { readCsv } from "./csv";
import { loadWorkbook } from "./file";
import { gridOfWorkbook } from "./read";

export type SourceResult = { sheet: GridSheet; sheets: string[] } | { error: ShellMsg };

export function isCsvName(name: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(name);
}

/** Picks the sheet named `wanted`, else the one whose header row matches best. */
export function pickSheet(sheets: GridSheet[], wanted?: string): GridSheet | null {
  if (wanted !== undefined) return sheets.find((s) => normalise(s.name) === normalise(wanted)) ?? null;
  let best: GridSheet | null = null;
  let bestScore = 0;
  for (const sheet of sheets) {
    const score = headerScore(sheet);
    if (score > bestScore) [best, bestScore] = [sheet, score];
  }
  return best ?? sheets[0] ?? null;
}

export async function readRegistrationSource(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string,
): Promise<SourceResult> {
  if (isCsvName(fileName)) {
    const csv = readCsv(bytes, fileName);
    return "error" in csv ? csv : { sheet: csv.sheet, sheets: [csv.sheet.name] };
  }
  let sheets: GridSheet[];
  try {
    sheets = gridOfWorkbook(await loadWorkbook(bytes)).sheets;
  } catch (error) {
    if (error instanceof NoteError)
      return { error: note("file.cannotRead", { file: fileName, reason: { msg: error.msg } }) };
    return { error: note("file.notXlsx", { file: fileName, reason: { msg: readFailureReason(error) } }) };
  }
  const picked = pickSheet(sheets, sheet);
  if (!picked) return { error: note("imp.noHeader") };
  return { sheet: picked, sheets: sheets.map((s) => s.name) };
}

/** A member's score file: every sheet with its cells' number formats (to copy values, not formulas). */
export async function readMemberFile(
  bytes: Uint8Array,
  name: string,
): Promise<{ name: string; grid: GridWorkbook }> {
  return { name, grid: gridOfWorkbook(await loadWorkbook(bytes), { formats: true }) };
}
