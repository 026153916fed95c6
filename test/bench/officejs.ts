/**
 * The compute job through Office.js (src/jobs/compute.ts) — read every input sheet, compute, write the three
 * output sheets — against the fake Excel of the tests, counting syncs and the largest request.
 * Syncs must not grow with the number of units (except one per 4 MB block); no request over 4 MB.
 */
import { compute } from "../../src/jobs/compute";
import { FakeExcel, type CellValue } from "../helpers/fake-excel";
import { officePort } from "../helpers/ports";
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

async function run(units: number) {
  const fake = fakeProvince(units);
  let readSyncs = 0;
  const outcome = await compute(officePort(fake), {
    lang: "vi",
    onProgress: (stage) => {
      if (stage === "compute") readSyncs = fake.syncCount;
    },
  });
  if (!outcome.written) throw new Error("the synthetic province has a structural error");
  return {
    name: `officejs-${units}`,
    units,
    syncs: fake.syncCount,
    readSyncs,
    writeSyncs: fake.syncCount - readSyncs,
    maxRequestBytes: fake.maxBatchBytes,
  };
}

export const officeBenchmarks: Benchmark[] = [
  { name: "officejs-1000", run: async () => [await run(1000)] },
  { name: "officejs-10000", run: async () => [await run(10_000)] },
];
