/**
 * The task pane: in Excel it works on the open workbook through Office.js; in a plain browser
 * (host null) it offers "Mở tệp Excel" and works on that file in memory with exceljs, which is
 * loaded only then. The same five steps either way.
 */
import "./taskpane.css";
import { NoteError, chooseLanguage, message, note, type Key, type Lang, type Params } from "../i18n";
import { failureText, readFailureReason } from "../i18n/failures";
import type { Issue } from "../core/issues";
import type { IssueGroup } from "../jobs/next-step";
import { toJson } from "../core/result/json";
import { OfficePort, type ExcelRun } from "../workbook/office/port";
import { notKeptLines } from "../workbook/exceljs/not-kept";
import type { SavedWorkbook } from "../workbook/exceljs/preserve";
import type { WorkbookPort } from "../workbook/port";
import { setStatus, fileBytes, type FileMode, type PaneContext } from "./context";
import { download } from "./dom";
import { detectHost, parseHostInfo, type Boot, type Host, type OfficeLike } from "./host";
import { mountAwards } from "./steps/awards";
import { mountBy } from "./by";
import { mountCheck } from "./steps/check";
import { mountCompute } from "./steps/compute";
import { renderIssues } from "./steps/issues";
import { mountImports } from "./steps/imports";
import { mountSheets } from "./steps/sheets";

declare const APP_VERSION: string;

/** After this long without an answer from Office, the status line says the pane is still waiting. */
const OFFICE_PATIENCE_NOTE_MS = 15_000;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element as T;
}

function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = message(lang, "app.name");
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    // textContent, never innerHTML: catalogue strings and data are text.
    element.textContent = message(lang, element.dataset.i18n as Key);
  }
  const other: Lang = lang === "vi" ? "en" : "vi";
  const switcher = document.getElementById("lang-switch") as HTMLAnchorElement | null;
  if (switcher) {
    const url = new URL(window.location.href);
    url.searchParams.set("lang", other);
    switcher.href = url.search;
    switcher.lang = other;
  }
  const version = document.getElementById("version");
  if (version) version.textContent = message(lang, "footer.version", { version: APP_VERSION });
}

function showHost(lang: Lang, key: Key, kind: "info" | "error" = "info"): void {
  const status = byId("host-status");
  status.dataset.i18n = key;
  status.textContent = message(lang, key);
  status.classList.toggle("status-error", kind === "error");
}

const officeRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

function isSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

class TaskPane implements PaneContext {
  port: WorkbookPort | null = null;
  result: PaneContext["result"] = null;
  fileName = "so-tinh.xlsx";
  private listeners: (() => void)[] = [];
  private fileModule: Promise<FileMode> | null = null;
  byField: { current: () => string } | null = null;

  constructor(
    readonly lang: Lang,
    readonly mode: "excel" | "file",
  ) {}

  t(key: Key, params?: Params): string {
    return message(this.lang, key, params);
  }

  by(): string {
    return this.byField?.current() ?? "";
  }

  fileMode(): Promise<FileMode> {
    this.fileModule ??= import(/* webpackChunkName: "file-mode" */ "./file-mode");
    return this.fileModule;
  }

  showIssues(issues: Issue[], groups?: IssueGroup[]): void {
    const port = this.port;
    const select =
      port && port.mode === "excel"
        ? (issue: Issue) => void port.select(issue.sheet, issue.row, issue.col)
        : null;
    renderIssues(byId("issues"), issues, this.lang, select, groups);
  }

  async busy(status: HTMLElement, task: () => Promise<void>): Promise<void> {
    const buttons = [
      ...document.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
        "main button, main input[type=file]",
      ),
    ].filter((b) => !b.disabled && b.dataset.keepEnabled !== "true");
    for (const button of buttons) button.disabled = true;
    byId("app").setAttribute("aria-busy", "true");
    try {
      await task();
    } catch (error) {
      console.warn(error);
      // the catalogue's words only: a library's English text never reaches the pane
      setStatus(status, "error", failureText(this.lang, error));
    } finally {
      for (const button of buttons) button.disabled = false;
      byId("app").setAttribute("aria-busy", "false");
    }
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    byId("download").hidden = this.mode !== "file" || this.port === null;
    for (const listener of this.listeners) listener();
  }

  /** Downloads the result files; says what the result workbook could not keep of the input. */
  async downloadResults(): Promise<void> {
    const port = this.port as (WorkbookPort & { saveKeeping?: () => Promise<SavedWorkbook> }) | null;
    if (!port?.saveKeeping) return;
    const saved = await port.saveKeeping();
    const base = this.fileName.replace(/\.xlsx$/i, "");
    download(
      saved.data,
      `${base}.ket-qua.xlsx`,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    if (this.result)
      download(
        JSON.stringify(toJson(this.result, this.lang), null, 2) + "\n",
        `${base}.ket-qua.json`,
        "application/json",
      );
    const notKept = notKeptLines(this.lang, saved.notKept);
    if (notKept.length > 0) setStatus(byId("file-status"), "info", notKept.join(" · "));
  }
}

