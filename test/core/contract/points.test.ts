import {
  divideRounded,
  hasMoreThanTwoDecimals,
  toHundredths,
  toPoints,
} from "../../../src/core/contract/points";

describe("§3.3 totals are exact to 2 decimals: computed in hundredths, never with floating-point drift", () => {
  test("0.1 + 0.2 = exactly 0.30", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the drift the rule forbids
    expect(toPoints(toHundredths(0.1) + toHundredths(0.2))).toBe(0.3);
  });

  test("rounding is half away from zero, on the decimal the user typed", () => {
    expect(toHundredths(12.345)).toBe(1235);
    expect(toHundredths(0.285)).toBe(29); // stored as 0.28499999999999998
    expect(toHundredths(1.005)).toBe(101);
    expect(toHundredths(-1.005)).toBe(-101);
    expect(toHundredths(12.344)).toBe(1234);
  });

  test("an aggregate is rounded exactly: 38/3 = 12.666… → 12.67, 7/2 hundredths → 4", () => {
    expect(divideRounded(3800, 3)).toBe(1267);
    expect(divideRounded(7, 2)).toBe(4);
    expect(divideRounded(-7, 2)).toBe(-4);
    expect(divideRounded(5, 4)).toBe(1);
  });

  test("more than 2 decimals is detected, 2 or fewer is not", () => {
    expect(hasMoreThanTwoDecimals(12.345)).toBe(true);
    expect(hasMoreThanTwoDecimals(12.34)).toBe(false);
    expect(hasMoreThanTwoDecimals(95.5)).toBe(false);
    expect(hasMoreThanTwoDecimals(0.285)).toBe(true);
  });
});
