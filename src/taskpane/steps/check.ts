/**
 * Step 1 — check the workbook (../../jobs/check.ts): which input sheets are there, what is missing or
 * wrong (the engine's own checks, nothing written), and a button that adds the missing input sheets.
 */
import { SHEETS, type SheetId } from "../../core/contract/sheets";
import { addMissingSheets, checkWorkbook } from "../../jobs/check";
import { render } from "../../i18n";
import { h, replace } from "../dom";
import { setStatus, type PaneContext } from "../context";

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

  const label = (id: SheetId) => (id === "scores" ? `${SHEETS.scores.vi} - …` : SHEETS[id].vi);
  const check = () =>
    app.busy(status, async () => {
      const port = app.port;
      if (!port) return setStatus(status, "error", app.t("ui.needFile"));
      const outcome = await checkWorkbook(port);
      app.showIssues(outcome.result.issues, outcome.issues);
      replace(
        sheets,
        ...outcome.sheets.map((sheet) =>
          h(
            "li",
            { class: sheet.name !== null ? "present" : sheet.required ? "missing" : "absent" },
            app.t(
              sheet.name !== null
                ? "ui.check.present"
                : sheet.required
                  ? "ui.check.missing"
                  : "ui.check.optional",
              { sheet: label(sheet.id) },
            ),
          ),
        ),
      );
      add.hidden = outcome.addable.length === 0;
      setStatus(status, outcome.report.tone, render(app.lang, outcome.report.headline));
    });

  run.addEventListener("click", check);
  add.addEventListener("click", () =>
    app.busy(status, async () => {
      const port = app.port;
      if (!port) return;
      const { report } = await addMissingSheets(port, {
        lang: app.lang,
        year: new Date().getFullYear(),
        by: app.by(),
      });
      setStatus(status, report.tone, render(app.lang, report.headline));
      app.changed();
      await check();
    }),
  );
}
