/**
 * The compute job (src/jobs/compute.ts) on the exceljs port, as the command line and the browser
 * file mode run it: the output sheets of WORKBOOK.md §7, never a change to an input sheet.
 */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import type { Lang } from "../../src/i18n";
import { compute } from "../../src/jobs/compute";
import { saveWorkbook } from "../../src/workbook/exceljs/file";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { makeWorkbook, roundTrip, sheetValues, smallCouncil } from "../helpers/xlsx";

const run = (workbook: ExcelJS.Workbook, lang: Lang) =>
  compute(new ExcelJsPort(workbook), { lang, currentYear: 2023 });

describe("writing the results (WORKBOOK.md §7)", () => {
  test("adds Kết quả, Khen thưởng and Kiểm tra; input sheets are left exactly as they were", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    const inputs = workbook.worksheets.map((ws) => ws.name);
    const before = inputs.map((name) => sheetValues(workbook, name));
    const outcome = await run(workbook, "vi");
    expect(outcome.written).toBe(true);
    const saved = await roundTrip(workbook);
    expect(saved.worksheets.map((ws) => ws.name)).toEqual([
      ...inputs,
      "Kết quả",
      "Khen thưởng",
      "Kiểm tra",
      "Nhật ký",
    ]);
    expect(inputs.map((name) => sheetValues(saved, name))).toEqual(before);
  });

  test("Kết quả: by bloc, then rank, then Vietnamese name; numbers with 2 decimals; frozen header; landscape A4", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    await run(workbook, "vi");
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

  test("Khen thưởng: the header blocks, a title, a table per award in priority order, numbered rows, the signature block, portrait A4", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    await run(workbook, "vi");
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
    // §11.1 defaults: no superior body, the council as the issuing body, no place
    // broken as a typesetter would: the left block is narrower than the line
    expect(flat[0]).toEqual(["HỘI ĐỒNG THI ĐUA –\nKHEN THƯỞNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(flat[1]).toEqual(["__________", "Độc lập - Tự do - Hạnh phúc"]);
    expect(flat[2]).toEqual(["…………, ngày … tháng … năm …"]);
    expect(flat).toContainEqual(["DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2023"]);
    expect(flat).toContainEqual(["Bằng khen (BK) — 2 đơn vị"]);
    expect(flat).toContainEqual([1, "LĐLĐ huyện Tam Đường", "Khối huyện", 1, 86]);
    expect(flat).toContainEqual([2, "Công đoàn ngành Giáo dục", "Khối ngành", 1, 95]);
    // no `Người ký`: the signer's line is left to write by hand
    expect(flat.filter((row) => row.length > 0).slice(-3)).toEqual([
      ["TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"],
      ["CHỦ TỊCH"],
      ["(Ký, ghi rõ họ tên)"],
    ]);
    expect(flat.some((row) => String(row[0]).startsWith("DỰ THẢO"))).toBe(false);
    expect(list.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(list.getCell("C2").font).toMatchObject({ bold: true, underline: true });
    expect(list.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1 });
    const margins = list.pageSetup.margins!;
    expect([margins.left, margins.right, margins.top, margins.bottom].map((m) => m * 25.4)).toEqual([
      expect.closeTo(30, 6),
      expect.closeTo(15, 6),
      expect.closeTo(20, 6),
      expect.closeTo(20, 6),
    ]);
  });

  test("Khen thưởng and Kết quả of a run with an error: a DỰ THẢO line, and no signature block", async () => {
    const sheets = smallCouncil();
    sheets["Chấm điểm - Lò Thị B"][2][2] = "nhiều"; // PT's TC1 is not a number
    const workbook = await roundTrip(makeWorkbook(sheets));
    const outcome = await run(workbook, "vi");
    const errors = outcome.result.issues.filter((i) => i.severity === "error").length;
    const unranked = outcome.result.units.filter((u) => u.status !== "ranked").length;
    expect(errors).toBeGreaterThan(0);
    const draft = `DỰ THẢO – còn ${errors} lỗi, ${unranked} đơn vị chưa xếp hạng`;
    const saved = await roundTrip(workbook);
    const list = sheetValues(saved, "Khen thưởng").map((row) =>
      row.filter((v) => v !== null && v !== undefined),
    );
    expect(list.filter((row) => row[0] === draft)).toHaveLength(2); // under the title, and at the end
    expect(list.flat()).not.toContain("TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
    expect(list.flat()).not.toContain("(Ký, ghi rõ họ tên)");
    expect(sheetValues(saved, "Kết quả")[2][0]).toBe(draft);
    expect(saved.getWorksheet("Kết quả")!.pageSetup.printTitlesRow).toBe("4:4");
  });

  test("a second run replaces the output sheets instead of adding more", async () => {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    await run(workbook, "vi");
    const again = await roundTrip(workbook);
    await run(again, "en");
    const names = (await roundTrip(again)).worksheets.map((ws) => ws.name);
    expect(names.filter((n) => ["Kết quả", "Khen thưởng", "Kiểm tra"].includes(n))).toHaveLength(3);
    expect(names).toHaveLength(new Set(names).size);
  });

  test("a unit named like a formula stays text: =HYPERLINK(…), +1, -2, @x", async () => {
    const sheets = smallCouncil();
    const names = ['=HYPERLINK("http://x.example","bấm")', "+1", "-2", "@x", "=1+1"];
    names.forEach((name, i) => (sheets["Đơn vị"][i + 1][1] = name));
    const workbook = await roundTrip(makeWorkbook(sheets));
    await run(workbook, "vi");
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
    const outcome = await run(workbook, "vi");
    expect(outcome.written).toBe(false);
    expect(outcome.json.units).toEqual([]);
    expect(outcome.json.issues).toEqual([
      expect.objectContaining({ sheet: "Đơn vị", row: 7, column: "Mã đơn vị", value: "td" }),
    ]);
    expect(workbook.worksheets.map((ws) => ws.name)).not.toContain("Kết quả");
  });
});

describe("the class caps of §10.2 in Kiểm tra and in the summary", () => {
  test("each capped class per bloc: share, base, limit, kept, the units moved down", async () => {
    const { templateWorkbook } = await import("../../src/workbook/exceljs/sheets");
    const workbook = await roundTrip(templateWorkbook({ lang: "vi", sample: true, year: 2026 }));
    const outcome = await run(workbook, "vi");
    const checks = sheetValues(await roundTrip(workbook), "Kiểm tra");
    const at = checks.findIndex((row) => row[0] === "Tỷ lệ tối đa của xếp loại theo khối (§10.2)");
    expect(at).toBeGreaterThan(0);
    expect(checks[at + 1]).toEqual([
      "Xếp loại",
      "Khối thi đua",
      "Tỷ lệ tối đa (%)",
      "Cơ sở (N)",
      "Chỉ tiêu",
      "Giữ xếp loại",
      "Xếp xuống",
    ]);
    expect(checks[at + 2]).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Khối LĐLĐ các huyện, thành phố",
      20,
      8,
      1,
      1,
      "SH, TP, PT, TD",
    ]);
    expect(checks[at + 3].slice(1, 7)).toEqual([
      "Khối Công đoàn ngành, Công đoàn Viên chức",
      20,
      2,
      0,
      0,
      "GD",
    ]);
    expect(checks.some((row) => row[0] === "Không có đồng điểm tại ngưỡng tỷ lệ xếp loại.")).toBe(true);
    const summary = outcome.report.lines.map((line) => ("msg" in line ? line.msg.key : line.kind));
    expect(summary).toContain("job.compute.classCap");
  });
});
