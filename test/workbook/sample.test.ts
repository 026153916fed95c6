/**
 * `thidua template --sample`: the Lai Châu 2023 example, with its ranking and awards worked out by
 * hand from the sample's data (src/workbook/sample.ts). Every member's score is the base score plus,
 * nothing, or minus the same variation, so each mean is the base score.
 */
import { readContract } from "../../src/core/contract/reader";
import { gridOfWorkbook } from "../../src/workbook/exceljs/read";
import { addTemplateSheets, templateWorkbook } from "../../src/workbook/exceljs/sheets";
import { scoreSheetTemplate } from "../../src/workbook/template/score-sheet";
import { roundTrip, runFile } from "../helpers/xlsx";

async function sample(lang: "vi" | "en") {
  const workbook = await roundTrip(templateWorkbook({ lang, sample: true, year: 2026 }));
  return { workbook, outcome: await runFile(workbook, lang) };
}

describe("the Lai Châu 2023 sample", () => {
  test("has every input sheet, in order, with instructions above the headers", async () => {
    const { workbook } = await sample("vi");
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Đơn vị",
      "Tiêu chí",
      "Chấm điểm - Nguyễn Văn Hùng",
      "Chấm điểm - Lò Thị Mai",
      "Chấm điểm - Vàng A Sử",
      "Tự chấm",
      "Đăng ký",
      "Báo cáo",
      "Hạn nộp",
      "Xếp loại",
      "Danh hiệu",
      "Biểu quyết",
      "Cài đặt",
      "Kết quả",
      "Khen thưởng",
      "Kiểm tra",
      "Phiếu biểu quyết",
      "Nhật ký",
    ]);
    const units = workbook.getWorksheet("Đơn vị")!;
    expect(String(units.getCell("A1").value)).toMatch(/^Mỗi dòng một đơn vị/);
    expect(units.getCell("A2").value).toBe("Mã đơn vị");
  });

  test("computes with no error or warning", async () => {
    const { outcome } = await sample("vi");
    expect(outcome.json.issues).toEqual([]);
    expect(outcome.json.year).toBe(2023);
  });

  test("totals and ranks worked out by hand", async () => {
    const { outcome } = await sample("vi");
    const byCode = Object.fromEntries(outcome.json.units.map((u) => [u.code, [u.total, u.rank]]));
    expect(byCode).toEqual({
      TU: [95, 1], // 93 scored + 2 bonus
      SH: [93, 2], // 92 + 1 bonus; not registered: 0 deducted (missing registration deducts 0)
      TP: [92, 3],
      PT: [90, 4], // 91 − 1 (criterion TR); equal to TD, ahead by TC7 (10 > 9): Phá đồng điểm "TC7; TC2"
      TD: [90, 5],
      MT: [87, 6], // 88 − 1 (registered on 15/02, due 10/02)
      TNU: [85, 7], // 86 − 1 (6-month report on 15/06, due 10/06)
      NN: [82, 8], // 84 − 2 (no annual report)
      GD: [94, 1],
      YT: [88, 2],
      VC: [79, 3],
    });
  });

  test("awards worked out by hand", async () => {
    const { outcome } = await sample("vi");
    const awards = Object.fromEntries(outcome.json.units.map((u) => [u.code, u.award]));
    expect(awards).toEqual({
      TU: "CTD_TINH", // bloc leader, 95 ≥ 90 (xuất sắc), 9 of 9 votes ≥ 80%
      SH: null, // did not register: not considered
      TP: "BK_TINH", // BK_TINH: 30% of 8 units = 2.4 → 2; TP 92, then PT and TD at 90…
      PT: "BK_TINH", // …PT ahead of TD by TC7 (10 > 9): no tie at the cut-off
      TD: "GK_TINH", // outside the BK quota
      MT: "GK_TINH",
      TNU: "GK_TINH",
      NN: "GK_TINH", // 82 < 85: not BK; class tốt (≥ 80): GK
      GD: "GK_TINH", // CTD: 7 votes × 100 < 80% × 9; BK: 30% of 3 = 0.9 → 0
      YT: "GK_TINH",
      VC: null, // 79: class "Hoàn thành nhiệm vụ", below GK's "Hoàn thành tốt nhiệm vụ"
    });
    expect(outcome.json.quotas.map((q) => [q.award, q.limit, q.granted])).toEqual([
      ["CTD_TINH", 1, 1],
      ["CTD_TINH", 1, 0],
      ["BK_TINH", 2, 2],
      ["BK_TINH", 0, 0],
      ["GK_TINH", null, 4],
      ["GK_TINH", null, 2],
    ]);
  });

  test("classes after the share cap of Hoàn thành xuất sắc nhiệm vụ (20% of a bloc, §10.2), by hand", async () => {
    const { outcome } = await sample("vi");
    const classes = Object.fromEntries(outcome.json.units.map((u) => [u.code, u.class]));
    const [xs, tot, ht] = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"];
    expect(classes).toEqual({
      TU: xs, // 95: the one of 20% × 8 = 1.6 → 1
      SH: tot, // 93, TP 92, PT 90, TD 90: xuất sắc by points, over the share: tốt
      TP: tot,
      PT: tot,
      TD: tot,
      MT: tot,
      TNU: tot,
      NN: tot,
      GD: tot, // 94, but 20% × 2 = 0.4 → 0 in its bloc
      YT: tot,
      VC: ht,
    });
    expect(outcome.json.classQuotas).toEqual([
      { class: xs, group: "Khối LĐLĐ các huyện, thành phố", base: 8, limit: 1, kept: 1, tie: false },
      {
        class: xs,
        group: "Khối Công đoàn ngành, Công đoàn Viên chức",
        base: 2,
        limit: 0,
        kept: 0,
        tie: false,
      },
    ]);
    const sh = outcome.json.units.find((u) => u.code === "SH");
    expect(sh?.reasons.join("\n")).toMatch(
      /vượt tỷ lệ 20% Hoàn thành xuất sắc nhiệm vụ của khối \(tối đa 1 trên 8 đơn vị\)/,
    );
    const pt = outcome.json.units.find((u) => u.code === "PT");
    expect(pt?.reasons.join("\n")).toMatch(/Bằng 90 điểm với TD; xếp trên nhờ TC7 \(10 > 9\)/);
  });

  test("the English template gives the same results with English sheet names and headers", async () => {
    const vi = await sample("vi");
    const en = await sample("en");
    expect(en.workbook.getWorksheet("Units")?.getCell("A2").value).toBe("Unit code");
    const pick = (json: typeof vi.outcome.json) => json.units.map((u) => [u.code, u.total, u.rank, u.award]);
    expect(pick(en.outcome.json)).toEqual(pick(vi.outcome.json));
    expect(en.outcome.json.issues).toEqual([]);
  });

  test("the empty template reads without a structural error and has data validation", async () => {
    const workbook = await roundTrip(templateWorkbook({ lang: "vi", sample: false, year: 2026 }));
    const outcome = await runFile(workbook, "vi");
    expect(outcome.written).toBe(true);
    expect(outcome.json.year).toBe(2026);
    const awards = workbook.getWorksheet("Danh hiệu")!;
    expect(awards.getCell("G3").dataValidation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    const settings = workbook.getWorksheet("Cài đặt")!;
    expect(settings.getCell("B4").dataValidation).toMatchObject({ type: "list" });
  });
});

describe("generated score sheets in a file (browser mode, command line)", () => {
  test("units × criteria, validation 0..max, a totals formula, only the input cells unlocked, protected", async () => {
    const workbook = await roundTrip(templateWorkbook({ lang: "vi", sample: true, year: 2026 }));
    const sheet = scoreSheetTemplate(readContract(gridOfWorkbook(workbook)), "Trần Văn C", "vi");
    await addTemplateSheets(workbook, [sheet], "mật khẩu");
    const saved = await roundTrip(workbook);
    const ws = saved.getWorksheet("Chấm điểm - Trần Văn C")!;
    expect(ws.getCell("A3").value).toBe("TD");
    expect(ws.getCell("C2").value).toBe("TC1");
    expect(ws.getCell("C3").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 20],
    });
    expect(ws.getCell("M3").value).toMatchObject({ formula: "C3+D3+E3+F3+G3+H3+I3+J3-K3" });
    expect(ws.getCell("C3").protection).toMatchObject({ locked: false });
    expect(ws.getCell("L3").protection).toMatchObject({ locked: false }); // Miễn chấm
    expect(ws.getCell("A3").protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection).toMatchObject({
      sheet: true,
    });
  });
});
