/** Cell values as both adapters read and write them (src/workbook/cells.ts), WORKBOOK.md §1 and §6. */
import { formatFor, hasPercentPlaceholder, numberAsShown, rawOfValue } from "../../src/workbook/cells";

describe("a real percent placeholder (WORKBOOK.md §1: 0,2 formatted 0% is 20)", () => {
  test.each([
    ["0%", true],
    ["0.0%", true],
    ["#,##0.00%", true],
    ["[Red]0%", true],
    ['0"%"', false],
    ["0.0\\%", false],
    ['"%"0', false],
    ["General", false],
    ["@", false],
    ["0;-0%", false], // only the positive section counts
    [null, false],
  ])("%s → %s", (format, expected) => {
    expect(hasPercentPlaceholder(format)).toBe(expected);
  });

  test("a percent cell reads as shown, without binary noise", () => {
    expect(numberAsShown(0.3, "0%")).toBe(30);
    expect(numberAsShown(0.07, "0%")).toBe(7);
    expect(numberAsShown(30, '0"%"')).toBe(30);
    expect(rawOfValue(0.125, "0.0%")).toBe(12.5);
  });
});

describe("raw cells", () => {
  test("empty strings and non-finite numbers are empty; dates are serials", () => {
    expect(rawOfValue("")).toBeNull();
    expect(rawOfValue(Number.NaN)).toBeNull();
    expect(rawOfValue(new Date(Date.UTC(2023, 1, 10)))).toBe(44967);
    expect(rawOfValue(true)).toBe(true);
  });
});

describe("text stays text (WORKBOOK.md §6)", () => {
  test("every non-empty string is written in a text-formatted cell; numbers keep their format", () => {
    for (const text of ['=HYPERLINK("x")', "+1", "-2", "@x", "0123", "TRUE"])
      expect(formatFor(text, "0.00")).toBe("@");
    expect(formatFor(95.5, "0.00")).toBe("0.00");
    expect(formatFor("", "0.00")).toBe("0.00");
  });
});
