/**
 * No library text reaches the user (issue 11 §6): node's argument parser, zod, jszip and exceljs
 * failures are the catalogue's messages in the user's language; an unexpected failure ends with the
 * last-resort message in Vietnamese and English, never a stack trace.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { cli } from "../helpers/cli";

const tmp = () => mkdtempSync(path.join(tmpdir(), "thidua-messages-"));

/** Words only a library writes: none may reach the user. */
const LIBRARY_TEXT =
  /Unknown option '|argument missing|does not take an argument|ZodError|Invalid input|too_small|central directory|is this a zip|jszip|stuk\.github|Corrupted zip|End of data|TypeError|Cannot read properties|\bat .*\.(ts|js):\d+/;

async function emptyTemplate() {
  const dir = tmp();
  const file = path.join(dir, "so-tinh.xlsx");
  expect((await cli("template", file)).code).toBe(0);
  return { dir, file };
}

describe("the argument parser's and zod's messages are the catalogue's", () => {
  const cases: [string[], RegExp, RegExp][] = [
    [["--frob"], /^Tuỳ chọn không hợp lệ: --frob$/m, /^Unknown option: --frob$/m],
    [["-q"], /^Tuỳ chọn không hợp lệ: -q$/m, /^Unknown option: -q$/m],
    [
      ["--out"],
      /^Tuỳ chọn --out cần một giá trị, ví dụ --out ket-qua\.xlsx$/m,
      /^Option --out needs a value/m,
    ],
    [["--json", "--force"], /^Tuỳ chọn --json cần một giá trị/m, /^Option --json needs a value/m],
    [["--force=3"], /^Tuỳ chọn --force không nhận giá trị/m, /^Option --force takes no value/m],
    [
      ["--out", ""],
      /^Giá trị không hợp lệ cho --out: '' — cần một tên tệp$/m,
      /^Invalid value for --out: '' — expected a file name$/m,
    ],
    [["extra.xlsx"], /^Tham số thừa: extra\.xlsx$/m, /^Unexpected argument: extra\.xlsx$/m],
  ];
  test.each(cases)("run IN.xlsx %j", async (args, vi, en) => {
    const { file } = await emptyTemplate();
    for (const [lang, expected] of [
      ["vi", vi],
      ["en", en],
    ] as const) {
      const result = await cli("run", file, ...args, ...(lang === "en" ? ["--lang=en"] : []));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).toMatch(lang === "vi" ? /Cách dùng:/ : /Usage:/);
      expect(result.stderr).not.toMatch(LIBRARY_TEXT);
    }
  });

  test("a value zod refuses names the option and what it expects (--lang, --member)", async () => {
    const { file } = await emptyTemplate();
    const lang = await cli("run", file, "--lang", "fr");
    expect(lang).toMatchObject({ code: 2 });
    expect(lang.stderr).toMatch(/^Giá trị không hợp lệ cho --lang: 'fr' — cần vi hoặc en$/m);
    const member = await cli("score-sheets", file, "--member", "Lò Văn Minh", "--member", "", "--lang=en");
    expect(member.code).toBe(2);
    expect(member.stderr).toMatch(/^Invalid value for --member: '' — expected some text \(not empty\)$/m);
    expect(lang.stderr + member.stderr).not.toMatch(LIBRARY_TEXT);
  });
});

describe("a file the reader cannot read is named for what it is", () => {
  test("not a zip (jszip's 'end of central directory'): save it as .xlsx", async () => {
    const dir = tmp();
    const file = path.join(dir, "cu.xlsx");
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    for (const lang of ["vi", "en"] as const) {
      const result = await cli("run", file, "--lang", lang);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        lang === "vi"
          ? /Không đọc được tệp '.*cu\.xlsx': Tệp là sổ Excel 97–2003 \(\.xls\).*lưu thành \.xlsx/
          : /Cannot read '.*cu\.xlsx': The file is an Excel 97–2003 workbook \(\.xls\).*save it as \.xlsx/,
      );
      expect(result.stderr).not.toMatch(LIBRARY_TEXT);
    }
  });

  test("a zip whose parts are damaged (a truncated file): open it in Excel and save it again", async () => {
    const { dir, file } = await emptyTemplate();
    const bytes = readFileSync(file);
    const broken = path.join(dir, "hong.xlsx");
    writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types");
    zip.file("xl/workbook.xml", "<workbook><sheets><sheet");
    const odd = path.join(dir, "la.xlsx");
    writeFileSync(odd, await zip.generateAsync({ type: "nodebuffer" }));
    for (const input of [broken, odd]) {
      const result = await cli("run", input);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^Không đọc được tệp '.*(hong|la)\.xlsx': Tệp .*(hỏng|không phải)/m);
      expect(result.stderr).not.toMatch(LIBRARY_TEXT);
    }
  });

  test("import-scores: a member's file that is not a workbook is named, in the catalogue's words", async () => {
    const { dir, file } = await emptyTemplate();
    const member = path.join(dir, "phieu.xlsx");
    writeFileSync(member, "không phải sổ tính");
    const result = await cli("import-scores", file, member, "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot read '.*phieu\.xlsx': The file is text .*save it as \.xlsx/);
    expect(result.stderr).not.toMatch(LIBRARY_TEXT);
  });
});

describe("failures of the writer and unexpected failures", () => {
  afterEach(() => jest.restoreAllMocks());

  test("exceljs failing to save the result: the catalogue's message, exit 2, nothing written", async () => {
    const { dir, file } = await emptyTemplate();
    jest
      .spyOn(ExcelJsPort.prototype, "saveKeeping")
      .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'theme')"));
    const out = path.join(dir, "kq.xlsx");
    const result = await cli("run", file, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Không tạo được sổ tính '.*kq\.xlsx': .*Không có gì bị ghi\./m);
    expect(result.stdout + result.stderr).not.toMatch(LIBRARY_TEXT);
    expect(existsSync(out)).toBe(false);
  });

  test("anything else: the last resort, in Vietnamese and English, never a stack trace", async () => {
    const { file } = await emptyTemplate();
    jest.spyOn(ExcelJsPort.prototype, "readGrid").mockRejectedValue(new RangeError("Invalid array length"));
    const result = await cli("run", file, "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^Thi Đua không đọc hoặc ghi được tệp \(lỗi không mong đợi\).*người quản trị\.$/m,
    );
    expect(result.stderr).toMatch(
      /^Thi Đua could not read or write a file \(an unexpected error\).*administrator\.$/m,
    );
    expect(result.stderr).not.toMatch(/Invalid array length|RangeError/);
    expect(result.stderr).not.toMatch(LIBRARY_TEXT);
  });
});
