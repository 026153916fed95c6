import JSZip from "jszip";
import { readContract } from "../../src/core/read/contract";
import { evaluate } from "../../src/core/evaluate";
import { gridOfWorkbook } from "../../src/workbook/exceljs-grid";
import { runOnWorkbook, saveWorkbook } from "../../src/workbook/exceljs-run";
import { makeWorkbook, roundTrip, sheetValues, smallCouncil } from "../helpers/xlsx";

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

describe("writing the results (WORKBOOK.md §7)", () => {
  test("adds Kết quả, Khen thưởng and Kiểm tra; input sheets are left exactly as they were", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    const inputs = workbook.worksheets.map((ws) => ws.name);
    const before = inputs.map((name) => sheetValues(workbook, name));
    const outcome = runOnWorkbook(workbook, "vi", { currentYear: 2023 });
    expect(outcome.written).toBe(true);
    const saved = await roundTrip(workbook);
    expect(saved.worksheets.map((ws) => ws.name)).toEqual([...inputs, "Kết quả", "Khen thưởng", "Kiểm tra"]);
    expect(inputs.map((name) => sheetValues(saved, name))).toEqual(before);
  });

  test("Kết quả: by bloc, then rank, then Vietnamese name; numbers with 2 decimals; frozen header; landscape A4", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    runOnWorkbook(workbook, "vi", { currentYear: 2023 });
    const saved = await roundTrip(workbook);
    const results = saved.getWorksheet("Kết quả")!;
    expect(results.getRow(3).getCell(1).value).toBe("Khối thi đua");
    const codes = [4, 5, 6, 7, 8].map((r) => results.getRow(r).getCell(3).value);
    // PT and SH tie at rank 2: Phong Thổ before Sìn Hồ (P < S)
    expect(codes).toEqual(["TD", "PT", "SH", "GD", "YT"]);
    const total = results.getRow(4).getCell(8);
    expect([total.value, total.numFmt]).toEqual([86, "0.00"]);
    expect(results.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(results.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      printTitlesRow: "3:3",
    });
  });

  test("Khen thưởng: a title per award in priority order, numbered rows, portrait A4", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    runOnWorkbook(workbook, "vi", { currentYear: 2023 });
    const list = (await roundTrip(workbook)).getWorksheet("Khen thưởng")!;
    // each row's values, a merged area counted once (at its top-left cell)
    const flat: unknown[][] = [];
    list.eachRow((row) => {
      const values: unknown[] = [];
      row.eachCell((cell) => {
        if (cell.master.address === cell.address && cell.value !== null) values.push(cell.value);
      });
      flat.push(values);
    });
    expect(flat[0]).toEqual(["DANH SÁCH KHEN THƯỞNG NĂM 2023"]);
    expect(flat).toContainEqual(["Bằng khen (BK) — 2 đơn vị"]);
    expect(flat).toContainEqual([1, "LĐLĐ huyện Tam Đường", "TD", "Khối huyện", 1, 86]);
    expect(flat).toContainEqual([2, "Công đoàn ngành Giáo dục", "GD", "Khối ngành", 1, 95]);
    expect(list.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1 });
  });

  test("a second run replaces the output sheets instead of adding more", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    runOnWorkbook(workbook, "vi", { currentYear: 2023 });
    const again = await roundTrip(workbook);
    runOnWorkbook(again, "en", { currentYear: 2023 });
    const names = (await roundTrip(again)).worksheets.map((ws) => ws.name);
    expect(names.filter((n) => ["Kết quả", "Khen thưởng", "Kiểm tra"].includes(n))).toHaveLength(3);
    expect(names).toHaveLength(new Set(names).size);
  });

  test("a unit named like a formula stays text: =HYPERLINK(…), +1, -2, @x", async () => {
    const sheets = smallCouncil();
    const names = ['=HYPERLINK("http://x.example","bấm")', "+1", "-2", "@x", "=1+1"];
    names.forEach((name, i) => (sheets["Đơn vị"][i + 1][1] = name));
    const workbook = await roundTrip(makeWorkbook(sheets));
    runOnWorkbook(workbook, "vi", { currentYear: 2023 });
    const bytes = await saveWorkbook(workbook);
    const saved = await roundTrip(workbook);
    const results = saved.getWorksheet("Kết quả")!;
    const written = [4, 5, 6, 7, 8].map((r) => results.getRow(r).getCell(4));
    expect(written.map((c) => c.type)).toEqual(Array(5).fill(3)); // ExcelJS.ValueType.String
    expect(written.map((c) => c.value).sort()).toEqual([...names].sort());
    expect(written.every((c) => c.numFmt === "@")).toBe(true);
    // and in the file itself: no <f> (formula) element anywhere in the output sheets
    const zip = await JSZip.loadAsync(bytes);
    const outputs = Object.keys(zip.files).filter((f) => /worksheets\/sheet\d+\.xml$/.test(f));
    for (const file of outputs.slice(-3)) expect(await zip.file(file)!.async("string")).not.toMatch(/<f>/);
  });

  test("on a structural error nothing is written", async () => {
    const sheets = smallCouncil();
    sheets["Đơn vị"].push(["td", "Trùng", "Khối huyện", null]);
    const workbook = await roundTrip(makeWorkbook(sheets));
    const outcome = runOnWorkbook(workbook, "vi", { currentYear: 2023 });
    expect(outcome.written).toBe(false);
    expect(outcome.json.units).toEqual([]);
    expect(outcome.json.issues).toEqual([
      expect.objectContaining({ sheet: "Đơn vị", row: 7, column: "Mã đơn vị", value: "td" }),
    ]);
    expect(workbook.worksheets.map((ws) => ws.name)).not.toContain("Kết quả");
  });
});
