/**
 * A template sheet (./types.ts) as the cells both adapters write — the same values, number
 * formats, merges, validation areas, unlocked cells and row heights in Excel and in a file:
 * row 1 the instruction (merged across, italic, at least 48 pt and as high as its wrapped text needs), row 2 the headers, then the data rows;
 * the columns' number formats and validation cover `inputRows` rows below the header.
 */
import type { MergedArea } from "../../core/contract/grid";
import { sheetReference } from "../addresses";
import { TEXT_FORMAT, formatFor } from "../cells";
import { wrappedHeight } from "../layout/heights";
import { TEMPLATE_FORMATS, TEMPLATE_STYLE } from "../styles";
import { TEMPLATE_HEADER_ROW, type TemplateSheet, type TemplateValue, type Validation } from "./types";

/** A template cell as written: text, a number (dates as Excel serials), a formula, or empty. */
export type LaidCell = string | number | { formula: string } | null;

export interface TemplateLayout {
  name: string;
  width: number;
  /** Rows from row 1: the instruction, the headers, the data rows, then empty input rows. */
  values: LaidCell[][];
  formats: string[][];
  merges: MergedArea[];
  /** Validation areas, 1-based. */
  validations: { area: MergedArea; validation: Validation }[];
  /** Cells left unlocked on a protected sheet. */
  unlocked: MergedArea[];
  heights: { row: number; height: number }[];
  /** Column widths in characters. */
  widths: number[];
  freezeRows: number;
  /** The sheet is protected (score sheets); the password, if any, is the caller's. */
  protect: boolean;
}

/** Excel's longest list literal in a validation rule (Microsoft: 255 characters). */
export const MAX_LIST_LITERAL = 255;

/**
 * The source of a list validation: the comma-separated literal (at most 255 characters, which
 * Excel enforces) or an absolute reference to another sheet's column ('Hạn nộp'!$A$3:$A$202),
 * which must exist when the rule is set.
 */
export function listSource(validation: Validation): { literal: string } | { range: string } | null {
  if (validation.type === "list") {
    const literal = validation.values.join(",");
    if (literal.length > MAX_LIST_LITERAL) {
      throw new RangeError(`a list validation literal has ${literal.length} characters (Excel: 255 at most)`);
    }
    return { literal };
  }
  if (validation.type === "listRange") {
    const first = TEMPLATE_HEADER_ROW + 1;
    const col = validation.column;
    return { range: `${sheetReference(validation.sheet)}$${col}$${first}:$${col}$${first + 199}` };
  }
  return null;
}

function laid(value: TemplateValue): LaidCell {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  if ("date" in value) return value.date;
  return { formula: value.formula };
}

export function templateLayout(sheet: TemplateSheet): TemplateLayout {
  const width = sheet.columns.length;
  const header = TEMPLATE_HEADER_ROW;
  const columnFormat = sheet.columns.map((c) => TEMPLATE_FORMATS[c.format]);
  const values: LaidCell[][] = [
    [sheet.instruction, ...Array.from({ length: width - 1 }, () => null)],
    sheet.columns.map((c) => c.header),
  ];
  const formats: string[][] = [
    Array.from({ length: width }, () => TEXT_FORMAT),
    Array.from({ length: width }, () => TEXT_FORMAT),
  ];
  const dataRows = Math.max(sheet.rows.length, sheet.inputRows);
  for (let r = 0; r < dataRows; r++) {
    const row = sheet.rows[r];
    values.push(Array.from({ length: width }, (_, c) => (row ? laid(row[c] ?? null) : null)));
    formats.push(
      Array.from({ length: width }, (_, c) => {
        const value = row?.[c] ?? null;
        if (value !== null && typeof value === "object")
          return "date" in value ? TEMPLATE_FORMATS.date : TEMPLATE_FORMATS.points;
        return formatFor(value, columnFormat[c]);
      }),
    );
  }
  const first = header + 1;
  const last = header + sheet.inputRows;
  const validations = sheet.columns.flatMap((column, c) =>
    column.validation
      ? [{ area: { top: first, left: c + 1, bottom: last, right: c + 1 }, validation: column.validation }]
      : [],
  );
  for (const { row, col, validation } of sheet.cellValidations) {
    const at = first + row;
    validations.push({ area: { top: at, left: col + 1, bottom: at, right: col + 1 }, validation });
  }
  const unlockedRows = Math.max(1, sheet.rows.length);
  const unlocked = (sheet.protection?.inputColumns ?? []).map((c) => ({
    top: first,
    left: c + 1,
    bottom: first + unlockedRows - 1,
    right: c + 1,
  }));
  return {
    name: sheet.name,
    width,
    values,
    formats,
    merges: width > 1 ? [{ top: 1, left: 1, bottom: 1, right: width }] : [],
    validations,
    unlocked,
    heights: [
      {
        row: 1,
        height: wrappedHeight(
          sheet.instruction,
          sheet.columns.reduce((sum, c) => sum + c.width, 0),
          TEMPLATE_STYLE.instruction.height,
        ),
      },
    ],
    widths: sheet.columns.map((c) => c.width),
    freezeRows: header,
    protect: sheet.protection !== undefined,
  };
}
