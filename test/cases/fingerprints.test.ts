/**
 * WORKBOOK.md §11.4: "The same workbook gives the same fingerprint in every door." For every shared
 * case, the result fingerprint is worked out here from the case's expected JSON (computed
 * independently of this project) by the §11.4 definition — written again below, not taken from
 * src/ — and compared with the `Kết quả` cell of the `Nhật ký` row each door writes: the command
 * line (`thidua run`), the browser's file mode and Excel (the Office.js port on the fake Excel).
 * The doors also agree on the input fingerprint (docs/LOG.md).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { compute } from "../../src/jobs/compute";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { loadWorkbook } from "../../src/workbook/exceljs/file";
import { casesDir, expectedOf, listCases } from "../helpers/cases";
import { cli } from "../helpers/cli";
import { officePort } from "../helpers/ports";
import { fakeFromWorkbook } from "../helpers/office";
import type { ResultJson } from "../../src/core/result/json";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** §11.4's canonical JSON, as the contract words it. */
function canonical(value: Json): string {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    items.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `[${items.join(",")}]`;
  }
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function expectedFingerprint(json: ResultJson): string {
  const kept: Json = {
    year: json.year,
    mode: json.mode,
    units: json.units.map(({ code, status, total, rank, class: klass, award }) => ({
      code,
      status,
      total,
      rank,
      class: klass,
      award,
    })),
    quotas: json.quotas as unknown as Json,
    classQuotas: json.classQuotas as unknown as Json,
    violations: json.violations.map(({ unit, award, kind }) => ({ unit, award, kind })),
  };
  return createHash("sha256").update(canonical(kept), "utf8").digest("hex");
}

/** The log's rows of a saved workbook, as text (the header first). */
async function logRows(workbook: ExcelJS.Workbook): Promise<string[][]> {
  const sheet = workbook.getWorksheet("Nhật ký");
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: 9 }, (_, c) => String(row.getCell(c + 1).value ?? "")));
  });
  return rows;
}

const FIXED = () => new Date(Date.UTC(2026, 11, 2, 2, 0, 0));
const cases = listCases();

describe.each(cases.map((c) => [c.name, c] as const))("case %s", (name, info) => {
  const input = path.join(casesDir, name, "input.xlsx");

  test("the command line, the file mode and Excel log the §11.4 result fingerprint of the expected JSON", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-fp-"));
    const out = path.join(dir, "out.xlsx");
    const run = await cli("run", input, "--out", out, "--by", "Thư ký");
    expect(run.code).toBe(info.exit);
    if (info.exit !== 0) {
      // a structural error writes no workbook, so no log row either
      expect(existsSync(out)).toBe(false);
      return;
    }
    const expected = expectedFingerprint(expectedOf(name));
    const cliRows = await logRows(await loadWorkbook(readFileSync(out)));
    expect(cliRows).toHaveLength(2);
    expect(cliRows[1].slice(2, 5)).toEqual(["Tính kết quả", "Dòng lệnh", "Thư ký"]);
    expect(cliRows[1][6]).toBe(expected);

    const bytes = readFileSync(input);
    const file = new ExcelJsPort(await loadWorkbook(bytes), "browser");
    await compute(file, { lang: "vi", currentYear: 2026, now: FIXED });
    const fileRows = await logRows(file.workbook);
    expect(fileRows[1][3]).toBe("Trình duyệt");
    expect(fileRows[1][6]).toBe(expected);

    const fake = fakeFromWorkbook(await loadWorkbook(bytes));
    await compute(officePort(fake), { lang: "en", currentYear: 2026, now: FIXED });
    const excel = fake.values("Nhật ký").map((row) => row.map((v) => String(v ?? "")));
    expect(excel[1][3]).toBe("Excel");
    expect(excel[1][6]).toBe(expected);

    // the input fingerprint: the same cells read, the same hash, in every door
    expect(fileRows[1][5]).toMatch(/^[0-9a-f]{64}$/);
    expect(cliRows[1][5]).toBe(fileRows[1][5]);
    expect(excel[1][5]).toBe(fileRows[1][5]);
  });
});
