/**
 * Step 3 — generate score sheets: one sheet per council member, units × criteria, validation
 * 0..max per criterion, a totals column, input cells unlocked and the rest protected.
 */
import { readContract, sheetIdOf } from "../../core/read/contract";
import { normalise } from "../../core/text";
import { scoreSheetTemplate } from "../../workbook/template";
import { h, replace } from "../dom";
import { setStatus, type PaneContext } from "../context";

export function mountSheets(root: HTMLElement, app: PaneContext): void {
  const members = h("textarea", { id: "members", rows: 4, spellcheck: "false" });
  const password = h("input", { id: "sheet-password", type: "password", autocomplete: "new-password" });
  const create = h(
    "button",
    { type: "button", class: "primary", id: "create-sheets" },
    app.t("ui.sheets.create"),
  );
  const status = h("p", { role: "status" });
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
  replace(root, form, status);

  create.addEventListener("click", () =>
    app.busy(status, async () => {
      const port = app.port;
      if (!port) return setStatus(status, "error", app.t("ui.needFile"));
      const names = [
        ...new Set(
          members.value
            .split(/\n/)
            .map((n) => n.trim())
            .filter((n) => n !== ""),
        ),
      ];
      if (names.length === 0) return setStatus(status, "error", app.t("ui.sheets.needMembers"));
      const grid = await port.readGrid({ sheets: ["units", "criteria", "scores"] });
      const input = readContract(grid);
      if (!input.units || !input.criteria) return setStatus(status, "error", app.t("ui.sheets.needSetup"));
      const existing = new Set(grid.sheets.map((s) => normalise(s.name)));
      const sheets = names.map((name) => scoreSheetTemplate(input, name, "vi"));
      const fresh = sheets.filter((s) => !existing.has(normalise(s.name)) && sheetIdOf(s.name) === "scores");
      const skipped = sheets.filter((s) => !fresh.includes(s)).map((s) => s.name);
      if (fresh.length > 0) await port.addSheets(fresh, password.value);
      const parts = [
        fresh.length > 0
          ? app.t("ui.sheets.created", { count: fresh.length, sheets: fresh.map((s) => s.name).join(", ") })
          : null,
      ];
      if (skipped.length > 0) parts.push(app.t("ui.sheets.skipped", { sheets: skipped.join(", ") }));
      setStatus(status, fresh.length > 0 ? "success" : "info", parts.filter(Boolean).join(" "));
      if (fresh.length > 0) app.changed();
    }),
  );
}
