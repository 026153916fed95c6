import { IssueLog, msg } from "../issues";
import type { ScoreSheet } from "../contract/input";
import { toHundredths, type Hundredths } from "../contract/points";
import type { Council } from "../setup/council";
import { cellText, codeKey } from "../contract/text";
import { parseNumber, type Raw } from "../contract/values";
import { HEADERS } from "../contract/sheets";
import { at } from "../contract/indexing";
import { criterionColumns } from "./columns";

function isBlank(value: Raw): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * WORKBOOK.md §2 `Tự chấm` and §9: the units' own scores never count; a unit whose self-scored
 * Scored + Bonus − criteria deductions differs from the council's by more than the gap gets a
 * warning.
 */
export function checkSelfScores(
  council: Council,
  sheet: ScoreSheet,
  councilTotals: Map<number, Hundredths>,
  log: IssueLog,
): void {
  const columns = criterionColumns(council, sheet, new IssueLog());
  const seen = new Set<number>();
  for (const record of sheet.rows) {
    const code = cellText(record.unit);
    if (code === "") continue;
    const unit = council.unitByKey.get(codeKey(code));
    const unitWhere = {
      sheet: sheet.name,
      row: record.row,
      column: HEADERS.unitCode.vi,
      col: sheet.unitColumn,
      value: record.unit,
    };
    if (!unit) {
      log.warning(unitWhere, msg("warn.unknownUnit", { code }));
      continue;
    }
    if (seen.has(unit.index)) {
      log.warning(unitWhere, msg("warn.selfScoreTwice", { code: unit.code }));
      continue;
    }
    seen.add(unit.index);
    let total = 0;
    let readable = true;
    columns.forEach((c, i) => {
      if (c < 0) return;
      const value = record.values[i] ?? null;
      if (isBlank(value)) return;
      const points = parseNumber(value);
      const criterion = at(council.criteria, c, "criteria");
      if (Number.isNaN(points) || points < 0 || toHundredths(points) > criterion.max) {
        readable = false;
        log.warning(
          {
            sheet: sheet.name,
            row: record.row,
            column: criterion.code,
            col: at(sheet.columns, i, "sheet.columns").col,
            value,
          },
          msg("warn.selfScoreInvalid", { max: { points: criterion.max } }),
        );
        return;
      }
      const h = toHundredths(points);
      total += criterion.kind === "deduction" ? -h : h;
    });
    const councilTotal = councilTotals.get(unit.index);
    if (!readable || councilTotal === undefined) continue;
    const gap = Math.abs(total - councilTotal);
    if (gap > council.settings.selfGap) {
      log.warning(
        unitWhere,
        msg("warn.selfScoreGap", {
          unit: unit.code,
          self: { points: total },
          council: { points: councilTotal },
          gap: { points: gap },
          limit: { points: council.settings.selfGap },
        }),
      );
    }
  }
}
