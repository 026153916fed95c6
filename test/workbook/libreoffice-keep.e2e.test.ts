/**
 * A workbook re-saved by LibreOffice (it writes protection its own way: `sheet="true"`, a lower-case
 * legacy `password`, an empty `workbookProtection`) keeps that protection through `thidua run`, and
 * the result still validates against the ISO/IEC 29500 schemas.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cli } from "../helpers/cli";
import { councilWithExtras, element, parts, sheetPart } from "../helpers/package";
import { validatePackage } from "../helpers/schemas";

function soffice(args: string[], cwd: string): void {
  execFileSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=file://${cwd}/profile`, ...args],
    { cwd, stdio: "ignore", timeout: 150_000 },
  );
}

test("LibreOffice's sheet protection survives a run, exactly as LibreOffice wrote it", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-lo-keep-"));
  writeFileSync(path.join(dir, "so-tinh.xlsx"), await councilWithExtras());
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", "resaved", "so-tinh.xlsx"], dir);
  const resaved = path.join(dir, "resaved", "so-tinh.xlsx");
  const input = await parts(readFileSync(resaved));
  const hashed = element(sheetPart(input, "Đơn vị"), "sheetProtection");
  const legacy = element(sheetPart(input, "Tiêu chí"), "sheetProtection");
  // what LibreOffice writes (so the test checks LibreOffice's form, not exceljs's)
  expect(hashed).toMatch(/^<sheetProtection algorithmName="SHA-512" hashValue="[^"]+" saltValue="[^"]+"/);
  expect(hashed).toContain('sheet="true"');
  expect(legacy).toMatch(/password="cc3d"/i);

  const out = path.join(dir, "ket-qua.xlsx");
  const run = await cli("run", resaved, "--out", out);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  const result = await parts(readFileSync(out));
  expect(element(sheetPart(result, "Đơn vị"), "sheetProtection")).toBe(hashed);
  expect(element(sheetPart(result, "Tiêu chí"), "sheetProtection")).toBe(legacy);
  expect(element(result.get("xl/workbook.xml")!, "workbookProtection")).toBe(
    element(input.get("xl/workbook.xml")!, "workbookProtection"),
  );
  for (const sheet of ["Đơn vị", "Tiêu chí", "Đăng ký"])
    expect([sheet, element(sheetPart(result, sheet), "dataValidations")]).toEqual([
      sheet,
      element(sheetPart(input, sheet), "dataValidations")?.replace(/\s+xr:uid="[^"]*"/g, ""),
    ]);
  expect((await validatePackage(readFileSync(out))).errors).toEqual([]);
});
