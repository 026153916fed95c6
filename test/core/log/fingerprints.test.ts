/**
 * WORKBOOK.md §11.4: "Result fingerprint: the hash of the result's canonical JSON: the §8 JSON
 * keeping only `year`, `mode`, the units' `code`, `status`, `total`, `rank`, `class`, `award`, all of
 * `quotas` and `classQuotas`, and the violations' `unit`, `award`, `kind`; object keys sorted; every
 * list sorted by the canonical text of its items; no spaces; numbers as JavaScript's
 * `JSON.stringify` writes them (95, 95.5); text as is (UTF-8, not escaped)."
 * "Input fingerprint: the hash of the contract's input sheets as read (§1)" (its exact form: docs/LOG.md).
 */
import { createHash } from "node:crypto";
import type { GridWorkbook } from "../../../src/core/contract/grid";
import type { ResultJson } from "../../../src/core/result/json";
import { canonicalJson } from "../../../src/core/log/canonical";
import { readContract } from "../../../src/core/contract/reader";
import {
  inputCanonical,
  inputFingerprint,
  resultCanonical,
  resultFingerprint,
} from "../../../src/core/log/fingerprints";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const unit = (code: string, total: number | null, rank: number | null): ResultJson["units"][number] => ({
  code,
  name: `LĐLĐ ${code}`,
  bloc: "Khối huyện",
  status: total === null ? "incomplete" : "ranked",
  scored: total,
  bonus: 0,
  deduction: 0,
  total,
  rank,
  class: rank === null ? null : "Hoàn thành tốt nhiệm vụ",
  registered: ["BK"],
  award: rank === 1 ? "BK" : null,
  awaitingVote: false,
  reasons: ["một lý do"],
});

const json: ResultJson = {
  year: 2023,
  mode: "allocate",
  units: [unit("TD", 95.5, 1), unit("MT", 95, 2), unit("SH", null, null)],
  quotas: [{ award: "BK", group: "Khối huyện", limit: 1, granted: 1, tie: false }],
  classQuotas: [],
  violations: [{ unit: "MT", award: "BK", kind: "quota", message: "hết chỉ tiêu" }],
  issues: [
    { severity: "warning", sheet: "Đơn vị", row: 3, column: null, value: null, message: "x", cell: null },
  ],
};

describe("the result fingerprint", () => {
  test("canonical JSON: keys sorted, lists sorted by their items' text, no spaces, text not escaped", () => {
    expect(canonicalJson({ b: [3, 1, 2], a: "Lai Châu", c: { y: 95.5, x: 95 } })).toBe(
      '{"a":"Lai Châu","b":[1,2,3],"c":{"x":95,"y":95.5}}',
    );
    expect(canonicalJson([{ k: "b" }, { k: "a" }])).toBe('[{"k":"a"},{"k":"b"}]');
  });

  test("keeps only the fields §11.4 lists, and hashes their canonical text", () => {
    const text = canonicalJson(resultCanonical(json));
    expect(text).toBe(
      '{"classQuotas":[],"mode":"allocate","quotas":[{"award":"BK","granted":1,"group":"Khối huyện","limit":1,"tie":false}],' +
        '"units":[{"award":"BK","class":"Hoàn thành tốt nhiệm vụ","code":"TD","rank":1,"status":"ranked","total":95.5},' +
        '{"award":null,"class":"Hoàn thành tốt nhiệm vụ","code":"MT","rank":2,"status":"ranked","total":95},' +
        '{"award":null,"class":null,"code":"SH","rank":null,"status":"incomplete","total":null}],' +
        '"violations":[{"award":"BK","kind":"quota","unit":"MT"}],"year":2023}',
    );
    expect(resultFingerprint(json)).toBe(sha(text));
  });

  test("names, reasons, messages and issues do not count; order of units does not count", () => {
    const other: ResultJson = {
      ...json,
      units: [...json.units].reverse().map((u) => ({ ...u, name: "khác", reasons: [], scored: 1 })),
      violations: json.violations.map((v) => ({ ...v, message: "other words" })),
      issues: [],
    };
    expect(resultFingerprint(other)).toBe(resultFingerprint(json));
    const changed = { ...json, units: json.units.map((u) => (u.code === "MT" ? { ...u, total: 95.25 } : u)) };
    expect(resultFingerprint(changed)).not.toBe(resultFingerprint(json));
  });
});

