/**
 * WORKBOOK.md §3.1 — "Aggregate: `Trung bình` the mean; `Trung bình cắt` with 5 or more scores drop
 * one highest and one lowest then the mean, else the mean; `Trung vị` the median (mean of the two
 * middle values for an even count). Round half away from zero to 2 decimals: a(u,c)."
 */
import { divideRounded, type Hundredths } from "../contract/points";
import type { Aggregation } from "../contract/terms";

/** Aggregates the first n values of `values` (which it may reorder), rounded to hundredths. */
export function aggregate(rule: Aggregation, values: Int32Array, n: number): Hundredths {
  if (n === 0) return 0;
  if (n > values.length) throw new Error(`Internal error: aggregate of ${n} of ${values.length} values`);
  if (rule === "median") {
    const sorted = values.subarray(0, n).sort();
    const mid = n >> 1;
    // in range: 0 < n ≤ values.length, so mid < n, and mid ≥ 1 when n is even
    return n % 2 === 1 ? sorted[mid]! : divideRounded(sorted[mid - 1]! + sorted[mid]!, 2);
  }
  let sum = 0;
  // in range: 0 < n ≤ values.length, checked above, and i < n
  let min = values[0]!;
  let max = values[0]!;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (rule === "trimmed" && n >= 5) return divideRounded(sum - min - max, n - 2);
  return divideRounded(sum, n);
}
