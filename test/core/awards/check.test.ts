import { render } from "../../../src/core/i18n";
import type { AwardSpec } from "../helpers/council";
import { run, simpleCouncil, unit } from "../helpers/council";

const AWARDS: AwardSpec[] = [
  { code: "CO", name: "Cờ thi đua", priority: 1, maxRank: 1, maxCount: 1 },
  { code: "BK", name: "Bằng khen", priority: 2, minPoints: 85, maxCount: 2 },
];
const TOTALS = { A: 98, B: 95, C: 92, D: 90, E: 80 };

function check(proposals: [string, string][]) {
  return run(simpleCouncil(TOTALS, AWARDS, { proposals }));
}

const kinds = (result: ReturnType<typeof run>) => result.violations.map((v) => [v.unit, v.award, v.kind]);

describe("§5 check mode: a `Đề nghị` sheet is checked instead of allocating", () => {
  test("valid proposals are granted; the mode is check", () => {
    const result = check([
      ["A", "CO"],
      ["B", "BK"],
      ["C", "BK"],
    ]);
    expect(result.mode).toBe("check");
    expect(result.violations).toEqual([]);
    expect(result.units.map((u) => u.award)).toEqual(["CO", "BK", "BK", null, null]);
    expect(result.quotas.map((q) => [q.award, q.limit, q.granted, q.tie])).toEqual([
      ["CO", 1, 1, false],
      ["BK", 2, 2, false],
    ]);
  });

  test("`standard`: a proposal that fails a standard names each failed one, and gets no award", () => {
    const result = check([
      ["A", "CO"],
      ["E", "BK"],
      ["B", "CO"],
    ]);
    expect(kinds(result)).toEqual([
      ["E", "BK", "standard"],
      ["B", "CO", "standard"],
      // E's failed proposal still sets the lowest BK Total (80): C and D above it were not proposed
      ["C", "BK", "skipped-higher"],
      ["D", "BK", "skipped-higher"],
    ]);
    expect(render("vi", result.violations[0].message)).toBe("Không đạt: tổng điểm 80 < 85");
    expect(unit(result, "E").award).toBeNull();
  });

  test("§9 a proposed unit that exists but is not ranked: kind `standard`", () => {
    const spec = simpleCouncil(TOTALS, AWARDS, { proposals: [["D", "BK"]] });
    (spec.scores!.A as Record<string, unknown[]>).D = [null];
    const result = run(spec);
    expect(kinds(result)).toEqual([["D", "BK", "standard"]]);
    expect(render("en", result.violations[0].message)).toBe(
      "Not eligible: the unit is not ranked (Incomplete)",
    );
  });

  test("`duplicate`: the later proposal of a unit proposed twice; the first is checked as usual", () => {
    const result = check([
      ["B", "BK"],
      ["A", "CO"],
      ["B", "CO"],
    ]);
    expect(kinds(result)).toEqual([["B", "CO", "duplicate"]]);
    expect(render("vi", result.violations[0].message)).toBe("Dòng 4: đơn vị đã được đề nghị ở dòng 2");
    expect(unit(result, "B").award).toBe("BK");
  });

  test("`unknown-unit`: a unit code not in `Đơn vị`", () => {
    const result = check([["ZZ", "BK"]]);
    expect(kinds(result)).toEqual([["ZZ", "BK", "unknown-unit"]]);
  });

  test("§9 an unknown award is an error issue", () => {
    const result = check([["B", "Huân chương"]]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ sheet: "Đề nghị", row: 2, column: "Danh hiệu", value: "Huân chương" }),
    ]);
  });

  test("awards may be proposed by name", () => {
    const result = check([["B", "bằng khen"]]);
    expect(unit(result, "B").award).toBe("BK");
  });

  test("`quota`: proposals beyond the limit, the lowest Totals flagged", () => {
    const result = check([
      ["B", "BK"],
      ["D", "BK"],
      ["C", "BK"],
    ]);
    expect(kinds(result)).toEqual([
      ["D", "BK", "quota"],
      ["A", "BK", "skipped-higher"],
    ]);
    expect(unit(result, "D").award).toBeNull();
    expect(result.quotas.find((q) => q.award === "BK")).toMatchObject({ limit: 2, granted: 2, tie: false });
  });

  test("§9 only proposals that meet the standards use the quota", () => {
    const result = check([
      ["E", "BK"],
      ["B", "BK"],
      ["C", "BK"],
    ]);
    expect(kinds(result)).toEqual([
      ["E", "BK", "standard"],
      ["A", "BK", "skipped-higher"],
      ["D", "BK", "skipped-higher"],
    ]);
    expect(result.quotas.find((q) => q.award === "BK")).toMatchObject({ limit: 2, granted: 2 });
  });

  test("§9 when the cut-off falls inside a tie, all the tied are flagged", () => {
    const result = run(
      simpleCouncil({ A: 98, B: 92, C: 92, D: 70 }, AWARDS, {
        proposals: [
          ["A", "BK"],
          ["B", "BK"],
          ["C", "BK"],
        ],
      }),
    );
    expect(kinds(result).sort()).toEqual([
      ["B", "BK", "quota"],
      ["C", "BK", "quota"],
    ]);
    expect(result.quotas.find((q) => q.award === "BK")).toMatchObject({ granted: 1, tie: true });
  });

  test("`skipped-higher`: meets A, ranks above the lowest proposed for A, proposed neither for A nor higher (also a warning)", () => {
    const result = check([
      ["C", "BK"],
      ["D", "BK"],
      ["A", "CO"],
    ]);
    // B meets BK, 95 > 90 (the lowest BK proposal), not proposed: skipped; A was proposed higher (CO)
    expect(kinds(result)).toEqual([["B", "BK", "skipped-higher"]]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "Đề nghị",
        row: null,
        column: "Mã đơn vị",
        value: "B",
      }),
    ]);
  });

  test("a unit proposed for a lower award can be skipped for a higher one", () => {
    const result = run(
      simpleCouncil(TOTALS, [...AWARDS, { code: "GK", priority: 3 }], {
        proposals: [
          ["B", "CO"],
          ["A", "GK"],
        ],
      }),
    );
    expect(kinds(result)).toEqual(
      expect.arrayContaining([
        ["B", "CO", "standard"],
        ["A", "CO", "skipped-higher"],
      ]),
    );
  });
});
