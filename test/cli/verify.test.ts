/**
 * WORKBOOK.md §11.4 through the command line (issue 13): `thidua run` twice then `thidua verify`
 * exits 0 and names the two chained compute rows; changing any cell of `Nhật ký` makes `verify`
 * exit 1 naming that row; every command that writes the workbook appends its row, with `--by`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
import { cli } from "../helpers/cli";

const LOG = "Nhật ký";

/** Two runs of the sample, made once for the file (every test reads or copies them). */
let made: Promise<{ dir: string; sample: string; second: string }> | null = null;
function computedTwice() {
  made ??= makeComputedTwice();
  return made;
}

async function makeComputedTwice() {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-verify-"));
  const sample = path.join(dir, "so-tinh.xlsx");
  await cli("template", "--sample", sample);
  const first = path.join(dir, "lan-1.xlsx");
  const second = path.join(dir, "lan-2.xlsx");
  expect((await cli("run", sample, "--out", first, "--by", "Nguyễn Thị Hà")).code).toBe(0);
  expect((await cli("run", first, "--out", second)).code).toBe(0);
  return { dir, sample, second };
}

/** Edits a saved workbook with a file library (as anyone could, protection or not). */
async function edited(file: string, out: string, change: (workbook: ExcelJS.Workbook) => void) {
  const workbook = await loadWorkbook(readFileSync(file));
  change(workbook);
  writeFileSync(out, await saveWorkbook(workbook));
  return out;
}

const text = (workbook: ExcelJS.Workbook, address: string) =>
  String(workbook.getWorksheet(LOG)!.getCell(address).value ?? "");

