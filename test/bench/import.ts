import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { saveWorkbook } from "../../src/workbook/exceljs/file";
import type { Benchmark } from "./registry";

const AWARDS = 10;

/** A council workbook of `units` units and 10 awards, with an empty `Đăng ký`. */
async function councilWorkbook(units: number, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const add = (name: string, rows: (string | number)[][]) => {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  };
  add("Đơn vị", [
    ["Mã đơn vị", "Tên đơn vị", "Khối thi đua"],
    ...Array.from({ length: units }, (_, i) => [
      `DV${i + 1}`,
      `Công đoàn cơ sở số ${i + 1}`,
      `Khối ${(i % 10) + 1}`,
    ]),
  ]);
  add("Tiêu chí", [
    ["Mã tiêu chí", "Điểm tối đa"],
    ["TC1", 100],
  ]);
  add("Chấm điểm", [["Mã đơn vị", "TC1"]]);
  add("Đăng ký", [["Mã đơn vị", "Tên đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"]]);
  add("Danh hiệu", [
    ["Mã", "Tên danh hiệu", "Thứ tự ưu tiên"],
    ...Array.from({ length: AWARDS }, (_, a) => [`DH${a + 1}`, `Danh hiệu số ${a + 1}`, a + 1]),
  ]);
  writeFileSync(file, await saveWorkbook(workbook));
}

/** A unit's CSV of `rows` registrations: codes and names, award codes and names, a few bad rows. */
function registrationCsv(units: number, rows: number): string {
  const lines = ["STT;Mã ĐV;Đơn vị;Danh hiệu;Ngày ĐK"];
  for (let i = 0; i < rows; i++) {
    const unit = (i % units) + 1;
    const award = Math.floor(i / units) % AWARDS;
    const byName = i % 3 === 0;
    lines.push(
      [
        i + 1,
        byName ? "" : `DV${unit}`,
        byName ? `CĐ cơ sở số ${unit}` : "", // matched by name once the prefix is ignored
        i % 2 === 0 ? `DH${award + 1}` : `Danh hiệu số ${award + 1}`,
        i % 997 === 0 ? "32/01/2023" : `${(i % 28) + 1}/01/2023`,
      ].join(";"),
    );
  }
  return lines.join("\r\n");
}

/** Issue 5: a 20,000-row registration file into a workbook of 2,000 units, end to end (`thidua import`). */
export const importBenchmarks: Benchmark[] = [
  {
    name: "import-20000",
    run: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
      try {
        const workbook = path.join(dir, "so-tinh.xlsx");
        const csv = path.join(dir, "dang-ky.csv");
        await councilWorkbook(2000, workbook);
        writeFileSync(csv, registrationCsv(2000, 20_000));
        const times: number[] = [];
        let report: Record<string, unknown> = {};
        for (let i = 0; i < 3; i++) {
          const out = execFileSync(
            process.execPath,
            [
              "--import",
              "tsx",
              path.join(__dirname, "import-child.ts"),
              workbook,
              csv,
              path.join(dir, "out.xlsx"),
            ],
            { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
          );
          const figure = JSON.parse(out.trim().split("\n").pop() as string);
          times.push(figure.ms);
          report = figure;
        }
        times.sort((a, b) => a - b);
        return [
          {
            name: "import-20000",
            rows: 20_000,
            units: 2000,
            ms: times[1],
            added: report.added,
            rejected: report.rejected,
            peakMB: report.peakMB,
          },
        ];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
