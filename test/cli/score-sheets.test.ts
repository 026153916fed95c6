/**
 * `thidua score-sheets WORKBOOK.xlsx --member NAME… [--out FILE]`: the task pane's step 3 on a file
 * (issue 10): one protected sheet per member listing every unit, validation 0..max, only the
 * input cells unlocked — and sheet names Excel accepts, never shared by two members.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
import { cli } from "../helpers/cli";
import { makeWorkbook, type Rows } from "../helpers/xlsx";

/** Reading and writing a 2,000-unit workbook twice on a loaded 2-core machine. */
const LARGE_MS = 120_000;
const UNITS = 2000;

const MEMBERS = [
  "Nguyễn Thị Thanh Hương",
  "Nguyễn Thị Thanh Hường",
  // longer than a sheet name can hold once prefixed with "Chấm điểm - "
  "Hoàng Thị Minh Nguyệt Phương Thảo",
  // characters Excel refuses in a sheet name
  "Lò Văn [Tổ trưởng]: A/B? *",
];

const CRITERIA: Rows = [
  ["Mã tiêu chí", "Tên tiêu chí", "Điểm tối đa", "Loại"],
  ["TC1", "Tổ chức phong trào", 40, "Chấm điểm"],
  ["TC2", "Phát triển đoàn viên", 30, "Chấm điểm"],
  ["TC3", "Tài chính công đoàn", 30, "Chấm điểm"],
  ["DT", "Điểm thưởng", 5, "Điểm thưởng"],
  ["TR", "Vi phạm", 5, "Điểm trừ"],
];

function council(): ExcelJS.Workbook {
  const units: Rows = [["Mã đơn vị", "Tên đơn vị", "Khối thi đua"]];
  for (let i = 1; i <= UNITS; i++)
    units.push([
      `DV${String(i).padStart(4, "0")}`,
      `Công đoàn cơ sở Trường Phổ thông Dân tộc Nội trú Trung học Cơ sở và Trung học số ${i}`,
      i % 2 === 0 ? "Khối huyện" : "Khối ngành",
    ]);
  return makeWorkbook({ "Đơn vị": units, "Tiêu chí": CRITERIA });
}

/** The characters Excel refuses in a sheet name, and its length limit (UTF-16 units). */
const FORBIDDEN = /[:\\/?*[\]]/;

describe("thidua score-sheets", () => {
  let dir: string;
  let input: string;
  let out: string;
  let result: Awaited<ReturnType<typeof cli>>;
  let made: ExcelJS.Workbook;
  let sheets: ExcelJS.Worksheet[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "thidua-sheets-"));
    input = path.join(dir, "hoi-dong.xlsx");
    out = path.join(dir, "phieu.xlsx");
    writeFileSync(input, await saveWorkbook(council()));
    result = await cli("score-sheets", input, ...MEMBERS.flatMap((m) => ["--member", m]), "--out", out);
    made = await loadWorkbook(readFileSync(out));
    sheets = made.worksheets.filter((ws) => ws.name.startsWith("Chấm điểm"));
  }, LARGE_MS);

  test("writes four sheets with names Excel accepts, one per member, none shared", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    expect(sheets).toHaveLength(4);
    const names = sheets.map((ws) => ws.name);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(FORBIDDEN);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    // "Hương" and "Hường" are two members, told apart by their diacritics
    // (both too long for a sheet name in full: the middle names go to their initials, the given
    // name stays whole)
    expect(names).toEqual([
      "Chấm điểm - Nguyễn T.T. Hương",
      "Chấm điểm - Nguyễn T.T. Hường",
      "Chấm điểm - Hoàng T.M.N.P. Thảo",
      "Chấm điểm - Lò V.T.T.A. B",
    ]);
    // each sheet names its member in full, in the instruction row
    const owners = sheets.map((ws) => String(ws.getCell("A1").value));
    for (const member of MEMBERS) expect(owners.filter((o) => o.includes(member))).toHaveLength(1);
  });

  test("every sheet lists every unit, in the order of Đơn vị", () => {
    for (const ws of sheets) {
      expect(ws.getCell("A2").value).toBe("Mã đơn vị");
      const codes: string[] = [];
      for (let r = 3; r <= ws.rowCount; r++) {
        const code = ws.getCell(r, 1).value;
        if (code !== null && code !== "") codes.push(String(code));
      }
      expect(codes).toHaveLength(UNITS);
      expect(codes[0]).toBe("DV0001");
      expect(codes[UNITS - 1]).toBe(`DV${UNITS}`);
    }
  });

  test("is protected, with a 0..max validation on each criterion and only the input cells unlocked", () => {
    for (const ws of sheets) {
      // exceljs reads <sheetProtection> but does not declare it in its types
      expect((ws as unknown as { sheetProtection?: unknown }).sheetProtection).toMatchObject({ sheet: true });
      const headers = (ws.getRow(2).values as ExcelJS.CellValue[]).slice(1).map(String);
      CRITERIA.slice(1).forEach(([code, , max]) => {
        const col = headers.indexOf(String(code)) + 1;
        expect(col).toBeGreaterThan(2);
        for (const row of [3, 3 + UNITS - 1]) {
          const cell = ws.getCell(row, col);
          expect(cell.dataValidation).toMatchObject({ type: "decimal", operator: "between" });
          expect(cell.dataValidation.formulae?.map(Number)).toEqual([0, max]);
          expect(cell.protection?.locked).toBe(false);
        }
      });
      const recused = headers.findIndex((h) => /Không chấm|Miễn/i.test(h)) + 1;
      expect(recused).toBeGreaterThan(2);
      expect(ws.getCell(3, recused).protection?.locked).toBe(false);
      // the unit's code and name are not the member's to change
      for (const col of [1, 2]) expect(ws.getCell(3, col).protection?.locked).not.toBe(false);
    }
  });

  test(
    "run again on its own result, it makes nothing new and writes nothing",
    async () => {
      const again = path.join(dir, "lan-hai.xlsx");
      const second = await cli(
        "score-sheets",
        out,
        ...MEMBERS.flatMap((m) => ["--member", m]),
        "--out",
        again,
      );
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/Không có gì thay đổi: không ghi tệp/);
      for (const ws of sheets) expect(second.stdout).toContain(ws.name);
      expect(() => readFileSync(again)).toThrow();
    },
    LARGE_MS,
  );

  test("without --member it is wrong usage (exit 2) and writes nothing", async () => {
    const none = path.join(dir, "khong.xlsx");
    const bad = await cli("score-sheets", input, "--out", none);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--member/);
    expect(() => readFileSync(none)).toThrow();
  });
});
