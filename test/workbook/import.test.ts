import fc from "fast-check";
import { planRegistrationImport } from "../../src/core/import/registrations";
import { planScoreImport } from "../../src/core/import/scores";
import { readContract } from "../../src/core/read/contract";
import { evaluate } from "../../src/core/evaluate";
import { readCsv } from "../../src/workbook/csv";
import { gridOfWorkbook } from "../../src/workbook/exceljs-grid";
import { applyRegistrationPlan, applyScorePlan } from "../../src/workbook/exceljs-import";
import { readRegistrationSource } from "../../src/workbook/import-source";
import { saveWorkbook } from "../../src/workbook/exceljs-run";
import { makeWorkbook, roundTrip, sheetValues, smallCouncil, type Rows } from "../helpers/xlsx";
import type ExcelJS from "exceljs";

const csv = (text: string) => {
  const result = readCsv(new TextEncoder().encode(text), "dang-ky.csv");
  if ("error" in result) throw new Error("unreadable");
  return result.sheet;
};

async function importInto(workbook: ExcelJS.Workbook, text: string) {
  const input = readContract(gridOfWorkbook(workbook));
  const plan = planRegistrationImport(input, csv(text));
  applyRegistrationPlan(workbook, input, plan, "vi");
  return { plan, workbook: await roundTrip(workbook) };
}

const FILE = [
  "\ufeffDANH SÁCH ĐĂNG KÝ THI ĐUA",
  "STT;Đơn vị;Danh hiệu đăng ký thi đua;Ngày ĐK",
  "1;Liên đoàn Lao động huyện Tam Đường;Bằng khen;10/01/2023", // identical to the workbook's row
  "2;Công đoàn ngành Y tế;BK;12/01/2023", // new
  '3;"=HYPERLINK(""http://x"")";BK;12/01/2023', // rejected
  "4;LĐLĐ huyện Sìn Hồ;BK;14/01/2023", // changed date (15/01 → 14/01)
].join("\r\n");

