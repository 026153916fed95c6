import { dayFromSerial, dayFromYmd, formatDay, parseDay } from "../../../src/core/contract/dates";
import { parseNumber, parsePercent, parseYesNo } from "../../../src/core/contract/values";

describe("§1 numbers: an Excel number, or text such as `95,5`, `95.5`, ` 95 `", () => {
  test.each([
    [95.5, 95.5],
    ["95,5", 95.5],
    ["95.5", 95.5],
    [" 95 ", 95],
    ["0,25", 0.25],
    [",5", 0.5],
  ])("%p → %p", (raw, expected) => expect(parseNumber(raw)).toBe(expected));

  test.each([["abc"], ["9 5"], ["95,5,1"], [""], [true], [null], ["1.234,5"]])("%p is not a number", (raw) =>
    expect(parseNumber(raw)).toBeNaN(),
  );

  test("a percentage may carry a % sign", () => {
    expect(parsePercent("30%")).toBe(30);
    expect(parsePercent("12,5 %")).toBe(12.5);
    expect(parsePercent(30)).toBe(30);
  });
});

describe("§1 yes/no: `Có`, `x`, `1`, `Yes`, `TRUE` are yes; empty, `Không`, `0`, `No`, `FALSE` are no", () => {
  test.each([["Có"], ["x"], ["X"], [1], ["1"], ["Yes"], ["TRUE"], [true], ["có"]])("%p is yes", (raw) =>
    expect(parseYesNo(raw)).toBe(true),
  );
  test.each([[null], [""], ["Không"], ["0"], [0], ["No"], ["FALSE"], [false]])("%p is no", (raw) =>
    expect(parseYesNo(raw)).toBe(false),
  );
  test.each([["maybe"], [2], ["v"]])("%p is unreadable", (raw) => expect(parseYesNo(raw)).toBeNull());
});

describe("§1 dates: day first, always; a date is a calendar day", () => {
  const feb10 = dayFromYmd(2023, 2, 10);

  test.each([["10/2/2023"], ["10/02/2023"], ["10-2-2023"], ["10.2.2023"], ["2023-02-10"], [" 10/02/2023 "]])(
    "%p is 10 February 2023",
    (raw) => expect(parseDay(raw)).toBe(feb10),
  );

  test("an Excel serial (44967 = 10/02/2023) is a date; a time of day does not move it", () => {
    expect(parseDay(44967)).toBe(feb10);
    expect(parseDay(44967.99)).toBe(feb10);
    expect(dayFromSerial(44967)).toBe(feb10);
  });

  test.each([["31/02/2023"], ["2023/02/10"], ["10/2/23"], ["hôm qua"], [""], [true]])(
    "%p is not a date",
    (raw) => expect(parseDay(raw)).toBeNull(),
  );

  test("dates are written dd/mm/yyyy", () => {
    expect(formatDay(feb10 as number)).toBe("10/02/2023");
  });
});
