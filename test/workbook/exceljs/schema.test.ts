/**
 * The result opens in Excel without a repair prompt: every part Excel would check against the
 * ISO/IEC 29500 transitional schemas validates (xmllint, test/helpers/schemas.ts) — the result of
 * the sample workbook (`thidua template --sample`, then `thidua run`) and of a workbook carrying
 * sheet and workbook protection, x14 validations, custom properties and comments.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { loadWorkbook, saveWorkbook } from "../../../src/workbook/exceljs/file";
import { cli } from "../../helpers/cli";
import { councilWithExtras } from "../../helpers/package";
import { forValidation, validatePackage } from "../../helpers/schemas";
import { runFile } from "../../helpers/xlsx";

const SML = "ISO-IEC29500-4_2016/sml.xsd";

test("the sample's result file validates: workbook, every worksheet, styles, shared strings, content types, relationships", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-xsd-"));
  const input = path.join(dir, "mau.xlsx");
  const out = path.join(dir, "ket-qua.xlsx");
  expect((await cli("template", "--sample", input)).code).toBe(0);
  expect((await cli("run", input, "--out", out)).code).toBe(0);
  const { checked, errors } = await validatePackage(readFileSync(out));
  expect(errors).toEqual([]);
  expect(checked[SML]).toEqual(
    expect.arrayContaining(["xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"]),
  );
  // 13 input sheets and the 5 output sheets (with Phiếu biểu quyết and Nhật ký)
  expect(checked[SML].filter((name) => name.startsWith("xl/worksheets/"))).toHaveLength(18);
  expect(checked["ecma/fouth-edition/opc-contentTypes.xsd"]).toEqual(["[Content_Types].xml"]);
});

test("the result of a workbook with protection, x14 validations, custom properties and comments validates", async () => {
  const workbook = await loadWorkbook(await councilWithExtras());
  await runFile(workbook, "vi", 2023);
  const { checked, errors } = await validatePackage(await saveWorkbook(workbook));
  expect(errors).toEqual([]);
  expect(checked["ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd"]).toEqual(["docProps/custom.xml"]);
  expect(checked[SML]).toContain("xl/comments1.xml");
});

test("the check can fail: an element out of schema order or an unknown attribute is reported", async () => {
  const zip = await JSZip.loadAsync(await councilWithExtras());
  const sheet = "xl/worksheets/sheet2.xml";
  const xml = await zip.file(sheet)!.async("string");
  const protection = xml.match(/<sheetProtection[^>]*\/>/)![0];
  // sheetProtection after mergeCells, as a careless writer would put it
  zip.file(sheet, xml.replace(protection, "").replace("</mergeCells>", `</mergeCells>${protection}`));
  zip.file(
    "xl/workbook.xml",
    (await zip.file("xl/workbook.xml")!.async("string")).replace("<workbookPr ", '<workbookPr bogus="1" '),
  );
  const { errors } = await validatePackage(await zip.generateAsync({ type: "uint8array" }));
  expect(errors.join("\n")).toMatch(/sheet2\.xml.*sheetProtection/);
  expect(errors.join("\n")).toMatch(/workbook\.xml.*bogus/);
});

test("what is removed before validating is only what the schemas' README names", () => {
  const xml =
    '<worksheet xmlns="m" xmlns:mc="c" mc:Ignorable="x14ac xr" xmlns:x14ac="a" xmlns:xr="r"><row x14ac:dyDescent="0.25"><c><is><t xml:space="preserve"> a</t></is></c></row><dataValidation xr:uid="{1}" sqref="A1"/></worksheet>';
  expect(forValidation(xml)).toBe(
    '<worksheet xmlns="m" xmlns:mc="c" xmlns:x14ac="a" xmlns:xr="r"><row><c><is><t> a</t></is></c></row><dataValidation sqref="A1"/></worksheet>',
  );
});