describe("registration import into a workbook", () => {
  const withoutYT = () => {
    const sheets = smallCouncil();
    sheets["Đăng ký"].pop(); // YT has not registered yet
    return sheets;
  };

  test("adds and updates rows of Đăng ký; every other row of the workbook is unchanged", async () => {
    const workbook = await roundTrip(makeWorkbook(withoutYT()));
    const names = workbook.worksheets.map((ws) => ws.name);
    const before = Object.fromEntries(names.map((n) => [n, sheetValues(workbook, n)]));
    const { plan, workbook: after } = await importInto(workbook, FILE);
    expect([plan.adds.length, plan.updates.length, plan.unchanged, plan.rejected.length]).toEqual([
      1, 1, 1, 1,
    ]);
    for (const name of names.filter((n) => n !== "Đăng ký"))
      expect(sheetValues(after, name)).toEqual(before[name]);
    const registrations = sheetValues(after, "Đăng ký");
    expect(registrations.slice(0, 3)).toEqual(before["Đăng ký"].slice(0, 3)); // header, TD, PT untouched
    expect(registrations[3][2]).toBe(new Date(Date.UTC(2023, 0, 14)).toISOString()); // SH's date updated
    expect(registrations[4]).toEqual(before["Đăng ký"][4]); // GD untouched
    expect(registrations[5]).toEqual(["YT", "BK", new Date(Date.UTC(2023, 0, 12)).toISOString()]);
    expect(registrations).toHaveLength(6);
    const cell = after.getWorksheet("Đăng ký")!.getCell("A6");
    expect(cell.numFmt).toBe("@");
  });

  test("importing the same file twice changes nothing the second time", async () => {
    const { workbook } = await importInto(await roundTrip(makeWorkbook(withoutYT())), FILE);
    const snapshot = sheetValues(workbook, "Đăng ký");
    const second = await importInto(workbook, FILE);
    expect([second.plan.adds.length, second.plan.updates.length, second.plan.unchanged]).toEqual([0, 0, 3]);
    expect(sheetValues(second.workbook, "Đăng ký")).toEqual(snapshot);
  });

  test("the imported registrations count in the computation", async () => {
    const { workbook } = await importInto(await roundTrip(makeWorkbook(withoutYT())), FILE);
    const result = evaluate(readContract(gridOfWorkbook(workbook)), { currentYear: 2023 });
    expect(result.issues).toEqual([]);
    expect(result.units.find((u) => u.code === "YT")?.registered).toEqual(["BK"]);
  });

  test("a workbook without Đăng ký gets one, from the template", async () => {
    const sheets = smallCouncil();
    delete sheets["Đăng ký"];
    const { workbook } = await importInto(await roundTrip(makeWorkbook(sheets)), FILE);
    const registrations = workbook.getWorksheet("Đăng ký")!;
    expect(registrations.getCell("A2").value).toBe("Mã đơn vị");
    expect(readContract(gridOfWorkbook(workbook)).registrations?.records).toHaveLength(3);
  });

  test("an .xlsx source: the sheet whose header row matches best is read, below a merged title", async () => {
    const file = makeWorkbook({
      "Ghi chú": [["Đây là ghi chú"], ["Đơn vị", "không phải bảng"]],
      "Đăng ký 2023": [
        ["CÔNG ĐOÀN NGÀNH GIÁO DỤC — ĐĂNG KÝ THI ĐUA NĂM 2023"],
        [],
        ["Mã ĐV", "Danh hiệu", "Ngày"],
        ["GD", "Bằng khen", new Date(Date.UTC(2023, 0, 20))],
      ],
    });
    file.getWorksheet("Đăng ký 2023")!.mergeCells("A1:C1");
    const source = await readRegistrationSource(await saveWorkbook(file), "don-vi.xlsx");
    if (!("sheet" in source)) throw new Error("not read");
    expect(source.sheet.name).toBe("Đăng ký 2023");
    const council = await roundTrip(makeWorkbook(smallCouncil()));
    const plan = planRegistrationImport(readContract(gridOfWorkbook(council)), source.sheet);
    expect(plan.rejected).toEqual([]);
    // GD registered BK on 20/01/2023 already: the date cell of the source matches it exactly
    expect([plan.adds.length, plan.updates.length, plan.unchanged]).toEqual([0, 0, 1]);
  });
});

