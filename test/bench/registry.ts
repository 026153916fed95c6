/** The benchmarks `npm run bench` runs, in order. Each returns one or more JSON figures. */
import { cliBenchmarks } from "./cli";
import { engineBenchmarks } from "./engine";
import { importBenchmarks } from "./import";
import { officeBenchmarks } from "./officejs";

export interface Benchmark {
  name: string;
  run: () => Promise<Record<string, unknown>[]>;
}

export const benchmarks: Benchmark[] = [
  ...engineBenchmarks,
  ...cliBenchmarks,
  ...importBenchmarks,
  ...officeBenchmarks,
];
