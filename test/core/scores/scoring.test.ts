import { aggregate, memberOfSheet } from "../../../src/core/scores/scoring";
import { render } from "../../../src/core/i18n";
import type { CouncilSpec } from "../helpers/council";
import { councilInput, run, unit } from "../helpers/council";
import { evaluate } from "../../../src/core/result/evaluate";

const TEN = [{ code: "TC1", max: 10 }];

function scores(
  members: Record<string, Record<string, (number | string | null)[] | "R">>,
  extra: Partial<CouncilSpec> = {},
) {
  const codes = new Set(Object.values(members).flatMap((m) => Object.keys(m)));
  return run({ units: [...codes].map((code) => ({ code })), criteria: TEN, scores: members, ...extra });
}

const warnings = (result: ReturnType<typeof run>) => result.issues.filter((i) => i.severity === "warning");

describe("§3.1 aggregation per criterion, rounded half away from zero to 2 decimals", () => {
  test("Trung bình: the mean of 9, 8, 8.5 is 8.50", () => {
    const result = scores({ A: { X: [9] }, B: { X: [8] }, C: { X: [8.5] } });
    expect(unit(result, "X").scored).toBe(850);
  });

  test("Trung bình: the mean of 9, 8, 8 is 8.333… → 8.33; of 9, 9, 8 is 8.666… → 8.67", () => {
    expect(unit(scores({ A: { X: [9] }, B: { X: [8] }, C: { X: [8] } }), "X").scored).toBe(833);
    expect(unit(scores({ A: { X: [9] }, B: { X: [9] }, C: { X: [8] } }), "X").scored).toBe(867);
  });

  test("Trung bình cắt of five members drops one highest and one lowest: 10, 8, 7, 9, 6 → (8 + 7 + 9) / 3 = 8", () => {
    const members = { A: { X: [10] }, B: { X: [8] }, C: { X: [7] }, D: { X: [9] }, E: { X: [6] } };
    const result = scores(members, { settings: { "Cách tổng hợp điểm": "Trung bình cắt" } });
    expect(unit(result, "X").scored).toBe(800);
    // the plain mean would be 8 as well here; with 10, 8, 7, 9, 1 it differs: trimmed 8, mean 7
    const skewed = scores(
      { ...members, E: { X: [1] } },
      { settings: { "Cách tổng hợp điểm": "Trimmed mean" } },
    );
    expect(unit(skewed, "X").scored).toBe(800);
  });

  test("Trung bình cắt with fewer than 5 scores is the mean: 10, 8, 7, 1 → 6.50", () => {
    const result = scores(
      { A: { X: [10] }, B: { X: [8] }, C: { X: [7] }, D: { X: [1] } },
      { settings: { "Cách tổng hợp điểm": "Trung bình cắt" } },
    );
    expect(unit(result, "X").scored).toBe(650);
  });

  test("Trung vị of four is the mean of the two middle values: 7, 9, 8, 6 → 7.50", () => {
    const result = scores(
      { A: { X: [7] }, B: { X: [9] }, C: { X: [8] }, D: { X: [6] } },
      { settings: { "Cách tổng hợp điểm": "Trung vị" } },
    );
    expect(unit(result, "X").scored).toBe(750);
  });

  test("Trung vị of three is the middle value: 7, 9.25, 8 → 8", () => {
    const result = scores(
      { A: { X: [7] }, B: { X: [9.25] }, C: { X: [8] } },
      { settings: { "Cách tổng hợp điểm": "Median" } },
    );
    expect(unit(result, "X").scored).toBe(800);
  });

  test("aggregate() works in hundredths", () => {
    expect(aggregate("mean", Int32Array.from([100, 200, 200]), 3)).toBe(167);
    expect(aggregate("median", Int32Array.from([5, 1, 3, 2]), 4)).toBe(3); // (2 + 3) / 2 = 2.5 → 3
    expect(aggregate("trimmed", Int32Array.from([100, 200, 300, 400, 10000]), 5)).toBe(300);
  });
});

