/** The class definitions of `Xếp loại` [Classes] (WORKBOOK.md §5, §10.1–§10.2, §10.6). */
import { IssueLog, msg } from "../issues";
import type { CouncilInput } from "../contract/input";
import type { Hundredths } from "../contract/points";
import { normalise } from "../contract/text";
import { isEmpty, parseYesNo } from "../contract/values";
import { DEFAULT_CLASSES } from "../contract/terms";
import { fieldAt, keyedRows, percentValue, pointsValue, type Row } from "./rows";
import type { ClassDef } from "./types";

const NO_CONDITIONS = { noZero: false, minGroupSharePct: null, maxSharePct: null } as const;

/**
 * §5 and §10.1–§10.2: `Xếp loại`, highest `Điểm từ` first, with the optional columns `Không có
 * tiêu chí 0` (yes/no, default no), `Tỷ lệ tối thiểu mỗi nhóm (%)` and `Tỷ lệ tối đa (%)` (0–100).
 * Structural (§10.6): a bad yes/no or share, two classes with the same `Điểm từ`, a share on the
 * class with the lowest `Điểm từ`.
 */
export function readClasses(input: CouncilInput, log: IssueLog, rejected = new Set<string>()): ClassDef[] {
  const sheet = input.classes;
  if (!sheet) {
    return DEFAULT_CLASSES.map((c, index) => ({
      name: c.name,
      key: normalise(c.name),
      from: c.from,
      index,
      ...NO_CONDITIONS,
      row: null,
    }));
  }
  const classes: ClassDef[] = [];
  const rowByFrom = new Map<Hundredths, number>();
  for (const { record, text: name, key } of keyedRows("classes", sheet, log, {
    field: "name",
    key: normalise,
    withoutKey: "warn.rowWithoutClassName",
    duplicate: (name, first) => msg("err.duplicateClass", { name, first }),
  })) {
    rejected.add(key); // until the row proves valid
    // every column of the row is checked, so that each bad cell is reported
    let valid = true;
    const from = pointsValue(record.from ?? null);
    const sameFrom = from === null ? undefined : rowByFrom.get(from);
    if (from === null) {
      log.structural(fieldAt("classes", sheet, record, "from"), msg("err.badClassFrom", { name }));
      valid = false;
    } else if (sameFrom !== undefined) {
      log.structural(
        fieldAt("classes", sheet, record, "from"),
        msg("err.duplicateClassFrom", { name, from: { points: from }, first: sameFrom }),
      );
      valid = false;
    } else rowByFrom.set(from, record.row);
    const bad = (field: string, expected: ReturnType<typeof msg>) =>
      log.structural(
        fieldAt("classes", sheet, record, field),
        msg("err.badClassValue", { name, expected: { msg: expected } }),
      );
    const noZeroRaw = record.noZero ?? null;
    const noZero = isEmpty(noZeroRaw) ? false : parseYesNo(noZeroRaw);
    if (noZero === null) {
      bad("noZero", msg("expect.yesNo"));
      valid = false;
    }
    const share = (field: "minGroupSharePct" | "maxSharePct"): Hundredths | null => {
      const raw = record[field] ?? null;
      if (isEmpty(raw)) return null;
      const value = percentValue(raw, 100);
      if (value === null) {
        bad(field, msg("expect.percent"));
        valid = false;
      }
      return value;
    };
    const minGroupSharePct = share("minGroupSharePct");
    const maxSharePct = share("maxSharePct");
    if (!valid) continue;
    rejected.delete(key);
    classes.push({
      name,
      key,
      from: from as Hundredths,
      index: -1,
      noZero: noZero as boolean,
      minGroupSharePct,
      maxSharePct,
      row: record.row,
    });
  }
  if (classes.length === 0) log.warning({ sheet: sheet.name }, msg("warn.noClasses"));
  classes.sort((a, b) => b.from - a.from);
  classes.forEach((c, index) => (c.index = index));
  const lowest = classes[classes.length - 1];
  if (lowest && lowest.maxSharePct !== null) {
    const record = sheet.records.find((r) => r.row === lowest.row) as Row;
    log.structural(
      fieldAt("classes", sheet, record, "maxSharePct"),
      msg("err.shareOnLowestClass", { name: lowest.name }),
    );
  }
  return classes;
}
