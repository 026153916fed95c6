/**
 * WORKBOOK.md §2 `Đăng ký` and §9 — who registered, for which awards, on which day.
 * "A unit with no valid registration row is not registered and can receive no award. A row with
 * an unknown unit or a bad date is reported and does not count. Each award named in the cell
 * counts on its own: an unknown one is an error on that row and is skipped; the others count."
 */
import type { Day } from "../contract/dates";
import { parseDay } from "../contract/dates";
import { IssueLog, msg } from "../issues";
import type { RegistrationsSheet } from "../contract/input";
import { fieldAt, findAward, type Council, type Unit } from "../setup/council";
import { cellText, codeKey, normalise } from "../contract/text";
import { isEmpty } from "../contract/values";
import { at, only } from "../contract/indexing";

export interface Registration {
  /** At least one valid row (a known unit and a valid date). */
  registered: boolean;
  /** The earliest valid registration date: the `Đăng ký thi đua` deadline's date (§4). */
  earliest: Day | null;
  /** Indices (into council.awards, so by priority) of the awards registered, in the order found. */
  awards: number[];
  /** The highest-priority award registered (the smallest index), or Infinity. */
  highest: number;
}

/** Finds the unit a row names by code, or — only when the code cell is empty — by name. */
export function unitOfRow(
  council: Council,
  code: string,
  name: string,
): { unit: Unit } | { unknown: "code" | "name" | "none" } | { ambiguous: Unit[] } {
  if (code !== "") {
    const unit = council.unitByKey.get(codeKey(code));
    return unit ? { unit } : { unknown: "code" };
  }
  if (name === "") return { unknown: "none" };
  const key = normalise(name);
  const matches = council.units.filter((u) => u.nameKey === key);
  const unit = only(matches);
  if (unit !== undefined) return { unit };
  return matches.length === 0 ? { unknown: "name" } : { ambiguous: matches };
}

/** Splits a `Danh hiệu đăng ký` cell: award codes or names separated by `;`, `,` or new lines. */
export function splitAwardList(text: string): string[] {
  return text
    .split(/[;,\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function readRegistrations(
  council: Council,
  sheet: RegistrationsSheet | null,
  log: IssueLog,
): Registration[] {
  const registrations: Registration[] = council.units.map(() => ({
    registered: false,
    earliest: null,
    awards: [],
    highest: Infinity,
  }));
  if (!sheet) return registrations;
  for (const record of sheet.records) {
    const code = cellText(record.code ?? null);
    const name = cellText(record.name ?? null);
    const found = unitOfRow(council, code, name);
    if (!("unit" in found)) {
      const field = code !== "" || !("name" in sheet.columns) ? "code" : "name";
      const where = fieldAt("registrations", sheet, record, field);
      if ("ambiguous" in found) {
        log.warning(
          where,
          msg("warn.ambiguousUnitName", { name, candidates: found.ambiguous.map((u) => u.code).join(", ") }),
        );
      } else if (found.unknown === "code") {
        log.warning(where, msg("warn.unknownUnit", { code }));
      } else if (found.unknown === "name") {
        log.warning(where, msg("warn.unknownUnitName", { name }));
      } else if (!isEmpty(record.awards ?? null) || !isEmpty(record.date ?? null)) {
        log.warning(where, msg("warn.rowWithoutUnit"));
      }
      continue;
    }
    const unit = found.unit;
    const date = parseDay(record.date ?? null);
    if (date === null) {
      log.error(fieldAt("registrations", sheet, record, "date"), msg("err.badRegistrationDate"));
      continue;
    }
    const registration = at(registrations, unit.index, "registrations");
    registration.registered = true;
    if (registration.earliest === null || date < registration.earliest) registration.earliest = date;
    const text = cellText(record.awards ?? null);
    if (text === "") {
      log.warning(fieldAt("registrations", sheet, record, "awards"), msg("warn.noAwardRegistered"));
      continue;
    }
    const whole = findAward(council.awards, text);
    const names = whole ? [text] : splitAwardList(text);
    for (const part of names) {
      const award = findAward(council.awards, part);
      if (award) {
        if (!registration.awards.includes(award.index)) registration.awards.push(award.index);
        registration.highest = Math.min(registration.highest, award.index);
      } else {
        const where = { ...fieldAt("registrations", sheet, record, "awards"), value: part };
        log.error(where, msg("err.unknownAward", { award: part }));
      }
    }
  }
  return registrations;
}
