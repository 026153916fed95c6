/**
 * Excel's 32,767-character cell (issue 11 §6): a 32,709-character input cell quoted in `Kiểm tra`
 * makes no output cell longer, on both ports — quoted values are cut to 200 characters and "…" —
 * and a member's score copy with a cell over the limit is refused, naming the cell.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compute } from "../../src/jobs/compute";
import { describeIssue, QUOTE_MAX } from "../../src/i18n/describe";
import { saveWorkbook } from "../../src/workbook/exceljs/file";
import { cli } from "../helpers/cli";
import { bothPorts, sheetCells } from "../helpers/ports";
import { makeWorkbook, smallCouncil } from "../helpers/xlsx";

const LONG = 32_709;

function councilWithLongCells() {
  const sheets = smallCouncil();
  const code = "X".repeat(LONG);
  // an unknown unit code of 32,709 characters: quoted by the warning, its cell named
  sheets["Chấm điểm - Nguyễn Văn A"].push([code, "Không có", 10, 10, null]);
  // a unit name of 32,709 characters: written whole, continued on the rows below
  sheets["Đơn vị"][1] = ["TD", `LĐLĐ huyện Tam Đường ${"đ".repeat(LONG - 21)}`, "Khối huyện", 41.5];
  return { workbook: makeWorkbook(sheets), code };
}

describe("no output cell over 32,767 characters", () => {
  test("the compute job on both ports: Kiểm tra quotes at most 200 characters, with its cell named", async () => {
    const { workbook, code } = councilWithLongCells();
    const ports = await bothPorts(workbook);
    const file = await compute(ports.file, { lang: "vi", currentYear: 2023 });
    const excel = await compute(ports.excel, { lang: "vi", currentYear: 2023 });
    expect(file.written && excel.written).toBe(true);
    const warning = file.result.issues.find((i) => i.value === code)!;
    expect(warning).toMatchObject({ sheet: "Chấm điểm - Nguyễn Văn A", row: 7, column: "Mã đơn vị" });
    // the pane and the command line say it in a line, not a page
    const line = describeIssue("vi", warning);
    expect(line.length).toBeLessThan(3 * QUOTE_MAX + 200);
    expect(line).toMatch(
      /^Chấm điểm - Nguyễn Văn A, dòng 7, cột 'Mã đơn vị' \(A7\): giá trị 'X{200}…' — Mã đơn vị 'X{200}…' không có/,
    );

    for (const fake of [await ports.fileAsExcel(), ports.fake]) {
      for (const sheet of ["Kết quả", "Khen thưởng", "Kiểm tra"]) {
        const longest = Math.max(
          ...sheetCells(fake, sheet)
            .values.flat()
            .map((v) => (typeof v === "string" ? v.length : 0)),
        );
        expect(longest).toBeLessThanOrEqual(32_767);
      }
      const checks = sheetCells(fake, "Kiểm tra").values;
      const row = checks.find((cells) => cells.includes("Chấm điểm - Nguyễn Văn A") && cells.includes(7))!;
      expect(row).toContain(`${"X".repeat(QUOTE_MAX)}…`);
      expect(row.some((v) => typeof v === "string" && /^Mã đơn vị 'X{200}…' không có/.test(v))).toBe(true);
      // the long unit name is all there, continued on the rows below its own
      const results = sheetCells(fake, "Kết quả")
        .values.flat()
        .filter((v) => typeof v === "string");
      const kept = results
        .join("")
        .split("")
        .filter((c) => c === "đ").length;
      expect(kept).toBeGreaterThanOrEqual(LONG - 21);
    }
  }, 60_000);

  test("the JSON keeps the value whole (it is data, not a message)", async () => {
    const { workbook, code } = councilWithLongCells();
    const { file } = await bothPorts(workbook);
    const outcome = await compute(file, { lang: "en", currentYear: 2023 });
    expect(outcome.json.issues.some((i) => i.value === code)).toBe(true);
  }, 60_000);
});

describe("import-scores: a member's cell over 32,767 characters is refused, naming the cell", () => {
  test("exit 1, the cell named in both languages, nothing written", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-long-"));
    const workbook = path.join(dir, "so-tinh.xlsx");
    await cli("template", "--sample", workbook);
    const member = path.join(dir, "hung.xlsx");
    const sheet = [
      ["Mã đơn vị", "TC1", "TC2", "TC3", "TC4", "TC5", "TC6", "TC7", "DT", "TR", "Ghi chú"],
      ["TU", 20, 14, 14.5, 14, 9, 14.5, 9, 2, null, "y".repeat(40_000)],
    ];
    writeFileSync(member, await saveWorkbook(makeWorkbook({ "Chấm điểm - Nguyễn Văn Hùng": sheet })));
    const out = path.join(dir, "out.xlsx");
    const vi = await cli("import-scores", workbook, member, "--out", out);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toMatch(
      /Từ chối: Chấm điểm - Nguyễn Văn Hùng, dòng 2, cột 'Ghi chú', giá trị 'y{200}…': Ô K2 có 40000 ký tự, quá giới hạn 32767 ký tự của một ô Excel/,
    );
    expect(existsSync(out)).toBe(false);
    const json = path.join(dir, "r.json");
    const en = await cli("import-scores", workbook, member, "--out", out, "--lang", "en", "--json", json);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/Cell K2 holds 40000 characters, over Excel's limit of 32767/);
    expect(JSON.parse(readFileSync(json, "utf8")).rejected).toEqual([
      expect.objectContaining({ sheet: "Chấm điểm - Nguyễn Văn Hùng", row: 2, column: "Ghi chú" }),
    ]);
  }, 60_000);
});
