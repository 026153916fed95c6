/**
 * Real files come from office suites, not from exceljs: the sample workbook re-saved by LibreOffice
 * (Debian's libreoffice-calc-nogui, installed by .ci/run) must read and compute the same.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { templateWorkbook } from "../../src/workbook/exceljs/sheets";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
import { cli } from "../helpers/cli";
import { runFile } from "../helpers/xlsx";

function soffice(args: string[], cwd: string): void {
  execFileSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=file://${cwd}/profile`, ...args],
    {
      cwd,
      stdio: "ignore",
      timeout: 150_000,
    },
  );
}

test("the sample re-saved by LibreOffice (xlsx → ods → xlsx) gives the same results", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-lo-"));
  const original = await saveWorkbook(templateWorkbook({ lang: "vi", sample: true, year: 2026 }));
  writeFileSync(path.join(dir, "mau.xlsx"), original);
  soffice(["--convert-to", "ods", "mau.xlsx"], dir);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", "resaved", "mau.ods"], dir);
  const resaved = await loadWorkbook(readFileSync(path.join(dir, "resaved", "mau.xlsx")));
  const expected = (await runFile(await loadWorkbook(original), "vi")).json;
  const actual = (await runFile(resaved, "vi")).json;
  expect(actual.issues).toEqual([]);
  expect(actual.units.map((u) => [u.code, u.total, u.rank, u.class, u.award])).toEqual(
    expected.units.map((u) => [u.code, u.total, u.rank, u.class, u.award]),
  );
  expect(actual.quotas).toEqual(expected.quotas);
});

test("a result workbook opened by LibreOffice keeps a formula-like unit name as text", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-lo-"));
  const workbook = await loadWorkbook(
    await saveWorkbook(templateWorkbook({ lang: "vi", sample: true, year: 2026 })),
  );
  workbook.getWorksheet("Đơn vị")!.getCell("B3").value = '=HYPERLINK("http://x.example";"bấm")';
  await runFile(workbook, "vi");
  writeFileSync(path.join(dir, "ket-qua.xlsx"), await saveWorkbook(workbook));
  // LibreOffice writes one CSV per sheet with a sheet index option; the results sheet is the 14th
  soffice(
    [
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,14",
      "ket-qua.xlsx",
    ],
    dir,
  );
  const csv = readFileSync(path.join(dir, "ket-qua-Kết quả.csv"), "utf8");
  expect(csv).toContain('=HYPERLINK(""http://x.example"";""bấm"")');
});

test("LibreOffice's own files: its table without a style runs and saves; its .ods is named with what to do", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-lo-"));
  const workbook = templateWorkbook({ lang: "vi", sample: true, year: 2026 });
  const units = workbook.getWorksheet("Đơn vị")!;
  units.addTable({ name: "GhiChu", ref: "Z1", columns: [{ name: "Ghi chú" }], rows: [["x"]] });
  writeFileSync(path.join(dir, "mau.xlsx"), await saveWorkbook(workbook));
  soffice(["--convert-to", "ods", "mau.xlsx"], dir);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", "resaved", "mau.ods"], dir);
  const resaved = path.join(dir, "resaved", "mau.xlsx");
  // LibreOffice writes the table without a tableStyleInfo: exceljs alone crashes when saving it
  const plain = new ExcelJS.Workbook();
  await plain.xlsx.load(readFileSync(resaved) as never);
  await expect(plain.xlsx.writeBuffer()).rejects.toThrow();
  const run = await cli("run", resaved, "--out", path.join(dir, "ket-qua.xlsx"));
  expect(run.code).toBe(0);
  const result = await loadWorkbook(readFileSync(path.join(dir, "ket-qua.xlsx")));
  expect(result.getWorksheet("Đơn vị")!.getTable("GhiChu")).toBeDefined();
  const ods = await cli("run", path.join(dir, "mau.ods"));
  expect(ods.code).toBe(2);
  expect(ods.stderr).toMatch(
    /Tệp là bảng tính OpenDocument \(\.ods\): mở bằng LibreOffice hoặc Excel rồi lưu thành \.xlsx/,
  );
});

test("a computed workbook re-saved by LibreOffice still verifies: the log's cells are read as written", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-lo-"));
  writeFileSync(
    path.join(dir, "mau.xlsx"),
    await saveWorkbook(templateWorkbook({ lang: "vi", sample: true, year: 2026 })),
  );
  expect((await cli("run", path.join(dir, "mau.xlsx"), "--out", path.join(dir, "kq.xlsx"))).code).toBe(0);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", "resaved", "kq.xlsx"], dir);
  const resaved = path.join(dir, "resaved", "kq.xlsx");
  const verified = await cli("verify", resaved);
  expect(verified.stderr).toBe("");
  expect(verified.code).toBe(0);
  expect(verified.stdout).toMatch(/Dữ liệu vào không thay đổi/);
  expect(verified.stdout).toMatch(/cho đúng mã kết quả đã ghi/);
  // and computing the re-saved file appends a row chained to LibreOffice's copy of the last one
  expect((await cli("run", resaved, "--out", path.join(dir, "kq2.xlsx"))).code).toBe(0);
  expect((await cli("verify", path.join(dir, "kq2.xlsx"))).stdout).toMatch(/nguyên vẹn: 2 dòng/);
});
