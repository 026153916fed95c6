/**
 * Control characters in input cells (issue 11 §6) are reported with their cell as a warning, in
 * `Kiểm tra`, the JSON and the command line's summary, in both languages — never stripped silently.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { compute } from "../../src/jobs/compute";
import { saveWorkbook } from "../../src/workbook/exceljs/file";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { cli } from "../helpers/cli";
import { makeWorkbook, roundTrip, smallCouncil } from "../helpers/xlsx";

function council() {
  const sheets = smallCouncil();
  sheets["Đơn vị"][2] = ["PT", "LĐLĐ huyện\u0001 Phong Thổ", "Khối huyện", 44.2];
  sheets["Chấm điểm - Lò Thị B"][0].push("Ghi chú");
  sheets["Chấm điểm - Lò Thị B"][3].push("dán từ PDF\u0085\u007f");
  // tab, line feed and carriage return are ordinary text
  sheets["Đơn vị"][3] = ["SH", "LĐLĐ huyện\tSìn Hồ\r\n(cũ)", "Khối huyện", 39.8];
  return makeWorkbook(sheets);
}

test("each cell with a control character is a warning naming it; the values are read as they are", async () => {
  const outcome = await compute(new ExcelJsPort(council()), { lang: "vi", currentYear: 2023 });
  const found = outcome.json.issues.filter((i) => i.message.startsWith("Ô có ký tự điều khiển"));
  expect(found).toEqual([
    expect.objectContaining({
      severity: "warning",
      sheet: "Đơn vị",
      row: 3,
      column: "Tên đơn vị",
      value: "LĐLĐ huyện[U+0001] Phong Thổ",
    }),
    expect.objectContaining({
      sheet: "Chấm điểm - Lò Thị B",
      row: 4,
      column: "Ghi chú",
      value: "dán từ PDF[U+0085][U+007F]",
    }),
  ]);
  expect(found[1].message).toMatch(/\(U\+0085, U\+007F\)/);
  // the numbers are unchanged: the unit is read, named as written
  expect(outcome.json.units.find((u) => u.code === "PT")).toMatchObject({
    status: "ranked",
    name: "LĐLĐ huyện\u0001 Phong Thổ",
  });
});

test("Kiểm tra shows the cell and the value with its control characters made visible", async () => {
  const workbook = council();
  await compute(new ExcelJsPort(workbook), { lang: "en", currentYear: 2023 });
  const saved = await roundTrip(workbook);
  const rows: unknown[][] = [];
  saved.getWorksheet("Kiểm tra")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const row = rows.find((r) => r.includes("LĐLĐ huyện[U+0001] Phong Thổ"))!;
  expect(row).toEqual([
    "Warning",
    "Đơn vị",
    3,
    "Tên đơn vị",
    "B3",
    "LĐLĐ huyện[U+0001] Phong Thổ",
    expect.stringMatching(/^The cell holds a control character that does not print \(U\+0001\)/),
  ]);
});

test("thidua run on a file as Excel writes it (_x0007_ in the shared strings): the summary names the cell", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-control-"));
  const zip = await JSZip.loadAsync(await saveWorkbook(makeWorkbook(smallCouncil())));
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  expect(strings).toContain("LĐLĐ huyện Sìn Hồ");
  zip.file("xl/sharedStrings.xml", strings.replace("LĐLĐ huyện Sìn Hồ", "LĐLĐ huyện Sìn Hồ_x0007_"));
  const file = path.join(dir, "so-tinh.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  const vi = await cli("run", file, "--json", path.join(dir, "kq.json"));
  expect(vi.code).toBe(0);
  expect(vi.stdout).toMatch(
    /Cảnh báo \(1\):\n {2}- Đơn vị, dòng 4, cột 'Tên đơn vị' \(B4\): giá trị 'LĐLĐ huyện Sìn Hồ\[U\+0007\]' — Ô có ký tự điều khiển không in được \(U\+0007\)/,
  );
  const en = await cli("run", file, "--lang", "en", "--out", path.join(dir, "en.xlsx"));
  expect(en.stdout).toMatch(
    /Đơn vị, row 4, column 'Tên đơn vị' \(B4\): value 'LĐLĐ huyện Sìn Hồ\[U\+0007\]' — The cell holds a control character/,
  );
  expect(JSON.parse(readFileSync(path.join(dir, "kq.json"), "utf8")).issues).toHaveLength(1);
});

test("a sheet pasted with a control character in every row: one line in the summary, every one in the JSON", async () => {
  const sheets = smallCouncil();
  for (let r = 1; r < sheets["Đơn vị"].length; r++)
    sheets["Đơn vị"][r][1] = `${sheets["Đơn vị"][r][1]}\u001f`;
  const outcome = await compute(new ExcelJsPort(makeWorkbook(sheets)), { lang: "vi", currentYear: 2023 });
  expect(outcome.json.issues).toHaveLength(5);
  expect(outcome.issues).toEqual([expect.objectContaining({ similar: 4, lastRow: 6 })]);
});