describe("§3.2 missing scores and recusal", () => {
  test("a recused member is not missing: the unit is ranked on the others' scores", () => {
    const result = scores({ A: { X: [9], Y: [7] }, B: { X: "R", Y: [8] } });
    expect(unit(result, "X").status).toBe("ranked");
    expect(unit(result, "X").scored).toBe(900);
    expect(unit(result, "Y").scored).toBe(750);
  });

  test("Không xếp hạng: an empty `Chấm điểm` cell makes the unit incomplete, with no totals", () => {
    const result = scores({ A: { X: [9], Y: [7] }, B: { X: [null], Y: [8] } });
    const x = unit(result, "X");
    expect(x.status).toBe("incomplete");
    expect([x.scored, x.total, x.rank, x.class, x.award]).toEqual([null, null, null, null, null]);
    expect(render("vi", x.reasons[x.reasons.length - 1])).toMatch(/thiếu 1 điểm — TC1 \(B\)/);
    expect(unit(result, "Y").rank).toBe(1);
  });

  test("no row for the unit in a member's sheet is missing too", () => {
    const result = scores({ A: { X: [9], Y: [7] }, B: { Y: [8] } });
    expect(unit(result, "X").status).toBe("incomplete");
  });

  test("Tính 0: a missing score counts as 0 in the aggregation", () => {
    const result = scores(
      { A: { X: [9], Y: [7] }, B: { X: [null], Y: [8] } },
      { settings: { "Thiếu điểm": "Tính 0" } },
    );
    expect(unit(result, "X").status).toBe("ranked");
    expect(unit(result, "X").scored).toBe(450);
  });

  test("a unit no member scored is incomplete, under both settings", () => {
    for (const missing of ["Không xếp hạng", "Tính 0"]) {
      const result = scores({ A: { X: [null], Y: [7] } }, { settings: { "Thiếu điểm": missing } });
      expect(unit(result, "X").status).toBe("incomplete");
    }
  });

  test("a unit every member recused from is incomplete", () => {
    const result = scores({ A: { X: "R", Y: [7] }, B: { X: "R", Y: [7] } });
    expect(unit(result, "X").status).toBe("incomplete");
  });

  test("§9 an empty `Điểm thưởng` cell is a 0 that takes part: the mean of 2 and empty is 1", () => {
    const result = run({
      units: [{ code: "X" }],
      criteria: [
        { code: "TC1", max: 10 },
        { code: "DT", max: 5, kind: "Điểm thưởng" },
      ],
      scores: { A: { X: [8, 2] }, B: { X: [8, null] } },
    });
    expect(unit(result, "X").status).toBe("ranked");
    expect(unit(result, "X").bonus).toBe(100);
  });

  test("§9 under Tính 0 the zeros count toward the 5 scores the trimmed mean needs", () => {
    // entered 10, 8, 6, 4 + one missing (0): five scores → drop 10 and 0 → (8 + 6 + 4) / 3 = 6
    const result = scores(
      { A: { X: [10] }, B: { X: [8] }, C: { X: [6] }, D: { X: [4] }, E: { X: [null] } },
      { settings: { "Thiếu điểm": "Tính 0", "Cách tổng hợp điểm": "Trung bình cắt" } },
    );
    expect(unit(result, "X").scored).toBe(600);
  });
});

describe("§3.3 Total = Scored + Bonus − Deduction", () => {
  test("with a bonus and a deduction criterion", () => {
    const result = run({
      units: [{ code: "X" }],
      criteria: [
        { code: "TC1", max: 60 },
        { code: "TC2", max: 40 },
        { code: "DT", max: 5, kind: "Điểm thưởng" },
        { code: "TR", max: 10, kind: "Điểm trừ" },
      ],
      scores: { A: { X: [50.1, 30.2, 2, 0.5] } },
    });
    const x = unit(result, "X");
    expect(x.scored).toBe(8030);
    expect(x.bonus).toBe(200);
    // criteria deduction 0.5 + default deadlines: no registration (0), two missing reports (2 + 2)
    expect(x.deduction).toBe(450);
    expect(x.total).toBe(8030 + 200 - 450);
  });
});

