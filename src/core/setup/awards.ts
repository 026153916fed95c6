/**
 * WORKBOOK.md §2 `Danh hiệu` [Awards] and §9: each award by its code (unique), its priority (unique),
 * standards and limits; every bad cell of a row is structural. And finding the award a cell names.
 */
import { IssueLog, msg } from "../issues";
import type { CouncilInput } from "../contract/input";
import { cellText, codeKey, normalise } from "../contract/text";
import { isEmpty, parseYesNo, type Raw } from "../contract/values";
import { SCOPES, findTerm, type Scope } from "../contract/terms";
import { fieldAt, keyedRows, percentValue, pointsValue, wholeNumber, type Row } from "./rows";
import type { Award, ClassDef } from "./types";

export function readAwards(input: CouncilInput, log: IssueLog, classes: ClassDef[]): Award[] {
  const sheet = input.awards;
  if (!sheet) return [];
  const awards: Award[] = [];
  const rowByPriority = new Map<number, number>();
  for (const { record, text: code, key } of keyedRows("awards", sheet, log, {
    field: "code",
    key: codeKey,
    withoutKey: "warn.rowWithoutAwardCode",
    duplicate: (code, first) => msg("err.duplicateAwardCode", { code, first }),
  })) {
    const errorsBefore = log.issues.length;
    const bad = (field: string, expected: ReturnType<typeof msg>) =>
      log.structural(
        fieldAt("awards", sheet, record, field),
        msg("err.badAwardValue", { code, expected: { msg: expected } }),
      );
    const raw = (field: string): Raw => (record as Row)[field] ?? null;

    const priority = wholeNumber(raw("priority"), 0);
    if (priority === null) bad("priority", msg("expect.wholeAtLeast", { min: 0 }));
    else if (rowByPriority.has(priority)) {
      log.structural(
        fieldAt("awards", sheet, record, "priority"),
        msg("err.duplicatePriority", { priority, first: rowByPriority.get(priority) as number }),
      );
    } else rowByPriority.set(priority, record.row);

    const optional = <T>(
      field: string,
      parse: (value: Raw) => T | null,
      expected: ReturnType<typeof msg>,
    ): T | null => {
      if (isEmpty(raw(field))) return null;
      const value = parse(raw(field));
      if (value === null) bad(field, expected);
      return value;
    };
    const yesNo = (field: string, fallback: boolean): boolean => {
      if (isEmpty(raw(field))) return fallback;
      const value = parseYesNo(raw(field));
      if (value === null) bad(field, msg("expect.yesNo"));
      return value ?? fallback;
    };

    const minPoints = optional("minPoints", pointsValue, msg("expect.number"));
    let minClass: ClassDef | null = null;
    if (!isEmpty(raw("minClass"))) {
      const name = cellText(raw("minClass"));
      minClass = classes.find((c) => c.key === normalise(name)) ?? null;
      if (!minClass) {
        log.structural(fieldAt("awards", sheet, record, "minClass"), msg("err.unknownClass", { code, name }));
      }
    }
    const maxRank = optional("maxRank", (v) => wholeNumber(v, 1), msg("expect.wholeAtLeast", { min: 1 }));
    const registrationRequired = yesNo("registrationRequired", true);
    const onTimeRequired = yesNo("onTimeRequired", false);
    const minVotePct = optional("minVotePct", (v) => percentValue(v, 100), msg("expect.percent"));
    const scopeText = cellText(raw("scope"));
    const scope: Scope | null = scopeText === "" ? "bloc" : findTerm(SCOPES, scopeText);
    if (!scope) bad("scope", msg("expect.oneOf", { values: "Khối · Toàn bộ" }));
    const maxCount = optional("maxCount", (v) => wholeNumber(v, 0), msg("expect.wholeAtLeast", { min: 0 }));
    const maxSharePct = optional("maxSharePct", (v) => percentValue(v, 100), msg("expect.percent"));
    if (log.issues.length !== errorsBefore && log.issues.slice(errorsBefore).some((i) => i.structural))
      continue;

    const name = cellText(raw("name")) || code;
    awards.push({
      index: -1,
      code,
      key,
      name,
      nameKey: normalise(name),
      priority: priority as number,
      minPoints,
      minClass,
      maxRank,
      registrationRequired,
      onTimeRequired,
      minVotePct,
      scope: scope as Scope,
      maxCount,
      maxSharePct,
      row: record.row,
    });
  }
  awards.sort((a, b) => a.priority - b.priority);
  awards.forEach((award, index) => (award.index = index));
  return awards;
}

const awardLookups = new WeakMap<Award[], Map<string, Award | null>>();

/** The award a cell names: its code, or its name (normalised); null when none. */
export function findAward(awards: Award[], text: string): Award | null {
  let lookup = awardLookups.get(awards);
  if (!lookup) {
    lookup = new Map();
    awardLookups.set(awards, lookup);
  }
  let award = lookup.get(text);
  if (award === undefined) {
    const key = codeKey(text);
    const nameKey = normalise(text);
    award = awards.find((a) => a.key === key) ?? awards.find((a) => a.nameKey === nameKey) ?? null;
    lookup.set(text, award);
  }
  return award;
}
