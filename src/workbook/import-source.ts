/**
 * The file a registration import reads: a CSV file, or an .xlsx file (the sheet whose header row
 * matches best, or the one the user picked). In Excel, the task pane passes the active sheet or the
 * selection as a grid instead.
 */
import { headerScore } from "../core/import/registrations";
import { msg, type Msg } from "../core/issues";
import type { GridSheet } from "../core/read/grid";
import { normalise } from "../core/text";
import { readCsv } from "./csv";
import { gridOfWorkbook } from "./exceljs-grid";
import { loadWorkbook } from "./exceljs-run";

export type SourceResult = { sheet: GridSheet; sheets: string[] } | { error: Msg };

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
    return { error: msg("cli.notXlsx", { file: fileName, reason: (error as Error).message }) };
  }
  const picked = pickSheet(sheets, sheet);
  if (!picked) return { error: msg("imp.noHeader") };
  return { sheet: picked, sheets: sheets.map((s) => s.name) };
}
