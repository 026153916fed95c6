import { render } from "../../../src/core/i18n";
import { run, unit, withTotals } from "../helpers/council";

const units = [{ code: "X" }, { code: "Y" }];

describe("§4 deadlines: late → the late deduction; not submitted → the missing deduction", () => {
  test("defaults: registration 10/02, 6-month report 10/06, annual report 10/12 of the year", () => {
    const result = run({
      units,
      ...withTotals({ X: 90, Y: 90 }),
      registrations: [
        ["X", "", "10/02/2023"], // on the due day: on time
        ["Y", "", "11/02/2023"], // one day late
      ],
      reports: [
        ["X", "Báo cáo sơ kết 6 tháng", "15/06/2023"], // late: −1
        ["X", "Báo cáo tổng kết năm", "10/12/2023"],
        ["Y", "Báo cáo sơ kết 6 tháng", "10/06/2023"],
        // Y: no annual report: −2
      ],
    });
    const x = unit(result, "X");
    const y = unit(result, "Y");
    expect(x.deduction).toBe(100);
    expect(x.total).toBe(8900);
    expect(y.deduction).toBe(100 + 200);
    expect(x.reasons.map((r) => render("vi", r))).toContain(
      "Nộp Báo cáo sơ kết 6 tháng muộn (15/06/2023, hạn 10/06/2023): −1",
    );
    expect(y.reasons.map((r) => render("vi", r))).toEqual(
      expect.arrayContaining([
        "Nộp Đăng ký thi đua muộn (11/02/2023, hạn 10/02/2023): −1",
        "Không nộp Báo cáo tổng kết năm (hạn 10/12/2023): −2",
      ]),
    );
  });

  test("the registration deadline uses the unit's earliest valid registration date", () => {
    const result = run({
      units,
      ...withTotals({ X: 90, Y: 90 }),
      registrations: [
        ["X", "", "20/02/2023"],
        ["X", "", "05/02/2023"],
        ["Y", "", "ngày mai"], // a bad date does not count
      ],
      deadlines: [["Đăng ký thi đua", "10/02/2023", 1, 3]],
    });
    expect(unit(result, "X").deduction).toBe(0);
    expect(unit(result, "Y").deduction).toBe(300);
  });

  test("`Hạn nộp` sets the report types, due days and deductions; the earliest of several reports counts", () => {
    const result = run({
      units,
      ...withTotals({ X: 90, Y: 90 }),
      registrations: [],
      deadlines: [["Báo cáo quý", "31/03/2023", 0.5, 1.5]],
      reports: [
        ["X", "Báo cáo quý", "02/04/2023"],
        ["X", "Báo cáo quý", "30/03/2023"],
        ["Y", "BAO CAO QUY", "01/04/2023"],
      ],
    });
    expect(unit(result, "X").deduction).toBe(0);
    expect(unit(result, "Y").deduction).toBe(50);
  });

  test("an empty `Ngày nộp` is not submitted; a bad date is an error and the report counts as missing", () => {
    const result = run({
      units,
      ...withTotals({ X: 90, Y: 90 }),
      deadlines: [["Báo cáo năm", "10/12/2023", 1, 2]],
      reports: [
        ["X", "Báo cáo năm", null],
        ["Y", "Báo cáo năm", "32/12/2023"],
      ],
    });
    expect(unit(result, "X").deduction).toBe(200);
    expect(unit(result, "Y").deduction).toBe(200);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ sheet: "Báo cáo", row: 3, column: "Ngày nộp", value: "32/12/2023" }),
    ]);
  });

  test("a date is a calendar day: an Excel serial with a time of day on the due day is on time", () => {
    const result = run({
      units,
      ...withTotals({ X: 90, Y: 90 }),
      deadlines: [["Báo cáo năm", "10/12/2023", 1, 2]],
      reports: [
        ["X", "Báo cáo năm", 45270.99], // 10/12/2023 23:45
        ["Y", "Báo cáo năm", 45271], // 11/12/2023
      ],
    });
    expect(unit(result, "X").deduction).toBe(0);
    expect(unit(result, "Y").deduction).toBe(100);
  });
});
