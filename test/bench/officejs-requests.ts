/**
 * Request sizes as Microsoft's office.js builds them (test/helpers/officejs.ts), which Excel on the web
 * refuses over 5 MB: the results write for 2,000 and 10,000 units, and one score sheet of 10,000 units
 * (30 criteria × 5 members, 80-character unit names), in Excel.run as the task pane runs them — and, for
 * the benchmark workbook, also outside Excel.run (no kept references). Each in a fresh Node.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Benchmark } from "./registry";

function runChild(job: string, units: number, mode: "run" | "bare"): Record<string, unknown> {
  const out = execFileSync(
    process.execPath,
    [
      "--max-old-space-size=8192",
      "--import",
      "tsx",
      path.join(__dirname, "officejs-requests-child.ts"),
      job,
      String(units),
      mode,
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as Record<string, unknown>;
}

export const officeJsRequestBenchmarks: Benchmark[] = [
  { name: "officejs-requests-write-2000", run: async () => [runChild("write", 2_000, "run")] },
  { name: "officejs-requests-write-10000", run: async () => [runChild("write", 10_000, "run")] },
  {
    name: "officejs-requests-bench-2000",
    run: async () => [runChild("bench", 2_000, "run"), runChild("bench", 2_000, "bare")],
  },
  {
    name: "officejs-requests-bench-10000",
    run: async () => [runChild("bench", 10_000, "run"), runChild("bench", 10_000, "bare")],
  },
  { name: "officejs-requests-template-10000", run: async () => [runChild("template", 10_000, "run")] },
];
