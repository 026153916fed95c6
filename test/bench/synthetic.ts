/**
 * A synthetic province for the benchmarks: `units` units in `blocs` blocs, `criteria` criteria
 * and `members` council members who each score every unit, with registrations, reports, four
 * awards and votes, built directly as the engine's input (no file I/O).
 */
import type { CouncilInput, ScoreSheet } from "../../src/core/contract/input";
import type { Raw } from "../../src/core/contract/values";

export interface ProvinceSize {
  units: number;
  blocs: number;
  criteria: number;
  members: number;
}

/** A small deterministic pseudo-random generator (the same province on every run). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function table<T extends Record<string, Raw>>(name: string, fields: string[], rows: T[]) {
  return {
    name,
    headerRow: 1,
    columns: Object.fromEntries(fields.map((f, i) => [f, i + 1])),
    records: rows.map((row, i) => ({ row: i + 2, ...row })),
  };
}

export function syntheticProvince(size: ProvinceSize, seed = 1): CouncilInput {
  const rand = random(seed);
  const codes = Array.from({ length: size.units }, (_, i) => `DV${String(i + 1).padStart(6, "0")}`);
  const criteria = Array.from({ length: size.criteria }, (_, c) => ({
    code: `TC${c + 1}`,
    max: c === size.criteria - 1 ? 5 : 10,
    kind: c === size.criteria - 1 ? "Điểm thưởng" : c === size.criteria - 2 ? "Điểm trừ" : "Chấm điểm",
  }));
  const quality = codes.map(() => 0.55 + rand() * 0.45);
  const scoreSheets: ScoreSheet[] = Array.from({ length: size.members }, (_, m) => ({
    name: `Chấm điểm - Thành viên ${m + 1}`,
    headerRow: 1,
    unitColumn: 1,
    recusedColumn: null,
    columns: criteria.map((c, i) => ({ header: c.code, col: i + 2 })),
    rows: codes.map((code, u) => ({
      row: u + 2,
      unit: code,
      recused: null,
      values: criteria.map((c) => {
        if (c.kind === "Điểm trừ") return rand() < 0.9 ? null : 1;
        const v = Math.round(c.max * Math.min(1, quality[u] + (rand() - 0.5) * 0.1) * 4) / 4;
        return v;
      }),
    })),
  }));
  return {
    units: table(
      "Đơn vị",
      ["code", "name", "bloc", "womenShare"],
      codes.map((code, u) => ({
        code,
        name: `Công đoàn cơ sở số ${u + 1}`,
        bloc: `Khối ${(u % size.blocs) + 1}`,
        womenShare: Math.round(rand() * 100),
      })),
    ),
    criteria: table(
      "Tiêu chí",
      ["code", "maxPoints", "kind"],
      criteria.map((c) => ({ code: c.code, maxPoints: c.max, kind: c.kind })),
    ),
    scoreSheets,
    selfScores: null,
    registrations: table(
      "Đăng ký",
      ["code", "awards", "date"],
      codes
        .filter(() => rand() < 0.9)
        .map((code) => ({ code, awards: "CO; BK", date: `${1 + Math.floor(rand() * 20)}/02/2023` })),
    ),
    reports: table(
      "Báo cáo",
      ["code", "type", "date"],
      codes.flatMap((code) => [
        { code, type: "Báo cáo sơ kết 6 tháng", date: rand() < 0.9 ? "05/06/2023" : "15/06/2023" },
        { code, type: "Báo cáo tổng kết năm", date: rand() < 0.95 ? "01/12/2023" : null },
      ]),
    ),
    deadlines: null,
    classes: null,
    awards: table(
      "Danh hiệu",
      [
        "code",
        "name",
        "priority",
        "minPoints",
        "maxRank",
        "onTimeRequired",
        "minVotePct",
        "scope",
        "maxCount",
        "maxSharePct",
        "minClass",
      ],
      [
        {
          code: "TLD",
          name: "Cờ thi đua của Tổng Liên đoàn",
          priority: 1,
          minPoints: 95,
          maxRank: 1,
          onTimeRequired: "Có",
          minVotePct: 80,
          scope: "Toàn bộ",
          maxCount: 1,
          maxSharePct: null,
          minClass: null,
        },
        {
          code: "CO",
          name: "Cờ thi đua của LĐLĐ tỉnh",
          priority: 2,
          minPoints: 90,
          maxRank: 1,
          onTimeRequired: "Có",
          minVotePct: 80,
          scope: "Khối",
          maxCount: 1,
          maxSharePct: null,
          minClass: null,
        },
        {
          code: "BK",
          name: "Bằng khen của LĐLĐ tỉnh",
          priority: 3,
          minPoints: 85,
          maxRank: null,
          onTimeRequired: "Không",
          minVotePct: null,
          scope: "Khối",
          maxCount: null,
          maxSharePct: 30,
          minClass: "Hoàn thành tốt nhiệm vụ",
        },
        {
          code: "GK",
          name: "Giấy khen",
          priority: 4,
          minPoints: null,
          maxRank: null,
          onTimeRequired: "Không",
          minVotePct: null,
          scope: "Khối",
          maxCount: null,
          maxSharePct: 50,
          minClass: null,
        },
      ],
    ),
    votes: table(
      "Biểu quyết",
      ["code", "award", "votes"],
      codes.flatMap((code) => [
        { code, award: "TLD", votes: 5 + Math.floor(rand() * 5) },
        { code, award: "CO", votes: 5 + Math.floor(rand() * 5) },
      ]),
    ),
    settings: table(
      "Cài đặt",
      ["name", "value"],
      [
        { name: "Năm thi đua", value: 2023 },
        { name: "Số thành viên Hội đồng", value: size.members },
        { name: "Cách tổng hợp điểm", value: "Trung bình cắt" },
      ],
    ),
    proposals: null,
    issues: [],
  };
}
