/**
 * The result file keeps what the input had (src/workbook/exceljs/preserve.ts): on the sheets the
 * software did not write, protection with its hash, validations exactly as written, x14
 * validations, comment authors; workbook protection and custom properties; what it cannot keep is
 * said on the command line, a line a sheet.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadWorkbook, saveWorkbook } from "../../../src/workbook/exceljs/file";
import { cli } from "../../helpers/cli";
import {
  AUTHORS,
  CUSTOM_PROPERTIES,
  HASHED_PROTECTION,
  LEGACY_PROTECTION,
  FILE_SHARING,
  OVERLAPPING_VALIDATIONS,
  PROTECTED_RANGES,
  SPARKLINES,
  WORKBOOK_PROTECTION,
  councilWithExtras,
  element,
  parts,
  sheetPart,
  sheetPartName,
  withControlAndLink,
} from "../../helpers/package";
import { runFile } from "../../helpers/xlsx";

const INPUT_SHEETS = ["Đơn vị", "Tiêu chí", "Đăng ký", "Danh hiệu", "Cài đặt"];
const withoutUids = (xml: string | null) => xml?.replace(/\s+xr:uid="[^"]*"/g, "") ?? null;

async function computed(data: Uint8Array): Promise<Uint8Array> {
  const workbook = await loadWorkbook(data);
  const outcome = await runFile(workbook, "vi", 2023);
  expect(outcome.written).toBe(true);
  return saveWorkbook(workbook);
}

describe("the result file keeps what the input had", () => {
  let input: Map<string, string>;
  let once: Uint8Array;
  let result: Map<string, string>;

  beforeAll(async () => {
    const data = await councilWithExtras();
    input = await parts(data);
    once = await computed(data);
    result = await parts(once);
  });

  test("sheet protection with its SHA-512 hash, and a legacy password hash", () => {
    expect(element(sheetPart(result, "Đơn vị"), "sheetProtection")).toBe(HASHED_PROTECTION);
    expect(element(sheetPart(result, "Tiêu chí"), "sheetProtection")).toBe(LEGACY_PROTECTION);
  });

  test("editable ranges, sparklines and the read-only recommendation", () => {
    expect(element(sheetPart(result, "Đơn vị"), "protectedRanges")).toBe(PROTECTED_RANGES);
    expect(element(sheetPart(result, "Danh hiệu"), "extLst")).toBe(`<extLst>${SPARKLINES}</extLst>`);
    expect(element(result.get("xl/workbook.xml")!, "fileSharing")).toBe(FILE_SHARING);
  });

  test("workbook protection and custom document properties (part, content type, relationship)", () => {
    expect(element(result.get("xl/workbook.xml")!, "workbookProtection")).toBe(WORKBOOK_PROTECTION);
    expect(result.get("docProps/custom.xml")).toBe(CUSTOM_PROPERTIES);
    expect(result.get("[Content_Types].xml")).toContain(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
    expect(result.get("_rels/.rels")).toMatch(
      /<Relationship Id="[^"]+" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom.xml"\/>/,
    );
  });

  test("the x14 list validation pointing at another sheet, in the sheet's extLst", () => {
    const sheet = sheetPart(result, "Đăng ký");
    const ext = element(sheet, "extLst");
    expect(ext).toContain('<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"');
    expect(ext).toContain(
      "<x14:formula1><xm:f>'Danh hiệu'!$A$3:$A$20</xm:f></x14:formula1><xm:sqref>B3:B200</xm:sqref>",
    );
    // the prefixes it uses are declared, the revision ids (ignorable) are gone
    expect(ext).toContain('xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"');
    expect(ext).toContain('xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"');
    expect(ext).not.toContain("xr:uid");
    expect(sheet.indexOf("<extLst>")).toBeGreaterThan(sheet.indexOf("<pageSetup"));
  });

  test("comment authors", () => {
    const rels = result.get(sheetPartName(result, "Đơn vị").replace(/([^/]+)$/, "_rels/$1.rels"))!;
    const target = rels.match(/relationships\/comments" Target="([^"]+)"/)![1];
    const comments = result.get(path.posix.join("xl/worksheets", target))!;
    expect(comments).toContain(`<authors>${AUTHORS.map((a) => `<author>${a}</author>`).join("")}</authors>`);
    expect(comments).toContain('<comment ref="B2" authorId="1">');
  });

  test("overlapping validations as they were, and the same after a second run", async () => {
    const twice = await parts(await computed(once));
    expect(element(sheetPart(result, "Tiêu chí"), "dataValidations")).toBe(
      withoutUids(OVERLAPPING_VALIDATIONS),
    );
    for (const sheet of INPUT_SHEETS) {
      const before = withoutUids(element(sheetPart(input, sheet), "dataValidations"));
      expect([sheet, element(sheetPart(result, sheet), "dataValidations")]).toEqual([sheet, before]);
      expect([sheet, element(sheetPart(twice, sheet), "dataValidations")]).toEqual([sheet, before]);
      expect([sheet, element(sheetPart(twice, sheet), "extLst")]).toEqual([
        sheet,
        element(sheetPart(result, sheet), "extLst"),
      ]);
    }
  });

  test("what the software writes is its own: output sheets carry none of it", () => {
    const output = sheetPart(result, "Kết quả");
    expect(output).not.toContain("<sheetProtection");
    expect(output).not.toContain("x14:");
  });

  test("exceljs alone would lose them (the test would catch a regression in the carrying)", async () => {
    const workbook = await loadWorkbook(await councilWithExtras());
    const bare = await parts(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(element(sheetPart(bare, "Tiêu chí"), "sheetProtection")).not.toBe(LEGACY_PROTECTION);
    expect(element(sheetPart(bare, "Đăng ký"), "extLst")).toBeNull();
    expect(bare.has("docProps/custom.xml")).toBe(false);
  });
});

describe("what the result cannot keep is said, a line a sheet", () => {
  test("thidua run names the sheet with a check box and the workbook's external link; the rest is kept", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-keep-"));
    const base = await councilWithExtras();
    const sheet = sheetPartName(await parts(base), "Hạn nộp");
    const file = path.join(dir, "so-tinh.xlsx");
    writeFileSync(file, await withControlAndLink(base, sheet));
    const out = path.join(dir, "ket-qua.xlsx");
    const vi = await cli("run", file, "--out", out);
    expect(vi.code).toBe(0);
    const lines = vi.stdout.split("\n").filter((line) => line.startsWith("Tệp kết quả không giữ được"));
    expect(lines).toEqual([
      "Tệp kết quả không giữ được của trang 'Hạn nộp': nút, ô đánh dấu và đối tượng nhúng",
      "Tệp kết quả không giữ được của sổ tính: liên kết tới sổ tính khác",
    ]);
    const en = await cli("run", file, "--out", path.join(dir, "en.xlsx"), "--lang", "en");
    expect(en.stdout).toContain(
      "The result file could not keep, of sheet 'Hạn nộp': buttons, check boxes and embedded objects",
    );
    const result = await parts(readFileSync(out));
    expect(element(sheetPart(result, "Tiêu chí"), "sheetProtection")).toBe(LEGACY_PROTECTION);
  });

  test("a file that had nothing of the kind gets no such line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-keep-"));
    const file = path.join(dir, "so-tinh.xlsx");
    expect((await cli("template", "--sample", file)).code).toBe(0);
    const result = await cli("run", file, "--out", path.join(dir, "ket-qua.xlsx"));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("không giữ được");
  });

  test("an import keeps the protection and x14 validations of the sheet it writes into", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-keep-"));
    const file = path.join(dir, "so-tinh.xlsx");
    writeFileSync(file, await councilWithExtras());
    const csv = path.join(dir, "dang-ky.csv");
    writeFileSync(csv, "Mã đơn vị;Danh hiệu;Ngày\nSH;BK_TINH;05/02/2023\n");
    const out = path.join(dir, "da-nhap.xlsx");
    const result = await cli("import", file, csv, "--out", out);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const before = await parts(readFileSync(file));
    const after = await parts(readFileSync(out));
    expect(sheetPart(after, "Đăng ký")).not.toBe(sheetPart(before, "Đăng ký")); // the row was written
    expect(element(sheetPart(after, "Đăng ký"), "extLst")).toBe(
      withoutUids(element(sheetPart(before, "Đăng ký"), "extLst")),
    );
    expect(element(sheetPart(after, "Đơn vị"), "sheetProtection")).toBe(HASHED_PROTECTION);
  });
});
