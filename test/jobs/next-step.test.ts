/**
 * An empty or unfinished workbook gets one message naming the next thing to fill in (issue 11 §6),
 * in the compute and check jobs, the command line and the task pane — and the JSON stays the
 * engine's (docs/RULES.md, "An unfinished workbook").
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { render } from "../../src/i18n";
import { checkWorkbook } from "../../src/jobs/check";
import { compute } from "../../src/jobs/compute";
import { reportLines } from "../../src/cli/render";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { templateWorkbook } from "../../src/workbook/exceljs/sheets";
import { cli } from "../helpers/cli";
import { bothPorts } from "../helpers/ports";
import { makeWorkbook, smallCouncil, type Rows } from "../helpers/xlsx";

const run = (workbook: ExcelJS.Workbook, lang: "vi" | "en" = "vi") =>
  compute(new ExcelJsPort(workbook), { lang, currentYear: 2023 });

function council(change: (sheets: Record<string, Rows>) => void): ExcelJS.Workbook {
  const sheets = smallCouncil();
  change(sheets);
  return makeWorkbook(sheets);
}

const blankScores = (rows: Rows): Rows => rows.map((row, r) => (r === 0 ? row : [row[0], row[1]]));

describe("the next thing to fill in, in order", () => {
  test("the empty template: no units — fill in Đơn vị (not '0 lỗi')", async () => {
    const outcome = await run(templateWorkbook({ lang: "vi", sample: false, year: 2023 }));
    expect(outcome.next?.key).toBe("next.units");
    const lines = reportLines("vi", outcome.report);
    expect(lines).toEqual([
      "Chưa có đơn vị nào: điền trang 'Đơn vị' (mỗi dòng một đơn vị: mã đơn vị, tên đơn vị, khối thi đua), rồi chạy lại.",
    ]);
    const en = await run(templateWorkbook({ lang: "en", sample: false, year: 2023 }), "en");
    expect(render("en", en.report.headline)).toMatch(
      /^No units yet: fill in the 'Units' sheet \(one unit per row/,
    );
  });

  test("Đơn vị rows without a unit code are still no units: fill in Đơn vị, the rows' warnings one line", async () => {
    const workbook = council(
      (s) => (s["Đơn vị"] = [s["Đơn vị"][0], ...s["Đơn vị"].slice(1).map((r) => [null, ...r.slice(1)])]),
    );
    const outcome = await run(workbook);
    expect(outcome.next?.key).toBe("next.units");
    const units = outcome.issues.filter((g) => g.issue.sheet === "Đơn vị");
    expect(units).toEqual([expect.objectContaining({ similar: 4, lastRow: 6 })]);
  });

  test("units but no criteria: fill in Tiêu chí", async () => {
    const workbook = council((s) => (s["Tiêu chí"] = [["Mã tiêu chí", "Điểm tối đa", "Loại"]]));
    const outcome = await run(workbook);
    expect(render("vi", outcome.report.headline)).toMatch(/^Chưa có tiêu chí nào: điền trang 'Tiêu chí'/);
  });

  test("no score sheet: make the score sheets (the JSON keeps its structural error, exit 1)", async () => {
    const workbook = council((s) => {
      delete s["Chấm điểm - Nguyễn Văn A"];
      delete s["Chấm điểm - Lò Thị B"];
    });
    const outcome = await run(workbook);
    expect(outcome.written).toBe(false);
    expect(render("vi", outcome.report.headline)).toMatch(/^Chưa có trang chấm điểm nào: tạo phiếu chấm/);
    expect(outcome.json.issues.map((i) => i.severity)).toEqual(["error"]);
  });

  test("score sheets with no score at all: score or import them; no summary of zeros", async () => {
    const workbook = council((s) => {
      s["Chấm điểm - Nguyễn Văn A"] = blankScores(s["Chấm điểm - Nguyễn Văn A"]);
      s["Chấm điểm - Lò Thị B"] = blankScores(s["Chấm điểm - Lò Thị B"]);
    });
    const outcome = await run(workbook, "en");
    expect(render("en", outcome.report.headline)).toBe(
      "No score yet in the 2 score sheets: the council members fill in their score sheets, or import the score sheets they send back (the step “Import registrations and score sheets”, or thidua import-scores).",
    );
    expect(outcome.report.lines).toEqual([]);
    // the numbers are the engine's: every unit incomplete
    expect(outcome.json.units.map((u) => u.status)).toEqual(Array(5).fill("incomplete"));
  });

  test("one score sheet filled is past these states: the usual summary", async () => {
    const workbook = council((s) => (s["Chấm điểm - Lò Thị B"] = blankScores(s["Chấm điểm - Lò Thị B"])));
    const outcome = await run(workbook);
    expect(outcome.next).toBeNull();
    expect(render("vi", outcome.report.headline)).toMatch(/^Thi đua – Khen thưởng năm 2023/);
  });

  test("the check job says the same (the task pane's step 1), on both ports", async () => {
    const ports = await bothPorts(templateWorkbook({ lang: "vi", sample: false, year: 2023 }));
    for (const port of [ports.file, ports.excel]) {
      const outcome = await checkWorkbook(port, { currentYear: 2023 });
      expect(outcome.report.tone).toBe("info");
      expect(render("vi", outcome.report.headline)).toMatch(/^Chưa có đơn vị nào: điền trang 'Đơn vị'/);
    }
  });
});

describe("repeated warnings of a blank score sheet are one line", () => {
  // a blank score sheet prepared for 68 rows: names and a total, no unit code, no score
  const prepared: Rows = [
    ["Mã đơn vị", "Tên đơn vị", "TC1", "TC2", "DT", "Tổng"],
    ...Array.from({ length: 68 }, (_, i) => [null, `Đơn vị ${i + 1}`, null, null, null, 0]),
  ];

  test("68 'row without a unit code' warnings → one line naming the first row and the last; the JSON keeps all 68", async () => {
    const workbook = council((s) => (s["Chấm điểm - Trần C"] = prepared));
    const outcome = await run(workbook);
    expect(outcome.next).toBeNull(); // the other two sheets are scored
    const lines = reportLines("vi", outcome.report).filter((l) => l.includes("Chấm điểm - Trần C"));
    expect(lines).toEqual([
      "  - Chấm điểm - Trần C, dòng 2, cột 'Mã đơn vị' (A2): Dòng có dữ liệu nhưng không có mã đơn vị: bỏ qua — và 67 dòng khác như vậy (đến dòng 69)",
    ]);
    expect(outcome.json.issues.filter((i) => i.sheet === "Chấm điểm - Trần C")).toHaveLength(68);
    expect(outcome.issues.filter((g) => g.issue.sheet === "Chấm điểm - Trần C")).toEqual([
      expect.objectContaining({ similar: 67, lastRow: 69 }),
    ]);
  });

  test("the same warnings on a sheet with scores are each listed (a real sheet's problems)", async () => {
    const scored: Rows = prepared.map((row, r) => (r === 0 ? row : [...row.slice(0, 2), 40, 40, 0, 80]));
    const workbook = council((s) => (s["Chấm điểm - Trần C"] = scored));
    const outcome = await run(workbook);
    expect(outcome.issues.filter((g) => g.issue.sheet === "Chấm điểm - Trần C")).toHaveLength(68);
  });
});

describe("the command line", () => {
  test("thidua template, then thidua run: one message, in the user's language", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-next-"));
    const file = path.join(dir, "so-tinh.xlsx");
    expect((await cli("template", file)).code).toBe(0);
    const json = path.join(dir, "kq.json");
    const vi = await cli("run", file, "--json", json);
    expect(vi.code).toBe(0);
    expect(vi.stdout.split("\n")[0]).toMatch(/^Chưa có đơn vị nào: điền trang 'Đơn vị'/);
    expect(vi.stdout).not.toMatch(/0 lỗi|0 xếp hạng/);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({ units: [], issues: [] });
    const en = await cli("run", file, "--lang", "en", "--out", path.join(dir, "en.xlsx"));
    expect(en.stdout.split("\n")[0]).toMatch(/^No units yet: fill in the 'Đơn vị' sheet/);
  });
});
