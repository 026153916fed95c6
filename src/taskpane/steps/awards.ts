/**
 * Step 5 — check the council's proposals (a `Đề nghị` sheet puts the computation in check mode:
 * violations are listed) and open the award list for printing: in Excel the `Khen thưởng` sheet is
 * shown; in the browser the result workbook and the JSON are downloaded. The vote (§11.3): the
 * ballots (`Phiếu biểu quyết`) are printed with the results; one button adds their candidates to
 * `Biểu quyết` for the counts (../../jobs/ballots.ts, the command line's `thidua votes`).
 */
import { render } from "../../i18n";
import { SHEETS } from "../../core/contract/sheets";
import { addBallotRows } from "../../jobs/ballots";
import { verifyLog } from "../../jobs/verify";
import { h, replace } from "../dom";
import { setStatus, type PaneContext } from "../context";
import { showReport } from "../report";

export function mountAwards(root: HTMLElement, app: PaneContext): { refresh: () => void } {
  const mode = h("p", { class: "muted" });
  const violations = h("div");
  const open = h(
    "button",
    { type: "button", class: "primary", id: "open-award-list" },
    app.t(app.mode === "excel" ? "ui.awards.open" : "ui.awards.download"),
  );
  const status = h("p", { role: "status" });
  const votes = h("button", { type: "button", id: "add-ballot-rows" }, app.t("ui.awards.ballotRows"));
  const voteStatus = h("p", { role: "status", id: "vote-status" });
  const voteDetails = h("div");
  const verify = h("button", { type: "button", id: "verify-log" }, app.t("ui.log.verify"));
  const verifyStatus = h("p", { role: "status", id: "verify-status" });
  const verifyDetails = h("div", { id: "verify-details" });
  replace(
    root,
    mode,
    violations,
    h("div", { class: "actions" }, open),
    status,
    h("h3", {}, app.t("ui.awards.voteHeading")),
    h("p", { class: "muted" }, app.t("ui.awards.voteHelp")),
    h("div", { class: "actions" }, votes),
    voteStatus,
    voteDetails,
    h("h3", {}, app.t("ui.log.heading")),
    h("p", { class: "muted" }, app.t(app.mode === "excel" ? "ui.log.helpExcel" : "ui.log.helpFile")),
    h("div", { class: "actions" }, verify),
    verifyStatus,
    verifyDetails,
  );
  verify.addEventListener("click", () =>
    app.busy(verifyStatus, async () => {
      const port = app.port;
      if (!port) return setStatus(verifyStatus, "error", app.t("ui.needFile"));
      const outcome = await verifyLog(port, { lang: app.lang });
      showReport(verifyStatus, verifyDetails, outcome.report, app.lang);
      // in Excel the log is shown: the rows the report names are there
      if (outcome.chain && port.mode === "excel") {
        const row = outcome.chain.ok ? 1 : outcome.chain.row;
        await port.select(SHEETS.log.vi, row, 1);
      }
    }),
  );
  votes.addEventListener("click", () =>
    app.busy(voteStatus, async () => {
      const port = app.port;
      if (!port) return setStatus(voteStatus, "error", app.t("ui.needFile"));
      const outcome = await addBallotRows(port, { lang: app.lang, by: app.by() });
      showReport(voteStatus, voteDetails, outcome.report, app.lang);
      if (outcome.written) app.changed();
    }),
  );

  const refresh = () => {
    const result = app.result;
    if (!result || !result.ok) {
      mode.textContent = app.t("ui.awards.noResult");
      replace(violations);
      return;
    }
    mode.textContent = app.t(result.mode === "check" ? "ui.awards.checkMode" : "ui.awards.allocateMode");
    if (result.mode !== "check") return replace(violations);
    replace(
      violations,
      h("p", {}, app.t("job.compute.violations", { count: result.violations.length })),
      h(
        "ul",
        { class: "preview-list" },
        ...result.violations
          .slice(0, 100)
          .map((v) =>
            h(
              "li",
              {},
              h("span", { class: "badge badge-error" }, app.t(`kind.${v.kind}` as never)),
              ` ${v.unit} · ${v.award}: ${render(app.lang, v.message)}`,
            ),
          ),
      ),
    );
  };
  refresh();

  open.addEventListener("click", () =>
    app.busy(status, async () => {
      const port = app.port;
      if (!port) return setStatus(status, "error", app.t("ui.needFile"));
      if (!app.result || !app.result.ok) return setStatus(status, "error", app.t("ui.awards.noResult"));
      if (port.mode === "excel") {
        await port.select(SHEETS.awardList.vi, 1, 1);
        return setStatus(status, "success", app.t("ui.awards.opened"));
      }
      await app.downloadResults();
      setStatus(status, "success", app.t("ui.awards.downloaded"));
    }),
  );
  return { refresh };
}