function mountFileBar(pane: TaskPane): void {
  const bar = byId("file-bar");
  bar.hidden = false;
  const input = byId<HTMLInputElement>("open-file");
  const status = byId("file-status");
  input.addEventListener("change", () => (byId("open-file-name").textContent = input.files?.[0]?.name ?? ""));
  const opened = (name: string) => {
    pane.fileName = name;
    pane.result = null;
    setStatus(status, "success", pane.t("ui.opened", { file: name }));
    pane.changed();
  };
  input.addEventListener("change", () =>
    pane.busy(status, async () => {
      const file = input.files?.[0];
      if (!file) return;
      const mode = await pane.fileMode();
      try {
        pane.port = await mode.openWorkbookFile(await fileBytes(file));
      } catch (error) {
        pane.port = null;
        // the loader's refusal (what the file is, what to do) in the pane's language
        if (error instanceof NoteError)
          throw new NoteError(note("file.cannotRead", { file: file.name, reason: { msg: error.msg } }));
        throw new NoteError(
          note("file.notXlsx", { file: file.name, reason: { msg: readFailureReason(error) } }),
        );
      }
      opened(file.name);
    }),
  );
  byId("try-sample").addEventListener("click", () =>
    pane.busy(status, async () => {
      const mode = await pane.fileMode();
      pane.port = mode.samplePort(pane.lang);
      opened("mau-lai-chau-2023.xlsx");
    }),
  );
  byId("download").addEventListener("click", () => pane.busy(status, () => pane.downloadResults()));
}

async function start(): Promise<void> {
  const boot = (window as { ThiDuaBoot?: Boot }).ThiDuaBoot;
  if (boot && !boot.supported) return; // boot.js shows why, in Vietnamese and English
  const explicit = new URLSearchParams(window.location.search).get("lang");
  const hostLocale = boot?.hostInfo ? parseHostInfo(boot.hostInfo).locale : null;
  // Show the page at once in the URL's language (or Office's, from its host information).
  let lang = chooseLanguage(explicit, hostLocale);
  applyLanguage(lang);
  document.body.dataset.host = boot?.hosted ? "excel" : "browser";
  let patience: ReturnType<typeof setTimeout> | undefined;
  if (boot?.hosted) {
    showHost(lang, "host.connecting");
    // only a note: the pane keeps waiting for Excel however long it takes
    patience = setTimeout(() => showHost(lang, "host.waiting"), OFFICE_PATIENCE_NOTE_MS);
  }
  const host: Host = await detectHost(boot, () => (globalThis as { Office?: OfficeLike }).Office);
  clearTimeout(patience);
  if (host.kind === "unsupported") return;
  if (host.kind === "officeFailed" || host.kind === "otherHost") {
    showHost(lang, host.kind === "officeFailed" ? "host.officeFailed" : "host.otherHost", "error");
    byId("app").setAttribute("aria-busy", "false");
    byId("steps").hidden = true;
    for (const field of document.querySelectorAll<HTMLElement>(".by-field")) field.hidden = true;
    return;
  }
  const inExcel = host.kind === "excel";
  if (inExcel) {
    lang = chooseLanguage(explicit, host.displayLanguage ?? hostLocale);
    applyLanguage(lang);
  }
  document.body.dataset.host = inExcel ? "excel" : "browser";
  showHost(lang, inExcel ? "host.excel" : "host.browser");

  const pane = new TaskPane(lang, inExcel ? "excel" : "file");
  if (inExcel) pane.port = new OfficePort(officeRun, isSetSupported);
  else mountFileBar(pane);
  pane.byField = mountBy(byId<HTMLInputElement>("by-name"));

  mountCheck(byId("step-check"), pane);
  mountImports(byId("step-import"), pane);
  mountSheets(byId("step-sheets"), pane);
  mountCompute(byId("step-compute"), pane);
  const awards = mountAwards(byId("step-awards"), pane);
  pane.onChange(() => awards.refresh());
  byId("app").setAttribute("aria-busy", "false");
}

void start();
