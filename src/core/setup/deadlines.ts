/**
 * WORKBOOK.md §2 `Hạn nộp` [Deadlines] (or its defaults) and §4: each report type (unique), its due
 * day and deductions; `Đăng ký thi đua` takes its dates from `Đăng ký`.
 */
import { IssueLog, msg } from "../issues";
import type { CouncilInput } from "../contract/input";
import { dayFromYmd, parseDay, type Day } from "../contract/dates";
import { toHundredths, type Hundredths } from "../contract/points";
import { isEmpty, parseNumber } from "../contract/values";
import { DEFAULT_DEADLINES, REGISTRATION_REPORT_KEY, looseKey } from "../contract/terms";
import { fieldAt, keyedRows } from "./rows";
import type { Deadline } from "./types";

export function readDeadlines(input: CouncilInput, log: IssueLog, year: number): Deadline[] {
  const sheet = input.deadlines;
  if (!sheet) {
    return DEFAULT_DEADLINES.map((d) => ({
      type: d.type,
      key: looseKey(d.type),
      due: dayFromYmd(year, d.month, d.day) as Day,
      late: d.late,
      missing: d.missing,
      fromRegistrations: looseKey(d.type) === REGISTRATION_REPORT_KEY,
    }));
  }
  const deadlines: Deadline[] = [];
  for (const { record, text: type, key } of keyedRows("deadlines", sheet, log, {
    field: "type",
    key: looseKey,
    withoutKey: "warn.rowWithoutReportType",
    duplicate: (type, first) => msg("err.duplicateReportType", { type, first }),
  })) {
    const due = parseDay(record.due ?? null);
    if (due === null) {
      log.structural(fieldAt("deadlines", sheet, record, "due"), msg("err.badDueDate", { type }));
      continue;
    }
    const deduction = (field: "late" | "missing"): Hundredths | null => {
      const raw = record[field] ?? null;
      if (isEmpty(raw)) return 0;
      const n = parseNumber(raw);
      if (Number.isNaN(n) || n < 0) {
        log.structural(fieldAt("deadlines", sheet, record, field), msg("err.badDeduction", { type }));
        return null;
      }
      return toHundredths(n);
    };
    const late = deduction("late");
    const missing = deduction("missing");
    if (late === null || missing === null) continue;
    deadlines.push({ type, key, due, late, missing, fromRegistrations: key === REGISTRATION_REPORT_KEY });
  }
  return deadlines;
}
