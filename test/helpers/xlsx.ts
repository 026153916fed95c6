/** Workbooks made in the tests with exceljs, and helpers to look inside the files. */
import ExcelJS from "exceljs";
import type { Lang } from "../../src/i18n";
import { compute, type ComputeOutcome } from "../../src/jobs/compute";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";

export type Rows = (string | number | boolean | Date | null | { formula: string })[][];

/** A workbook with one sheet per entry, rows from row 1 (or `offset` rows lower). */
export function makeWorkbook(sheets: Record<string, Rows>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) worksheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  return workbook;
}

/** The compute job on a workbook in memory, as the command line and the file mode run it. */
export function runFile(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  currentYear?: number,
): Promise<ComputeOutcome> {
  return compute(new ExcelJsPort(workbook), { lang, currentYear });
}

/** Saves and loads again: what a file on disk gives back. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await saveWorkbook(workbook));
}

/** Every value of a worksheet, row by row (for "nothing else changed" comparisons). */
export function sheetValues(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, r) => {
    const values: unknown[] = [];
    row.eachCell(
      { includeEmpty: true },
      (cell, c) => (values[c - 1] = cell.value instanceof Date ? cell.value.toISOString() : cell.value),
    );
    rows[r - 1] = values;
  });
  return rows;
}

/** The small Lai Châu-like council used by the workbook tests (8 + 3 units, 2 criteria, 2 members). */
export function smallCouncil(): Record<string, Rows> {
  const units: Rows = [
    ["Mã đơn vị", "Tên đơn vị", "Khối thi đua", "Tỷ lệ nữ (%)"],
    ["TD", "LĐLĐ huyện Tam Đường", "Khối huyện", 41.5],
    ["PT", "LĐLĐ huyện Phong Thổ", "Khối huyện", 44.2],
    ["SH", "LĐLĐ huyện Sìn Hồ", "Khối huyện", 39.8],
    ["GD", "Công đoàn ngành Giáo dục", "Khối ngành", 71.4],
    ["YT", "Công đoàn ngành Y tế", "Khối ngành", 68.9],
  ];
  const scores = (shift: number): Rows => [
    ["Mã đơn vị", "Tên đơn vị", "TC1", "TC2", "DT"],
    ["TD", "Tam Đường", 45 + shift, 40, 1],
    ["PT", "Phong Thổ", 44 + shift, 40, null],
    ["SH", "Sìn Hồ", 44 + shift, 40, null],
    ["GD", "Giáo dục", 48 + shift, 45, 2],
    ["YT", "Y tế", 40 + shift, 41, null],
  ];
  return {
    "Đơn vị": units,
    "Tiêu chí": [
      ["Mã tiêu chí", "Điểm tối đa", "Loại"],
      ["TC1", 50, "Chấm điểm"],
      ["TC2", 50, "Chấm điểm"],
      ["DT", 5, "Điểm thưởng"],
    ],
    "Chấm điểm - Nguyễn Văn A": scores(1),
    "Chấm điểm - Lò Thị B": scores(-1),
    "Đăng ký": [
      ["Mã đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"],
      ["TD", "BK", new Date(Date.UTC(2023, 0, 10))],
      ["PT", "BK", "15/1/2023"],
      ["SH", "BK", 44941], // serial of 15/01/2023
      ["GD", "BK", "2023-01-20"],
      ["YT", "BK", "20.01.2023"],
    ],
    "Hạn nộp": [
      ["Loại báo cáo", "Hạn nộp", "Trừ điểm nộp muộn", "Trừ điểm không nộp"],
      ["Đăng ký thi đua", "10/02/2023", 1, 0],
    ],
    "Danh hiệu": [
      ["Mã", "Tên danh hiệu", "Thứ tự ưu tiên", "Tỷ lệ tối đa (%)"],
      ["BK", "Bằng khen", 1, 50],
    ],
    "Cài đặt": [
      ["Tham số", "Giá trị"],
      ["Năm thi đua", 2023],
    ],
  };
}
