/**
 * Real files come from office suites, not from exceljs: the sample workbook re-saved by LibreOffice
 * (Debian's libreoffice-calc-nogui, installed by .ci/run) must read and compute the same.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { templateWorkbook } from "../../src/workbook/exceljs/sheets";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
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
