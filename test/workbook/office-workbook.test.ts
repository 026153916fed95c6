/**
 * The Office.js side of the workbook, run against a fake Excel that throws on reading anything not
 * loaded and synced, counts syncs and request bytes, and models sheets being added, deleted and
 * renamed. The contract cases give the same JSON as the exceljs side.
 */
import { evaluate } from "../../src/core/evaluate";
import { toJson } from "../../src/core/json";
import { readContract } from "../../src/core/read/contract";
import { gridOfWorkbook } from "../../src/workbook/exceljs-grid";
import { loadWorkbook } from "../../src/workbook/exceljs-run";
import { outputSheets } from "../../src/workbook/layout";
import {
  addOfficeTemplateSheets,
  applyOfficeRegistrationPlan,
  CancelledError,
  readOfficeGrid,
  selectOfficeCell,
  writeOfficeOutputSheets,
} from "../../src/workbook/office-workbook";
import { OfficePort } from "../../src/workbook/office-port";
import { scoreSheetTemplate } from "../../src/workbook/template";
import { planRegistrationImport } from "../../src/core/import/registrations";
import { casesDir, listCases } from "../helpers/cases";
import { FakeExcel } from "../helpers/fake-excel";
import { fakeFromWorkbook } from "../helpers/office";
import { makeWorkbook, roundTrip, smallCouncil } from "../helpers/xlsx";
import { readFileSync } from "node:fs";
import path from "node:path";

const options = (fake: FakeExcel) => ({
  isSetSupported: (n: string, v: string) => fake.isSetSupported(n, v),
});

async function caseWorkbook(name: string) {
  return loadWorkbook(readFileSync(path.join(casesDir, name, "input.xlsx")));
}

describe("reading through Office.js gives the exceljs reader's grid, hence the same JSON", () => {
  test.each(listCases().map((c) => [c.name]))("case %s", async (name) => {
    const workbook = await caseWorkbook(name);
    const viaExceljs = toJson(evaluate(readContract(gridOfWorkbook(workbook)), { currentYear: 2023 }), "vi");
    const fake = fakeFromWorkbook(workbook);
    const grid = await readOfficeGrid(fake.context, options(fake));
    const viaOffice = toJson(evaluate(readContract(grid), { currentYear: 2023 }), "vi");
    expect(viaOffice).toEqual(viaExceljs);
    // sheet names, used ranges, then one block of values: three syncs for a whole workbook
    expect(fake.syncCount).toBe(3);
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

  test("the number of syncs does not grow with the units, only with the read blocks", async () => {
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
    expect(await syncs(5_000)).toBe(3);
    expect(await syncs(20_000)).toBe(4); // 80,000 cells: two read blocks of at most 50,000
  });
});

async function councilFake(extra: Record<string, unknown[][]> = {}) {
  const sheets = { ...smallCouncil(), ...extra } as ReturnType<typeof smallCouncil>;
  return fakeFromWorkbook(await roundTrip(makeWorkbook(sheets)));
}

async function compute(fake: FakeExcel) {
  const grid = await readOfficeGrid(fake.context, options(fake));
  return evaluate(readContract(grid), { currentYear: 2023 });
}

describe("writing the results through Office.js", () => {
  test("builds each sheet under a temporary name, values before formats, then swaps them in", async () => {
    const fake = await councilFake();
    const result = await compute(fake);
    fake.log.length = 0;
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), options(fake));
    expect(fake.sheetNames().slice(-3)).toEqual(["Kết quả", "Khen thưởng", "Kiểm tra"]);
    expect(fake.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
    const first = fake.log.findIndex((entry) => entry.startsWith("values:"));
    const firstFormat = fake.log.findIndex((entry) => entry.startsWith("format."));
    expect(fake.log[0]).toMatch(/^add:~Kết quả/);
    expect(first).toBeLessThan(firstFormat);
    expect(fake.log.filter((entry) => entry.startsWith("rename:"))).toEqual([
      expect.stringMatching(/^rename:~Kết quả \w+->Kết quả$/),
      expect.stringMatching(/^rename:~Khen thưởng \w+->Khen thưởng$/),
      expect.stringMatching(/^rename:~Kiểm tra \w+->Kiểm tra$/),
    ]);
    expect(fake.cell("Kết quả", "C4")).toMatchObject({ value: "TD", numberFormat: "@" });
    expect(fake.cell("Kết quả", "H4")).toMatchObject({ value: 86, numberFormat: "0.00" });
    expect(fake.frozenRows("Kết quả")).toBe(3);
    expect(fake.pageLayout("Kết quả")).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(fake.suspendedBatches).toBeGreaterThan(0);
  });

  test("a second run replaces the output sheets (also under their English names)", async () => {
    const fake = await councilFake({ Results: [["old"]] });
    const result = await compute(fake);
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), options(fake));
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "en"), options(fake));
    const names = fake.sheetNames();
    expect(names.filter((n) => ["Kết quả", "Khen thưởng", "Kiểm tra", "Results"].includes(n)).sort()).toEqual(
      ["Khen thưởng", "Kiểm tra", "Kết quả"].sort(),
    );
    expect(fake.cell("Kết quả", "A3").value).toBe("Bloc");
  });

  test("text stays text: a unit named like a formula is written as a string, never a formula", async () => {
    const sheets = smallCouncil();
    const names = ['=HYPERLINK("http://x.example")', "+1", "-2", "@x", "0123"];
    names.forEach((name, i) => (sheets["Đơn vị"][i + 1][1] = name));
    const fake = fakeFromWorkbook(await roundTrip(makeWorkbook(sheets)));
    const result = await compute(fake);
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), options(fake));
    const written = [4, 5, 6, 7, 8].map((r) => fake.cell("Kết quả", `D${r}`));
    expect(written.map((c) => c.formula)).toEqual([null, null, null, null, null]);
    expect(written.map((c) => c.value).sort()).toEqual([...names].sort());
  });

  test("every request stays under the limit: big results are written in row blocks", async () => {
    const sheets = smallCouncil();
    sheets["Đơn vị"] = [
      sheets["Đơn vị"][0],
      ...Array.from({ length: 3000 }, (_, i) => [
        `U${i}`,
        `Công đoàn cơ sở số ${i} `.repeat(4),
        "Khối huyện",
        50,
      ]),
    ];
    const fake = fakeFromWorkbook(makeWorkbook(sheets));
    const result = await compute(fake);
    const syncsBefore = fake.syncCount;
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), {
      ...options(fake),
      maxRequestBytes: 256 * 1024,
    });
    expect(fake.maxBatchBytes).toBeLessThanOrEqual(256 * 1024 + 64 * 1024);
    expect(fake.syncCount - syncsBefore).toBeGreaterThan(6);
    expect(fake.values("Kết quả").length).toBe(3 + 3000);
  });

  test("a failure half-way leaves the workbook as it was: the temporary sheets are removed", async () => {
    // results written once, then a second run against a request limit smaller than one block
    const strict = await councilFake();
    const result = await compute(strict);
    await writeOfficeOutputSheets(strict.context, outputSheets(result, "vi"), options(strict));
    const strictBefore = { names: strict.sheetNames(), results: strict.values("Kết quả") };
    (strict as unknown as { limitBytes: number }).limitBytes = 500;
    await expect(
      writeOfficeOutputSheets(strict.context, outputSheets(result, "en"), options(strict)),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(strict.sheetNames()).toEqual(strictBefore.names);
    expect(strict.values("Kết quả")).toEqual(strictBefore.results);
  });

  test("cancelling stops between requests and removes what was built", async () => {
    const fake = await councilFake();
    const result = await compute(fake);
    const names = fake.sheetNames();
    const signal = { cancelled: false };
    const run = writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), {
      ...options(fake),
      signal,
      onProgress: (_stage, fraction) => {
        if (fraction > 0.2) signal.cancelled = true;
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(fake.sheetNames()).toEqual(names);
  });
});

