/**
 * Writing the output sheets through Office.js (src/workbook/office/outputs.ts): built under temporary
 * names, values before formats, swapped in all or nothing, in row blocks under the request bound.
 */
import { evaluate } from "../../../src/core/result/evaluate";
import { readContract } from "../../../src/core/contract/reader";
import { outputSheets } from "../../../src/workbook/layout";
import { writeOfficeOutputSheets } from "../../../src/workbook/office/outputs";
import { readOfficeGrid } from "../../../src/workbook/office/read";
import { CancelledError } from "../../../src/workbook/port";
import { NoteError, render } from "../../../src/i18n";
import type { FakeExcel } from "../../helpers/fake-excel";
import { fakeFromWorkbook } from "../../helpers/office";
import { makeWorkbook, roundTrip, smallCouncil } from "../../helpers/xlsx";

const options = (fake: FakeExcel) => ({
  isSetSupported: (n: string, v: string) => fake.isSetSupported(n, v),
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
    expect(fake.log[0]).toMatch(/^add:~thidua [0-9a-z]{6}$/);
    expect(fake.log[1]).toMatch(/^visibility:~thidua [0-9a-z]{6}=Hidden$/);
    expect(first).toBeLessThan(firstFormat);
    expect(fake.log.filter((entry) => entry.startsWith("rename:"))).toEqual([
      expect.stringMatching(/^rename:~thidua \w+->Kết quả$/),
      expect.stringMatching(/^rename:~thidua \w+->Khen thưởng$/),
      expect.stringMatching(/^rename:~thidua \w+->Kiểm tra$/),
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
    // title, subtitle, the DỰ THẢO line (the 3,000 units are not scored), header, units
    expect(fake.values("Kết quả").length).toBe(4 + 3000);
    expect(fake.values("Kết quả")[2][0]).toBe("DỰ THẢO – còn 0 lỗi, 3000 đơn vị chưa xếp hạng");
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
      onProgress: (fraction) => {
        if (fraction > 0.2) signal.cancelled = true;
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(fake.sheetNames()).toEqual(names);
  });
  test("a formula elsewhere pointing at Kết quả still resolves after a recompute", async () => {
    const fake = await councilFake({ Results: [["old"]], "Tổng hợp": [["Đứng đầu"]] });
    const result = await compute(fake);
    const formula = async (text: string) =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Tổng hợp").getRange("B1").formulas = [[text]];
        await context.sync();
      });
    await formula("=Results!D4");
    // the English sheet becomes `Kết quả`: renamed, so the formula follows it
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), options(fake));
    expect(fake.cell("Tổng hợp", "B1").formula).toBe("='Kết quả'!D4");
    await formula("='Kết quả'!D4");
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), options(fake));
    expect(fake.cell("Tổng hợp", "B1").formula).toBe("='Kết quả'!D4");
    expect(fake.sheetNames().filter((n) => n === "Kết quả" || n === "Results")).toEqual(["Kết quả"]);
  });

  test("temporary sheets an interrupted run left behind are removed by the next run", async () => {
    const fake = await councilFake();
    await fake.run(async (context) => {
      const left = context.workbook.worksheets.add("~thidua ab12cd");
      left.visibility = "Hidden";
      await context.sync();
    });
    const result = await compute(fake);
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), options(fake));
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
    expect(fake.sheetNames()).toContain("Kết quả");
  });

  test("an output sheet the secretary protected is rewritten and protected again, with its options", async () => {
    const fake = await councilFake();
    const result = await compute(fake);
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), options(fake));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Khen thưởng").protection.protect({ allowFormatCells: true });
      await context.sync();
    });
    await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("Khen thưởng").getRange("A1").values = [["sửa tay"]];
        await context.sync();
      })
      .catch(() => undefined); // locked: refused, as Excel refuses it
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "en"), options(fake));
    expect(fake.protection("Khen thưởng")).toMatchObject({
      protected: true,
      options: { allowFormatCells: true },
    });
    expect(fake.cell("Khen thưởng", "A1").value).not.toBe("sửa tay");
    expect(String(fake.cell("Khen thưởng", "A1").value)).toMatch(/[A-Z]/); // the English list
    expect(fake.values("Khen thưởng").length).toBeGreaterThan(3);
  });

  test("an output sheet protected with a password stops the run before anything changes, naming it", async () => {
    const fake = await councilFake();
    const result = await compute(fake);
    await writeOfficeOutputSheets(fake.context, outputSheets(result, "vi"), options(fake));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Kiểm tra").protection.protect({}, "bí mật");
      await context.sync();
    });
    const before = Object.fromEntries(fake.sheetNames().map((n) => [n, fake.values(n)]));
    const run = writeOfficeOutputSheets(fake.context, outputSheets(result, "en"), options(fake));
    await expect(run).rejects.toBeInstanceOf(NoteError);
    const error = (await run.catch((e: unknown) => e)) as NoteError;
    expect(render("vi", error.msg)).toContain("“Kiểm tra” được bảo vệ bằng mật khẩu");
    expect(Object.fromEntries(fake.sheetNames().map((n) => [n, fake.values(n)]))).toEqual(before);
    expect(fake.protection("Kết quả").protected).toBe(false);
    expect(fake.protection("Kiểm tra").protected).toBe(true);
  });
});
