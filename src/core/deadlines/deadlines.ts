/**
 * WORKBOOK.md §4 — deadlines. For each report type in `Hạn nộp` and each unit: submitted after the
 * due day → the late deduction; not submitted → the missing deduction. `Đăng ký thi đua` takes its
 * date from `Đăng ký` (the unit's earliest valid registration); every other type from `Báo cáo`,
 * where several rows for one unit and type count by the earliest date. Late = strictly after the
 * due day. Each deduction is one of the unit's reasons.
 */
import { parseDay, type Day } from "../contract/dates";
import { IssueLog, msg } from "../issues";
import type { ReportsSheet } from "../contract/input";
import type { Hundredths } from "../contract/points";
import type { Registration } from "./registrations";
import { fieldAt, type Council, type Deadline } from "../setup/council";
import { cellText, codeKey } from "../contract/text";
import { isEmpty } from "../contract/values";
import { looseKey } from "../contract/terms";
import { at } from "../contract/indexing";

export interface DeadlineMiss {
  deadline: Deadline;
  /** The submission date, or null when not submitted. */
  submitted: Day | null;
  deduction: Hundredths;
}

export interface UnitDeadlines {
  /** Late or missing reports, in `Hạn nộp` order. */
  misses: DeadlineMiss[];
  deduction: Hundredths;
}

export function checkDeadlines(
  council: Council,
  reports: ReportsSheet | null,
  registrations: Registration[],
  log: IssueLog,
): UnitDeadlines[] {
  const D = council.deadlines.length;
  const deadlineByKey = new Map(council.deadlines.map((d, i) => [d.key, i]));
  // earliest submission per [unit][deadline], NaN for none
  const submitted = new Float64Array(council.units.length * D).fill(NaN);
  if (reports) {
    for (const record of reports.records) {
      const code = cellText(record.code ?? null);
      if (code === "") {
        if (!isEmpty(record.type ?? null) || !isEmpty(record.date ?? null)) {
          log.warning(fieldAt("reports", reports, record, "code"), msg("warn.rowWithoutUnitCode"));
        }
        continue;
      }
      const unit = council.unitByKey.get(codeKey(code));
      if (!unit) {
        log.warning(fieldAt("reports", reports, record, "code"), msg("warn.unknownUnit", { code }));
        continue;
      }
      const type = cellText(record.type ?? null);
      const d = deadlineByKey.get(looseKey(type));
      if (d === undefined) {
        log.warning(fieldAt("reports", reports, record, "type"), msg("warn.unknownReportType", { type }));
        continue;
      }
      if (at(council.deadlines, d, "deadlines").fromRegistrations) {
        log.warning(fieldAt("reports", reports, record, "type"), msg("warn.registrationInReports", { type }));
        continue;
      }
      if (isEmpty(record.date ?? null)) continue; // empty = not submitted
      const date = parseDay(record.date ?? null);
      if (date === null) {
        log.error(fieldAt("reports", reports, record, "date"), msg("err.badReportDate"));
        continue;
      }
      const i = unit.index * D + d;
      const earlier = at(submitted, i, "submitted");
      if (Number.isNaN(earlier) || date < earlier) submitted[i] = date;
    }
  }
  return council.units.map((unit) => {
    const misses: DeadlineMiss[] = [];
    let deduction = 0;
    council.deadlines.forEach((deadline, d) => {
      const raw = deadline.fromRegistrations
        ? at(registrations, unit.index, "registrations").earliest
        : at(submitted, unit.index * D + d, "submitted");
      const date = raw === null || Number.isNaN(raw) ? null : raw;
      if (date === null) {
        misses.push({ deadline, submitted: null, deduction: deadline.missing });
        deduction += deadline.missing;
      } else if (date > deadline.due) {
        misses.push({ deadline, submitted: date, deduction: deadline.late });
        deduction += deadline.late;
      }
    });
    return { misses, deduction };
  });
}
