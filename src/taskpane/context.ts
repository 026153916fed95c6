/** What every step of the task pane shares: the language, the workbook port, the last result. */
import type { CouncilResult } from "../core/result/evaluate";
import type { Key, Lang, Params } from "../i18n";
import type { Issue } from "../core/issues";
import type { IssueGroup } from "../jobs/next-step";
import type { WorkbookPort } from "../workbook/port";

export type FileMode = typeof import("./file-mode");

export interface PaneContext {
  readonly lang: Lang;
  readonly mode: "excel" | "file";
  /** The workbook; null in file mode until a file is opened. */
  port: WorkbookPort | null;
  result: CouncilResult | null;
  t(key: Key, params?: Params): string;
  /** `Người thực hiện` for the log (§11.4): the pane's name field, "" when empty. */
  by(): string;
  /** Shows errors and warnings in the shared list (clicking one selects its cell in Excel). */
  showIssues(issues: Issue[], groups?: IssueGroup[]): void;
  /** Runs a task with every action button disabled; failures are shown, never thrown. */
  busy(status: HTMLElement, task: () => Promise<void>): Promise<void>;
  /** The lazily loaded exceljs/papaparse part. */
  fileMode(): Promise<FileMode>;
  /** Tells the other steps the workbook or its results changed. */
  changed(): void;
  /** File mode: downloads the result workbook and the JSON of the last result. */
  downloadResults(): Promise<void>;
}

/** A status line under an action: info, success or error, read out by screen readers. */
export function setStatus(element: HTMLElement, kind: "info" | "success" | "error", text: string): void {
  element.className = `status status-${kind}`;
  element.textContent = text;
}

/** The bytes of a file the user picked. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