describe("input sheets through Office.js", () => {
  test("generated score sheets: validation 0..max, a totals formula, only input cells unlocked, protected", async () => {
    const fake = await councilFake();
    const input = readContract(await readOfficeGrid(fake.context, options(fake)));
    const sheet = scoreSheetTemplate(input, "Trần Văn C", "vi");
    await addOfficeTemplateSheets(fake.context, [sheet], { ...options(fake), password: "bí mật" });
    expect(fake.sheetNames()).toContain("Chấm điểm - Trần Văn C");
    expect(fake.cell("Chấm điểm - Trần Văn C", "A3").value).toBe("TD");
    expect(fake.cell("Chấm điểm - Trần Văn C", "C3").locked).toBe(false);
    expect(fake.cell("Chấm điểm - Trần Văn C", "A3").locked).toBe(true);
    expect(fake.cell("Chấm điểm - Trần Văn C", "G3").formula).toBe("=C3+D3+E3");
    expect(fake.protection("Chấm điểm - Trần Văn C")).toMatchObject({ protected: true });
    expect(fake.dataValidation("Chấm điểm - Trần Văn C", "C3")).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 50, operator: "Between" } },
    });
    // and the new sheet reads back as a score sheet of the contract
    const after = readContract(await readOfficeGrid(fake.context, options(fake)));
    expect(after.scoreSheets.map((s) => s.name)).toContain("Chấm điểm - Trần Văn C");
  });

  test("a registration import appends rows as text and dates as dates, in one request", async () => {
    const sheets = smallCouncil();
    sheets["Đăng ký"].pop();
    const fake = fakeFromWorkbook(await roundTrip(makeWorkbook(sheets)));
    const input = readContract(await readOfficeGrid(fake.context, options(fake)));
    const plan = planRegistrationImport(input, {
      name: "dk.csv",
      rows: [
        ["Mã đơn vị", "Danh hiệu", "Ngày"],
        ["YT", "BK", "12/01/2023"],
      ],
      merges: [],
    });
    const syncs = fake.syncCount;
    await applyOfficeRegistrationPlan(fake.context, input, plan);
    expect(fake.syncCount - syncs).toBe(1);
    expect(fake.cell("Đăng ký", "A6")).toMatchObject({ value: "YT", numberFormat: "@" });
    expect(fake.cell("Đăng ký", "C6")).toMatchObject({ value: 44938, numberFormat: "dd/mm/yyyy" });
  });

  test("clicking an error selects its cell", async () => {
    const fake = await councilFake();
    await selectOfficeCell(fake.context, "Đăng ký", 3, 2);
    expect(fake.activeSheet()).toBe("Đăng ký");
  });

  test("the port wraps each operation in one Excel.run", async () => {
    const fake = await councilFake();
    const port = new OfficePort(
      (batch) => fake.run(batch),
      (n, v) => fake.isSetSupported(n, v),
    );
    const grid = await port.readGrid();
    expect(grid.sheets.map((s) => s.name)).toContain("Đơn vị");
    // a step that needs only some sheets reads only those
    const some = await port.readGrid({ sheets: ["units", "awards"] });
    expect(some.sheets.map((s) => s.name)).toEqual(["Đơn vị", "Danh hiệu"]);
    expect(await port.select("Đơn vị", 2, 1)).toBe(true);
  });
});
