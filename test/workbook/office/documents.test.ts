/**
 * WORKBOOK.md §11.2–§11.3 through Office.js: `Khen thưởng` and `Phiếu biểu quyết` written in Excel
 * as in a file — the same cells, the header blocks merged, the fonts of the decree, row heights from
 * the font's metrics, the A4 page with NĐ 30 margins, one page per ballot — every request within
 * the limit.
 */
import { compute } from "../../../src/jobs/compute";
import { outputSheets } from "../../../src/workbook/layout";
import { MAX_REQUEST_BYTES } from "../../../src/workbook/office/budget";
import { templateWorkbook } from "../../../src/workbook/exceljs/sheets";
import { bothPorts } from "../../helpers/ports";
import JSZip from "jszip";
import { saveWorkbook } from "../../../src/workbook/exceljs/file";
import { makeWorkbook, smallCouncil } from "../../helpers/xlsx";
import { evaluate } from "../../../src/core/result/evaluate";
import { readContract } from "../../../src/core/contract/reader";
import { gridOfWorkbook } from "../../../src/workbook/exceljs/read";

const run = (port: Parameters<typeof compute>[0]) => compute(port, { lang: "vi", currentYear: 2023 });

describe("the documents in Excel (Office.js)", () => {
  test("the sample's award list and ballot: the same cells as the file, merged blocks, NĐ 30 page", async () => {
    const ports = await bothPorts(templateWorkbook({ lang: "vi", sample: true, year: 2023 }));
    await run(ports.file);
    await run(ports.excel);
    const fake = ports.fake;
    const file = await ports.fileAsExcel();
    for (const name of ["Khen thưởng", "Phiếu biểu quyết", "Kết quả"]) {
      expect(fake.values(name)).toEqual(file.values(name));
    }
    expect(fake.maxBatchBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    const list = "Khen thưởng";
    expect(fake.values(list)[0]).toEqual([
      "TỔNG LIÊN ĐOÀN\nLAO ĐỘNG VIỆT NAM",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "",
      "",
      "",
    ]);
    expect(fake.merges(list)).toEqual(expect.arrayContaining(["A1:B1", "C1:F1", "A2:B2", "C2:F2"]));
    expect(fake.cell(list, "A2").format).toMatchObject({ "font.bold": true, "font.name": "Times New Roman" });
    expect(fake.cell(list, "C2").format).toMatchObject({ "font.bold": true, "font.underline": "Single" });
    expect(fake.cell(list, "C3").format).toMatchObject({ "font.italic": true });
    // the rows as high as the layout says, from the font's metrics
    const [, layout] = outputSheets(
      evaluate(readContract(gridOfWorkbook(ports.file.workbook)), { currentYear: 2023 }),
      "vi",
    );
    layout.rows.forEach((row, r) => expect(fake.rowHeight(list, r + 1)).toBe(row.height ?? 15));
    const page = fake.pageLayout(list);
    expect(page).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
    expect(page.leftMargin).toBeCloseTo((30 * 72) / 25.4, 6);
    expect(page.rightMargin).toBeCloseTo((15 * 72) / 25.4, 6);
    expect(page.topMargin).toBeCloseTo((20 * 72) / 25.4, 6);
    expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(fake.pageLayout("Phiếu biểu quyết").zoom).toEqual({ scale: 88 });
    expect(fake.frozenRows(list)).toBe(0);
  });

  test("two awards needing a vote: two ballots, the second on a page of its own, in Excel and in a file", async () => {
    const sheets = smallCouncil();
    sheets["Danh hiệu"] = [
      ["Mã", "Tên danh hiệu", "Thứ tự ưu tiên", "Tỷ lệ phiếu tối thiểu (%)"],
      ["CTD", "Cờ thi đua", 1, 80],
      ["BK", "Bằng khen", 2, 60],
    ];
    sheets["Cài đặt"].push(["Số thành viên Hội đồng", 9]);
    const ports = await bothPorts(makeWorkbook(sheets));
    await run(ports.file);
    await run(ports.excel);
    const values = ports.fake.values("Phiếu biểu quyết");
    const titles = values.flatMap((row, r) => (row[0] === "PHIẾU BIỂU QUYẾT" ? [r] : []));
    expect(titles).toHaveLength(2);
    // the second page starts at the council's line, the row above the second title (1-based: titles[1])
    expect(ports.fake.pageLayout("Phiếu biểu quyết").horizontalPageBreaks).toEqual([titles[1]]);
    // the file: a break after the row above it (<rowBreaks><brk id="N"/>, N the last row of a page)
    const zip = await JSZip.loadAsync(await saveWorkbook(ports.file.workbook));
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const breaks = parts.flatMap((xml) => [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1])));
    expect(breaks).toEqual([titles[1] - 1]);
    expect(ports.fake.values("Phiếu biểu quyết")).toEqual(
      (await ports.fileAsExcel()).values("Phiếu biểu quyết"),
    );
  });
});
