/**
 * WORKBOOK.md §11.3 — the ballots and the action that adds their candidates to `Biểu quyết`
 * (src/jobs/ballots.ts), on both ports (Excel and a file), and the command line's `thidua votes`.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { addBallotRows } from "../../src/jobs/ballots";
import { compute } from "../../src/jobs/compute";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
import { cli } from "../helpers/cli";
import { bothPorts, sheetCells } from "../helpers/ports";
import { makeWorkbook, sheetValues, smallCouncil, type Rows } from "../helpers/xlsx";

/** The small council with its award needing 80 % of a 9-member council. */
function votingCouncil(votes?: Rows): Record<string, Rows> {
  const sheets = smallCouncil();
  sheets["Danh hiệu"] = [
    ["Mã", "Tên danh hiệu", "Thứ tự ưu tiên", "Tỷ lệ phiếu tối thiểu (%)", "Điểm tối thiểu"],
    ["CTD", "Cờ thi đua", 1, 80, 85],
    ["BK", "Bằng khen", 2, null, null],
  ];
  sheets["Đăng ký"] = sheets["Đăng ký"].map((row, r) => (r === 0 ? row : [row[0], "CTD", row[2]]));
  sheets["Cài đặt"].push(["Số thành viên Hội đồng", 9]);
  if (votes) sheets["Biểu quyết"] = votes;
  return sheets;
}

describe("the ballots' candidates as rows of Biểu quyết (§11.3)", () => {
  test("without Biểu quyết: the sheet is created with one row per candidate, the same in Excel and in a file", async () => {
    const ports = await bothPorts(makeWorkbook(votingCouncil()));
    const fileOutcome = await addBallotRows(ports.file, { lang: "vi", currentYear: 2023 });
    const excelOutcome = await addBallotRows(ports.excel, { lang: "vi", currentYear: 2023 });
    // Total ≥ 85: TD 86, GD 95 (PT 84, SH 84 and YT 81 are below)
    expect(fileOutcome.added).toEqual([
      { unit: "TD", award: "CTD" },
      { unit: "GD", award: "CTD" },
    ]);
    expect(excelOutcome.added).toEqual(fileOutcome.added);
    const file = await ports.fileAsExcel();
    expect(ports.fake.sheetNames()).toEqual(file.sheetNames());
    // the cells written: values and number formats (text as text), under the template's header
    const written = (fake: typeof file) => {
      const { values, formats } = sheetCells(fake, "Biểu quyết");
      return { values, formats: formats.slice(2).map((row) => row.slice(0, 2)) };
    };
    expect(written(ports.fake)).toEqual(written(file));
    expect(written(file).formats).toEqual([
      ["@", "@"],
      ["@", "@"],
    ]);
    const rows = ports.fake.values("Biểu quyết");
    expect(rows.slice(1)).toEqual([
      ["Mã đơn vị", "Danh hiệu", "Số phiếu đồng ý"],
      ["TD", "CTD", ""],
      ["GD", "CTD", ""],
    ]);
  });

  test("a count already entered is kept, other rows are added below, and a second run adds nothing", async () => {
    const votes: Rows = [
      ["Mã đơn vị", "Danh hiệu", "Số phiếu đồng ý"],
      ["gd", "Cờ thi đua", 8], // by the award's name, the code in lower case
      ["SH", "CTD", 3], // not a candidate: kept all the same
    ];
    const ports = await bothPorts(makeWorkbook(votingCouncil(votes)));
    for (const port of [ports.file, ports.excel]) {
      const first = await addBallotRows(port, { lang: "vi", currentYear: 2023 });
      expect(first.added).toEqual([{ unit: "TD", award: "CTD" }]);
      expect(first.written).toBe(true);
      const again = await addBallotRows(port, { lang: "vi", currentYear: 2023 });
      expect(again).toMatchObject({ added: [], written: false });
    }
    const expected = [
      ["Mã đơn vị", "Danh hiệu", "Số phiếu đồng ý"],
      ["gd", "Cờ thi đua", 8],
      ["SH", "CTD", 3],
      ["TD", "CTD", ""],
    ];
    expect(ports.fake.values("Biểu quyết")).toEqual(expected);
    expect((await ports.fileAsExcel()).values("Biểu quyết")).toEqual(expected);
  });

  test("no award needs a vote: nothing is written, and the report says why", async () => {
    const ports = await bothPorts(makeWorkbook(smallCouncil()));
    const outcome = await addBallotRows(ports.file, { lang: "vi", currentYear: 2023 });
    expect(outcome).toMatchObject({ added: [], written: false, report: { tone: "info" } });
    expect(ports.file.workbook.getWorksheet("Biểu quyết")).toBeUndefined();
  });

  test("the ballots are written with the results: one page per award needing a vote, its candidates", async () => {
    const workbook = makeWorkbook(votingCouncil());
    const { ExcelJsPort } = await import("../../src/workbook/exceljs/port");
    await compute(new ExcelJsPort(workbook), { lang: "vi", currentYear: 2023 });
    const saved = await loadWorkbook(await saveWorkbook(workbook));
    // a merged area's value once
    const values = sheetValues(saved, "Phiếu biểu quyết").map((row) => [
      ...new Set(row.filter((v) => v !== null && v !== undefined)),
    ]);
    expect(values[1]).toEqual(["PHIẾU BIỂU QUYẾT"]);
    expect(values[2]).toEqual(["Danh hiệu Cờ thi đua (CTD) năm 2023"]);
    expect(values[3][0]).toContain("Hội đồng có 9 thành viên");
    expect(values[3][0]).toContain("(từ 8 phiếu trở lên)"); // 8 × 100 ≥ 80 × 9 > 7 × 100
    expect(values).toContainEqual([
      "STT",
      "Tên đơn vị",
      "Khối thi đua",
      "Tổng điểm",
      "Đồng ý",
      "Không đồng ý",
    ]);
    expect(values).toContainEqual([1, "LĐLĐ huyện Tam Đường", "Khối huyện", 86]);
    expect(values).toContainEqual([2, "Công đoàn ngành Giáo dục", "Khối ngành", 95]);
    const sheet = saved.getWorksheet("Phiếu biểu quyết")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", scale: 88 });
  });
});

describe("thidua votes", () => {
  test("writes the workbook with the rows added beside the input; an existing output needs --force", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "thidua-votes-"));
    const input = path.join(dir, "so.xlsx");
    await writeFile(input, await saveWorkbook(makeWorkbook(votingCouncil())));
    const first = await cli("votes", input, "--lang", "vi");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Trang Biểu quyết: thêm 2 dòng chờ nhập số phiếu, 0 dòng đã có");
    const out = path.join(dir, "so.bieu-quyet.xlsx");
    const written = await loadWorkbook(await readFile(out));
    const rows = sheetValues(written, "Biểu quyết").slice(2);
    expect(
      rows.filter((row) => row[0] !== null && row[0] !== undefined).map((row) => row.slice(0, 2)),
    ).toEqual([
      ["TD", "CTD"],
      ["GD", "CTD"],
    ]);
    const again = await cli("votes", input);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await cli("votes", input, "--force")).code).toBe(0);
    expect((await cli("--help")).stdout).toContain("thidua votes SỔ_TÍNH.xlsx");
    expect((await cli("--help")).stdout).toContain("thidua votes WORKBOOK.xlsx");
  });
});
