import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { saveWorkbook } from "../../src/workbook/exceljs/file";
import type { Benchmark } from "./registry";

/** A council workbook of `units` units × `criteria` criteria × `members` members, as a file. */
export async function councilFile(
  units: number,
  criteria: number,
  members: number,
  file: string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const codes = Array.from({ length: units }, (_, i) => `DV${String(i + 1).padStart(5, "0")}`);
  const add = (name: string, rows: (string | number | null)[][]) => {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  };
  add("Đơn vị", [
    ["Mã đơn vị", "Tên đơn vị", "Khối thi đua", "Tỷ lệ nữ (%)"],
    ...codes.map((code, i) => [code, `Công đoàn cơ sở số ${i + 1}`, `Khối ${(i % 10) + 1}`, (i * 37) % 100]),
  ]);
  const criterionCodes = Array.from({ length: criteria }, (_, c) => `TC${c + 1}`);
  add("Tiêu chí", [
    ["Mã tiêu chí", "Điểm tối đa", "Loại"],
    ...criterionCodes.map((code) => [code, 10, "Chấm điểm"]),
  ]);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let m = 0; m < members; m++) {
    add(`Chấm điểm - Thành viên ${m + 1}`, [
      ["Mã đơn vị", "Tên đơn vị", ...criterionCodes],
      // each unit has a level; members differ from it by at most half a point (as councils do)
      ...codes.map((code, i) => [
        code,
        `Công đoàn cơ sở số ${i + 1}`,
        ...criterionCodes.map((_, c) => 6 + ((i * 7 + c * 3) % 13) / 4 + Math.round(next() * 2) / 4),
      ]),
    ]);
  }
  add("Đăng ký", [
    ["Mã đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"],
    ...codes.map((code) => [code, "BK", "05/01/2023"]),
  ]);
  add("Báo cáo", [
    ["Mã đơn vị", "Loại báo cáo", "Ngày nộp"],
    ...codes.flatMap((code) => [
      [code, "Báo cáo sơ kết 6 tháng", "05/06/2023"],
      [code, "Báo cáo tổng kết năm", "05/12/2023"],
    ]),
  ]);
  add("Danh hiệu", [
    ["Mã", "Tên danh hiệu", "Thứ tự ưu tiên", "Tỷ lệ tối đa (%)"],
    ["BK", "Bằng khen", 1, 30],
    ["GK", "Giấy khen", 2, null],
  ]);
  add("Cài đặt", [
    ["Tham số", "Giá trị"],
    ["Năm thi đua", 2023],
  ]);
  writeFileSync(file, await saveWorkbook(workbook));
}

function child(args: string[]): { ms: number; peakMB: number } {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=4096", "--import", "tsx", path.join(__dirname, "cli-child.ts"), ...args],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(out.trim().split("\n").pop() as string);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Issue 4: on a 2,000 units × 40 criteria × 7 members workbook, `thidua run` against exceljs just
 * reading and writing the same file back (the floor of any exceljs-based tool). Three runs each,
 * alternating, medians reported.
 */
export const cliBenchmarks: Benchmark[] = [
  {
    name: "cli-2000",
    run: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
      try {
        const input = path.join(dir, "so-tinh.xlsx");
        await councilFile(2000, 40, 7, input);
        const baseline: number[] = [];
        const runs: number[] = [];
        let peak = 0;
        for (let i = 0; i < 3; i++) {
          baseline.push(child(["baseline", input, path.join(dir, "copy.xlsx")]).ms);
          const run = child(["run", input, path.join(dir, "ket-qua.xlsx"), path.join(dir, "ket-qua.json")]);
          runs.push(run.ms);
          peak = Math.max(peak, run.peakMB);
        }
        const ms = median(runs);
        const baselineMs = median(baseline);
        return [
          {
            name: "cli-2000",
            units: 2000,
            criteria: 40,
            members: 7,
            ms,
            baselineMs,
            ratio: Math.round((ms / baselineMs) * 100) / 100,
            peakMB: peak,
          },
        ];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
