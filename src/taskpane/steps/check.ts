/**
 * Step 1 — check the workbook: which input sheets are there, what is missing or wrong (the engine's
 * own checks, nothing written), and a button that adds the missing input sheets from the template.
 */
import { evaluate } from "../../core/evaluate";
import { readContract, sheetIdOf } from "../../core/read/contract";
import { SHEETS, type SheetId } from "../../core/vocabulary";
import { templateSheets } from "../../workbook/template";
import { h, replace } from "../dom";
import { setStatus, type PaneContext } from "../context";

const REQUIRED: SheetId[] = ["units", "criteria", "scores", "registrations", "awards"];
const OPTIONAL: SheetId[] = [
  "selfScores",
  "reports",
  "deadlines",
  "classes",
  "votes",
  "settings",
  "proposals",
];
/** Added from the template when missing (Biểu quyết and Đề nghị change the computation by existing). */
const ADDABLE = new Set<SheetId>([
  "units",
  "criteria",
  "scores",
  "registrations",
  "awards",
  "reports",
  "deadlines",
  "classes",
  "settings",
]);

export function mountCheck(root: HTMLElement, app: PaneContext): void {
  const run = h("button", { type: "button", class: "primary", id: "check" }, app.t("ui.check.run"));
  const add = h(
    "button",
    { type: "button", class: "secondary", id: "add-missing", hidden: true },
    app.t("ui.check.addMissing"),
  );
  const status = h("p", { role: "status" });
  const sheets = h("ul", { class: "sheets" });
  replace(root, h("div", { class: "actions" }, run, add), status, sheets);
  let missing: SheetId[] = [];

  const check = () =>
    app.busy(status, async () => {
      const port = app.port;
      if (!port) return setStatus(status, "error", app.t("ui.needFile"));
      const grid = await port.readGrid();
      const present = new Set(
        grid.sheets.map((s) => sheetIdOf(s.name)).filter((id): id is SheetId => id !== null),
      );
      const input = readContract(grid);
      const result = evaluate(input);
      app.showIssues(result.issues);
      missing = [...REQUIRED, ...OPTIONAL].filter((id) => !present.has(id) && ADDABLE.has(id));
      const item = (id: SheetId, required: boolean) =>
        h(
          "li",
          { class: present.has(id) ? "present" : required ? "missing" : "absent" },
          app.t(present.has(id) ? "ui.check.present" : required ? "ui.check.missing" : "ui.check.optional", {
            sheet: id === "scores" ? `${SHEETS.scores.vi} - …` : SHEETS[id].vi,
          }),
        );
      replace(sheets, ...REQUIRED.map((id) => item(id, true)), ...OPTIONAL.map((id) => item(id, false)));
      add.hidden = missing.length === 0;
      const errors = result.issues.filter((i) => i.severity === "error").length;
      if (!result.ok) setStatus(status, "error", app.t("ui.check.structural", { errors }));
      else
        setStatus(
          status,
          errors > 0 ? "info" : "success",
          app.t("ui.check.done", { units: result.units.length, errors }),
        );
    });

  run.addEventListener("click", check);
  add.addEventListener("click", () =>
    app.busy(status, async () => {
      const port = app.port;
      if (!port || missing.length === 0) return;
      const year = new Date().getFullYear();
      const sheets = templateSheets({ lang: app.lang, sample: false, year }).filter((s) =>
        missing.includes(s.id),
      );
      // sheet names in Vietnamese whatever the language: the contract's names
      const named = sheets.map((s) => (s.id === "scores" ? s : { ...s, name: SHEETS[s.id].vi }));
      await port.addSheets(named);
      setStatus(status, "success", app.t("ui.check.added", { sheets: named.map((s) => s.name).join(", ") }));
      app.changed();
      await check();
    }),
  );
}