describe("thidua verify", () => {
  test("after two runs: exit 0, the two compute rows named and chained, input and result unchanged", async () => {
    const { second } = await computedTwice();
    const workbook = await loadWorkbook(readFileSync(second));
    const log = workbook.getWorksheet(LOG)!;
    expect((log as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(text(workbook, "H3")).toBe(text(workbook, "I2")); // Mã trước = the row above's Mã
    expect(text(workbook, "H2")).toBe("0".repeat(64));
    expect(text(workbook, "G3")).toBe(text(workbook, "G2")); // the same input, the same result
    expect([text(workbook, "C2"), text(workbook, "D2"), text(workbook, "E2")]).toEqual([
      "Tính kết quả",
      "Dòng lệnh",
      "Nguyễn Thị Hà",
    ]);

    const result = await cli("verify", second);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Trang Nhật ký nguyên vẹn: 2 dòng/);
    expect(result.stdout).toMatch(/2 lần tính kết quả được ghi, nối chuỗi/);
    expect(result.stdout).toMatch(/Dòng 2 \(STT 1\): Tính kết quả lúc .* Nguyễn Thị Hà/);
    expect(result.stdout).toMatch(/Dòng 3 \(STT 2\): Tính kết quả lúc /);
    expect(result.stdout).toMatch(/Dữ liệu vào không thay đổi từ lần tính gần nhất \(dòng 3\)/);
    expect(result.stdout).toMatch(/Tính lại dữ liệu hôm nay cho đúng mã kết quả đã ghi ở dòng 3/);
    const en = await cli("verify", second, "--lang", "en");
    expect(en.stdout).toMatch(/The Nhật ký sheet is intact: 2 rows/);
  });

  test.each(["A", "B", "C", "D", "E", "F", "G", "H", "I"].flatMap((col) => [`${col}2`, `${col}3`]))(
    "changing %s of Nhật ký: exit 1 naming that row",
    async (address) => {
      const { dir, second } = await computedTwice();
      const file = await edited(second, path.join(dir, `sua-${address}.xlsx`), (workbook) => {
        const cell = workbook.getWorksheet(LOG)!.getCell(address);
        cell.value = typeof cell.value === "number" ? cell.value + 1 : `${String(cell.value ?? "")}1`;
      });
      const result = await cli("verify", file);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`chuỗi mã không khớp ở dòng ${address.slice(1)} —`));
    },
  );

  test("a header changed, or a cell written beside the log: exit 1 naming the row", async () => {
    const { dir, second } = await computedTwice();
    const header = await edited(second, path.join(dir, "tieu-de.xlsx"), (workbook) => {
      workbook.getWorksheet(LOG)!.getCell("F1").value = "Dữ liệu";
    });
    expect((await cli("verify", header)).stderr).toMatch(/ở dòng 1 — dòng tiêu đề .*cột Dữ liệu vào/);
    const beside = await edited(second, path.join(dir, "ngoai.xlsx"), (workbook) => {
      workbook.getWorksheet(LOG)!.getCell("J3").value = "ghi chú";
    });
    const result = await cli("verify", beside);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ở dòng 3 — có ô được thêm ngoài bảng/);
  });

  test("a score changed after the last compute: the chain holds (exit 0) and the input and result say so", async () => {
    const { dir, second } = await computedTwice();
    const file = await edited(second, path.join(dir, "diem.xlsx"), (workbook) => {
      const sheet = workbook.worksheets.find((s) => s.name.startsWith("Chấm điểm"))!;
      // the first unit's first criterion, one point less
      let done = false;
      sheet.eachRow((row) => {
        if (done) return;
        row.eachCell((cell) => {
          if (!done && typeof cell.value === "number" && cell.value >= 5) {
            cell.value = cell.value - 5;
            done = true;
          }
        });
      });
      expect(done).toBe(true);
    });
    const result = await cli("verify", file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Dữ liệu vào ĐÃ THAY ĐỔI từ lần tính gần nhất \(dòng 3\)/);
    expect(result.stdout).toMatch(/cho mã kết quả KHÁC mã đã ghi ở dòng 3/);
  });

  test("a workbook never computed has no log: exit 1, saying so", async () => {
    const { sample } = await computedTwice();
    const result = await cli("verify", sample);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/chưa có trang Nhật ký/);
  });

  test("every command that writes the workbook appends its row, with --by", async () => {
    const { dir, second } = await computedTwice();
    // the sample's one ballot row already entered: without the sheet, votes adds the candidates again
    const noVotes = await edited(second, path.join(dir, "khong-bq.xlsx"), (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet("Biểu quyết")!.id);
    });
    const votes = path.join(dir, "bieu-quyet.xlsx");
    expect((await cli("votes", noVotes, "--out", votes, "--by", "Hà")).code).toBe(0);
    const sheets = path.join(dir, "phieu.xlsx");
    expect(
      (await cli("score-sheets", votes, "--member", "Lò Văn Tư", "--out", sheets, "--by", "Hà")).code,
    ).toBe(0);
    const csv = path.join(dir, "dang-ky.csv");
    writeFileSync(csv, "\ufeffĐơn vị;Danh hiệu;Ngày ĐK\r\nLĐLĐ huyện Tam Đường;GK_TINH;12/01/2023\r\n");
    const imported = path.join(dir, "nhap.xlsx");
    expect((await cli("import", sheets, csv, "--out", imported, "--by", "Hà")).code).toBe(0);
    const workbook = await loadWorkbook(readFileSync(imported));
    const actions = [4, 5, 6].map((r) => [
      text(workbook, `C${r}`),
      text(workbook, `E${r}`),
      text(workbook, `G${r}`),
    ]);
    expect(actions).toEqual([
      ["Thêm dòng biểu quyết", "Hà", ""],
      ["Tạo phiếu chấm", "Hà", ""],
      ["Nhập đăng ký", "Hà", ""],
    ]);
    const result = await cli("verify", imported);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/nguyên vẹn: 5 dòng/);
  });

  test("--by must be a name", async () => {
    const { second } = await computedTwice();
    const result = await cli("run", second, "--by", "");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--by/);
  });
});
