/**
 * WORKBOOK.md §11.4 — the `Nhật ký` row every writing job hands to the port with its write: when,
 * what, in which door, by whom, and the fingerprints (../core/log/fingerprints.ts). The adapter
 * chains it to the log's last row and appends it with the write (../workbook/*\/log.ts).
 */
import type { GridWorkbook } from "../core/contract/grid";
import type { CouncilInput } from "../core/contract/input";
import { readContract } from "../core/contract/reader";
import { isoTime, type LogAction, type LogEntry } from "../core/log/chain";
import { inputFingerprint } from "../core/log/fingerprints";
import type { WorkbookPort } from "../workbook/port";

/** Who runs a writing job, and the clock (tests set it). */
export interface LogOptions {
  /** `Người thực hiện`: the name given in the task pane or with `--by` (optional). */
  by?: string;
  now?: () => Date;
}

/** The most characters of a `Người thực hiện` kept. */
export const MAX_BY = 100;

/** A name as the log keeps it: one line, spaces collapsed, at most MAX_BY characters. */
export function byName(by: string | undefined): string {
  // control characters (a tab would blur the cells Mã joins) become spaces
  const text = [...(by ?? "")]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch === "\u007f" ? " " : ch))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return [...text].slice(0, MAX_BY).join("");
}

/**
 * The row recording `action`. `input` (or `grid`, every input sheet as the job read it): the
 * contract's input, read when not given; `result`: the result fingerprint of a compute.
 */
export async function logEntry(
  port: WorkbookPort,
  action: LogAction,
  options: LogOptions,
  known: { grid?: GridWorkbook; input?: CouncilInput; result?: string } = {},
): Promise<LogEntry> {
  const input = known.input ?? readContract(known.grid ?? (await port.readGrid()));
  return {
    time: isoTime((options.now ?? (() => new Date()))()),
    action,
    door: port.door,
    by: byName(options.by),
    input: inputFingerprint(input),
    result: known.result ?? "",
  };
}
