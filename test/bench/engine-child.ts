/**
 * One engine benchmark in a fresh process: `node … engine-child.ts UNITS CRITERIA MEMBERS RUNS`.
 * Prints one JSON line: the median time of the whole engine run (aggregate, deduct, rank, allocate,
 * explain, and the §8 JSON) and the largest heap seen.
 */
import { evaluate } from "../../src/core/result/evaluate";
import { toJson } from "../../src/core/result/json";
import { syntheticProvince } from "./synthetic";

const [units, criteria, members, runs] = process.argv.slice(2).map(Number);
const input = syntheticProvince({ units, blocs: 20, criteria, members });
const gc = (globalThis as { gc?: () => void }).gc;
const times: number[] = [];
let heap = 0;
let granted = 0;
for (let i = 0; i < runs; i++) {
  gc?.();
  const start = performance.now();
  const result = evaluate(input);
  heap = Math.max(heap, process.memoryUsage().heapUsed);
  const json = toJson(result, "vi");
  times.push(performance.now() - start);
  heap = Math.max(heap, process.memoryUsage().heapUsed);
  granted = json.units.filter((u) => u.award !== null).length;
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    name: `engine-${units}`,
    units,
    criteria,
    members,
    ms: Math.round(times[Math.floor(times.length / 2)]),
    heapMB: Math.round(heap / 1048576),
    granted,
  }),
);
