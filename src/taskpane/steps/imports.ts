/**
 * Step 2 — import registrations (an .xlsx or .csv file, or in Excel the active sheet) and members'
 * score sheets: file picker → preview of what changes → confirm → one write.
 */
import { formatDay } from "../../core/day";
import { render } from "../../core/i18n";
import {
  planRegistrationImport,
  type ImportRejection,
  type RegistrationPlan,
} from "../../core/import/registrations";
import { planScoreImport, type ScoreImportPlan } from "../../core/import/scores";
import type { CouncilInput } from "../../core/model";
import { readContract } from "../../core/read/contract";
import type { GridSheet } from "../../core/read/grid";
import type { ImportedWorkbook } from "../../workbook/port";
import { h, replace } from "../dom";
import { fileBytes, setStatus, type PaneContext } from "../context";

const LISTED = 30;

function rejectionList(app: PaneContext, rejected: ImportRejection[]): HTMLElement | null {
  if (rejected.length === 0) return null;
  const items = rejected.slice(0, LISTED).map((r) => {
    const where = [
      r.sheet,
      r.row !== null ? `${app.t("col.row")} ${r.row}` : null,
      r.column,
      r.value ? `'${r.value}'` : null,
    ]
      .filter(Boolean)
      .join(", ");
    return h(
      "li",
      { class: "rejected" },
      h("span", { class: "badge badge-error" }, app.t("ui.import.rejected")),
      ` ${where}: ${render(app.lang, r.message)}`,
    );
  });
  if (rejected.length > LISTED)
    items.push(h("li", {}, app.t("cli.more", { count: rejected.length - LISTED }).trim()));
  return h("ul", { class: "preview-list" }, ...items);
}

function registrationPreview(app: PaneContext, plan: RegistrationPlan): HTMLElement {
  const adds = plan.adds.slice(0, LISTED).map((a) =>
    h(
      "li",
      {},
      app.t("imp.previewAdd", {
        unit: `${a.unit.code} (${a.unit.name})`,
        awards: a.award,
        date: formatDay(a.date),
      }),
    ),
  );
  const updates = plan.updates.map((u) =>
    h(
      "li",
      {},
      app.t("imp.previewUpdate", {
        row: u.targetRow,
        unit: `${u.unit.code} (${u.unit.name})`,
        awards: u.awards.join(", "),
        previous: formatDay(u.previous),
        date: formatDay(u.date),
      }),
    ),
  );
  return h(
    "div",
    { class: "preview" },
    h(
      "p",
      { class: "preview-summary" },
      app.t("imp.summary", {
        added: plan.adds.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
        rejected: plan.rejected.length,
      }),
    ),
    adds.length + updates.length > 0 ? h("ul", { class: "preview-list" }, ...adds, ...updates) : null,
    rejectionList(app, plan.rejected),
  );
}

function scorePreview(app: PaneContext, plan: ScoreImportPlan): HTMLElement {
  const none = app.t("imp.none");
  const items = plan.sheets.map((s) => {
    const sheet = s.targetSheet ?? s.sourceSheet;
    if (s.kind === "add") return h("li", {}, app.t("imp.sheetAdded", { sheet, units: s.unitsAdded.length }));
    if (s.kind === "unchanged") return h("li", {}, app.t("imp.sheetUnchanged", { sheet }));
    return h(
      "li",
      {},
      app.t("imp.sheetReplaced", {
        sheet,
        updated: s.cells.updated,
        added: s.cells.added,
        cleared: s.cells.cleared,
        unitsAdded: s.unitsAdded.join(", ") || none,
        unitsMissing: s.unitsMissing.join(", ") || none,
      }),
    );
  });
  return h(
    "div",
    { class: "preview" },
    h("ul", { class: "preview-list" }, ...items),
    rejectionList(app, [...plan.rejected, ...plan.sheets.flatMap((s) => s.problems)]),
  );
}

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

