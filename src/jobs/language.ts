/**
 * The language of a workbook's own words (sheet names and headers the jobs add): English when its
 * `Đơn vị` sheet is named `Units`, Vietnamese when named `Đơn vị`, unknown otherwise. A job writes
 * into a workbook in the workbook's language, whatever the door's; the door's language is only the
 * fallback for a workbook that does not say.
 */
import type { GridWorkbook } from "../core/contract/grid";
import { looseKey } from "../core/contract/terms";
import { SHEETS } from "../core/contract/sheets";
import type { Lang } from "../i18n";

export function workbookLang(grid: GridWorkbook): Lang | null {
  for (const sheet of grid.sheets) {
    const key = looseKey(sheet.name);
    if (key === looseKey(SHEETS.units.vi)) return "vi";
    if (key === looseKey(SHEETS.units.en)) return "en";
  }
  return null;
}
