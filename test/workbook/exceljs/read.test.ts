/** Reading a workbook with exceljs (src/workbook/exceljs/read.ts), WORKBOOK.md §1. */
import { readContract } from "../../../src/core/contract/reader";
import { evaluate } from "../../../src/core/result/evaluate";
import { gridOfWorkbook } from "../../../src/workbook/exceljs/read";
import { makeWorkbook, roundTrip, smallCouncil } from "../../helpers/xlsx";

describe("reading a workbook made by exceljs (WORKBOOK.md §1)", () => {
  test("dates as date cells, serials and day-first text all read the same; numbers and codes too", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    const result = evaluate(readContract(gridOfWorkbook(workbook)), { currentYear: 2023 });
    expect(result.issues).toEqual([]);
    expect(result.units.map((u) => [u.code, u.total, u.rank, u.award])).toEqual([
      ["TD", 8600, 1, "BK"],
      ["PT", 8400, 2, null],
      ["SH", 8400, 2, null],
      ["GD", 9500, 1, "BK"],
      ["YT", 8100, 2, null],
    ]);
  });

  test("title rows, merged titles, headers without diacritics or in English, comma decimals", async () => {
    const sheets = smallCouncil();
    sheets["Đơn vị"] = [
      ["DANH SÁCH ĐƠN VỊ"],
      [],
      ["unit code", "TEN DON VI", "khoi thi dua"],
      ...sheets["Đơn vị"].slice(1),
    ];
    sheets["Chấm điểm - Nguyễn Văn A"] = [
      ["PHIẾU CHẤM ĐIỂM"],
      ["MA DON VI", "Tên đơn vị", "tc1", "TC2", "dt", "Tổng"],
      ["td", "Tam Đường", "46,0", " 40 ", 1, { formula: "C3+D3" }],
      ...sheets["Chấm điểm - Nguyễn Văn A"].slice(2),
    ];
    const workbook = makeWorkbook(sheets);
    workbook.getWorksheet("Đơn vị")!.mergeCells("A1:C1");
    workbook.getWorksheet("Chấm điểm - Nguyễn Văn A")!.mergeCells("A1:F1");
    const result = evaluate(readContract(gridOfWorkbook(await roundTrip(workbook))), { currentYear: 2023 });
    expect(result.issues).toEqual([]);
    expect(result.units.find((u) => u.code === "TD")?.total).toBe(8600);
  });

  test("a percent-formatted cell (0.3 shown as 30%) reads as 30 in a (%) column", async () => {
    const sheets = smallCouncil();
    sheets["Danh hiệu"][1][3] = 0.3;
    const workbook = makeWorkbook(sheets);
    workbook.getWorksheet("Danh hiệu")!.getCell("D2").numFmt = "0%";
    const result = evaluate(readContract(gridOfWorkbook(await roundTrip(workbook))), { currentYear: 2023 });
    // 30% of 3 units → 0 (down); 30% of 2 → 0
    expect(result.quotas.map((q) => q.limit)).toEqual([0, 0]);
  });
});
