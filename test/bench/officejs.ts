/**
 * The jobs through Office.js, on a province of 30 criteria × 5 members, their requests measured by
 * Microsoft's office.js (test/helpers/officejs.ts via ./officejs-child.ts, each in a fresh Node): the
 * number of requests, the largest request and response, the clean-up of Excel.run. Excel on the web
 * refuses 5 MB; the add-in keeps to 4.5 MB.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { FakeExcel, type CellValue } from "../helpers/fake-excel";
import type { Benchmark } from "./registry";

const CRITERIA = 30;
const MEMBERS = 5;

/** The benchmark's workbook: `units` units (named by `unitName`), 30 criteria, 5 members' score sheets. */
export function fakeProvince(
  units: number,
  unitName = (i: number) => `Công đoàn cơ sở số ${i + 1}`,
): FakeExcel {
  const codes = Array.from({ length: units }, (_, i) => `DV${i + 1}`);
  const criteria = Array.from({ length: CRITERIA }, (_, c) => `TC${c + 1}`);
  const sheets: { name: string; rows: CellValue[][] }[] = [
    {
      name: "Đơn vị",
      rows: [
        ["Mã đơn vị", "Tên đơn vị", "Khối thi đua"],
        ...codes.map((code, i) => [code, unitName(i), `Khối ${(i % 20) + 1}`]),
      ],
    },
    { name: "Tiêu chí", rows: [["Mã tiêu chí", "Điểm tối đa"], ...criteria.map((code) => [code, 10])] },
    ...Array.from({ length: MEMBERS }, (_, m) => ({
      name: `Chấm điểm - Thành viên ${m + 1}`,
      rows: [
        ["Mã đơn vị", ...criteria],
        ...codes.map((code, i) => [code, ...criteria.map((_, c) => 5 + ((i * 7 + c * 3 + m) % 20) / 4)]),
      ],
    })),
    {
      name: "Đăng ký",
      rows: [["Mã đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"], ...codes.map((code) => [code, "BK", 44936])],
    },
    {
      name: "Danh hiệu",
      rows: [
        ["Mã", "Tên danh hiệu", "Thứ tự ưu tiên", "Tỷ lệ tối đa (%)"],
        ["BK", "Bằng khen", 1, 30],
        ["GK", "Giấy khen", 2, ""],
      ],
    },
    {
      name: "Cài đặt",
      rows: [
        ["Tham số", "Giá trị"],
        ["Năm thi đua", 2023],
      ],
    },
  ];
  return new FakeExcel({ sheets, limitBytes: 5 * 1024 * 1024 });
}

function runChild(job: string, units: number): Record<string, unknown> {
  const out = execFileSync(
    process.execPath,
    [
      "--max-old-space-size=8192",
      "--import",
      "tsx",
      path.join(__dirname, "officejs-child.ts"),
      job,
      String(units),
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as Record<string, unknown>;
}

/** The jobs through Office.js, their requests measured by office.js itself (./officejs-child.ts). */
export const officeBenchmarks: Benchmark[] = [
  { name: "officejs-compute-2000", run: async () => [runChild("compute", 2_000)] },
  { name: "officejs-compute-10000", run: async () => [runChild("compute", 10_000)] },
  { name: "officejs-score-sheet-10000", run: async () => [runChild("score-sheet", 10_000)] },
  { name: "officejs-import-10000", run: async () => [runChild("import", 10_000)] },
  { name: "officejs-check-10000", run: async () => [runChild("check", 10_000)] },
];
