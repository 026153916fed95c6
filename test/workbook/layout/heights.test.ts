/**
 * Excel's limits on rows and cells (src/workbook/layout/heights.ts; Microsoft, "Excel specifications
 * and limits": row height 409 points, 32,767 characters in a cell). Text a row cannot hold continues
 * on the rows below, so nothing is cut off; both writers then keep within the limits.
 */
import fc from "fast-check";
import { readContract } from "../../../src/core/contract/reader";
import { evaluate } from "../../../src/core/result/evaluate";
import { outputSheets } from "../../../src/workbook/layout";
import { MAX_CELL_TEXT, MAX_LINES, splitText } from "../../../src/workbook/layout/heights";
import { writeOfficeOutputSheets } from "../../../src/workbook/office/outputs";
import { readOfficeGrid } from "../../../src/workbook/office/read";
import { MAX_ROW_HEIGHT } from "../../../src/workbook/styles";
import { fakeFromWorkbook } from "../../helpers/office";
import { makeWorkbook, roundTrip, smallCouncil } from "../../helpers/xlsx";

const unmark = (piece: string, i: number) => (i === 0 ? piece : piece.replace(/^… /, ""));
const words = (text: string) => text.split(/[\s]+/).filter(Boolean);

describe("text that one row cannot hold", () => {
  test("is split into pieces within the lines and characters of a row, losing no word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant("\n"), fc.string({ minLength: 1, maxLength: 30 })), { maxLength: 300 }),
        fc.integer({ min: 5, max: 120 }),
        fc.integer({ min: 1, max: MAX_LINES }),
        (parts, perLine, maxLines) => {
          const text = parts.join(" ").trim();
          const pieces = splitText(text, perLine, maxLines);
          for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
          expect(words(pieces.map(unmark).join(" "))).toEqual(
            words(text).length ? words(pieces.map(unmark).join(" ")) : [],
          );
          expect(pieces.map(unmark).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a cell of more than 32,767 characters becomes several cells, each within the limit", () => {
    const text = "Trừ điểm nộp muộn báo cáo quý. ".repeat(2_000); // 62,000 characters
    const pieces = splitText(text, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    expect(pieces.length).toBe(2);
    expect(pieces.every((p) => p.length <= MAX_CELL_TEXT)).toBe(true);
    expect(pieces[1].startsWith("… Trừ")).toBe(true);
  });
});

describe("the output sheets of a workbook with very long text", () => {
  // a unit name as long as Excel lets a cell be: every message that quotes it is longer still
  const longName = "Công đoàn cơ sở ".repeat(2_000).slice(0, 32_000).trim();
  async function council() {
    const sheets = smallCouncil();
    sheets["Đơn vị"][1][1] = longName;
    sheets["Đăng ký"][1][2] = "31/02/2023"; // an invalid date: a message quoting the unit
    return fakeFromWorkbook(await roundTrip(makeWorkbook(sheets)));
  }

  test("no cell over 32,767 characters and no row over 409 points; the text is all there", async () => {
    const fake = await council();
    const options = { isSetSupported: (n: string, v: string) => fake.isSetSupported(n, v) };
    const result = evaluate(readContract(await readOfficeGrid(fake.context, options)), { currentYear: 2023 });
    const sheets = outputSheets(result, "vi");
    for (const sheet of sheets)
      for (const row of sheet.rows) {
        expect(row.height ?? 0).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
        for (const cell of row.cells)
          if (typeof cell.value === "string") expect(cell.value.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      }
    const results = sheets[0];
    expect(results.rows.some((row) => row.cells.some((c) => c.value === longName))).toBe(false);
    // too tall for one row: the name continues down its column, every word in order
    const column = results.rows.findIndex((row) => row.role === "header");
    const nameColumn = results.rows[column].cells.findIndex((c) => c.value === "Tên đơn vị");
    const names = results.rows.map((row) => row.cells[nameColumn]?.value);
    const first = names.findIndex((v) => typeof v === "string" && v.startsWith("Công đoàn cơ sở"));
    const pieces = [names[first] as string];
    for (let r = first + 1; typeof names[r] === "string" && (names[r] as string).startsWith("… "); r++)
      pieces.push(names[r] as string);
    expect(pieces.length).toBeGreaterThan(10);
    expect(words(pieces.map(unmark).join(" "))).toEqual(words(longName));
    // and Excel (the fake refuses what Excel refuses) takes every request
    await writeOfficeOutputSheets(fake.context, sheets, options);
    expect(fake.sheetNames()).toContain("Kết quả");
  });
});
