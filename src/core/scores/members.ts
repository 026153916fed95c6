/** WORKBOOK.md §2 "Score sheets": whose sheet a score sheet is. */
import { normalise } from "../contract/text";
import { COUNCIL_SCORER } from "../contract/terms";

export interface Member {
  name: string;
  sheet: string;
}

/**
 * How members are told apart: exactly as written, ignoring case and spacing (Unicode NFC) — never
 * diacritics: Hương and Hường are two people.
 */
export function memberKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** "Chấm điểm - Nguyễn Văn A" → "Nguyễn Văn A"; a sheet named just "Chấm điểm" → "Hội đồng". */
export function memberOfSheet(sheetName: string): string {
  const dash = sheetName.search(/[-–—]/);
  if (dash >= 0) {
    const name = sheetName.slice(dash + 1).trim();
    if (name !== "") return name;
  }
  return normalise(sheetName) === normalise("Chấm điểm") ? COUNCIL_SCORER : sheetName.trim();
}
