/**
 * WORKBOOK.md §11.2 — the award list as a document, from the layout (shared by both writers): the
 * header blocks, the title and reference, the signature block or the DỰ THẢO line, and the row
 * heights from Times New Roman's widths (src/workbook/layout/metrics.ts).
 */
import { awardListSheet } from "../../../src/workbook/layout/award-list";
import { balanced, textWidth, wrappedLines } from "../../../src/workbook/layout/metrics";
import type { OutSheet } from "../../../src/workbook/layout/sheet";
import { run, simpleCouncil } from "../../core/helpers/council";

const cells = (sheet: OutSheet) =>
  sheet.rows.map((row) => row.cells.map((c) => c.value).filter((v) => v !== null));

describe("Times New Roman's widths", () => {
  test("letters as the Adobe Times metrics give them; Vietnamese letters as their base letters, ơ/ư a little wider", () => {
    expect(textWidth("Hạnh phúc", { size: 10 })).toBeCloseTo(textWidth("Hanh phuc", { size: 10 }), 6);
    expect(textWidth("ư", { size: 10 })).toBeGreaterThan(textWidth("u", { size: 10 }));
    expect(textWidth("M", { size: 10, bold: true })).toBeCloseTo(9.44, 6);
    expect(textWidth("0123456789", { size: 11 })).toBeCloseTo(55, 6);
  });

  test("text wraps at spaces; a word wider than the line breaks inside it; new lines count", () => {
    const font = { size: 10 };
    expect(wrappedLines("Khối LĐLĐ các huyện", 1000, font)).toBe(1);
    expect(wrappedLines("aaaa aaaa", textWidth("aaaa", font) + 1, font)).toBe(2);
    expect(wrappedLines("a\nb\n", 100, font)).toBe(3);
    expect(wrappedLines("m".repeat(30), textWidth("m".repeat(10), font), font)).toBe(3);
  });

  test("a header line is broken where a typesetter would: not inside a word of two syllables, the longer half as short as can be, never before a dash", () => {
    const font = { size: 12, bold: true };
    const width = textWidth("LIÊN ĐOÀN LAO ĐỘNG TỈNH", font);
    expect(balanced("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU", width, font)).toBe(
      "LIÊN ĐOÀN LAO ĐỘNG\nTỈNH LAI CHÂU",
    );
    expect(balanced("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", textWidth("HỘI ĐỒNG THI ĐUA", font) + 20, font)).toBe(
      "HỘI ĐỒNG THI ĐUA –\nKHEN THƯỞNG",
    );
    expect(balanced("NGẮN", 100, font)).toBe("NGẮN");
    // a line break the secretary typed (Alt+Enter) is kept as it is
    expect(balanced("LIÊN ĐOÀN\nLAO ĐỘNG TỈNH LAI CHÂU", width, font)).toBe(
      "LIÊN ĐOÀN\nLAO ĐỘNG TỈNH LAI CHÂU",
    );
  });
});

describe("Khen thưởng as a document (§11.2)", () => {
  const settings = {
    "Cơ quan cấp trên": "Tổng Liên đoàn Lao động Việt Nam",
    "Cơ quan ban hành": "Liên đoàn Lao động tỉnh Lai Châu",
    "Địa danh": "Lai Châu",
    "Số văn bản": "15/QĐ-LĐLĐ",
    "Người ký": "Nguyễn Văn An",
  };

  test("a final result: header blocks, place and date, title, reference, tables, signature block", () => {
    const result = run(
      simpleCouncil({ A: 95, B: 90 }, [{ code: "BK", name: "Bằng khen", priority: 1 }], { settings }),
    );
    const sheet = awardListSheet(result, "vi");
    const rows = cells(sheet);
    expect(rows[0]).toEqual(["TỔNG LIÊN ĐOÀN\nLAO ĐỘNG VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(rows[1]).toEqual(["LIÊN ĐOÀN LAO ĐỘNG\nTỈNH LAI CHÂU", "Độc lập - Tự do - Hạnh phúc"]);
    expect(rows[2]).toEqual(["__________", "Lai Châu, ngày … tháng … năm …"]);
    expect(rows).toContainEqual(["DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2023"]);
    expect(rows).toContainEqual(["(Kèm theo Quyết định số 15/QĐ-LĐLĐ)"]);
    expect(rows).toContainEqual(["Bằng khen (BK) — 2 đơn vị"]);
    expect(rows.filter((r) => r.length > 0).slice(-4)).toEqual([
      ["TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"],
      ["CHỦ TỊCH"],
      ["(Ký, ghi rõ họ tên)"],
      ["Nguyễn Văn An"],
    ]);
    expect(sheet.rows[0].merges).toEqual([
      [0, 1],
      [2, 5],
    ]);
    // two lines on the left at 12 pt: as high as two lines need
    expect(sheet.rows[0].height).toBe(Math.ceil(2 * 12 * 1.3 + 1));
    expect(sheet.rows.every((row) => row.height !== undefined)).toBe(true);
    expect(sheet.page).toMatchObject({ margins: { top: 20, bottom: 20, left: 30, right: 15 } });
  });

  test("units not ranked: DỰ THẢO under the title and in the signature block's place, no signature", () => {
    const spec = simpleCouncil({ A: 95, B: 90 }, [{ code: "BK", priority: 1 }], { settings });
    spec.scores = { A: { A: [95] } }; // B not scored: incomplete
    const rows = cells(awardListSheet(run(spec), "vi")).flat();
    const draft = "DỰ THẢO – còn 0 lỗi, 1 đơn vị chưa xếp hạng";
    expect(rows.filter((v) => v === draft)).toHaveLength(2);
    expect(rows).not.toContain("TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
    expect(rows).not.toContain("Nguyễn Văn An");
  });

  test("in English the same document, the defaults of §11.1 when Cài đặt says nothing", () => {
    const rows = cells(awardListSheet(run(simpleCouncil({ A: 95 }, [{ code: "BK", priority: 1 }])), "en"));
    expect(rows[0]).toEqual(["EMULATION &\nCOMMENDATION COUNCIL", "SOCIALIST REPUBLIC OF VIETNAM"]);
    expect(rows.flat()).toContain("FOR THE EMULATION & COMMENDATION COUNCIL");
    expect(rows.flat()).toContain("CHAIR");
  });
});
