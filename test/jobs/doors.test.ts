/**
 * One job, every door (WORKBOOK.md: "the add-in in Excel, the browser file mode and the command line
 * must give the same numbers for the same workbook"): each job runs on the exceljs port (the file
 * mode, the command line) and on the Office.js port (Excel, here a fake Excel) from the same
 * workbook, and the sheets each leaves behind are compared cell by cell.
 */
import { readContract } from "../../src/core/contract/reader";
import { addMissingSheets } from "../../src/jobs/check";
import { compute } from "../../src/jobs/compute";
import { applyRegistrations, planRegistrations } from "../../src/jobs/registrations";
import { generateScoreSheets } from "../../src/jobs/score-sheets";
import { applyScores, planScores } from "../../src/jobs/scores";
import { gridOfWorkbook } from "../../src/workbook/exceljs/read";
import type { WorkbookPort } from "../../src/workbook/port";
import type { CellValue, FakeExcel } from "../helpers/fake-excel";
import { bothPorts, sheetCells, type BothPorts } from "../helpers/ports";
import { LOG_HEADERS } from "../../src/core/log/chain";
import { makeWorkbook, roundTrip, smallCouncil, type Rows } from "../helpers/xlsx";

/**
 * A `Nhật ký` row names its door (`Excel`, `Dòng lệnh`) and its time, so its `Mã` differs by door;
 * every other cell — the input fingerprint above all — must be the same.
 */
function doorless(name: string, values: CellValue[][]): CellValue[][] {
  if (name !== "Nhật ký") return values;
  return values.map((row, r) =>
    r === 0 ? row : row.map((v, c) => (c === 1 || c === 3 || c === 8 ? `<${LOG_HEADERS[c]}>` : v)),
  );
}

/** Every sheet's values, and the number formats of the cells that hold a value. */
function state(fake: FakeExcel, skipColumn?: (sheet: string, col: number) => boolean) {
  return Object.fromEntries(
    fake.sheetNames().map((name) => {
      const cells = sheetCells(fake, name);
      const { formats } = cells;
      const values = doorless(name, cells.values);
      const keep = (c: number) => !skipColumn?.(name, c);
      return [
        name,
        {
          values: values.map((row) => row.filter((_, c) => keep(c))),
          formats: values.map((row, r) => row.map((v, c) => (v === "" || !keep(c) ? null : formats[r][c]))),
        },
      ];
    }),
  );
}

async function inBothDoors(sheets: Record<string, Rows>, job: (port: WorkbookPort) => Promise<unknown>) {
  const ports: BothPorts = await bothPorts(makeWorkbook(sheets));
  const fileAnswer = await job(ports.file);
  const excelAnswer = await job(ports.excel);
  return { ...ports, fileAnswer, excelAnswer, file: await ports.fileAsExcel() };
}

