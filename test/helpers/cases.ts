import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readContract } from "../../src/core/contract/reader";
import { gridOfWorkbook } from "../../src/workbook/exceljs/read";
import type { CouncilInput } from "../../src/core/contract/input";
import type { ResultJson } from "../../src/core/result/json";
import { normalise } from "../../src/core/contract/text";

/** ../shared/cases beside the clone (CI puts it there), or $THIDUA_CASES. */
export const casesDir =
  process.env.THIDUA_CASES ?? path.resolve(__dirname, "..", "..", "..", "shared", "cases");

export interface CaseInfo {
  name: string;
  description: string;
  exit: number;
  units: number;
  mode: string | null;
}

export function listCases(): CaseInfo[] {
  const index = path.join(casesDir, "index.json");
  if (!existsSync(index)) throw new Error(`The example cases are missing: ${index} (set THIDUA_CASES)`);
  return JSON.parse(readFileSync(index, "utf8"));
}

export async function readCaseInput(name: string): Promise<CouncilInput> {
  const workbook = new ExcelJS.Workbook();
  const buffer = readFileSync(path.join(casesDir, name, "input.xlsx"));
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  return readContract(gridOfWorkbook(workbook));
}

export function expectedOf(name: string): ResultJson {
  return JSON.parse(readFileSync(path.join(casesDir, name, "expected.json"), "utf8"));
}

/** The comparison cases/README.md defines, as plain data jest can diff. */
export function comparable(json: ResultJson) {
  const sortKeys = (rows: string[]) => [...new Set(rows)].sort();
  return {
    units: Object.fromEntries(
      json.units.map((u) => [
        u.code,
        { status: u.status, total: u.total, rank: u.rank, class: u.class, award: u.award },
      ]),
    ),
    quotas: sortKeys(
      json.quotas.map((q) => [q.award, normalise(q.group), q.limit, q.granted, q.tie].join(" | ")),
    ),
    classQuotas: sortKeys(
      json.classQuotas.map((q) =>
        [normalise(q.class), normalise(q.group), q.base, q.limit, q.kept, q.tie].join(" | "),
      ),
    ),
    violations: sortKeys(json.violations.map((v) => [v.unit, v.award, v.kind].join(" | "))),
    errors: sortKeys(
      json.issues
        .filter((i) => i.severity === "error")
        .map((i) => [normalise(i.sheet), i.row ?? "*", normalise(i.column ?? "")].join(" | ")),
    ),
  };
}

/** An expected error with row null matches any row of ours: our row becomes "*" there too. */
export function alignNullRows(ours: string[], expected: string[]): string[] {
  const anyRow = new Set(
    expected
      .map((e) => e.split(" | "))
      .filter(([, row]) => row === "*")
      .map(([sheet, , column]) => `${sheet} | ${column}`),
  );
  const aligned = ours.map((o) => {
    const [sheet, , column] = o.split(" | ");
    return anyRow.has(`${sheet} | ${column}`) ? `${sheet} | * | ${column}` : o;
  });
  return [...new Set(aligned)].sort();
}
