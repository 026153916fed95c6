import { render } from "../../../src/core/i18n";
import { run, simpleCouncil, unit } from "../helpers/council";

const why = (result: ReturnType<typeof run>, code: string) =>
  unit(result, code).reasons.map((r) => render("vi", r));

describe("§5 allocation by priority, with limits, ties and at most one award per unit", () => {
  test("a tie at the cut-off leaves both tied units for the lower award", () => {
    const result = run(
      simpleCouncil({ A: 95, B: 92, C: 92, D: 80 }, [
        { code: "BK", priority: 1, maxCount: 2 },
        { code: "GK", priority: 2 },
      ]),
    );
    expect(unit(result, "A").award).toBe("BK");
    expect(unit(result, "B").award).toBe("GK");
    expect(unit(result, "C").award).toBe("GK");
    expect(result.quotas[0]).toMatchObject({ award: "BK", limit: 2, granted: 1, tie: true });
    expect(why(result, "B")).toContain(
      "Không được BK: đồng điểm tại ngưỡng chỉ tiêu (2) — Hội đồng quyết định",
    );
    expect(why(result, "D")).toContain("Không được BK: ngoài chỉ tiêu (2)");
  });

  test("the tied at the L-th Total get A when all of them fit", () => {
    const result = run(
      simpleCouncil({ A: 95, B: 92, C: 92, D: 80 }, [{ code: "BK", priority: 1, maxCount: 3 }]),
    );
    expect(result.units.filter((u) => u.award === "BK").map((u) => u.code)).toEqual(["A", "B", "C"]);
    expect(result.quotas[0].tie).toBe(false);
  });

  test("Ưu tiên khi đồng điểm = Tỷ lệ nữ: the tied with ≥ 70% women go first when all of them fit", () => {
    const spec = simpleCouncil({ A: 95, B: 92, C: 92, D: 92 }, [{ code: "BK", priority: 1, maxCount: 2 }], {
      settings: { "Ưu tiên khi đồng điểm": "Tỷ lệ nữ" },
    });
    spec.units = [{ code: "A" }, { code: "B", women: 75 }, { code: "C", women: 69.9 }, { code: "D" }];
    const result = run(spec);
    expect(result.units.filter((u) => u.award === "BK").map((u) => u.code)).toEqual(["A", "B"]);
    expect(result.quotas[0]).toMatchObject({ granted: 2, tie: true }); // C and D are left of the tie
  });

  test("§9 the women preference grants nobody when the preferred do not all fit", () => {
    const spec = simpleCouncil({ A: 95, B: 92, C: 92, D: 92 }, [{ code: "BK", priority: 1, maxCount: 2 }], {
      settings: { "Ưu tiên khi đồng điểm": "Tỷ lệ nữ" },
    });
    spec.units = [{ code: "A" }, { code: "B", women: 75 }, { code: "C", women: 80 }, { code: "D" }];
    const result = run(spec);
    expect(result.units.filter((u) => u.award === "BK").map((u) => u.code)).toEqual(["A"]);
    expect(result.quotas[0]).toMatchObject({ granted: 1, tie: true });
  });

  test("without the preference, women share does not break a tie", () => {
    const spec = simpleCouncil({ A: 95, B: 92, C: 92 }, [{ code: "BK", priority: 1, maxCount: 2 }]);
    spec.units = [{ code: "A" }, { code: "B", women: 90 }, { code: "C" }];
    expect(
      run(spec)
        .units.filter((u) => u.award === "BK")
        .map((u) => u.code),
    ).toEqual(["A"]);
  });

  test("§9 a limit of 0 grants nothing and is not a tie", () => {
    const result = run(simpleCouncil({ A: 95, B: 95 }, [{ code: "BK", priority: 1, maxCount: 0 }]));
    expect(result.quotas[0]).toMatchObject({ limit: 0, granted: 0, tie: false });
    expect(why(result, "A")).toContain("Không được BK: ngoài chỉ tiêu (0)");
  });

  test("a unit gets at most one award, the highest it qualifies for; the others stay candidates below", () => {
    const result = run(
      simpleCouncil({ A: 95, B: 90, C: 85 }, [
        { code: "CO", priority: 1, maxCount: 1 },
        { code: "BK", priority: 2, maxCount: 1 },
        { code: "GK", priority: 3 },
      ]),
    );
    expect(result.units.map((u) => [u.code, u.award])).toEqual([
      ["A", "CO"],
      ["B", "BK"],
      ["C", "GK"],
    ]);
    expect(why(result, "C")).toEqual(
      expect.arrayContaining(["Không được CO: ngoài chỉ tiêu (1)", "Không được BK: ngoài chỉ tiêu (1)"]),
    );
  });

  test("priority order decides, not the row order of `Danh hiệu`", () => {
    const result = run(
      simpleCouncil({ A: 95, B: 90 }, [
        { code: "GK", priority: 3 },
        { code: "CO", priority: 1, maxCount: 1 },
      ]),
    );
    expect([unit(result, "A").award, unit(result, "B").award]).toEqual(["CO", "GK"]);
    expect(result.quotas.map((q) => q.award)).toEqual(["CO", "GK"]);
  });

  test("scope `Toàn bộ`: one group of all units across blocs", () => {
    const spec = simpleCouncil({ A1: 95, A2: 93, B1: 94 }, [
      { code: "TLD", priority: 1, scope: "Toàn bộ", maxCount: 2 },
    ]);
    spec.units = [
      { code: "A1", bloc: "Khối A" },
      { code: "A2", bloc: "Khối A" },
      { code: "B1", bloc: "Khối B" },
    ];
    const result = run(spec);
    expect(
      result.units
        .filter((u) => u.award === "TLD")
        .map((u) => u.code)
        .sort(),
    ).toEqual(["A1", "B1"]);
  });
});
