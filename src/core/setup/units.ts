/**
 * WORKBOOK.md §2 `Đơn vị` [Units] and §10.3: each unit by its code (unique), its bloc (an empty bloc
 * is a unit error), members, women share, and the class it may get at most.
 */
import { IssueLog, msg, type Where } from "../issues";
import type { CouncilInput } from "../contract/input";
import { cellText, codeKey, normalise } from "../contract/text";
import { isEmpty, parsePercent } from "../contract/values";
import { fieldAt, keyedRows, wholeNumber } from "./rows";
import type { Bloc, ClassDef, Unit } from "./types";

/** A `Xếp loại tối đa` cell, named by its unit, to resolve once the classes are known. */
export interface MaxClassCell {
  unit: Unit;
  name: string;
  where: Where;
}

export function readUnits(
  input: CouncilInput,
  log: IssueLog,
): { units: Unit[]; blocs: Bloc[]; maxClassCells: MaxClassCell[] } {
  const units: Unit[] = [];
  const blocs: Bloc[] = [];
  const maxClassCells: MaxClassCell[] = [];
  const sheet = input.units;
  if (!sheet) return { units, blocs, maxClassCells };
  const blocByKey = new Map<string, Bloc>();
  for (const { record, text: code, key } of keyedRows("units", sheet, log, {
    field: "code",
    key: codeKey,
    withoutKey: "warn.rowWithoutUnitCode",
    duplicate: (code, first) => msg("err.duplicateUnitCode", { code, first }),
  })) {
    let name = cellText(record.name ?? null);
    if (name === "") {
      log.warning(fieldAt("units", sheet, record, "name"), msg("warn.unitWithoutName", { code }));
      name = code;
    }
    const unit: Unit = {
      index: units.length,
      code,
      key,
      name,
      nameKey: normalise(name),
      bloc: null,
      blocIndex: -1,
      type: cellText(record.type ?? null) || null,
      members: null,
      womenShare: null,
      maxClass: null,
      row: record.row,
      errors: [],
    };
    const blocName = cellText(record.bloc ?? null);
    if (blocName === "") {
      unit.errors.push(log.unitError(code, fieldAt("units", sheet, record, "bloc"), msg("err.emptyBloc")));
    } else {
      const blocKey = normalise(blocName);
      let bloc = blocByKey.get(blocKey);
      if (!bloc) {
        bloc = { index: blocs.length, name: blocName, key: blocKey, units: [] };
        blocByKey.set(blocKey, bloc);
        blocs.push(bloc);
      }
      bloc.units.push(unit.index);
      unit.bloc = bloc.name;
      unit.blocIndex = bloc.index;
    }
    if (!isEmpty(record.members ?? null)) {
      unit.members = wholeNumber(record.members ?? null, 0);
      if (unit.members === null) {
        log.warning(fieldAt("units", sheet, record, "members"), msg("warn.badMembers"));
      }
    }
    if (!isEmpty(record.womenShare ?? null)) {
      const share = parsePercent(record.womenShare ?? null);
      if (Number.isNaN(share) || share < 0 || share > 100) {
        log.warning(fieldAt("units", sheet, record, "womenShare"), msg("warn.badWomenShare"));
      } else {
        unit.womenShare = share;
      }
    }
    if (!isEmpty(record.maxClass ?? null)) {
      const where = fieldAt("units", sheet, record, "maxClass");
      maxClassCells.push({ unit, name: cellText(record.maxClass ?? null), where });
    }
    units.push(unit);
  }
  return { units, blocs, maxClassCells };
}

/**
 * §10.3: "`Xếp loại tối đa` [Max class]: a class name from `Xếp loại` (empty: no cap). … A name
 * that is not a class is a **unit error** of that unit."
 */
export function resolveMaxClasses(
  cells: MaxClassCell[],
  classes: ClassDef[],
  rejected: Set<string>,
  log: IssueLog,
): void {
  for (const { unit, name, where } of cells) {
    const found = classes.find((c) => c.key === normalise(name));
    if (found) unit.maxClass = found;
    else if (rejected.has(normalise(name)))
      continue; // a class whose row is a structural error
    else unit.errors.push(log.unitError(unit.code, where, msg("err.unknownMaxClass", { name })));
  }
}
