/**
 * The score import job (src/jobs/scores.ts) on the exceljs port: which member's sheet is added or
 * replaced, what changes in it, then copies of the member's values and number formats.
 */
import { planScoreImport } from "../../src/core/import/score-import";
import { readContract } from "../../src/core/contract/reader";
import { applyScores, planScores } from "../../src/jobs/scores";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { gridOfWorkbook } from "../../src/workbook/exceljs/read";
import { makeWorkbook, roundTrip, sheetValues, smallCouncil, type Rows } from "../helpers/xlsx";

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
    const port = new ExcelJsPort(council);
    const planned = await planScores(port, [
      { name: "a.xlsx", grid: gridOfWorkbook(file, { formats: true }) },
    ]);
    const plan = planned.plan;
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
    await applyScores(port, planned);
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
    const port = new ExcelJsPort(council);
    const planned = await planScores(port, [
      { name: "c.xlsx", grid: gridOfWorkbook(file, { formats: true }) },
    ]);
    expect(planned.plan.sheets[0]).toMatchObject({ kind: "add", targetSheet: null });
    await applyScores(port, planned);
    const names = (await roundTrip(council)).worksheets.map((ws) => ws.name);
    expect(names.indexOf("Chấm điểm - Trần Văn C")).toBe(names.indexOf("Chấm điểm - Lò Thị B") + 1);
  });

  test("names that differ only in their diacritics are two members: Hường's file never replaces Hương's sheet", async () => {
    const sheets = smallCouncil();
    sheets["Chấm điểm - Lê Thị Hương"] = sheets["Chấm điểm - Lò Thị B"];
    const council = await roundTrip(makeWorkbook(sheets));
    const file = await roundTrip(
      makeWorkbook({
        "Chấm điểm - Lê Thị Hường": [
          ["Mã đơn vị", "TC1", "TC2"],
          ["TD", 30, 30],
        ],
      }),
    );
    const port = new ExcelJsPort(council);
    const grid = gridOfWorkbook(file, { formats: true });
    const planned = await planScores(port, [{ name: "huong.xlsx", grid }]);
    expect(planned.plan.sheets[0]).toMatchObject({ member: "Lê Thị Hường", kind: "add", targetSheet: null });
    // chosen by name on the command line (--member), case and spacing do not matter, diacritics do
    const input = readContract(gridOfWorkbook(council));
    const source = readContract(grid);
    expect(planScoreImport(input, source, "f.xlsx", ["lê thị  hường"]).sheets).toHaveLength(1);
    expect(planScoreImport(input, source, "f.xlsx", ["Lê Thị Hương"]).rejected).toHaveLength(1);
    expect(planScoreImport(input, source, "f.xlsx", ["le thi huong"]).sheets).toHaveLength(1);
    const both = readContract(
      gridOfWorkbook(
        makeWorkbook({
          "Chấm điểm - Lê Thị Hường": [["Mã đơn vị"]],
          "Chấm điểm - Lê Thị Hương": [["Mã đơn vị"]],
        }),
      ),
    );
    // with both in the file, the name picks exactly the one written
    expect(planScoreImport(input, both, "f.xlsx", ["Lê Thị Hương"]).sheets.map((c) => c.member)).toEqual([
      "Lê Thị Hương",
    ]);
    await applyScores(port, planned);
    const after = await roundTrip(council);
    expect(sheetValues(after, "Chấm điểm - Lê Thị Hương")).toEqual(
      sheetValues(council, "Chấm điểm - Lò Thị B"),
    );
    expect(after.getWorksheet("Chấm điểm - Lê Thị Hường")).toBeDefined();
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
