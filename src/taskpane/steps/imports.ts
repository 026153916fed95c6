/**
 * Step 2 — import registrations (an .xlsx or .csv file, or in Excel the active sheet) and members'
 * score sheets (../../jobs/registrations.ts, ../../jobs/scores.ts — the command line's `import` and
 * `import-scores`): file picker → preview of what changes → confirm → one write.
 */
import type { GridSheet } from "../../core/contract/grid";
import { NoteError, note, render } from "../../i18n";
import { readFailureReason } from "../../i18n/failures";
import { applyRegistrations, planRegistrations, type PlannedRegistrations } from "../../jobs/registrations";
import { applyScores, planScores, type PlannedScores } from "../../jobs/scores";
import type { Report } from "../../jobs/report";
import { h, replace } from "../dom";
import { fileBytes, setStatus, type PaneContext } from "../context";
import { showReport, showStatus } from "../report";

/** A file picker: the file input, labelled by a button-like label, with the chosen file's name beside it. */
function filePicker(
  id: string,
  label: string,
  accept: string,
): { wrapper: HTMLElement; input: HTMLInputElement } {
  // the input stays focusable for the keyboard; its label is the visible button
  const input = h("input", { type: "file", id, accept, class: "visually-hidden" });
  const name = h("span", { class: "file-name" });
  input.addEventListener("change", () => (name.textContent = input.files?.[0]?.name ?? ""));
  const wrapper = h(
    "div",
    { class: "file-picker" },
    input,
    h("label", { for: id, class: "button secondary" }, label),
    name,
  );
  return { wrapper, input };
}

/** The preview of an import: its summary line, then what changes and what is rejected. */
function preview(box: HTMLElement, report: Report, app: PaneContext): void {
  const summary = h("p", { class: "preview-summary" });
  const list = h("div");
  replace(box, h("div", { class: "preview" }, summary, list));
  showReport(summary, list, { ...report, tone: "info" }, app.lang);
  summary.className = "preview-summary";
}

interface ImportUi {
  box: HTMLElement;
  status: HTMLElement;
  confirm: HTMLButtonElement;
  cancel: HTMLButtonElement;
}

function importUi(confirmId: string, app: PaneContext): ImportUi {
  return {
    box: h("div", { "aria-live": "polite" }),
    status: h("p", { role: "status" }),
    confirm: h(
      "button",
      { type: "button", class: "primary", id: confirmId, hidden: true },
      app.t("ui.import.confirm"),
    ),
    cancel: h("button", { type: "button", class: "secondary", hidden: true }, app.t("ui.cancel")),
  };
}

export function mountImports(root: HTMLElement, app: PaneContext): void {
  const registrations = filePicker(
    "import-registrations-file",
    app.t("ui.import.registrations"),
    ".xlsx,.csv,.txt",
  );
  const fromSheet = h(
    "button",
    { type: "button", class: "secondary", id: "import-from-sheet", hidden: app.mode !== "excel" },
    app.t("ui.import.fromSheet"),
  );
  const reg = importUi("import-registrations-confirm", app);
  const scores = filePicker("import-scores-file", app.t("ui.import.scores"), ".xlsx");
  const sco = importUi("import-scores-confirm", app);

  replace(
    root,
    h("h3", {}, app.t("ui.import.registrationsHeading")),
    registrations.wrapper,
    h("div", { class: "actions" }, fromSheet),
    reg.box,
    h("div", { class: "actions" }, reg.confirm, reg.cancel),
    reg.status,
    h("h3", {}, app.t("ui.import.scoresHeading")),
    scores.wrapper,
    sco.box,
    h("div", { class: "actions" }, sco.confirm, sco.cancel),
    sco.status,
  );

  const reset = (ui: ImportUi, input: HTMLInputElement) => {
    ui.confirm.hidden = true;
    ui.cancel.hidden = true;
    replace(ui.box);
    input.value = "";
  };
  const offer = (ui: ImportUi, report: Report, writable: boolean, fatal: boolean) => {
    preview(ui.box, report, app);
    ui.confirm.hidden = !writable;
    ui.cancel.hidden = false;
    setStatus(
      ui.status,
      fatal ? "error" : "info",
      app.t(fatal ? "ui.import.cannot" : writable ? "ui.import.review" : "imp.nothingToWrite"),
    );
  };

  // Registrations
  let pending: PlannedRegistrations | null = null;
  const previewRegistrations = async (source: GridSheet) => {
    const port = app.port;
    if (!port) return setStatus(reg.status, "error", app.t("ui.needFile"));
    const planned = await planRegistrations(port, source, app.lang);
    pending = planned.writable ? planned : null;
    offer(reg, planned.report, planned.writable, planned.plan.fatal);
  };
  registrations.input.addEventListener("change", () =>
    app.busy(reg.status, async () => {
      const file = registrations.input.files?.[0];
      if (!file) return;
      const mode = await app.fileMode();
      const source = await mode.readRegistrationFile(await fileBytes(file), file.name);
      if ("error" in source) {
        pending = null;
        reset(reg, registrations.input);
        return setStatus(reg.status, "error", render(app.lang, source.error));
      }
      await previewRegistrations(source.sheet);
    }),
  );
  fromSheet.addEventListener("click", () =>
    app.busy(reg.status, async () => {
      const port = app.port;
      if (!port || !port.activeSheet) return;
      await previewRegistrations(await port.activeSheet());
    }),
  );
  reg.confirm.addEventListener("click", () =>
    app.busy(reg.status, async () => {
      if (!pending || !app.port) return;
      const report = await applyRegistrations(app.port, pending, { by: app.by() });
      pending = null;
      reset(reg, registrations.input);
      showStatus(reg.status, report, app.lang);
      app.changed();
    }),
  );
  reg.cancel.addEventListener("click", () => {
    pending = null;
    reset(reg, registrations.input);
    setStatus(reg.status, "info", app.t("ui.import.cancelled"));
  });

  // Members' score sheets
  let pendingScores: PlannedScores | null = null;
  scores.input.addEventListener("change", () =>
    app.busy(sco.status, async () => {
      const file = scores.input.files?.[0];
      const port = app.port;
      if (!file) return;
      if (!port) return setStatus(sco.status, "error", app.t("ui.needFile"));
      const mode = await app.fileMode();
      let source;
      try {
        source = await mode.readMemberFile(await fileBytes(file), file.name);
      } catch (error) {
        const reason = { msg: readFailureReason(error) };
        throw new NoteError(note("file.notXlsx", { file: file.name, reason }));
      }
      const planned = await planScores(port, [source]);
      pendingScores = planned.writable ? planned : null;
      offer(sco, planned.report, planned.writable, planned.plan.rejected.length > 0);
    }),
  );
  sco.confirm.addEventListener("click", () =>
    app.busy(sco.status, async () => {
      if (!pendingScores || !app.port) return;
      const report = await applyScores(app.port, pendingScores, { by: app.by() });
      pendingScores = null;
      reset(sco, scores.input);
      showStatus(sco.status, report, app.lang);
      app.changed();
    }),
  );
  sco.cancel.addEventListener("click", () => {
    pendingScores = null;
    reset(sco, scores.input);
    setStatus(sco.status, "info", app.t("ui.import.cancelled"));
  });
}
