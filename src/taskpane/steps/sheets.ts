/**
 * Step 3 — generate score sheets (../../jobs/score-sheets.ts, the same job as `thidua
 * score-sheets`): one protected sheet per council member, units × criteria, validation 0..max, a
 * totals column, only the score and recusal cells unlocked.
 */
import { generateScoreSheets } from "../../jobs/score-sheets";
import { h, replace } from "../dom";
import { setStatus, type PaneContext } from "../context";
import { showReport } from "../report";

export function mountSheets(root: HTMLElement, app: PaneContext): void {
  const members = h("textarea", { id: "members", rows: 4, spellcheck: "false" });
  const password = h("input", { id: "sheet-password", type: "password", autocomplete: "new-password" });
  const create = h(
    "button",
    { type: "button", class: "primary", id: "create-sheets" },
    app.t("ui.sheets.create"),
  );
  const status = h("p", { role: "status" });
  const details = h("div");
  const form = h(
    "form",
    { onsubmit: (event: Event) => event.preventDefault() },
    h("div", { class: "field" }, h("label", { for: "members" }, app.t("ui.sheets.members")), members),
    h(
      "div",
      { class: "field" },
      h("label", { for: "sheet-password" }, app.t("ui.sheets.password")),
      password,
    ),
    h("div", { class: "actions" }, create),
  );
  replace(root, form, status, details);

  create.addEventListener("click", () =>
    app.busy(status, async () => {
      const port = app.port;
      if (!port) return setStatus(status, "error", app.t("ui.needFile"));
      const outcome = await generateScoreSheets(port, {
        members: members.value.split(/\n/),
        password: password.value,
        lang: app.lang,
        by: app.by(),
      });
      showReport(status, details, outcome.report, app.lang);
      if (outcome.created.length > 0) app.changed();
    }),
  );
}
