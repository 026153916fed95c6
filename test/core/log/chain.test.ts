/**
 * WORKBOOK.md §11.4: "Mã = the hash of the row's other cells, from `STT` to `Mã trước`, as written,
 * joined by a tab (U+0009); the first row's `Mã trước` is 64 zeros." "All hashes are SHA-256 in
 * lowercase hex." `thidua verify` "checks the chain — exit 1 naming the first row that does not hold".
 */
import { createHash } from "node:crypto";
import type { Raw } from "../../../src/core/contract/values";
import {
  LOG_HEADERS,
  chainRow,
  checkChain,
  isoTime,
  logTail,
  rowHash,
  type LogEntry,
} from "../../../src/core/log/chain";
import { sha256Hex } from "../../../src/core/log/hash";

const nodeSha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const entry = (n: number, action: LogEntry["action"] = "compute"): LogEntry => ({
  time: `2026-12-0${n}T09:00:00+07:00`,
  action,
  door: "cli",
  by: n === 2 ? "Nguyễn Thị Hà" : "",
  input: nodeSha(`input ${n}`),
  result: action === "compute" ? nodeSha(`result ${n}`) : "",
});

/** A log sheet's values as a door writes them: the header, then rows with STT a number. */
function logSheet(entries: LogEntry[]): Raw[][] {
  const rows: Raw[][] = [[...LOG_HEADERS]];
  let last: { index: number; hash: string } | null = null;
  for (const e of entries) {
    const cells = chainRow(e, last);
    rows.push(cells.map((cell, c) => (c === 0 ? Number(cell) : cell)));
    last = logTail(rows);
  }
  return rows;
}

describe("the Nhật ký chain", () => {
  test("SHA-256 in lowercase hex, of the UTF-8 bytes (Vietnamese text included)", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("Nhật ký – Lai Châu")).toBe(nodeSha("Nhật ký – Lai Châu"));
  });

  test("Mã is the hash of STT … Mã trước joined by tabs; the first Mã trước is 64 zeros", () => {
    const first = chainRow(entry(1), null);
    expect(first[0]).toBe("1");
    expect(first[7]).toBe("0".repeat(64));
    expect(first[8]).toBe(nodeSha(first.slice(0, 8).join("\t")));
    expect(first.slice(2, 5)).toEqual(["Tính kết quả", "Dòng lệnh", ""]);
    const second = chainRow(entry(2, "votes"), { index: 1, hash: first[8] });
    expect(second[0]).toBe("2");
    expect(second[7]).toBe(first[8]);
    expect(second[6]).toBe(""); // the result fingerprint: compute only
    expect(second[8]).toBe(rowHash(second));
  });

  test("a log as written holds, and names its rows by Excel row number", () => {
    const check = checkChain(logSheet([entry(1), entry(2, "registrations"), entry(3)]));
    expect(check.ok).toBe(true);
    expect(check.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(check.rows.map((r) => r.cells[2])).toEqual(["Tính kết quả", "Nhập đăng ký", "Tính kết quả"]);
  });

  test.each(LOG_HEADERS.map((header, c) => [header, c] as const))(
    "changing the %s cell of a row breaks the chain at that row",
    (_, c) => {
      const rows = logSheet([entry(1), entry(2), entry(3)]);
      const value = rows[2][c];
      rows[2][c] = typeof value === "number" ? value + 1 : `${String(value)}x`;
      const check = checkChain(rows);
      expect(check.ok).toBe(false);
      if (check.ok) return;
      expect(check.row).toBe(3);
      expect(check.rows.map((r) => r.row)).toEqual([2]);
    },
  );

  test("a header changed, a cell added beside the table, a row deleted or inserted: the first row that does not hold", () => {
    const header = logSheet([entry(1)]);
    header[0][1] = "Thời gian";
    expect(checkChain(header)).toMatchObject({ ok: false, row: 1, fault: "header", column: "Thời điểm" });

    const beside = logSheet([entry(1), entry(2)]);
    beside[2][LOG_HEADERS.length] = "ghi chú";
    expect(checkChain(beside)).toMatchObject({ ok: false, row: 3, fault: "extraCells" });

    const deleted = logSheet([entry(1), entry(2), entry(3)]);
    deleted.splice(2, 1);
    expect(checkChain(deleted)).toMatchObject({ ok: false, row: 3, fault: "index" });

    const inserted = logSheet([entry(1), entry(2)]);
    inserted.splice(2, 0, []);
    expect(checkChain(inserted)).toMatchObject({ ok: false, row: 3, fault: "index" });

    const renumbered = logSheet([entry(1), entry(2)]);
    // a row rewritten whole with a fresh hash still breaks the link to the next one
    const forged = [...(renumbered[1] as string[])];
    forged[1] = "2026-11-30T09:00:00+07:00";
    forged[8] = rowHash(forged.map(String));
    renumbered[1] = forged;
    expect(checkChain(renumbered)).toMatchObject({ ok: false, row: 3, fault: "previous" });
  });

  test("trailing empty rows are not rows of the log", () => {
    const rows = logSheet([entry(1)]);
    rows.push([], [null, ""]);
    expect(checkChain(rows)).toMatchObject({ ok: true });
    expect(logTail(rows)).toEqual({ index: 1, hash: rows[1][8] });
  });

  test("Thời điểm is ISO 8601 with the offset", () => {
    const text = isoTime(new Date(Date.UTC(2026, 11, 2, 2, 5, 9)));
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Date(text).getTime()).toBe(Date.UTC(2026, 11, 2, 2, 5, 9));
  });
});
