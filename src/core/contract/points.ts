/**
 * WORKBOOK.md §3.3 — "Total = Scored + Bonus − Deduction, exact to 2 decimals: compute in
 * hundredths (integers), never with floating-point drift." Every score, total and deduction in
 * the engine is an integer number of hundredths of a point.
 */

/** Hundredths of a point: 9550 is 95.50 points. */
export type Hundredths = number;

const EPSILON = 1e-7;

/**
 * Rounds a number of points half away from zero to 2 decimals, as hundredths. The number is the
 * decimal the user typed, stored by Excel as the nearest double: 0.285 is 0.28499999999999998,
 * and still rounds to 0.29.
 */
export function toHundredths(points: number): Hundredths {
  const scaled = Math.abs(points) * 100;
  const rounded = Math.floor(scaled + 0.5 + EPSILON);
  return points < 0 ? -rounded : rounded;
}

/** True when a number carries more than 2 decimals (12.345), so rounding it changes it. */
export function hasMoreThanTwoDecimals(points: number): boolean {
  const scaled = Math.abs(points) * 100;
  return Math.abs(scaled - Math.round(scaled)) > 1e-6;
}

/** numerator / denominator rounded half away from zero, in exact integer arithmetic. */
export function divideRounded(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("denominator must be positive");
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}

/** Hundredths back to points for the JSON: 9375 → 93.75 (at most 2 decimals). */
export function toPoints(hundredths: Hundredths): number {
  return hundredths / 100;
}
