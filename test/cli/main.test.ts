import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultOutput } from "../../src/cli/main";
import { cli } from "../helpers/cli";
import { loadWorkbook } from "../../src/workbook/exceljs/file";
import { casesDir } from "../helpers/cases";

const root = path.resolve(__dirname, "..", "..");
/** One run of the compiled command (Node starts, loads exceljs, reads and writes a workbook). */
const SUBPROCESS_MS = 60_000;

const tmp = () => mkdtempSync(path.join(tmpdir(), "thidua-cli-"));

describe("thidua template", () => {
  test("writes an empty council workbook", async () => {
    const out = path.join(tmp(), "mau.xlsx");
    const result = await cli("template", out);
    expect(result).toMatchObject({ code: 0, stdout: `Đã tạo ${out}` });
    const workbook = await loadWorkbook(readFileSync(out));
    expect(workbook.getWorksheet("Đơn vị")?.getCell("A2").value).toBe("Mã đơn vị");
  });

  test("--sample writes the Lai Châu 2023 example", async () => {
    const out = path.join(tmp(), "sample.xlsx");
    expect((await cli("template", "--sample", out)).code).toBe(0);
    const workbook = await loadWorkbook(readFileSync(out));
    expect(workbook.worksheets.filter((ws) => ws.name.startsWith("Chấm điểm"))).toHaveLength(3);
  });

  test("without an output file it is wrong usage (exit 2)", async () => {
    const result = await cli("template");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Thiếu tham số: OUT\.xlsx/);
  });
});

describe("thidua run", () => {
  async function sampleFile() {
    const dir = tmp();
    const file = path.join(dir, "so-tinh.xlsx");
    await cli("template", "--sample", file);
    return { dir, file };
  }

  test("writes the result workbook beside the input (never over it) and the JSON; exit 0", async () => {
    const { dir, file } = await sampleFile();
    const before = readFileSync(file);
    const json = path.join(dir, "ket-qua.json");
    const result = await cli("run", file, "--json", json);
    expect(result.code).toBe(0);
    const out = path.join(dir, "so-tinh.ket-qua.xlsx");
    expect(defaultOutput(file)).toBe(out);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(file).equals(before)).toBe(true);
    const parsed = JSON.parse(readFileSync(json, "utf8"));
    expect(parsed).toMatchObject({ year: 2023, mode: "allocate" });
    expect(parsed.units).toHaveLength(11);
    expect(result.stdout).toMatch(/Đơn vị: 11 xếp hạng, 0 thiếu điểm, 0 không hợp lệ/);
    expect(result.stdout).toMatch(/Khối LĐLĐ các huyện, thành phố: CTD_TINH 1, BK_TINH 2, GK_TINH 4/);
    const workbook = await loadWorkbook(readFileSync(out));
    expect(workbook.getWorksheet("Kết quả")).toBeDefined();
  });

  test("--out names the result workbook; --lang en writes English", async () => {
    const { dir, file } = await sampleFile();
    const out = path.join(dir, "results.xlsx");
    const result = await cli("run", file, "--out", out, "--lang", "en", "--json", path.join(dir, "r.json"));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Units: 11 ranked/);
    const parsed = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8"));
    expect(parsed.units[0].reasons[0]).toMatch(/^Total 95 = 93 \+ 2 − 0; rank 1/);
    const workbook = await loadWorkbook(readFileSync(out));
    expect(workbook.getWorksheet("Kết quả")?.getCell("A3").value).toBe("Bloc");
  });

  test("refuses to write over the input (exit 2)", async () => {
    const { file } = await sampleFile();
    const result = await cli("run", file, "--out", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/không bao giờ ghi đè/);
  });

  test("a structural error: exit 1, the JSON is written with units [], no workbook", async () => {
    const dir = tmp();
    const json = path.join(dir, "err.json");
    const out = path.join(dir, "err.xlsx");
    const input = path.join(casesDir, "vi_du_loi_cau_truc", "input.xlsx");
    const result = await cli("run", input, "--out", out, "--json", json);
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const parsed = JSON.parse(readFileSync(json, "utf8"));
    expect(parsed).toMatchObject({ year: null, mode: null, units: [] });
    expect(parsed.issues[0]).toMatchObject({ sheet: "Đơn vị", row: 5, column: "Mã đơn vị", value: "PT" });
    expect(result.stdout).toMatch(/Đơn vị, dòng 5, cột 'Mã đơn vị' \(A5\): giá trị 'PT'/);
  });

  test("a missing file, a file that is not a workbook, an unknown option: exit 2 with a clear message", async () => {
    const dir = tmp();
    expect(await cli("run", path.join(dir, "khong-co.xlsx"))).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Không tìm thấy tệp/),
    });
    const text = path.join(dir, "ghi-chu.xlsx");
    writeFileSync(text, "không phải sổ tính");
    expect(await cli("run", text)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /Không đọc được tệp '.*ghi-chu\.xlsx': Tệp là văn bản .*lưu thành \.xlsx/,
      ),
    });
    expect((await cli("run", text, "--frob")).code).toBe(2);
    expect((await cli("run", text, "--lang", "fr")).code).toBe(2);
    expect((await cli("frob")).code).toBe(2);
  });
});

describe("help", () => {
  test("--help is in Vietnamese and English", async () => {
    const result = await cli("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Cách dùng:/);
    expect(result.stdout).toMatch(/Usage:/);
  });
});

describe("the installed command", () => {
  beforeAll(() => {
    const compiled = path.join(root, "lib", "cli", "bin.js");
    const source = path.join(root, "src", "cli", "main.ts");
    if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
      execFileSync("npm", ["run", "build:cli"], { cwd: root, stdio: "ignore", timeout: SUBPROCESS_MS });
    }
  }, 2 * SUBPROCESS_MS);

  test(
    "bin/thidua.js runs the compiled command line, with its exit codes",
    () => {
      const dir = tmp();
      const file = path.join(dir, "mau.xlsx");
      const node = (...args: string[]) =>
        spawnSync(process.execPath, [path.join(root, "bin", "thidua.js"), ...args], {
          encoding: "utf8",
          timeout: SUBPROCESS_MS,
        });
      expect(node("template", "--sample", file).status).toBe(0);
      const run = node("run", file, "--json", "-");
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ year: 2023, mode: "allocate" });
      expect(run.stderr).toMatch(/Đã ghi sổ tính kết quả/);
      expect(node().status).toBe(2);
    },
    3 * SUBPROCESS_MS,
  );
});
