/**
 * Writes that cannot destroy (issue 11): no command writes over one of its inputs, however the
 * path is spelled; an existing output needs --force and must be a regular file; a failed write
 * says which file and why (exit 2) and leaves everything as it was.
 */
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cli } from "../helpers/cli";

const root = path.resolve(__dirname, "..", "..");
const tmp = () => mkdtempSync(path.join(tmpdir(), "thidua-files-"));

async function sampleFile() {
  const dir = tmp();
  const file = path.join(dir, "so-tinh.xlsx");
  expect((await cli("template", "--sample", file)).code).toBe(0);
  return { dir, file, bytes: readFileSync(file) };
}

describe("no command writes over its input", () => {
  test("--json naming the input: refused, the input unchanged", async () => {
    const { file, bytes } = await sampleFile();
    const result = await cli("run", file, "--json", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/trùng với tệp vào/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test("another spelling of the input, or a link to it: still the input", async () => {
    const { dir, file, bytes } = await sampleFile();
    const link = path.join(dir, "lien-ket.xlsx");
    symlinkSync(file, link);
    for (const out of [path.join(dir, ".", "sub", "..", "so-tinh.xlsx"), link]) {
      const result = await cli("run", file, "--out", out, "--force");
      expect([out, result.code]).toEqual([out, 2]);
    }
    mkdirSync(path.join(dir, "sub"));
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test("import's --out and --json may not name the workbook or the file imported", async () => {
    const { dir, file, bytes } = await sampleFile();
    const csv = path.join(dir, "dk.csv");
    writeFileSync(csv, "Mã đơn vị;Danh hiệu;Ngày\nSH;BK_TINH;05/02/2023\n");
    expect((await cli("import", file, csv, "--json", csv, "--force")).code).toBe(2);
    expect((await cli("import", file, csv, "--out", file, "--force")).code).toBe(2);
    expect(readFileSync(csv, "utf8")).toMatch(/^Mã đơn vị/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test("the same file for the workbook and the JSON is refused", async () => {
    const { dir, file } = await sampleFile();
    const out = path.join(dir, "x.xlsx");
    const result = await cli("run", file, "--out", out, "--json", out);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe("an existing output needs --force", () => {
  test("template over a filled workbook: refused without --force", async () => {
    const { file, bytes } = await sampleFile();
    const result = await cli("template", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/đã có/);
    expect(result.stderr).toMatch(/--force/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect((await cli("template", file, "--force")).code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(false);
  });

  test("run --out an existing file: refused, then replaced with --force", async () => {
    const { dir, file } = await sampleFile();
    const out = path.join(dir, "kq.xlsx");
    writeFileSync(out, "cũ");
    expect((await cli("run", file, "--out", out)).code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("cũ");
    expect((await cli("run", file, "--out", out, "--force")).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("a write that cannot be done ends in a clear message, exit 2, nothing half-written", () => {
  test("a destination that is a folder, a dangling link, or under a file", async () => {
    const { dir, file } = await sampleFile();
    const folder = path.join(dir, "thu-muc");
    mkdirSync(folder);
    const dangling = path.join(dir, "hong.xlsx");
    symlinkSync(path.join(dir, "khong-co", "x.xlsx"), dangling);
    const cases: [string, RegExp][] = [
      [folder, /không phải một tệp thường/],
      [dangling, /không phải một tệp thường/],
      [path.join(file, "kq.xlsx"), /một phần của đường dẫn là tệp/],
    ];
    for (const [out, reason] of cases) {
      const result = await cli("run", file, "--out", out, "--force");
      expect([out, result.code]).toEqual([out, 2]);
      expect(result.stderr).toMatch(reason);
      expect(result.stderr).not.toMatch(/ENOTDIR|EISDIR|at .*\.js/);
    }
    // nothing left behind: no temporary file beside the outputs
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a closed stdout (| head -1): the workbook is still written, exit 2 with a message", async () => {
    const { dir, file } = await sampleFile();
    const child = spawn(process.execPath, [path.join(root, "bin", "thidua.js"), "run", file], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.stdout.destroy(); // the reader is gone before the command prints anything
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/Đầu ra bị đóng giữa chừng/);
    expect(stderr).not.toMatch(/EPIPE|at .*\.js/);
    expect(existsSync(path.join(dir, "so-tinh.ket-qua.xlsx"))).toBe(true);
  }, 120_000);
});
