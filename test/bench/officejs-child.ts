/**
 * One job through Office.js, measured by Microsoft's own office.js (test/helpers/officejs.ts), in a
 * fresh process: `node … officejs-child.ts JOB UNITS`. Prints one JSON line.
 *
 * JOB  compute: read every input sheet, compute, write the output sheets (the task pane's step 4)
 *      score-sheet: one member's score sheet of every unit (step 3)
 *      import: 12,000 registration rows into `Đăng ký` (units' dates changed, and 2,000 new rows)
 *      check: read and check the workbook (step 1)
 * The workbook: `UNITS` units × 30 criteria × 5 members, 80-character unit names. Every request is
 * measured (no limit is enforced): the figures are office.js's bytes, the clean-up request included.
 */
import { checkWorkbook } from "../../src/jobs/check";
import { compute } from "../../src/jobs/compute";
import { applyRegistrations, planRegistrations } from "../../src/jobs/registrations";
import { generateScoreSheets } from "../../src/jobs/score-sheets";
import { OfficePort } from "../../src/workbook/office/port";
import { officeJsExcel } from "../helpers/officejs";
import { fakeProvince } from "./officejs";

const [job, unitsText] = process.argv.slice(2);
const units = Number(unitsText);
const unitName = (i: number): string =>
  `Công đoàn cơ sở Trường Trung học phổ thông chuyên Lê Quý Đôn, Lai Châu, số ${String(i + 1).padStart(5, "0")}`;

async function main(): Promise<void> {
  const excel = await officeJsExcel(fakeProvince(units, unitName), {
    keepBodies: false,
    limitBytes: Number.POSITIVE_INFINITY,
  });
  const port = new OfficePort((batch) => excel.run(batch), excel.isSetSupported);
  const start = performance.now();
  let readRequests = 0;
  if (job === "compute") {
    const outcome = await compute(port, {
      lang: "vi",
      currentYear: 2023,
      onProgress: (stage) => {
        if (stage === "compute") readRequests = excel.requests.length;
      },
    });
    if (!outcome.written) throw new Error("the benchmark workbook has a structural error");
  } else if (job === "score-sheet") {
    await generateScoreSheets(port, { members: ["Nguyễn Thị Thanh Hương"], lang: "vi" });
  } else if (job === "import") {
    const rows = [["Mã đơn vị", "Danh hiệu", "Ngày"]];
    for (let i = 0; i < units; i++) rows.push([`DV${i + 1}`, "BK", "03/01/2023"]);
    for (let i = 0; i < Math.min(2_000, units); i++) rows.push([`DV${i + 1}`, "GK", "04/01/2023"]);
    const planned = await planRegistrations(port, { name: "dang-ky.csv", rows, merges: [] }, "vi");
    await applyRegistrations(port, planned);
  } else if (job === "check") {
    await checkWorkbook(port, { currentYear: 2023 });
  } else throw new Error(`unknown job ${job}`);
  const requests = excel.requests;
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 100) / 100;
  const largestRequest = Math.max(...requests.map((r) => r.bytes));
  const largestResponse = Math.max(...requests.map((r) => r.responseBytes));
  console.log(
    JSON.stringify({
      name: `officejs-${job}-${units}`,
      job,
      units,
      requests: requests.length,
      readRequests: readRequests || undefined,
      largestRequestMB: mb(largestRequest),
      largestResponseMB: mb(largestResponse),
      cleanupKB: Math.round(requests.filter((r) => r.cleanup).reduce((n, r) => n + r.bytes, 0) / 1024),
      overLimit: requests.filter((r) => r.bytes > 4.5 * 1048576 || r.responseBytes > 4.5 * 1048576).length,
      ms: Math.round(performance.now() - start),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