describe("members' score sheets", () => {
  const memberFile = (scores: Rows) => makeWorkbook({ "Chấm điểm - Nguyễn Văn A": scores });

  test("replacing a member's sheet: preview of cells changed, units added and missing; problems reported first", async () => {
    const council = await roundTrip(makeWorkbook(smallCouncil()));
    const file = await roundTrip(
      memberFile([
        ["Mã đơn vị", "Tên đơn vị", "TC1", "TC2", "DT", "TC9"],
        ["TD", "Tam Đường", 46, 40, 1, null], // unchanged except TC1 (46 → 46)
        ["PT", "Phong Thổ", 47, 40, null, null], // TC1 45 → 47
        ["GD", "Giáo dục", 60, 45, 2, null], // 60 > 50: would be rejected
        ["ZZ", "Lạ", 40, 40, null, null], // unknown unit
        // SH and YT missing
      ]),
    );
    const input = readContract(gridOfWorkbook(council));
    const plan = planScoreImport(input, readContract(gridOfWorkbook(file)), "a.xlsx");
    expect(plan.rejected).toEqual([]);
    expect(plan.sheets).toHaveLength(1);
    const [change] = plan.sheets;
    expect(change).toMatchObject({
      member: "Nguyễn Văn A",
      targetSheet: "Chấm điểm - Nguyễn Văn A",
      kind: "replace",
    });
    expect(change.unitsAdded).toEqual(["ZZ"]);
    expect(change.unitsMissing).toEqual(["SH", "YT"]);
    expect(change.cells.updated).toBe(2); // PT TC1, GD TC1
    expect(change.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [1, "TC9", "TC9"],
      [4, "TC1", "60"],
      [5, "Mã đơn vị", "ZZ"],
    ]);
    applyScorePlan(council, file, plan);
    const after = await roundTrip(council);
    expect(after.worksheets.map((ws) => ws.name)).toEqual(council.worksheets.map((ws) => ws.name));
    expect(sheetValues(after, "Chấm điểm - Nguyễn Văn A")[2]).toEqual(["PT", "Phong Thổ", 47, 40]);
    expect(sheetValues(after, "Chấm điểm - Lò Thị B")).toEqual(sheetValues(council, "Chấm điểm - Lò Thị B"));
  });

  test("a new member's sheet is added after the other score sheets", async () => {
    const council = await roundTrip(makeWorkbook(smallCouncil()));
    const file = await roundTrip(
      makeWorkbook({
        "Chấm điểm - Trần Văn C": [
          ["Mã đơn vị", "TC1", "TC2"],
          ["TD", 45, 40],
        ],
      }),
    );
    const plan = planScoreImport(
      readContract(gridOfWorkbook(council)),
      readContract(gridOfWorkbook(file)),
      "c.xlsx",
    );
    expect(plan.sheets[0]).toMatchObject({ kind: "add", targetSheet: null });
    applyScorePlan(council, file, plan);
    const names = (await roundTrip(council)).worksheets.map((ws) => ws.name);
    expect(names.indexOf("Chấm điểm - Trần Văn C")).toBe(names.indexOf("Chấm điểm - Lò Thị B") + 1);
  });

  test("a copy of the whole workbook: only the sheet that differs is imported; several differing need a choice", async () => {
    const council = await roundTrip(makeWorkbook(smallCouncil()));
    const copy = smallCouncil();
    copy["Chấm điểm - Lò Thị B"][1][2] = 45; // B changed one score
    const input = readContract(gridOfWorkbook(council));
    const one = planScoreImport(input, readContract(gridOfWorkbook(makeWorkbook(copy))), "copy.xlsx");
    expect(one.sheets.map((s) => s.member)).toEqual(["Lò Thị B"]);
    copy["Chấm điểm - Nguyễn Văn A"][1][2] = 40; // and A's sheet differs too
    const two = planScoreImport(input, readContract(gridOfWorkbook(makeWorkbook(copy))), "copy.xlsx");
    expect(two.sheets).toEqual([]);
    expect(two.rejected[0].message.key).toBe("imp.chooseMember");
    const chosen = planScoreImport(input, readContract(gridOfWorkbook(makeWorkbook(copy))), "copy.xlsx", [
      "lo thi b",
    ]);
    expect(chosen.sheets.map((s) => s.member)).toEqual(["Lò Thị B"]);
  });
});

describe("garbage files never crash the importer and never write", () => {
  test("random CSV bytes and random grids", async () => {
    const council = await roundTrip(makeWorkbook(smallCouncil()));
    const input = readContract(gridOfWorkbook(council));
    const before = sheetValues(council, "Đăng ký");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = readCsv(bytes, "rac.csv");
        if ("error" in result) return;
        const plan = planRegistrationImport(input, result.sheet);
        expect(plan.adds.length + plan.updates.length).toBe(0);
      }),
      { numRuns: 300 },
    );
    const cell = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("Mã đơn vị", "Danh hiệu", "Ngày", "TD", "BK", "32/13/2023"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const plan = planRegistrationImport(input, { name: "rac", rows, merges: [] });
        for (const add of plan.adds) {
          // whatever was found is a real unit and award of the workbook
          expect(["TD", "PT", "SH", "GD", "YT"]).toContain(add.unit.code);
          expect(add.award).toBe("BK");
        }
      }),
      { numRuns: 300 },
    );
    expect(sheetValues(council, "Đăng ký")).toEqual(before);
  });
});
