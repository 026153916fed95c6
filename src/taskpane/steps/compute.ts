/**
 * Step 4 — compute results (../../jobs/compute.ts, the same job as the command line's `run`): a
 * progress bar (read, compute, write) and a cancel button; then the job's summary, and a small chart
 * of each bloc's totals.
 */
import type { CouncilResult } from "../../core/result/evaluate";
import { compute, type ComputeStage } from "../../jobs/compute";
import { CancelledError } from "../../workbook/port";
import { h, nextFrame, replace, svg } from "../dom";
import { setStatus, type PaneContext } from "../context";
import { lineText, type Report } from "../../jobs/report";
import { render } from "../../i18n";

const STAGE_KEYS = { read: "ui.stage.read", compute: "ui.stage.compute", write: "ui.stage.write" } as const;

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
      let shown: ComputeStage | null = null;
      try {
        const outcome = await compute(port, {
          lang: app.lang,
          by: app.by(),
          signal,
          onProgress: (at, fraction) => {
            progress.value = fraction;
            if (at === shown) return;
            shown = at;
            stage.textContent = app.t(STAGE_KEYS[at]);
            return nextFrame(); // lets the browser paint before a long step
          },
        });
        app.result = outcome.result;
        app.showIssues(outcome.result.issues, outcome.issues);
        if (!outcome.written) {
          // an unfinished workbook: the next thing to fill in, not "structural error"
          if (outcome.next) setStatus(status, "info", render(app.lang, outcome.next));
          else setStatus(status, "error", app.t("ui.compute.structural"));
          replace(summary);
          return;
        }
        progress.value = 1;
        if (outcome.next) setStatus(status, "info", render(app.lang, outcome.next));
        else setStatus(status, "success", app.t("ui.compute.done"));
        renderSummary(summary, outcome.result, outcome.report, app);
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

/**
 * The job's summary, in the command line's words (its errors and warnings are in the issues list
 * below), and a chart of each bloc's best totals.
 */
export function renderSummary(
  container: HTMLElement,
  result: CouncilResult,
  report: Report,
  app: PaneContext,
): void {
  const parts: HTMLElement[] = [];
  let list: HTMLElement | null = null;
  for (const line of report.lines) {
    if (line.kind === "issue" || line.kind === "more") continue;
    if (line.kind === "heading") {
      if (line.msg.key === "job.errors" || line.msg.key === "job.warnings") continue;
      parts.push(h("h3", {}, lineText(app.lang, line)));
      list = null;
      continue;
    }
    if (!list) {
      list = h("ul", { class: "summary-lines" });
      parts.push(list);
    }
    list.appendChild(h("li", {}, lineText(app.lang, line)));
  }
  const charts = result.blocs.map((bloc) =>
    h(
      "li",
      {},
      h("strong", {}, bloc),
      chart(
        result.units.filter((u) => u.bloc === bloc && u.total !== null),
        app,
        bloc,
      ),
    ),
  );
  replace(
    container,
    ...parts,
    h("h3", {}, app.t("ui.summary.totals")),
    h("ul", { class: "blocs" }, ...charts),
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
