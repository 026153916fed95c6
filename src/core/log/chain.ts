/**
 * WORKBOOK.md §11.4 — the `Nhật ký` log: "one appended row per action that writes the workbook:
 * `STT`, `Thời điểm` (ISO 8601 with offset), `Việc`, `Nơi chạy` [`Excel`, `Trình duyệt`, `Dòng
 * lệnh`], `Người thực hiện` [optional], `Dữ liệu vào`, `Kết quả` [compute only, else empty], `Mã
 * trước`, `Mã`." "Mã = the hash of the row's other cells, from `STT` to `Mã trước`, as written,
 * joined by a tab (U+0009); the first row's `Mã trước` is 64 zeros."
 *
 * The sheet: the header in row 1, one row per action from row 2, nothing else (docs/LOG.md). A
 * cell's text "as written" is its text as Excel shows it unformatted: `STT` is a number (1, 2, …),
 * every other cell text.
 */
import type { Raw } from "../contract/values";
import { NO_PREVIOUS, sha256Hex } from "./hash";

export const LOG_HEADERS = [
  "STT",
  "Thời điểm",
  "Việc",
  "Nơi chạy",
  "Người thực hiện",
  "Dữ liệu vào",
  "Kết quả",
  "Mã trước",
  "Mã",
] as const;

/** `Việc`: the actions that write the workbook. */
export const LOG_ACTIONS = {
  compute: "Tính kết quả",
  registrations: "Nhập đăng ký",
  scores: "Nhập phiếu chấm",
  scoreSheets: "Tạo phiếu chấm",
  votes: "Thêm dòng biểu quyết",
  sheets: "Thêm trang nhập liệu",
} as const;
export type LogAction = keyof typeof LOG_ACTIONS;

/** `Nơi chạy`: the door the action ran in. */
export const LOG_DOORS = { excel: "Excel", browser: "Trình duyệt", cli: "Dòng lệnh" } as const;
export type Door = keyof typeof LOG_DOORS;

/** What an action logs; the adapter that writes the row adds `STT`, `Mã trước` and `Mã`. */
export interface LogEntry {
  time: string;
  action: LogAction;
  door: Door;
  by: string;
  input: string;
  /** The result fingerprint of a compute; "" for any other action. */
  result: string;
}

/** A row of the log as its cells' texts, in the order of LOG_HEADERS. */
export type LogCells = [string, string, string, string, string, string, string, string, string];

/** "ISO 8601 with offset": 2026-12-02T09:05:00+07:00, in the machine's time zone, to the second. */
export function isoTime(date: Date): string {
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** `Mã`: the hash of `STT` … `Mã trước` joined by tabs. */
export function rowHash(cells: readonly string[]): string {
  return sha256Hex(cells.slice(0, 8).join("\t"));
}

/** The next row of a log whose last row is `last` (null: an empty log). */
export function chainRow(entry: LogEntry, last: { index: number; hash: string } | null): LogCells {
  const index = last ? last.index + 1 : 1;
  const previous = last ? last.hash : NO_PREVIOUS;
  const cells = [
    String(index),
    entry.time,
    LOG_ACTIONS[entry.action],
    LOG_DOORS[entry.door],
    entry.by,
    entry.input,
    entry.result,
    previous,
  ];
  return [...cells, rowHash(cells)] as LogCells;
}

/** A cell's text as written (a number as JavaScript writes it; an empty cell ""). */
export function writtenText(value: Raw | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Where the log stands: what a new row chains to, read from the sheet's cells. */
export function logTail(rows: Raw[][]): { index: number; hash: string } | null {
  const data = dataRows(rows);
  if (data.length === 0) return null;
  const last = data[data.length - 1];
  return last ? tailOf(last.cells, last.row) : null;
}

/**
 * What a new row chains to when the log's last used row is Excel row `row` with these cells (row 1:
 * the header, an empty log). A broken `STT` is taken as the row's place: the chain stays broken
 * where it was, and `verify` says where.
 */
export function tailOf(cells: readonly Raw[], row: number): { index: number; hash: string } | null {
  if (row <= 1) return null;
  const index = Number(writtenText(cells[0]));
  return {
    index: Number.isInteger(index) && index > 0 ? index : row - 1,
    hash: writtenText(cells[8]),
  };
}

function dataRows(rows: Raw[][]): { row: number; cells: string[]; extra: boolean }[] {
  let end = rows.length;
  while (end > 1 && (rows[end - 1] ?? []).every((v) => writtenText(v).trim() === "")) end--;
  const out = [];
  for (let r = 1; r < end; r++) {
    const raw = rows[r] ?? [];
    const cells = LOG_HEADERS.map((_, c) => writtenText(raw[c]));
    const extra = raw.slice(LOG_HEADERS.length).some((v) => writtenText(v) !== "");
    out.push({ row: r + 1, cells, extra });
  }
  return out;
}

export type ChainFault = "header" | "extraCells" | "index" | "previous" | "hash";

export interface LoggedRow {
  /** The Excel row number. */
  row: number;
  cells: string[];
}

export type ChainCheck =
  | { ok: true; rows: LoggedRow[] }
  | { ok: false; rows: LoggedRow[]; row: number; fault: ChainFault; column: string | null };

/**
 * `thidua verify`: the first row where the chain does not hold — a header that is not the log's,
 * cells beside the table, an `STT` out of sequence, a `Mã trước` that is not the row above's `Mã`,
 * or a `Mã` that is not the hash of the row's cells. `rows` are the rows before it (all when ok).
 */
export function checkChain(rows: Raw[][]): ChainCheck {
  const header = rows[0] ?? [];
  const headerCells = LOG_HEADERS.map((_, c) => writtenText(header[c]));
  const badHeader = LOG_HEADERS.findIndex((h, c) => headerCells[c] !== h);
  if (badHeader >= 0)
    return { ok: false, rows: [], row: 1, fault: "header", column: LOG_HEADERS[badHeader] ?? null };
  if (header.slice(LOG_HEADERS.length).some((v) => writtenText(v) !== ""))
    return { ok: false, rows: [], row: 1, fault: "extraCells", column: null };
  const good: LoggedRow[] = [];
  let previous = NO_PREVIOUS;
  for (const [i, { row, cells, extra }] of dataRows(rows).entries()) {
    const fail = (fault: ChainFault, column: string | null): ChainCheck => ({
      ok: false,
      rows: good,
      row,
      fault,
      column,
    });
    if (extra) return fail("extraCells", null);
    if (cells[0] !== String(i + 1)) return fail("index", LOG_HEADERS[0]);
    if (cells[7] !== previous) return fail("previous", LOG_HEADERS[7]);
    if (cells[8] !== rowHash(cells)) return fail("hash", LOG_HEADERS[8]);
    good.push({ row, cells });
    previous = cells[8];
  }
  return { ok: true, rows: good };
}

/** The action of a logged row, by its `Việc` text (null: not one of ours). */
export function actionOf(cells: readonly string[]): LogAction | null {
  const found = (Object.keys(LOG_ACTIONS) as LogAction[]).find((a) => LOG_ACTIONS[a] === cells[2]);
  return found ?? null;
}
