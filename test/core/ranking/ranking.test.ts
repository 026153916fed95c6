import { competitionRanks } from "../../../src/core/ranking/ranking";
import { run, unit, withTotals } from "../helpers/council";

describe("§5 rank: 1 + the number of ranked units of the bloc with a strictly greater Total (RANK.EQ)", () => {
  test("95, 95, 90 → ranks 1, 1, 3", () => {
    expect(competitionRanks([9500, 9500, 9000])).toEqual([1, 1, 3]);
    expect(competitionRanks([9000, 9500, 9500])).toEqual([3, 1, 1]);
  });

  test("units are ranked inside their own bloc; incomplete units take no rank", () => {
    const result = run({
      units: [
        { code: "A1", bloc: "Khối A" },
        { code: "A2", bloc: "Khối A" },
        { code: "B1", bloc: "Khối B" },
        { code: "B2", bloc: "Khối B" },
      ],
      criteria: [{ code: "TC1", max: 100 }],
      scores: { M: { A1: [95], A2: [95], B1: [80], B2: [null] } },
    });
    expect([unit(result, "A1").rank, unit(result, "A2").rank, unit(result, "B1").rank]).toEqual([1, 1, 1]);
    expect(unit(result, "B2").rank).toBeNull();
  });
});

describe("§5 class: the class with the highest `Điểm từ` ≤ the Total", () => {
  test("default classes: 90 → Hoàn thành xuất sắc, 89.99 → tốt, 65 → Hoàn thành nhiệm vụ, 10 → Không hoàn thành", () => {
    // totals after the default deadline deductions (no registration: 0; two missing reports: −4)
    const result = run({
      units: [{ code: "A" }, { code: "B" }, { code: "C" }, { code: "D" }],
      ...withTotals({ A: 94, B: 93.99, C: 69, D: 14 }),
    });
    expect(unit(result, "A").class).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(unit(result, "B").class).toBe("Hoàn thành tốt nhiệm vụ");
    expect(unit(result, "C").class).toBe("Hoàn thành nhiệm vụ");
    expect(unit(result, "D").class).toBe("Không hoàn thành nhiệm vụ");
  });

  test("`Xếp loại` replaces the defaults; a Total below every class gets none", () => {
    const result = run({
      units: [{ code: "A" }, { code: "B" }],
      ...withTotals({ A: 84, B: 40 }),
      deadlines: [],
      classes: [
        ["Loại A", 80],
        ["Loại B", 50],
      ],
    });
    expect(unit(result, "A").class).toBe("Loại A");
    expect(unit(result, "B").class).toBeNull();
  });
});