export function mountImports(root: HTMLElement, app: PaneContext): void {
  // Registrations
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
  const regPreview = h("div", { "aria-live": "polite" });
  const regStatus = h("p", { role: "status" });
  const regConfirm = h(
    "button",
    { type: "button", class: "primary", id: "import-registrations-confirm", hidden: true },
    app.t("ui.import.confirm"),
  );
  const regCancel = h("button", { type: "button", class: "secondary", hidden: true }, app.t("ui.cancel"));

  // Score sheets
  const scores = filePicker("import-scores-file", app.t("ui.import.scores"), ".xlsx");
  const scorePreviewBox = h("div", { "aria-live": "polite" });
  const scoreStatus = h("p", { role: "status" });
  const scoreConfirm = h(
    "button",
    { type: "button", class: "primary", id: "import-scores-confirm", hidden: true },
    app.t("ui.import.confirm"),
  );
  const scoreCancel = h("button", { type: "button", class: "secondary", hidden: true }, app.t("ui.cancel"));

  replace(
    root,
    h("h3", {}, app.t("ui.import.registrationsHeading")),
    registrations.wrapper,
    h("div", { class: "actions" }, fromSheet),
    regPreview,
    h("div", { class: "actions" }, regConfirm, regCancel),
    regStatus,
    h("h3", {}, app.t("ui.import.scoresHeading")),
    scores.wrapper,
    scorePreviewBox,
    h("div", { class: "actions" }, scoreConfirm, scoreCancel),
    scoreStatus,
  );

  let pending: { input: CouncilInput; plan: RegistrationPlan } | null = null;
  const resetRegistrations = () => {
    pending = null;
    regConfirm.hidden = true;
    regCancel.hidden = true;
    replace(regPreview);
    registrations.input.value = "";
  };
  const previewRegistrations = async (source: GridSheet) => {
    const port = app.port;
    if (!port) return setStatus(regStatus, "error", app.t("ui.needFile"));
    // only what a registration import needs: the units, the awards and the registrations
    const input = readContract(await port.readGrid({ sheets: ["units", "awards", "registrations"] }));
    const plan = planRegistrationImport(input, source);
    replace(regPreview, registrationPreview(app, plan));
    const changes = plan.adds.length + plan.updates.length > 0;
    pending = changes && !plan.fatal ? { input, plan } : null;
    regConfirm.hidden = !pending;
    regCancel.hidden = false;
    setStatus(
      regStatus,
      plan.fatal ? "error" : "info",
      app.t(plan.fatal ? "ui.import.cannot" : changes ? "ui.import.review" : "imp.nothingToWrite"),
    );
  };

  registrations.input.addEventListener("change", () =>
    app.busy(regStatus, async () => {
      const file = registrations.input.files?.[0];
      if (!file) return;
      const mode = await app.fileMode();
      const source = await mode.readRegistrationFile(await fileBytes(file), file.name);
      if ("error" in source) {
        resetRegistrations();
        return setStatus(regStatus, "error", render(app.lang, source.error));
      }
      await previewRegistrations(source.sheet);
    }),
  );
  fromSheet.addEventListener("click", () =>
    app.busy(regStatus, async () => {
      const port = app.port;
      if (!port || !port.activeSheet) return;
      await previewRegistrations(await port.activeSheet());
    }),
  );
  regConfirm.addEventListener("click", () =>
    app.busy(regStatus, async () => {
      if (!pending || !app.port) return;
      const { input, plan } = pending;
      await app.port.applyRegistrations(input, plan, app.lang);
      resetRegistrations();
      setStatus(
        regStatus,
        "success",
        app.t("ui.import.done", {
          summary: app.t("imp.summary", {
            added: plan.adds.length,
            updated: plan.updates.length,
            unchanged: plan.unchanged,
            rejected: plan.rejected.length,
          }),
        }),
      );
      app.changed();
    }),
  );
  regCancel.addEventListener("click", () => {
    resetRegistrations();
    setStatus(regStatus, "info", app.t("ui.import.cancelled"));
  });

  let pendingScores: { plan: ScoreImportPlan; source: ImportedWorkbook } | null = null;
  const resetScores = () => {
    pendingScores = null;
    scoreConfirm.hidden = true;
    scoreCancel.hidden = true;
    replace(scorePreviewBox);
    scores.input.value = "";
  };
  scores.input.addEventListener("change", () =>
    app.busy(scoreStatus, async () => {
      const file = scores.input.files?.[0];
      const port = app.port;
      if (!file) return;
      if (!port) return setStatus(scoreStatus, "error", app.t("ui.needFile"));
      const mode = await app.fileMode();
      const source = await mode.readMemberFile(await fileBytes(file), file.name);
      const council = readContract(await port.readGrid({ sheets: ["units", "criteria", "scores"] }));
      const plan = planScoreImport(council, source.input, file.name);
      replace(scorePreviewBox, scorePreview(app, plan));
      const changes = plan.rejected.length === 0 && plan.sheets.some((s) => s.kind !== "unchanged");
      pendingScores = changes ? { plan, source } : null;
      scoreConfirm.hidden = !changes;
      scoreCancel.hidden = false;
      setStatus(
        scoreStatus,
        plan.rejected.length > 0 ? "error" : "info",
        app.t(
          plan.rejected.length > 0 ? "ui.import.cannot" : changes ? "ui.import.review" : "imp.nothingToWrite",
        ),
      );
    }),
  );
  scoreConfirm.addEventListener("click", () =>
    app.busy(scoreStatus, async () => {
      if (!pendingScores || !app.port) return;
      await app.port.applyScoreSheets(pendingScores.plan, pendingScores.source);
      const sheets = pendingScores.plan.sheets.map((s) => s.targetSheet ?? s.sourceSheet).join(", ");
      resetScores();
      setStatus(scoreStatus, "success", app.t("ui.import.scoresDone", { sheets }));
      app.changed();
    }),
  );
  scoreCancel.addEventListener("click", () => {
    resetScores();
    setStatus(scoreStatus, "info", app.t("ui.import.cancelled"));
  });
}