describe("the input fingerprint: the contract's input as read (§1)", () => {
  const grid = (
    extra: { unitsRows?: unknown[][]; scoreTotal?: unknown; hidden?: boolean } = {},
  ): GridWorkbook => ({
    sheets: [
      {
        name: "Tiêu chí",
        rows: [
          ["Mã tiêu chí", "Điểm tối đa"],
          ["TC1", 10],
        ],
        merges: [],
      },
      {
        name: "Đơn vị",
        rows: (extra.unitsRows as GridWorkbook["sheets"][number]["rows"]) ?? [
          ["DANH SÁCH ĐƠN VỊ"],
          ["Mã đơn vị", "Tên đơn vị", "Khối thi đua", "Ghi chú"],
          ["TD", "Tam Đường", "Khối huyện", "x"],
          [],
        ],
        merges: [],
      },
      {
        name: "Chấm điểm - Hùng",
        rows: [
          ["Mã đơn vị", "Tên đơn vị", "TC1", "Tổng"],
          ["TD", "Tam Đường", 9.5, (extra.scoreTotal as number | null) ?? null],
        ],
        merges: [],
        ...(extra.hidden ? { visibility: "hidden" as const } : {}),
      },
    ],
  });
  const fingerprint = (g: GridWorkbook) => inputFingerprint(readContract(g));

  test("each sheet's records by Excel row, the contract's fields in order; score sheets without names and totals", () => {
    const text = inputCanonical(readContract(grid()));
    expect(JSON.parse(text)).toMatchObject({
      units: ["Đơn vị", [[3, "TD", "Tam Đường", "Khối huyện", null, null, null, null]]],
      criteria: ["Tiêu chí", [[2, "TC1", null, null, 10, null]]],
      scoreSheets: [["Chấm điểm - Hùng", ["TC1"], [[2, "TD", null, 9.5]]]],
      registrations: null,
    });
    expect(text).toBe(JSON.stringify(JSON.parse(text))); // no spaces added
    expect(text).not.toMatch(/Ghi chú|DANH SÁCH/); // unknown columns and title rows are not read
    expect(fingerprint(grid())).toBe(sha(text));
  });

  test("what the reader does not read does not count: a total, a note column, a title row", () => {
    expect(fingerprint(grid({ scoreTotal: 9.5 }))).toBe(fingerprint(grid()));
    expect(
      fingerprint(
        grid({
          unitsRows: [
            ["Mã đơn vị", "Tên đơn vị", "Khối thi đua"],
            ["TD", "Tam Đường", "Khối huyện"],
          ],
        }),
      ),
    ).not.toBe(fingerprint(grid())); // the unit's row moved: 3 → 2
    expect(
      fingerprint(
        grid({
          unitsRows: [
            ["Tiêu đề khác"],
            ["Mã đơn vị", "Tên đơn vị", "Khối thi đua", "Ghi chú"],
            ["TD", "Tam Đường", "Khối huyện", "khác"],
          ],
        }),
      ),
    ).toBe(fingerprint(grid()));
  });

  test("one changed value changes it; numbers keep Excel's 15 significant digits", () => {
    const changed = grid();
    changed.sheets[2].rows[1][2] = 9.75;
    expect(fingerprint(changed)).not.toBe(fingerprint(grid()));
    const date = (serial: number): GridWorkbook => ({
      sheets: [
        ...grid().sheets,
        {
          name: "Đăng ký",
          rows: [
            ["Mã đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"],
            ["TD", "BK", serial],
          ],
          merges: [],
        },
      ],
    });
    // 13/01/2023 08:30 as Excel reads it, and through a file library's date and back
    expect(fingerprint(date(44939.354166666664))).toBe(fingerprint(date(44939.3541666667)));
    expect(fingerprint(date(44939.35416666667))).toBe(fingerprint(date(44939.3541666667)));
    expect(fingerprint(date(44939.3541667))).not.toBe(fingerprint(date(44939.3541666667)));
  });
});
