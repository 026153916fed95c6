/**
 * Step 4 — compute results: read the workbook, compute, write `Kết quả`, `Khen thưởng` and
 * `Kiểm tra`, with a progress bar (read, compute, write) and a cancel button; then a summary:
 * units per status, awards per bloc, ties at cut-offs and a small chart of each bloc's totals.
 */
import { evaluate, type CouncilResult } from "../../core/evaluate";
import { readContract } from "../../core/read/contract";
import { outputSheets } from "../../workbook/layout";
import { CancelledError } from "../../workbook/office-workbook";
import { h, nextFrame, replace, svg } from "../dom";
import { setStatus, type PaneContext } from "../context";

export function mountCompute(root: HTMLElement, app: PaneContext): void {
  const run = h("button", { type: "button", class: "primary", id: "compute" }, app.t("ui.compute.run"));
  const cancel = h(
    "button",
    { type: "button", class: "secondary", hidden: true, "data-keep-enabled": "true" },
    app.t("ui.cancel"),
  );
  const progress = h("progress", {
    max: 1,
    value: 0,
    hidden: true,
    "aria-label": app.t("ui.compute.progress"),
  });
  const stage = h("p", { class: "muted", "aria-live": "polite" });
  const status = h("p", { role: "status" });
  const summary = h("div", { class: "summary" });
  replace(root, h("div", { class: "actions" }, run, cancel), progress, stage, status, summary);

  let signal = { cancelled: false };
  cancel.addEventListener("click", () => {
    signal.cancelled = true;
    cancel.disabled = true;
  });

  run.addEventListener("click", () =>
    app.busy(status, async () => {
      const port = app.port;
      if (!port) {
        setStatus(status, "error", app.t("ui.needFile"));
        return;
      }
      signal = { cancelled: false };
      cancel.hidden = false;
      cancel.disabled = false;
      progress.hidden = false;
      const show = (key: "ui.stage.read" | "ui.stage.compute" | "ui.stage.write", value: number) => {
        stage.textContent = app.t(key);
        progress.value = value;
      };
      try {
        show("ui.stage.read", 0);
        const grid = await port.readGrid({ signal, onProgress: (_s, f) => (progress.value = f * 0.3) });
        if (signal.cancelled) throw new CancelledError();
        show("ui.stage.compute", 0.3);
        await nextFrame();
        const result = evaluate(readContract(grid));
        app.result = result;
        app.showIssues(result.issues);
        if (!result.ok) {
          setStatus(status, "error", app.t("ui.compute.structural"));
          replace(summary);
          return;
        }
        show("ui.stage.write", 0.5);
        await nextFrame();
        await port.writeOutputs(outputSheets(result, app.lang), {
          signal,
          onProgress: (_s, f) => (progress.value = 0.5 + f * 0.5),
        });
        if (signal.cancelled) throw new CancelledError();
        progress.value = 1;
        setStatus(status, "success", app.t("ui.compute.done"));
        renderSummary(summary, result, app);
        app.changed();
      } catch (error) {
        if (error instanceof CancelledError) setStatus(status, "info", app.t("ui.compute.cancelled"));
        else throw error;
      } finally {
        cancel.hidden = true;
        progress.hidden = true;
        stage.textContent = "";
      }
    }),
  );
}

export function renderSummary(container: HTMLElement, result: CouncilResult, app: PaneContext): void {
  const count = (status: string) => result.units.filter((u) => u.status === status).length;
  const blocs = result.blocs.map((bloc) => {
    const units = result.units.filter((u) => u.bloc === bloc);
    const awards = result.awards
      .map((award) => [award.code, units.filter((u) => u.award === award.code).length] as const)
      .filter(([, n]) => n > 0)
      .map(([code, n]) => `${code}: ${n}`)
      .join(", ");
    return h(
      "li",
      {},
      h("strong", {}, bloc),
      h("span", { class: "muted" }, ` — ${awards || app.t("cli.noAward")}`),
      chart(
        units.filter((u) => u.total !== null),
        app,
        bloc,
      ),
    );
  });
  const ties = result.quotas.filter((q) => q.tie);
  replace(
    container,
    h(
      "p",
      {},
      app.t("cli.units", {
        ranked: count("ranked"),
        incomplete: count("incomplete"),
        invalid: count("invalid"),
      }),
    ),
    h("h3", {}, app.t("ui.summary.awards")),
    h("ul", { class: "blocs" }, ...blocs),
    ties.length > 0 ? h("h3", {}, app.t("cli.ties")) : null,
    ties.length > 0
      ? h(
          "ul",
          {},
          ...ties.map((q) =>
            h(
              "li",
              {},
              app.t("out.checks.tie", {
                award: q.award,
                group: q.group,
                limit: q.limit ?? 0,
                units: q.tied.join(", "),
              }),
            ),
          ),
        )
      : null,
  );
}

const CHART_UNITS = 12;

/** A small horizontal bar chart of a bloc's best totals (an SVG with a text alternative). */
function chart(units: CouncilResult["units"], app: PaneContext, bloc: string): Element {
  const shown = [...units].sort((a, b) => (b.total as number) - (a.total as number)).slice(0, CHART_UNITS);
  const max = Math.max(10_000, ...shown.map((u) => u.total as number));
  const rowHeight = 16;
  const height = shown.length * rowHeight + 4;
  const label = app.t("ui.summary.chartLabel", { bloc });
  const bars = shown.map((unit, i) => {
    const y = i * rowHeight + 2;
    const width = Math.max(0, ((unit.total as number) / max) * 100);
    return svg(
      "g",
      {},
      svg("text", { x: 0, y: y + 11, class: "chart-label" }, unit.code),
      svg("rect", {
        x: "22%",
        y,
        width: `${width * 0.6}%`,
        height: rowHeight - 5,
        rx: 2,
        class: unit.award ? "bar bar-award" : "bar",
      }),
      svg(
        "text",
        { x: "100%", y: y + 11, class: "chart-value", "text-anchor": "end" },
        String((unit.total as number) / 100),
      ),
    );
  });
  return h(
    "figure",
    { class: "chart" },
    svg("svg", { width: "100%", height, role: "img", "aria-label": label }, svg("title", {}, label), ...bars),
  );
}