describe("each job leaves the same sheets in Excel and in a file", () => {
  test("compute: the three output sheets, cell by cell, and the same JSON", async () => {
    const run = (port: WorkbookPort) => compute(port, { lang: "vi", currentYear: 2023 });
    const { file, fake, fileAnswer, excelAnswer } = await inBothDoors(smallCouncil(), run);
    expect((excelAnswer as Awaited<ReturnType<typeof run>>).json).toEqual(
      (fileAnswer as Awaited<ReturnType<typeof run>>).json,
    );
    expect(fake.sheetNames()).toEqual(file.sheetNames());
    const outputs = ["Kết quả", "Khen thưởng", "Kiểm tra"];
    const pick = (all: ReturnType<typeof state>) => Object.fromEntries(outputs.map((n) => [n, all[n]]));
    expect(pick(state(fake))).toEqual(pick(state(file)));
    expect(state(fake)["Kết quả"].values[3][2]).toBe("TD");
  });

  test("adding the missing sheets: the same sheets, the lists pointing at the sheets that exist", async () => {
    const sheets = smallCouncil();
    delete sheets["Hạn nộp"];
    delete sheets["Cài đặt"];
    const ports = await bothPorts(makeWorkbook(sheets));
    await addMissingSheets(ports.file, { lang: "vi", year: 2026 });
    await addMissingSheets(ports.excel, { lang: "vi", year: 2026 });
    const file = await ports.fileAsExcel();
    expect(ports.fake.sheetNames()).toEqual(file.sheetNames());
    expect(ports.fake.sheetNames()).toEqual(
      expect.arrayContaining(["Báo cáo", "Hạn nộp", "Xếp loại", "Cài đặt"]),
    );
    expect(state(ports.fake)).toEqual(state(file));
    // Báo cáo's report types come from Hạn nộp, which was added in the same step
    const officeRule = ports.fake.dataValidation("Báo cáo", "B3")?.rule as { list: { source: string } };
    expect(officeRule.list.source).toBe("='Hạn nộp'!$A$3:$A$202");
    const saved = await roundTrip(ports.file.workbook);
    expect(saved.getWorksheet("Báo cáo")!.getCell("B3").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'Hạn nộp'!$A$3:$A$202"],
    });
  });

  test("a registration import into a workbook without Đăng ký creates it, in Excel as in a file", async () => {
    const sheets = smallCouncil();
    delete sheets["Đăng ký"];
    const source = {
      name: "dk.csv",
      rows: [
        ["Mã đơn vị", "Danh hiệu", "Ngày"],
        ["YT", "BK", "12/01/2023"],
        ["TD", '=HYPERLINK("x")', "13/01/2023"],
        ["=1+1", "BK", "13/01/2023"],
      ],
      merges: [],
    };
    const job = async (port: WorkbookPort) => {
      const planned = await planRegistrations(port, source, "vi");
      await applyRegistrations(port, planned);
      return planned.plan;
    };
    const { fake, file } = await inBothDoors(sheets, job);
    expect(fake.sheetNames()).toEqual(file.sheetNames());
    expect(state(fake)["Đăng ký"]).toEqual(state(file)["Đăng ký"]);
    expect(fake.cell("Đăng ký", "A3")).toMatchObject({ value: "YT", numberFormat: "@" });
    expect(fake.cell("Đăng ký", "D3")).toMatchObject({ value: 44938, numberFormat: "dd/mm/yyyy" });
    expect(fake.values("Đăng ký")).toHaveLength(3); // instruction, headers, one row: the others were rejected
  });

  test("a registration import that adds and updates rows", async () => {
    const sheets = smallCouncil();
    sheets["Đăng ký"].pop(); // YT has not registered yet
    const source = {
      name: "dk.csv",
      rows: [
        ["Mã đơn vị", "Danh hiệu", "Ngày"],
        ["YT", "BK", "12/01/2023"],
        ["SH", "BK", "14/01/2023"],
      ],
      merges: [],
    };
    const job = async (port: WorkbookPort) => {
      const planned = await planRegistrations(port, source, "vi");
      await applyRegistrations(port, planned);
      return [planned.plan.adds.length, planned.plan.updates.length];
    };
    const { fake, file, fileAnswer, excelAnswer } = await inBothDoors(sheets, job);
    expect(fileAnswer).toEqual([1, 1]);
    expect(excelAnswer).toEqual([1, 1]);
    expect(state(fake)).toEqual(state(file));
  });

  test("a score import that replaces one member's sheet and adds another's, in their places", async () => {
    const member = makeWorkbook({
      "Chấm điểm - Nguyễn Văn A": [
        ["Mã đơn vị", "TC1", "TC2", "DT"],
        ["TD", 47, 40, 1],
        ["PT", 44, 40, null],
        ["SH", 44, 40, null],
        ["GD", 48, 45, 2],
        ["YT", 40, 41, { formula: "1+1" }],
      ],
      "Chấm điểm - Trần Văn C": [
        ["Mã đơn vị", "TC1", "TC2"],
        ["TD", 45, 40],
      ],
    });
    const grid = gridOfWorkbook(member, { formats: true });
    const job = async (port: WorkbookPort) => {
      const planned = await planScores(port, [{ name: "a.xlsx", grid }], ["Nguyễn Văn A", "Trần Văn C"]);
      await applyScores(port, planned);
      return planned.plan.sheets.map((s) => s.kind);
    };
    const { fake, file, fileAnswer } = await inBothDoors(smallCouncil(), job);
    expect(fileAnswer).toEqual(["replace", "add"]);
    expect(fake.sheetNames()).toEqual(file.sheetNames());
    const names = fake.sheetNames();
    expect(names.indexOf("Chấm điểm - Trần Văn C")).toBe(names.indexOf("Chấm điểm - Lò Thị B") + 1);
    expect(names.indexOf("Chấm điểm - Nguyễn Văn A")).toBe(2);
    expect(state(fake)).toEqual(state(file));
    // values only: the member's formula came as its value, in both doors
    expect(fake.cell("Chấm điểm - Nguyễn Văn A", "D6").formula).toBeNull();
  });

  test("score sheets: the same protected sheets, names, validation and unlocked cells", async () => {
    const job = (port: WorkbookPort) =>
      generateScoreSheets(port, {
        members: ["Nguyễn Thị Thanh Hương", "Nguyễn Thị Thanh Hường", "Lò Thị B"],
        password: "mk",
        lang: "vi",
      });
    const { fake, file, fileAnswer, excelAnswer } = await inBothDoors(smallCouncil(), job);
    expect(excelAnswer).toEqual(fileAnswer);
    const created = (fileAnswer as Awaited<ReturnType<typeof job>>).created;
    expect(created).toEqual(["Chấm điểm - Nguyễn T.T. Hương", "Chấm điểm - Nguyễn T.T. Hường"]);
    expect(fake.sheetNames()).toEqual(file.sheetNames());
    // the totals column holds formulas (a file holds them with no cached value): compared apart
    const totals = (_sheet: string, col: number) => col === 6;
    for (const name of created) {
      expect(state(fake, totals)[name]).toEqual(state(file, totals)[name]);
      expect(fake.cell(name, "G3").formula).toBe("=C3+D3+E3");
      expect(fake.protection(name).protected).toBe(true);
      expect(fake.cell(name, "C3").locked).toBe(false);
      expect(fake.cell(name, "A3").locked).toBe(true);
    }
    // the full names are in the instruction rows, and the members stay two
    const input = readContract({
      sheets: fake.sheetNames().map((n) => ({ name: n, rows: fake.values(n), merges: [] })),
    });
    expect(input.scoreSheets.map((s) => s.name)).toEqual(expect.arrayContaining(created));
    expect(fake.cell(created[1], "A1").value).toMatch(/^Thành viên: Nguyễn Thị Thanh Hường\./);
  });
});
