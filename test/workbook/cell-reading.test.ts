/**
 * Issue 11, part 2 — "Reading what the cell holds", in every door: the file (the command line and the
 * browser file mode share the exceljs loader) and Excel (the Office.js reader, on the fake Excel).
 * Files exceljs cannot write (a formula with a cached 0, with no cached value, with the empty text)
 * are made as real xlsx XML: a workbook saved by exceljs whose sheet XML is patched with jszip.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { readContract } from "../../src/core/contract/reader";
import { render } from "../../src/core/i18n";
import type { Issue } from "../../src/core/issues";
import { compute } from "../../src/jobs/compute";
import { planScores } from "../../src/jobs/scores";
import { readMemberFile } from "../../src/workbook/exceljs/sources";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
import { quoteEscapes } from "../../src/workbook/exceljs/after-load";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { gridOfWorkbook } from "../../src/workbook/exceljs/read";
import type { WorkbookPort } from "../../src/workbook/port";
import { cli } from "../helpers/cli";
import { bothPorts } from "../helpers/ports";
import { makeWorkbook, smallCouncil, type Rows } from "../helpers/xlsx";

const MEMBER_A = "Chấm điểm - Nguyễn Văn A";
const MEMBER_B = "Chấm điểm - Lò Thị B";

const run = (port: WorkbookPort) => compute(port, { lang: "vi", currentYear: 2023 });

/** Saves `workbook`, replaces cells of one sheet's XML (address → the whole `<c>` element) and loads it. */
async function patched(
  workbook: ExcelJS.Workbook,
  sheet: string,
  cells: Record<string, string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await saveWorkbook(workbook));
  const index = workbook.worksheets.findIndex((w) => w.name === sheet);
  const part = `xl/worksheets/sheet${index + 1}.xml`;
  let xml = await zip.file(part)!.async("string");
  for (const [address, element] of Object.entries(cells)) {
    const cell = new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`);
    expect(xml).toMatch(cell);
    xml = xml.replace(cell, element);
  }
  zip.file(part, xml);
  return zip.generateAsync({ type: "uint8array" });
}

async function runBytes(bytes: Uint8Array) {
  return run(new ExcelJsPort(await loadWorkbook(bytes)));
}

const keys = (issues: Issue[]) => issues.map((i) => i.message.key);
const totals = (outcome: Awaited<ReturnType<typeof run>>) =>
  outcome.json.units.map((u) => [u.code, u.status, u.total]);

describe("formula cells by their cached value (issue 11: 0 and FALSE are values)", () => {
  test("a score cell <f>18.5*0</f><v>0</v> counts as 0, not 'not scored'", async () => {
    // what exceljs does: `cell.value` drops the 0 ({ formula } alone), `cell.result` keeps it
    const bytes = await patched(makeWorkbook(smallCouncil()), MEMBER_A, {
      C2: '<c r="C2"><f>18.5*0</f><v>0</v></c>',
    });
    const loaded = await loadWorkbook(bytes);
    expect(loaded.getWorksheet(MEMBER_A)!.getCell("C2").value).toEqual({ formula: "18.5*0" });
    const outcome = await runBytes(bytes);
    const zero = smallCouncil();
    zero[MEMBER_A][1][2] = 0;
    const expected = await run(new ExcelJsPort(await loadWorkbook(await saveWorkbook(makeWorkbook(zero)))));
    expect(outcome.result.issues).toEqual(expected.result.issues);
    expect(totals(outcome)).toEqual(totals(expected));
    expect(outcome.json.units.find((u) => u.code === "TD")).toMatchObject({ status: "ranked" });
  });

  test("a cached FALSE is a value: in a score cell it is not a number (a unit error), not empty", async () => {
    const bytes = await patched(makeWorkbook(smallCouncil()), MEMBER_A, {
      C2: '<c r="C2" t="b"><f>1=2</f><v>0</v></c>',
    });
    expect(
      gridOfWorkbook(await loadWorkbook(bytes)).sheets.find((s) => s.name === MEMBER_A)?.rows[1][2],
    ).toBe(false);
    const outcome = await runBytes(bytes);
    const issue = outcome.result.issues.find((i) => i.message.key === "err.scoreNotANumber");
    expect(issue).toMatchObject({ sheet: MEMBER_A, row: 2, column: "TC1", value: "FALSE", unit: "TD" });
    expect(outcome.json.units.find((u) => u.code === "TD")?.status).toBe("invalid");
  });

  test("a cached 0 reads the same in Excel and in the file (both doors)", async () => {
    const sheets = smallCouncil();
    (sheets[MEMBER_A][1] as Rows[number])[2] = { formula: "18.5*0", result: 0 } as unknown as {
      formula: string;
    };
    const ports = await bothPorts(makeWorkbook(sheets));
    const [file, excel] = [await run(ports.file), await run(ports.excel)];
    expect(excel.json).toEqual(file.json);
    // TD: TC1 = mean(0, 44) = 22, TC2 40, bonus (1 + 1) / 2 = 1
    expect(file.json.units.find((u) => u.code === "TD")).toMatchObject({ status: "ranked", total: 63 });
  });
});

describe("a formula with no cached value is an error naming the cell (issue 11)", () => {
  const expectUncomputed = (issues: Issue[], where: Partial<Issue>) => {
    const issue = issues.find((i) => i.message.key === "err.formulaNotComputed");
    expect(issue).toMatchObject({ severity: "error", structural: true, ...where });
    return issue!;
  };

  test.each([
    ["no <v> (exceljs, Python writers)", '<c r="C2"><f>46</f></c>'],
    ["an empty <v/> (openpyxl)", '<c r="C2"><f>46</f><v/></c>'],
  ])("%s in a score cell: structural, the run stops, nothing is written", async (_, element) => {
    const bytes = await patched(makeWorkbook(smallCouncil()), MEMBER_A, { C2: element });
    const outcome = await runBytes(bytes);
    const issue = expectUncomputed(outcome.result.issues, {
      sheet: MEMBER_A,
      row: 2,
      column: "TC1",
      col: 3,
      value: "=46",
    });
    expect(outcome.written).toBe(false);
    expect(render("vi", issue.message)).toBe(
      "Ô C2: công thức chưa được tính — mở và lưu tệp trong Excel rồi chạy lại (giá trị của ô chưa có trong tệp)",
    );
    expect(render("en", issue.message)).toContain("Cell C2: the formula has not been calculated");
  });

  test('a formula whose cached value is the empty text (<v></v>, t=str, as Excel saves "") is an empty cell', async () => {
    const bytes = await patched(makeWorkbook(smallCouncil()), MEMBER_A, {
      C2: '<c r="C2" t="str"><f>IF(1,"","")</f><v></v></c>',
    });
    const outcome = await runBytes(bytes);
    expect(keys(outcome.result.issues)).not.toContain("err.formulaNotComputed");
    // TD is not scored by A on TC1: incomplete under the default `Không xếp hạng`
    expect(outcome.json.units.find((u) => u.code === "TD")?.status).toBe("incomplete");
  });

  test("in a column the contract does not read (a name, a total) it is ignored, as its value would be", async () => {
    const sheets = smallCouncil();
    sheets[MEMBER_A][0].push("Tổng");
    const bytes = await patched(makeWorkbook(sheets), MEMBER_A, {
      B2: '<c r="B2" t="str"><f>"Tam "&amp;"Đường"</f></c>',
      F1: '<c r="F1" t="inlineStr"><is><t>Tổng</t></is></c>',
    });
    const outcome = await runBytes(bytes);
    expect(keys(outcome.result.issues)).not.toContain("err.formulaNotComputed");
    expect(outcome.written).toBe(true);
  });

  test("in a set-up or registration sheet: the cell under its header, structural", async () => {
    const bytes = await patched(makeWorkbook(smallCouncil()), "Đăng ký", {
      C3: '<c r="C3"><f>DATE(2023,1,15)</f></c>',
    });
    const outcome = await runBytes(bytes);
    expectUncomputed(outcome.result.issues, {
      sheet: "Đăng ký",
      row: 3,
      column: "Ngày đăng ký",
      col: 3,
      value: "=DATE(2023,1,15)",
    });
    expect(outcome.json.units).toEqual([]);
  });

  test("the unit code of a score row", async () => {
    const bytes = await patched(makeWorkbook(smallCouncil()), MEMBER_B, {
      A3: '<c r="A3" t="str"><f>"P"&amp;"T"</f></c>',
    });
    expectUncomputed((await runBytes(bytes)).result.issues, { sheet: MEMBER_B, row: 3, column: "Mã đơn vị" });
  });

  test("a member's file to import: the cell is reported, never taken as an empty score", async () => {
    const member = smallCouncil();
    for (const name of Object.keys(member)) if (name !== MEMBER_A) delete member[name];
    const bytes = await patched(makeWorkbook(member), MEMBER_A, { D3: '<c r="D3"><f>40</f></c>' });
    const council = new ExcelJsPort(makeWorkbook(smallCouncil()));
    const planned = await planScores(council, [await readMemberFile(bytes, "a.xlsx")]);
    expect(planned.plan.sheets.flatMap((s) => s.problems)).toContainEqual(
      expect.objectContaining({ sheet: MEMBER_A, row: 3, column: "TC2", value: "=40" }),
    );
  });

  test("the command line says it, names the cell and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-cells-"));
    try {
      const input = join(dir, "in.xlsx");
      writeFileSync(
        input,
        await patched(makeWorkbook(smallCouncil()), MEMBER_A, { C2: '<c r="C2"><f>46</f></c>' }),
      );
      const { code } = await cli("run", input, "--json", join(dir, "out.json"));
      expect(code).toBe(1);
      const json = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as {
        issues: { sheet: string; row: number; column: string; value: string; message: string }[];
      };
      expect(json.issues).toContainEqual(
        expect.objectContaining({
          sheet: MEMBER_A,
          row: 2,
          column: "TC1",
          value: "=46",
          message: expect.stringContaining("công thức chưa được tính — mở và lưu tệp trong Excel"),
        }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("percent formats scale only for a real % placeholder (WORKBOOK.md §1, issue 11)", () => {
  // `Tỷ lệ tối đa (%)` of BK: 50% of 3 units → 1, of 2 → 1; read as 5000% it would be 150 and 100
  test.each([
    ['0"%"', 50],
    ["0.0\\%", 50],
    ["0%", 0.5],
    ["0.00%", 0.5],
  ])("a share formatted %s holding %s reads as 50, in both doors", async (format, value) => {
    const sheets = smallCouncil();
    sheets["Danh hiệu"][1][3] = value;
    const workbook = makeWorkbook(sheets);
    workbook.getWorksheet("Danh hiệu")!.getCell("D2").numFmt = format;
    const ports = await bothPorts(workbook);
    const [file, excel] = [await run(ports.file), await run(ports.excel)];
    expect(file.json.quotas.map((q) => q.limit)).toEqual([1, 1]);
    expect(excel.json).toEqual(file.json);
  });

  test("exceljs drops a format's backslashes (0.0\\% → 0.0%): the loader sets them back, quoted", async () => {
    expect(quoteEscapes("0.0\\%")).toBe('0.0"%"');
    expect(quoteEscapes('0"\\%"\\ \\0')).toBe('0"\\%"" ""0"');
    expect(quoteEscapes("0.0%")).toBeNull();
    const sheets = smallCouncil();
    sheets["Danh hiệu"][1][3] = 50;
    const workbook = makeWorkbook(sheets);
    workbook.getWorksheet("Danh hiệu")!.getCell("D2").numFmt = "0.0\\%";
    workbook.getWorksheet("Danh hiệu")!.getCell("C2").numFmt = "0%"; // a real percent, untouched
    const loaded = await loadWorkbook(await saveWorkbook(workbook));
    expect(loaded.getWorksheet("Danh hiệu")!.getCell("D2").numFmt).toBe('0.0"%"');
    expect(loaded.getWorksheet("Danh hiệu")!.getCell("C2").numFmt).toBe("0%");
  });
});

describe("hidden and very hidden score sheets are never silent (issue 11, docs/RULES.md)", () => {
  const withState = (state: ExcelJS.WorksheetState) => {
    const workbook = makeWorkbook(smallCouncil());
    workbook.getWorksheet(MEMBER_B)!.state = state;
    return workbook;
  };

  test("a hidden score sheet counts, with a warning naming it — in both doors", async () => {
    const ports = await bothPorts(withState("hidden"));
    const [file, excel] = [await run(ports.file), await run(ports.excel)];
    expect(excel.json).toEqual(file.json);
    const visible = await run((await bothPorts(makeWorkbook(smallCouncil()))).file);
    expect(totals(file)).toEqual(totals(visible));
    const warning = file.result.issues.find((i) => i.message.key === "warn.hiddenScoreSheet");
    expect(warning).toMatchObject({ severity: "warning", sheet: MEMBER_B });
    expect(render("vi", warning!.message)).toBe(
      `Trang chấm điểm '${MEMBER_B}' đang bị ẩn nhưng vẫn được tính`,
    );
  });

  test("a very hidden score sheet does not count, with a warning naming it — in both doors", async () => {
    const ports = await bothPorts(withState("veryHidden"));
    const [file, excel] = [await run(ports.file), await run(ports.excel)];
    expect(excel.json).toEqual(file.json);
    const withoutB = smallCouncil();
    delete withoutB[MEMBER_B];
    const alone = await run((await bothPorts(makeWorkbook(withoutB))).file);
    expect(totals(file)).toEqual(totals(alone));
    expect(file.result.members).toEqual(["Nguyễn Văn A"]);
    const warning = file.result.issues.find((i) => i.message.key === "warn.veryHiddenScoreSheet");
    expect(warning).toMatchObject({ severity: "warning", sheet: MEMBER_B });
    expect(render("en", warning!.message)).toContain(`Score sheet '${MEMBER_B}' is very hidden`);
  });

  test("Excel: the visibility comes in the same request as the sheet names (no sync more)", async () => {
    const syncs = async (workbook: ExcelJS.Workbook) => {
      const ports = await bothPorts(workbook);
      const before = ports.fake.syncCount;
      const grid = await ports.excel.readGrid();
      return { syncs: ports.fake.syncCount - before, grid };
    };
    const hidden = await syncs(withState("veryHidden"));
    expect(hidden.syncs).toBe((await syncs(makeWorkbook(smallCouncil()))).syncs);
    expect(hidden.grid.sheets.find((s) => s.name === MEMBER_B)?.visibility).toBe("veryHidden");
    expect(hidden.grid.sheets.find((s) => s.name === MEMBER_A)?.visibility).toBeUndefined();
  });

  test("when every score sheet is very hidden, no score sheet counts: the structural 'no score sheet'", async () => {
    const workbook = withState("veryHidden");
    workbook.getWorksheet(MEMBER_A)!.state = "veryHidden";
    const outcome = await run((await bothPorts(workbook)).file);
    expect(keys(outcome.result.issues)).toEqual(
      expect.arrayContaining(["warn.veryHiddenScoreSheet", "err.noScoreSheet"]),
    );
    expect(outcome.written).toBe(false);
  });
});

describe("one member's two sheets are a structural error naming both (issue 11)", () => {
  const issuesWith = (extra: string) => {
    const sheets = smallCouncil();
    sheets[extra] = sheets[MEMBER_B];
    return readContract(gridOfWorkbook(makeWorkbook(sheets))).issues as Issue[];
  };

  test.each([
    ["case and spacing", "Chấm điểm -  nguyễn  VĂN a "],
    ["Unicode NFD", "Chấm điểm - Nguyễn Văn A".normalize("NFD")],
    ["another dash", "Scores – Nguyễn Văn A"],
  ])("%s: the same member", (_, name) => {
    const issues = issuesWith(name);
    const issue = issues.find((i) => i.message.key === "err.memberTwice");
    expect(issue).toMatchObject({ severity: "error", structural: true, sheet: name });
    expect(render("vi", issue!.message)).toBe(
      `Hai trang chấm điểm '${MEMBER_A}' và '${name}' cùng của thành viên '${name.slice(name.search(/[-–]/) + 1).trim()}': điểm của người này sẽ bị tính hai lần — gộp thành một trang hoặc đổi tên một trang`,
    );
  });

  test("names differing only in diacritics are two members (Hương, Hường)", () => {
    expect(keys(issuesWith("Chấm điểm - Nguyen Van A"))).not.toContain("err.memberTwice");
    expect(keys(issuesWith("Chấm điểm - Nguyễn Văn Á"))).not.toContain("err.memberTwice");
  });

  test("the run stops and writes nothing", async () => {
    const sheets = smallCouncil();
    sheets["Chấm điểm -  Nguyễn Văn A"] = sheets[MEMBER_B]; // Excel refuses names differing only in case
    const outcome = await run((await bothPorts(makeWorkbook(sheets))).file);
    expect(outcome.written).toBe(false);
    expect(outcome.json.units).toEqual([]);
  });
});
