/**
 * WORKBOOK.md §11.4: "Result fingerprint: the hash of the result's canonical JSON: the §8 JSON
 * keeping only `year`, `mode`, the units' `code`, `status`, `total`, `rank`, `class`, `award`, all of
 * `quotas` and `classQuotas`, and the violations' `unit`, `award`, `kind`; object keys sorted; every
 * list sorted by the canonical text of its items; no spaces; numbers as JavaScript's
 * `JSON.stringify` writes them (95, 95.5); text as is (UTF-8, not escaped)."
 * "Input fingerprint: the hash of the contract's input sheets as read (§1)" (docs/LOG.md).
 */
import { createHash } from "node:crypto";
import type { GridWorkbook } from "../../../src/core/contract/grid";
import type { ResultJson } from "../../../src/core/result/json";
import { canonicalJson } from "../../../src/core/log/canonical";
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

describe("the input fingerprint", () => {
  const grid: GridWorkbook = {
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
        rows: [
          ["Mã đơn vị", "Tên đơn vị", "Khối thi đua", null, ""],
          ["TD", "Tam Đường", "Khối huyện"],
          [],
          [null],
        ],
        merges: [],
      },
    ],
  };

  test("sheets by name, rows without trailing empty cells or rows, empty text as empty", () => {
    expect(inputCanonical(grid)).toBe(
      '[["Tiêu chí","visible",[["Mã tiêu chí","Điểm tối đa"],["TC1",10]]],' +
        '["Đơn vị","visible",[["Mã đơn vị","Tên đơn vị","Khối thi đua"],["TD","Tam Đường","Khối huyện"]]]]',
    );
    expect(inputFingerprint(grid)).toBe(sha(inputCanonical(grid)));
  });

  test("the same cells in another sheet order give the same fingerprint; one changed value does not", () => {
    expect(inputFingerprint({ sheets: [...grid.sheets].reverse() })).toBe(inputFingerprint(grid));
    const edited: GridWorkbook = {
      sheets: grid.sheets.map((s) =>
        s.name === "Tiêu chí" ? { ...s, rows: [s.rows[0], ["TC1", 10.5]] } : s,
      ),
    };
    expect(inputFingerprint(edited)).not.toBe(inputFingerprint(grid));
  });

  test("a merged area counts as its top-left value in its first row (§1); hiding a sheet counts", () => {
    const merged: GridWorkbook = {
      sheets: [
        {
          name: "Đơn vị",
          rows: [
            ["A", "x"],
            ["B", "y"],
          ],
          merges: [{ top: 1, left: 1, bottom: 2, right: 1 }],
        },
      ],
    };
    expect(inputCanonical(merged)).toBe('[["Đơn vị","visible",[["A","x"],[null,"y"]]]]');
    const hidden: GridWorkbook = { sheets: [{ ...merged.sheets[0], visibility: "hidden" }] };
    expect(inputFingerprint(hidden)).not.toBe(inputFingerprint(merged));
  });
});
