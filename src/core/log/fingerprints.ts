/**
 * WORKBOOK.md §11.4 — the two fingerprints of a `Nhật ký` row.
 *
 * Result fingerprint: "the hash of the result's canonical JSON: the §8 JSON keeping only `year`,
 * `mode`, the units' `code`, `status`, `total`, `rank`, `class`, `award`, all of `quotas` and
 * `classQuotas`, and the violations' `unit`, `award`, `kind`" (canonical form: ./canonical.ts).
 *
 * Input fingerprint: "the hash of the contract's input sheets as read (§1); the project's docs say
 * exactly how" — docs/LOG.md, and here: every input sheet the reader reads (output sheets and
 * unknown sheets are not part of it), as the JSON text
 * `[[name, visibility, rows], …]` with the sheets in code-unit order of their names, `visibility`
 * `"visible"`, `"hidden"` or `"veryHidden"`, and `rows` the sheet's cells as the reader sees them:
 * a merged area as its top-left value in its first row (§1), an empty cell (or empty text) as
 * `null`, text as is, numbers (to Excel's 15 significant digits) and yes/no cells as JSON numbers
 * and booleans (a date is the serial number Excel stores), each row without its trailing empty cells and the sheet without its
 * trailing empty rows (a formatted but empty cell changes nothing). Written by `JSON.stringify`
 * with no spaces.
 */
import type { ResultJson } from "../result/json";
import { unmerge, type GridWorkbook } from "../contract/grid";
import type { Raw } from "../contract/values";
import { canonicalJson, type Canonical } from "./canonical";
import { sha256Hex } from "./hash";

/** The §11.4 projection of the §8 JSON, before it is written canonically. */
export function resultCanonical(json: ResultJson): Canonical {
  return {
    year: json.year,
    mode: json.mode,
    units: json.units.map((u) => ({
      code: u.code,
      status: u.status,
      total: u.total,
      rank: u.rank,
      class: u.class,
      award: u.award,
    })),
    quotas: json.quotas.map((q) => ({ ...q })),
    classQuotas: json.classQuotas.map((q) => ({ ...q })),
    violations: json.violations.map((v) => ({ unit: v.unit, award: v.award, kind: v.kind })),
  };
}

export function resultFingerprint(json: ResultJson): string {
  return sha256Hex(canonicalJson(resultCanonical(json)));
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A cell as the fingerprint takes it. A number keeps the 15 significant digits Excel keeps: a date
 * and time the file stores as 44939.3541666667 reads in Excel as that number but through a file
 * library as a date and back (44939.354166666664); both are 44939.3541666667 here.
 */
function canonicalCell(value: Raw | undefined): Raw {
  if (value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? Number(value.toPrecision(15)) : null;
  return value;
}

/** The text the input fingerprint is the hash of (the form above). */
export function inputCanonical(grid: GridWorkbook): string {
  const sheets = [...grid.sheets].sort((a, b) => byCodeUnits(a.name, b.name));
  return JSON.stringify(
    sheets.map((sheet) => {
      const unmerged = unmerge(sheet);
      const rows = Array.from({ length: unmerged.length }, (_, r) => {
        const row = unmerged[r] ?? [];
        const cells = Array.from({ length: row.length }, (_, c) => canonicalCell(row[c]));
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        return cells;
      });
      while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
      return [sheet.name, sheet.visibility ?? "visible", rows];
    }),
  );
}

/** The input fingerprint of the input sheets of `grid` (the caller reads only input sheets). */
export function inputFingerprint(grid: GridWorkbook): string {
  return sha256Hex(inputCanonical(grid));
}