describe("§2 score values and unit errors", () => {
  test("a non-number score is a unit error: the unit is invalid, the others go on", () => {
    const result = scores({ A: { X: ["chín"], Y: [7] } });
    expect(unit(result, "X").status).toBe("invalid");
    expect(unit(result, "Y").status).toBe("ranked");
    const error = result.issues.find((i) => i.severity === "error");
    expect(error).toMatchObject({ sheet: "Chấm điểm - A", row: 2, column: "TC1", value: "chín", unit: "X" });
    expect(render("en", error!.message)).toMatch(/expected a number from 0 to 10/);
  });

  test("a score above the criterion's max or below 0 is a unit error", () => {
    const result = scores({ A: { X: [10.5], Y: [-1], Z: [10] } });
    expect(unit(result, "X").status).toBe("invalid");
    expect(unit(result, "Y").status).toBe("invalid");
    expect(unit(result, "Z").status).toBe("ranked");
  });

  test("a score with more than 2 decimals is rounded with a warning, then range-checked", () => {
    const result = scores({ A: { X: [8.125], Y: [10.004] } });
    expect(unit(result, "X").scored).toBe(813);
    expect(unit(result, "Y").status).toBe("ranked");
    expect(unit(result, "Y").scored).toBe(1000);
    expect(warnings(result).filter((w) => w.message.key === "warn.scoreRounded")).toHaveLength(2);
  });

  test("text numbers with a comma are scores: `8,5`", () => {
    expect(unit(scores({ A: { X: ["8,5"] } }), "X").scored).toBe(850);
  });

  test("a unit listed twice in one sheet is a unit error", () => {
    const input = councilInput({ units: [{ code: "X" }], criteria: TEN, scores: { A: { X: [9] } } });
    input.scoreSheets[0].rows.push({ row: 3, unit: "x", recused: null, values: [8] });
    const result = evaluate(input, { currentYear: 2023 });
    expect(unit(result, "X").status).toBe("invalid");
    expect(result.issues.find((i) => i.severity === "error")).toMatchObject({
      row: 3,
      column: "Mã đơn vị",
      value: "x",
    });
  });

  test("a unit code not in `Đơn vị` is a warning and no unit", () => {
    const input = councilInput({ units: [{ code: "X" }], criteria: TEN, scores: { A: { X: [9] } } });
    input.scoreSheets[0].rows.push({ row: 3, unit: "ZZ", recused: null, values: [8] });
    const result = evaluate(input, { currentYear: 2023 });
    expect(result.units.map((u) => u.code)).toEqual(["X"]);
    expect(result.issues).toEqual([expect.objectContaining({ severity: "warning", row: 3, value: "ZZ" })]);
  });

  test("§9 a recused row is ignored entirely, even its bad cells", () => {
    const input = councilInput({
      units: [{ code: "X" }],
      criteria: TEN,
      scores: { A: { X: [9] }, B: { X: "R" } },
    });
    input.scoreSheets[1].rows[0].values = ["không chấm"];
    const result = evaluate(input, { currentYear: 2023 });
    expect(unit(result, "X").status).toBe("ranked");
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("§9 an unreadable `Miễn chấm` cell is a unit error", () => {
    const input = councilInput({
      units: [{ code: "X" }, { code: "Y" }],
      criteria: TEN,
      scores: { A: { X: [9], Y: "R" } },
    });
    input.scoreSheets[0].rows[0].recused = "có lẽ";
    const result = evaluate(input, { currentYear: 2023 });
    expect(unit(result, "X").status).toBe("invalid");
    expect(result.issues.find((i) => i.severity === "error")).toMatchObject({
      column: "Miễn chấm",
      value: "có lẽ",
    });
  });

  test("a header one edit from a criterion code gets a typo warning (`TC 1`, `TCI`, `TC11`)", () => {
    for (const header of ["TC 1", "TCI", "TC11"]) {
      const input = councilInput({ units: [{ code: "X" }], criteria: TEN, scores: { A: { X: [9] } } });
      input.scoreSheets[0].columns.push({ header, col: 5 });
      input.scoreSheets[0].rows[0].values.push(7);
      const result = evaluate(input, { currentYear: 2023 });
      const typo = result.issues.find((i) => i.message.key === "warn.criterionTypo");
      expect(typo).toMatchObject({ severity: "warning", row: 1, column: header, col: 5 });
      expect(render("vi", typo!.message)).toMatch(/gần giống 'TC1'/);
    }
  });

  test("the member is the text after the first `-`; a sheet named just `Chấm điểm` is `Hội đồng`", () => {
    expect(memberOfSheet("Chấm điểm - Nguyễn Văn A")).toBe("Nguyễn Văn A");
    expect(memberOfSheet("Chấm điểm – Lò Thị Mai")).toBe("Lò Thị Mai");
    expect(memberOfSheet("Chấm điểm")).toBe("Hội đồng");
    expect(memberOfSheet("CHAM DIEM")).toBe("Hội đồng");
  });
});

describe("§3.4 discrepancy: max − min > threshold% × max points gives a warning", () => {
  test("9 and 5 on a 10-point criterion differ by 4 > 30% × 10: a warning naming unit, criterion, members, scores", () => {
    const result = scores({ A: { X: [9] }, B: { X: [5] } });
    const warning = warnings(result).find((w) => w.message.key === "warn.discrepancy");
    expect(warning).toMatchObject({ sheet: "Chấm điểm - A", row: 2, column: "TC1" });
    expect(render("vi", warning!.message)).toBe("Điểm TC1 của X chênh lệch 4 điểm (> 30% × 10): A: 9; B: 5");
  });

  test("exactly the threshold is not a discrepancy; the threshold is a setting", () => {
    expect(warnings(scores({ A: { X: [9] }, B: { X: [6] } }))).toEqual([]);
    const strict = scores({ A: { X: [9] }, B: { X: [6] } }, { settings: { "Ngưỡng chênh lệch (%)": 20 } });
    expect(warnings(strict).map((w) => w.message.key)).toEqual(["warn.discrepancy"]);
  });

  test("§9 discrepancy warnings use entered scores only (a Tính 0 zero is not compared)", () => {
    const result = scores({ A: { X: [9] }, B: { X: [null] } }, { settings: { "Thiếu điểm": "Tính 0" } });
    expect(warnings(result)).toEqual([]);
  });
});

describe("§2 Tự chấm: self scores never count; a gap above the threshold is a warning", () => {
  test("self 95 vs council 80 (gap 15 > 10) warns; self 85 does not", () => {
    const result = run({
      units: [{ code: "X" }, { code: "Y" }],
      scores: { A: { X: [80], Y: [80] } },
      selfScores: { X: [95], Y: [85] },
    });
    expect(unit(result, "X").scored).toBe(8000);
    const gaps = warnings(result).filter((w) => w.message.key === "warn.selfScoreGap");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ sheet: "Tự chấm", value: "X" });
  });

  test("§9 the gap compares Scored + Bonus − criteria deductions (deadline deductions left out)", () => {
    const result = run({
      units: [{ code: "X" }],
      criteria: [
        { code: "TC1", max: 100 },
        { code: "TR", max: 10, kind: "Điểm trừ" },
      ],
      scores: { A: { X: [90, 5] } },
      selfScores: { X: [90, 0] }, // 90 vs 85: gap 5, within 10 (the −4 of missing reports is left out)
    });
    expect(warnings(result).filter((w) => w.message.key === "warn.selfScoreGap")).toEqual([]);
  });
});
