/**
 * WORKBOOK.md §11.4 in the jobs and the file adapter: "Every action that writes the workbook …
 * appends one row"; a write that fails appends none; who ran it is kept on one line.
 */
import { MAX_BY, byName } from "../../src/jobs/log";
import { compute } from "../../src/jobs/compute";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { makeWorkbook, smallCouncil, sheetValues } from "../helpers/xlsx";

const FIXED = () => new Date(Date.UTC(2026, 11, 2, 2, 0, 0));

describe("the log rows of the jobs", () => {
  test("a name is kept on one line, spaces collapsed, at most MAX_BY characters", () => {
    expect(byName("  Nguyễn\tThị \n Hà ")).toBe("Nguyễn Thị Hà");
    expect(byName(undefined)).toBe("");
    expect([...byName("Ạ".repeat(MAX_BY + 20))]).toHaveLength(MAX_BY);
  });

  test("a compute appends one row with its time, door and name; the next chains to it", async () => {
    const port = new ExcelJsPort(makeWorkbook(smallCouncil()), "browser");
    await compute(port, { lang: "vi", now: FIXED, by: "Hà" });
    await compute(port, { lang: "en", now: FIXED });
    const rows = sheetValues(port.workbook, "Nhật ký");
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 5)).toEqual([
      1,
      expect.stringMatching(/^2026-12-02T/),
      "Tính kết quả",
      "Trình duyệt",
      "Hà",
    ]);
    expect(rows[2][7]).toBe(rows[1][8]);
    expect(rows[2][6]).toBe(rows[1][6]); // the same result in either language
  });

  test("a write that fails appends no row", async () => {
    const port = new ExcelJsPort(makeWorkbook(smallCouncil()), "cli");
    const entry = {
      time: "2026-12-02T09:00:00+07:00",
      action: "votes",
      door: "cli",
      by: "",
      input: "x",
      result: "",
    } as const;
    await expect(
      port.writeCells(
        { sheet: "Không có", blocks: [{ row: 1, col: 1, values: [["a"]], formats: [["@"]] }] },
        { log: entry },
      ),
    ).rejects.toThrow();
    expect(port.workbook.getWorksheet("Nhật ký")).toBeUndefined();
  });

  test("a compute with a structural error writes nothing, so no row", async () => {
    const sheets = smallCouncil();
    delete (sheets as Record<string, unknown>)["Tiêu chí"];
    const port = new ExcelJsPort(makeWorkbook(sheets), "cli");
    const outcome = await compute(port, { lang: "vi", now: FIXED });
    expect(outcome.written).toBe(false);
    expect(port.workbook.getWorksheet("Nhật ký")).toBeUndefined();
  });
});
