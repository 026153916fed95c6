import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cli } from "../helpers/cli";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
import { makeWorkbook } from "../helpers/xlsx";

async function sampleWorkbook() {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-import-"));
  const workbook = path.join(dir, "so-tinh.xlsx");
  await cli("template", "--sample", workbook);
  return { dir, workbook };
}

const REGISTRATIONS = [
  "\ufeffSTT;Đơn vị;Danh hiệu;Ngày ĐK",
  "1;Liên đoàn Lao động huyện Sìn Hồ;Bằng khen của LĐLĐ tỉnh;05/02/2023",
  "2;LĐLĐ huyện Tam Đường;BK_TINH;12/01/2023",
  "3;Huyện Ma;BK_TINH;01/01/2023",
].join("\r\n");

describe("thidua import", () => {
  test("previews, writes beside the workbook (never over it) and reports {added, updated, unchanged, rejected}", async () => {
    const { dir, workbook } = await sampleWorkbook();
    const file = path.join(dir, "dang-ky.csv");
    writeFileSync(file, REGISTRATIONS);
    const json = path.join(dir, "bao-cao.json");
    const original = readFileSync(workbook);
    const result = await cli("import", workbook, file, "--json", json);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Thêm: SH \(LĐLĐ huyện Sìn Hồ\) — BK_TINH \(05\/02\/2023\)/);
    expect(result.stdout).toMatch(
      /Từ chối: dang-ky\.csv, dòng 4, cột 'Tên đơn vị', giá trị 'Huyện Ma': Đơn vị 'Huyện Ma' không có/,
    );
    expect(result.stdout).toMatch(/1 thêm, 0 cập nhật, 1 giữ nguyên, 1 từ chối/);
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual({
      added: 1,
      updated: 0,
      unchanged: 1,
      rejected: [
        {
          sheet: "dang-ky.csv",
          row: 4,
          column: "Tên đơn vị",
          value: "Huyện Ma",
          message: "Đơn vị 'Huyện Ma' không có trong trang Đơn vị",
        },
      ],
    });
    expect(readFileSync(workbook).equals(original)).toBe(true);
    const written = await loadWorkbook(readFileSync(path.join(dir, "so-tinh.da-nhap.xlsx")));
    expect(written.getWorksheet("Đăng ký")!.actualRowCount).toBe(13); // instruction, header, 10 + 1 new
  });

  test("--dry-run writes no workbook; an unchanged import writes none either", async () => {
    const { dir, workbook } = await sampleWorkbook();
    const file = path.join(dir, "dang-ky.csv");
    writeFileSync(file, REGISTRATIONS);
    const out = path.join(dir, "out.xlsx");
    expect((await cli("import", workbook, file, "--out", out, "--dry-run")).stdout).toMatch(/Chạy thử/);
    expect(existsSync(out)).toBe(false);
    writeFileSync(file, "Mã đơn vị;Danh hiệu;Ngày\nTD;BK_TINH;12/01/2023\n");
    expect((await cli("import", workbook, file, "--out", out)).stdout).toMatch(/Không có gì thay đổi/);
    expect(existsSync(out)).toBe(false);
  });

  test("a file that is not UTF-8 is refused: exit 1, the report says why, nothing written", async () => {
    const { dir, workbook } = await sampleWorkbook();
    const file = path.join(dir, "dang-ky.csv");
    writeFileSync(file, Buffer.from([0x4d, 0xe3, 0x3b, 0xd0, 0x0a]));
    const json = path.join(dir, "r.json");
    const result = await cli("import", workbook, file, "--json", json);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/UTF-8/);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({
      added: 0,
      rejected: [{ sheet: "dang-ky.csv", row: null }],
    });
    expect(existsSync(path.join(dir, "so-tinh.da-nhap.xlsx"))).toBe(false);
  });
});

describe("thidua import-scores", () => {
  test("replaces a member's sheet from the file the member sent back", async () => {
    const { dir, workbook } = await sampleWorkbook();
    const member = path.join(dir, "hung.xlsx");
    const sheet = [
      ["Mã đơn vị", "TC1", "TC2", "TC3", "TC4", "TC5", "TC6", "TC7", "DT", "TR"],
      ["TU", 20, 14, 14.5, 14, 9, 14.5, 9, 2, null],
    ];
    writeFileSync(member, await saveWorkbook(makeWorkbook({ "Chấm điểm - Nguyễn Văn Hùng": sheet })));
    const json = path.join(dir, "r.json");
    const result = await cli(
      "import-scores",
      workbook,
      member,
      "--json",
      json,
      "--out",
      path.join(dir, "out.xlsx"),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Thay trang 'Chấm điểm - Nguyễn Văn Hùng'/);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report).toMatchObject({ updated: expect.any(Number), rejected: [] });
    expect(report.sheets[0]).toMatchObject({
      member: "Nguyễn Văn Hùng",
      kind: "replace",
      unitsMissing: expect.arrayContaining(["TD", "VC"]),
    });
    const out = await loadWorkbook(readFileSync(path.join(dir, "out.xlsx")));
    expect(out.getWorksheet("Chấm điểm - Nguyễn Văn Hùng")!.getCell("B2").value).toBe(20);
    expect(out.getWorksheet("Chấm điểm - Lò Thị Mai")!.getCell("C3").value).toBe(18); // PT, TC1, untouched
  });

  test("a file without a score sheet: exit 1", async () => {
    const { dir, workbook } = await sampleWorkbook();
    const file = path.join(dir, "x.xlsx");
    writeFileSync(file, await saveWorkbook(makeWorkbook({ "Ghi chú": [["x"]] })));
    const result = await cli("import-scores", workbook, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/không có trang chấm điểm/);
  });
});
