import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Benchmark } from "./registry";

/** Runs one size in a fresh Node with a heap limit, so the memory bound is enforced, not hoped for. */
function runChild(units: number, criteria: number, members: number, runs: number, heapLimitMB: number) {
  const out = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      `--max-old-space-size=${heapLimitMB}`,
      "--import",
      "tsx",
      path.join(__dirname, "engine-child.ts"),
      String(units),
      String(criteria),
      String(members),
      String(runs),
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const figure = JSON.parse(out.trim().split("\n").pop() as string);
  delete figure.granted;
  return figure as Record<string, unknown>;
}

/**
 * The engine on a synthetic province (issue 3): 10,000 units in 20 blocs, 50 criteria, 9 members
 * (4.5 million scores) within 1.5 s and 1 GB of heap; 1,000 and 100,000 units at 30 criteria × 5
 * members show how it grows.
 */
export const engineBenchmarks: Benchmark[] = [
  { name: "engine-1000", run: async () => [runChild(1_000, 30, 5, 5, 1024)] },
  { name: "engine-10000", run: async () => [runChild(10_000, 50, 9, 3, 1024)] },
  {
    name: "engine-10000-30x5",
    run: async () => [{ ...runChild(10_000, 30, 5, 3, 1024), name: "engine-10000-30x5" }],
  },
  { name: "engine-100000", run: async () => [runChild(100_000, 30, 5, 3, 4096)] },
];
