/**
 * CSV files units send: UTF-8 with or without a BOM; comma, semicolon or tab; quoted fields with
 * line breaks. A file that is not valid UTF-8 is refused (never imported as garbled text): Vietnamese
 * offices still meet Windows-1258 and TCVN3 files, which must be re-saved as "CSV UTF-8".
 */
import Papa from "papaparse";
import type { GridSheet } from "../../core/contract/grid";
import { note, type ShellMsg } from "../../i18n";

const DELIMITERS = [",", ";", "\t"] as const;

export type CsvResult = { sheet: GridSheet } | { error: ShellMsg };

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/** Parses with each delimiter; keeps the one whose rows most often share the most common width. */
function parseBest(text: string): string[][] {
  let best: { rows: string[][]; score: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
    const widths = new Map<number, number>();
    for (const row of parsed.data)
      if (row.length > 1) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    const [width, count] = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    const score = count * 1000 + width - parsed.errors.length * 10;
    if (!best || score > best.score) best = { rows: parsed.data, score };
  }
  return best?.rows ?? [];
}

export function readCsv(bytes: Uint8Array, name: string): CsvResult {
  const text = decodeUtf8(bytes);
  if (text === null) return { error: note("imp.notUtf8") };
  if (text.trim() === "") return { error: note("imp.emptyFile") };
  const rows = parseBest(text).map((row) => row.map((cell) => (cell === "" ? null : cell.normalize("NFC"))));
  return { sheet: { name, rows, merges: [] } };
}
