/**
 * WORKBOOK.md §10.5 and §10.6: `Điểm thưởng tối đa` and `Điểm trừ tối đa` cap Bonus and Deduction
 * (`unitPoints` in ./src/core/scoring.ts).
 */
import { render } from "../../../src/core/i18n";
import { toJson } from "../../../src/core/result/json";
import type { CouncilSpec, MemberScores } from "../helpers/council";
import { run, unit } from "../helpers/council";

const why = (result: ReturnType<typeof run>, code: string) =>
  unit(result, code).reasons.map((r) => render("vi", r));

/**
 * TC1 (100 points), DT (`Điểm thưởng`, 10) and TR (`Điểm trừ`, 10); one member. X submits the
 * 6-month report late (−1) and not the annual report (−2); Y is on time. `Năm thi đua` is on row 2
 * of `Cài đặt`, the settings given from row 3.
 */
function council(settings: Record<string, string | number | null>, scores: MemberScores): CouncilSpec {
  return {
    units: [{ code: "X" }, { code: "Y" }],
    criteria: [
      { code: "TC1", max: 100 },
      { code: "DT", max: 10, kind: "Điểm thưởng" },
      { code: "TR", max: 10, kind: "Điểm trừ" },
    ],
    scores: { A: scores },
    registrations: [], // nobody registered: no award to reason about, and −0 for the registration
    reports: [
      ["X", "Báo cáo sơ kết 6 tháng", "15/06/2023"],
      ["Y", "Báo cáo sơ kết 6 tháng", "01/06/2023"],
      ["Y", "Báo cáo tổng kết năm", "01/12/2023"],
    ],
    settings,
  };
}

const SCORES: MemberScores = { X: [90, 4.5, 1.5], Y: [88, 2, 0] };
const points = (result: ReturnType<typeof run>, code: string) => {
  const u = unit(result, code);
  return [u.scored, u.bonus, u.deduction, u.total];
};

describe("§10.5 Bonus = min(Σ Điểm thưởng, cap); Deduction = min(Σ Điểm trừ + deadline deductions, cap)", () => {
  test("without the settings nothing is capped, as before", () => {
    const result = run(council({}, SCORES));
    expect(points(result, "X")).toEqual([9000, 450, 450, 9000]); // deduction 1,5 + 1 + 2
    expect(points(result, "Y")).toEqual([8800, 200, 0, 9000]);
  });

  test("the caps apply to the sums; the deduction cap covers criteria and deadline deductions", () => {
    const result = run(council({ "Điểm thưởng tối đa": 3, "Điểm trừ tối đa": 3 }, SCORES));
    expect(points(result, "X")).toEqual([9000, 300, 300, 9000]);
    expect(points(result, "Y")).toEqual([8800, 200, 0, 9000]); // below the caps: unchanged
    expect(why(result, "X")).toEqual(
      expect.arrayContaining([
        "Điểm thưởng 4,50, tính tối đa 3",
        "Điểm trừ 4,50, tính tối đa 3",
        "Tổng điểm 90 = 90 + 3 − 3; hạng 1 trong Khối A",
      ]),
    );
    expect(why(result, "Y").some((r) => r.includes("tính tối đa"))).toBe(false);
    expect(unit(result, "X").reasons.map((r) => render("en", r))).toContain("Bonus 4.50, counted at most 3");
  });

  test("the JSON's bonus, deduction and total are the capped values", () => {
    const json = toJson(run(council({ "Điểm thưởng tối đa": 3, "Điểm trừ tối đa": 2.5 }, SCORES)));
    expect(json.units.find((u) => u.code === "X")).toMatchObject({
      scored: 90,
      bonus: 3,
      deduction: 2.5,
      total: 90.5,
    });
  });

  test("§10.6 0 is a valid cap: no bonus, or no deduction at all", () => {
    const result = run(council({ "Điểm thưởng tối đa": 0, "Điểm trừ tối đa": "0" }, SCORES));
    expect(points(result, "X")).toEqual([9000, 0, 0, 9000]);
    expect(points(result, "Y")).toEqual([8800, 0, 0, 8800]);
  });

  test("§10.6 caps are rounded to 2 decimals like scores (with a warning); `2,5` reads as 2.5", () => {
    const result = run(council({ "Điểm thưởng tối đa": 2.555, "Điểm trừ tối đa": "2,5" }, SCORES));
    expect(points(result, "X")).toEqual([9000, 256, 250, 9006]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Cài đặt", row: 3, column: "Giá trị" }),
    ]);
    expect(render("vi", result.issues[0].message)).toBe(
      "'Điểm thưởng tối đa' có hơn 2 chữ số thập phân: làm tròn thành 2,56",
    );
  });

  test("the settings are read by their English aliases `Max bonus` and `Max deduction`", () => {
    const result = run(council({ "Max bonus": 1, "Max deduction": 1 }, SCORES));
    expect(points(result, "X")).toEqual([9000, 100, 100, 9000]);
  });

  test("§10.6 a cap that is negative or not a number is a structural error", () => {
    const result = run(council({ "Điểm thưởng tối đa": -1, "Điểm trừ tối đa": "ba" }, SCORES));
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.structural).map((i) => [i.sheet, i.row, i.column, i.value])).toEqual(
      [
        ["Cài đặt", 3, "Giá trị", "-1"],
        ["Cài đặt", 4, "Giá trị", "ba"],
      ],
    );
    expect(render("vi", result.issues[0].message)).toBe(
      "Giá trị của 'Điểm thưởng tối đa' không hợp lệ: cần một số ≥ 0",
    );
  });

  test("the self-score gap keeps comparing the uncapped sums", () => {
    const spec = council(
      { "Điểm thưởng tối đa": 0, "Ngưỡng lệch tự chấm": 1 },
      { X: [90, 8, 0], Y: [88, 0, 0] },
    );
    spec.selfScores = { X: [90, 8, 0], Y: [88, 0, 0] }; // the same as the council: no gap
    const result = run(spec);
    expect(unit(result, "X").bonus).toBe(0);
    expect(result.issues.filter((i) => i.message.key === "warn.selfScoreGap")).toEqual([]);
  });
});
