/**
 * One request-size measurement through Microsoft's office.js (test/helpers/officejs.ts), in a fresh
 * process: `node … officejs-requests-child.ts JOB UNITS MODE`. Prints one JSON line.
 *
 * JOB   write:    the output sheets of synthetic.ts's province (30 criteria × 5 members), computed directly
 *       bench:    officejs.ts's benchmark workbook read through office.js, computed, the output sheets written
 *       template: one generated score sheet of synthetic.ts's province (addOfficeTemplateSheets)
 * MODE  run:  in office.js's Excel.run, as the task pane runs it (ranges kept by reference, a clean-up)
 *       bare: written on a RequestContext outside Excel.run (no kept references; the bench job still
 *             reads in Excel.run, which readOfficeGrid needs to use a range across syncs)
 * Unit names have 80 characters. No request is refused (the limit is off): every one is measured.
 */
import { evaluate } from "../../src/core/result/evaluate";
import { readContract } from "../../src/core/contract/reader";
import { outputSheets } from "../../src/workbook/layout";
import { addOfficeTemplateSheets } from "../../src/workbook/office/sheets";
import { readOfficeGrid } from "../../src/workbook/office/read";
import { writeOfficeOutputSheets } from "../../src/workbook/office/outputs";
import { scoreSheetTemplate } from "../../src/workbook/template/score-sheet";
import { officeJsExcel, type OfficeJsRequest } from "../helpers/officejs";
import { fakeProvince } from "./officejs";
import { syntheticProvince } from "./synthetic";

const LIMIT = 5 * 1024 * 1024;
const [job, unitsText, mode] = process.argv.slice(2);
const units = Number(unitsText);

/** 80 characters, 102 bytes of UTF-8. */
const unitName = (i: number): string =>
  `Công đoàn cơ sở Trường Trung học phổ thông chuyên Lê Quý Đôn, Lai Châu, số ${String(i + 1).padStart(5, "0")}`;

const ACTIONS = ["", "Instantiate", "Query", "Method", "SetProperty", "Trace"];
const PATHS = ["", "root", "new", "method", "property", "indexer", "reference", "null"];

/** Bytes of a body by statement: actions by type and name, object paths by type and name. */
function statements(text: string): Record<string, number> {
  const body = JSON.parse(text) as {
    Actions: { ActionType: number; Name: string }[];
    ObjectPaths: Record<string, { ObjectPathType: number; Name: string }>;
  };
  const bytes = new Map<string, number>();
  const add = (key: string, json: string) =>
    bytes.set(key, (bytes.get(key) ?? 0) + Buffer.byteLength(json) + 1);
  for (const a of body.Actions)
    add(`${ACTIONS[a.ActionType] ?? a.ActionType} ${a.Name}`.trim(), JSON.stringify(a));
  for (const [id, p] of Object.entries(body.ObjectPaths))
    add(
      `path ${PATHS[p.ObjectPathType] ?? p.ObjectPathType} ${p.Name}`.trim(),
      `"${id}":${JSON.stringify(p)}`,
    );
  return Object.fromEntries(
    [...bytes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([key, n]) => [key, n]),
  );
}

async function main(): Promise<void> {
  let largest: { request: OfficeJsRequest; statements: Record<string, number> } | null = null;
  let measuring = job !== "bench"; // the bench job's reading is not measured
  const excel = await officeJsExcel(
    job === "bench" ? fakeProvince(units, unitName) : { sheets: [{ name: "Sheet1" }] },
    {
      keepBodies: false,
      limitBytes: Number.POSITIVE_INFINITY,
      onRequest: (request, body) => {
        if (measuring && (!largest || request.bytes > largest.request.bytes))
          largest = { request, statements: statements(body) };
      },
    },
  );
  const options = { isSetSupported: excel.isSetSupported };
  const inRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    mode === "bare" ? batch(excel.context()) : excel.run(batch);
  const start = performance.now();
  let error: string | null = null;
  let before = 0;
  try {
    if (job === "bench") {
      // reading keeps used ranges across syncs: it needs Excel.run's references (the task pane's way)
      const grid = await excel.run((context) => readOfficeGrid(context, options));
      before = excel.requests.length;
      measuring = true;
      const result = evaluate(readContract(grid));
      if (!result.ok) throw new Error("the benchmark workbook has a structural error");
      await inRun((context) => writeOfficeOutputSheets(context, outputSheets(result, "vi"), options));
    } else {
      const input = syntheticProvince({ units, blocs: 20, criteria: 30, members: 5 });
      input.units?.records.forEach((record, i) => (record.name = unitName(i)));
      if (job === "write") {
        const result = evaluate(input);
        if (!result.ok) throw new Error("the synthetic province has a structural error");
        await inRun((context) => writeOfficeOutputSheets(context, outputSheets(result, "vi"), options));
      } else {
        const sheet = scoreSheetTemplate(input, "Nguyễn Văn A", "vi");
        await inRun((context) =>
          addOfficeTemplateSheets(context, [sheet], { ...options, password: "mật khẩu" }),
        );
      }
    }
  } catch (caught) {
    const e = caught as { code?: string; message?: string };
    error = `${e.code ?? "Error"}: ${e.message ?? String(caught)}`;
  }
  const measured = excel.requests.slice(before);
  const own = measured.filter((r) => !r.cleanup);
  const top = largest as { request: OfficeJsRequest; statements: Record<string, number> } | null;
  console.log(
    JSON.stringify({
      name: `officejs-requests-${job}-${units}-${mode}`,
      job,
      units,
      mode,
      syncs: own.length,
      requests: measured.length,
      largestBytes: top?.request.bytes ?? 0,
      largestMiB: Math.round(((top?.request.bytes ?? 0) / 1048576) * 100) / 100,
      largestActions: top?.request.actions ?? 0,
      largestFakeEstimate: top?.request.fakeEstimate ?? null,
      overLimit: measured.filter((r) => r.bytes > LIMIT).length,
      requestBytes: measured.map((r) => r.bytes),
      cleanupBytes: measured.filter((r) => r.cleanup).reduce((n, r) => n + r.bytes, 0),
      largestResponseBytes: Math.max(0, ...measured.map((r) => r.responseBytes)),
      readRequests: excel.requests.slice(0, before).map((r) => [r.bytes, r.responseBytes]),
      largestStatements: top?.statements ?? {},
      error,
      ms: Math.round(performance.now() - start),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
