/**
 * Reading through Office.js (src/workbook/office/read.ts), against a fake Excel that throws on
 * reading anything not loaded and synced and counts syncs: the contract cases give the exceljs
 * reader's grid, hence the same JSON.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluate } from "../../../src/core/result/evaluate";
import { toJson } from "../../../src/core/result/json";
import { readContract } from "../../../src/core/contract/reader";
import { gridOfWorkbook } from "../../../src/workbook/exceljs/read";
import { loadWorkbook } from "../../../src/workbook/exceljs/file";
import { readOfficeGrid } from "../../../src/workbook/office/read";
import { casesDir, listCases } from "../../helpers/cases";
import type { FakeExcel } from "../../helpers/fake-excel";
import { fakeFromWorkbook } from "../../helpers/office";
import { officePort } from "../../helpers/ports";
import { makeWorkbook, roundTrip, smallCouncil } from "../../helpers/xlsx";

const options = (fake: FakeExcel) => ({
  isSetSupported: (n: string, v: string) => fake.isSetSupported(n, v),
});

async function caseWorkbook(name: string) {
  return loadWorkbook(readFileSync(path.join(casesDir, name, "input.xlsx")));
}

async function councilFake(extra: Record<string, unknown[][]> = {}) {
  const sheets = { ...smallCouncil(), ...extra } as ReturnType<typeof smallCouncil>;
  return fakeFromWorkbook(await roundTrip(makeWorkbook(sheets)));
}

describe("reading through Office.js gives the exceljs reader's grid, hence the same JSON", () => {
  test.each(listCases().map((c) => [c.name]))("case %s", async (name) => {
    const workbook = await caseWorkbook(name);
    const viaExceljs = toJson(evaluate(readContract(gridOfWorkbook(workbook)), { currentYear: 2023 }), "vi");
    const fake = fakeFromWorkbook(workbook);
    const grid = await readOfficeGrid(fake.context, options(fake));
    const viaOffice = toJson(evaluate(readContract(grid), { currentYear: 2023 }), "vi");
    expect(viaOffice).toEqual(viaExceljs);
    // sheet names, used ranges, then values in blocks sized by bytes (the first ones guessed small)
    expect(fake.syncCount).toBeLessThanOrEqual(4);
  });

  test("only the contract's input sheets are read: output sheets and other sheets are skipped", async () => {
    const fake = await councilFake({ "Kết quả": [["cũ", 1, 2, 3]], "Ghi chú": [["ghi chú của thư ký"]] });
    const grid = await readOfficeGrid(fake.context, options(fake));
    const rows = Object.fromEntries(grid.sheets.map((s) => [s.name, s.rows.length]));
    expect(rows["Kết quả"]).toBeUndefined();
    expect(rows["Ghi chú"]).toBeUndefined();
    expect(rows["Đơn vị"]).toBe(6);
    const all = await readOfficeGrid(fake.context, { ...options(fake), include: () => true });
    expect(all.sheets.find((s) => s.name === "Ghi chú")?.rows).toEqual([["ghi chú của thư ký"]]);
  });

  test("without ExcelApi 1.13 merged areas are not read, and nothing else changes", async () => {
    const workbook = await caseWorkbook("vi_du_laichau_lon_xon");
    const fake = fakeFromWorkbook(workbook, { requirementSets: ["ExcelApi 1.12"] });
    const grid = await readOfficeGrid(fake.context, options(fake));
    expect(grid.sheets.every((s) => s.merges.length === 0)).toBe(true);
  });

  test("the number of syncs grows with the bytes read, never with the rows", async () => {
    const syncs = async (units: number) => {
      const sheets = smallCouncil();
      sheets["Đơn vị"] = [
        sheets["Đơn vị"][0],
        ...Array.from({ length: units }, (_, i) => [`U${i}`, `Đơn vị ${i}`, "Khối", 50]),
      ];
      const fake = fakeFromWorkbook(makeWorkbook(sheets));
      await readOfficeGrid(fake.context, { ...options(fake), maxReadCells: 50_000 });
      return fake.syncCount;
    };
    expect(await syncs(100)).toBe(3);
    // the first block of a sheet is guessed small (200 bytes a cell, twice over), the next ones learnt
    expect(await syncs(5_000)).toBeLessThanOrEqual(5);
    // 80,000 cells: blocks of at most 50,000 cells and 3 MB; a few more syncs, not one per row
    expect(await syncs(20_000)).toBeLessThanOrEqual(7);
  });
});

describe("the Office.js port", () => {
  test("wraps each operation in one Excel.run; a step reads only the sheets it needs", async () => {
    const fake = await councilFake();
    const port = officePort(fake);
    const grid = await port.readGrid();
    expect(grid.sheets.map((s) => s.name)).toContain("Đơn vị");
    const some = await port.readGrid({ sheets: ["units", "awards"] });
    expect(some.sheets.map((s) => s.name)).toEqual(["Đơn vị", "Danh hiệu"]);
    expect(await port.sheetNames()).toEqual(fake.sheetNames());
    expect(await port.select("Đơn vị", 2, 1)).toBe(true);
    expect(fake.activeSheet()).toBe("Đơn vị");
  });
});
