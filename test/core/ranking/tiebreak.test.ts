/**
 * WORKBOOK.md §10.4 and §10.6: `Phá đồng điểm` — "ahead" and "tied" replace "higher Total" and
 * "equal Total" in the rank, the cut at a limit, the women preference, check mode and §10.2
 * (./src/core/order.ts).
 */
import { render } from "../../../src/core/i18n";
import type { AwardSpec, ClassRow, CouncilSpec, UnitSpec } from "../helpers/council";
import { registerAll, run, unit } from "../helpers/council";

const why = (result: ReturnType<typeof run>, code: string) =>
  unit(result, code).reasons.map((r) => render("vi", r));
const ranks = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.units.map((u) => [u.code, u.rank]));
const awarded = (result: ReturnType<typeof run>) =>
  result.units.filter((u) => u.award !== null).map((u) => [u.code, u.award]);

/** TC1, TC2 (50 points each) and TR (`Điểm trừ`); one member; every unit registered; no deadlines. */
function council(
  scores: Record<string, [number, number, number?]>,
  tieBreak: string | null,
  extra: Partial<CouncilSpec> = {},
  units?: UnitSpec[],
): CouncilSpec {
  const codes = Object.keys(scores);
  const awards = extra.awards ?? [];
  return {
    units: units ?? codes.map((code) => ({ code })),
    criteria: [
      { code: "TC1", max: 50 },
      { code: "TC2", max: 50 },
      { code: "TR", max: 10, kind: "Điểm trừ" },
    ],
    scores: { A: Object.fromEntries(codes.map((c) => [c, [...scores[c]]])) },
    registrations: registerAll(codes, awards.map((a) => a.code).join("; ")),
    deadlines: [],
    ...extra,
    settings: { ...(tieBreak === null ? {} : { "Phá đồng điểm": tieBreak }), ...extra.settings },
  };
}

/** A, B, C at 90 (A and C equal on TC1 and TC2, B lower on TC1), D at 80. */
const EQUALS: Record<string, [number, number]> = { A: [45, 45], B: [40, 50], C: [45, 45], D: [40, 40] };

describe("§10.4 the rank: 1 + the number of ranked units of the bloc ahead of u", () => {
  test("without the setting ahead is a higher Total, as before: 90, 90, 90, 80 → 1, 1, 1, 4", () => {
    const result = run(council(EQUALS, null));
    expect(ranks(result)).toEqual({ A: 1, B: 1, C: 1, D: 4 });
    expect(why(result, "A").some((r) => r.startsWith("Bằng"))).toBe(false);
  });

  test("equal Totals are told apart by the first listed criterion where they differ", () => {
    const result = run(council(EQUALS, "TC1"));
    expect(ranks(result)).toEqual({ A: 1, C: 1, B: 3, D: 4 });
    expect(why(result, "A")).toEqual(
      expect.arrayContaining([
        "Bằng 90 điểm với C và bằng nhau ở mọi tiêu chí phá đồng điểm: đồng hạng",
        "Bằng 90 điểm với B; xếp trên nhờ TC1 (45 > 40)",
      ]),
    );
    expect(why(result, "B")).toContain("Bằng 90 điểm với A; xếp dưới vì TC1 (40 < 45)");
    expect(render("en", unit(result, "A").reasons[2])).toBe(
      "Equal at 90 points with B; ranked above on TC1 (45 > 40)",
    );
    expect(why(result, "D").some((r) => r.startsWith("Bằng"))).toBe(false);
  });

  test("a unit names at most 5 units of its equal Total, then how many more", () => {
    const scores = Object.fromEntries(
      ["A", "B", "C", "D", "E", "F", "G"].map((code, i) => [code, [40 + i, 50 - i] as [number, number]]),
    );
    const reasons = why(run(council(scores, "TC1")), "A").filter(
      (r) => r.startsWith("Bằng") || r.startsWith("Còn"),
    );
    expect(reasons).toHaveLength(6);
    expect(reasons[5]).toBe("Còn 1 đơn vị khác cũng được 90 điểm");
  });

  test("the list is read in order: `TC2; TC1` puts B first", () => {
    expect(ranks(run(council(EQUALS, "TC2; TC1")))).toEqual({ B: 1, A: 2, C: 2, D: 4 });
  });

  test("for a `Điểm trừ` criterion lower is better", () => {
    // A: 46 + 45 − 1 = 90; B: 45 + 47 − 2 = 90
    const result = run(council({ A: [46, 45, 1], B: [45, 47, 2] }, "TR"));
    expect(ranks(result)).toEqual({ A: 1, B: 2 });
    expect(why(result, "A")).toContain("Bằng 90 điểm với B; xếp trên nhờ TR (bị trừ 1 < 2)");
    expect(why(result, "B")).toContain("Bằng 90 điểm với A; xếp dưới vì TR (bị trừ 2 > 1)");
  });

  test("§10.6 codes are separated by `;` only, empty pieces skipped, compared case-insensitively", () => {
    expect(ranks(run(council(EQUALS, " ; tc2;;TC1 ; ")))).toEqual({ B: 1, A: 2, C: 2, D: 4 });
    expect(ranks(run(council(EQUALS, " ; ")))).toEqual({ A: 1, B: 1, C: 1, D: 4 }); // no code: as before
  });

  test("the setting is read by its English alias `Tie-break` too", () => {
    const spec = council(EQUALS, null, { settings: { "Tie-break": "TC1" } });
    expect(ranks(run(spec))).toEqual({ A: 1, C: 1, B: 3, D: 4 });
  });

  test("§10.6 an unknown code — or codes separated by a comma — is a structural error", () => {
    for (const value of ["TC1; TC9", "TC1, TC2"]) {
      const result = run(council(EQUALS, value));
      expect(result.ok).toBe(false);
      expect(result.issues.filter((i) => i.structural)).toEqual([
        expect.objectContaining({ sheet: "Cài đặt", row: 3, column: "Giá trị", value }),
      ]);
    }
    const result = run(council(EQUALS, "TC9"));
    expect(render("vi", result.issues[0].message)).toBe(
      "Phá đồng điểm: 'TC9' không phải mã tiêu chí trong trang Tiêu chí",
    );
  });

  test("`Hạng tối đa` uses the rank the tie-break gives", () => {
    const awards: AwardSpec[] = [{ code: "CO", priority: 1, maxRank: 1 }];
    const result = run(council(EQUALS, "TC1", { awards }));
    expect(awarded(result)).toEqual([
      ["A", "CO"],
      ["C", "CO"],
    ]);
    expect(why(result, "B")).toContain("Không đạt CO: hạng 3 > 1");
  });
});

describe("§10.4 allocation: the order of candidates and the cut at a limit use ahead and tied", () => {
  test("a unit ahead on the tie-break gets the last place; no tie is left for the council", () => {
    const awards: AwardSpec[] = [{ code: "BK", priority: 1, maxCount: 1 }];
    const before = run(council({ A: [45, 45], B: [40, 50] }, null, { awards }));
    expect(before.quotas[0]).toMatchObject({ granted: 0, tie: true });
    const after = run(council({ A: [45, 45], B: [40, 50] }, "TC1", { awards }));
    expect(after.quotas[0]).toMatchObject({ granted: 1, tie: false });
    expect(awarded(after)).toEqual([["A", "BK"]]);
    expect(why(after, "B")).toContain("Không được BK: ngoài chỉ tiêu (1)");
  });

  test("units tied on every listed criterion still tie at the cut-off", () => {
    const awards: AwardSpec[] = [{ code: "BK", priority: 1, maxCount: 1 }];
    const result = run(council({ A: [45, 45], C: [45, 45], B: [40, 50] }, "TC1", { awards }));
    expect(result.quotas[0]).toMatchObject({ granted: 0, tie: true });
    expect(why(result, "A")).toContain(
      "Không được BK: đồng điểm tại ngưỡng chỉ tiêu (1) — Hội đồng quyết định",
    );
    expect(why(result, "B")).toContain("Không được BK: ngoài chỉ tiêu (1)");
  });

  test("§10.6 the women preference's tied are the units tied on the tie-break too", () => {
    const awards: AwardSpec[] = [{ code: "BK", priority: 1, maxCount: 1 }];
    const settings = { "Ưu tiên khi đồng điểm": "Tỷ lệ nữ" };
    const units = (women: Record<string, number>) =>
      ["A", "B", "C"].map((code) => ({ code, women: women[code] ?? null }));
    const scores: Record<string, [number, number]> = { A: [45, 45], B: [40, 50], C: [45, 45] };
    // without the tie-break all three tie and B, the only one with ≥ 70% women, gets BK
    expect(awarded(run(council(scores, null, { awards, settings }, units({ B: 80 }))))).toEqual([
      ["B", "BK"],
    ]);
    // with it, B is behind A and C: it is not in the tie, and A and C have no preference
    const behind = run(council(scores, "TC1", { awards, settings }, units({ B: 80 })));
    expect(awarded(behind)).toEqual([]);
    expect(behind.quotas[0]).toMatchObject({ granted: 0, tie: true });
    // C, tied with A and with ≥ 70% women, goes first
    expect(awarded(run(council(scores, "TC1", { awards, settings }, units({ B: 80, C: 75 }))))).toEqual([
      ["C", "BK"],
    ]);
  });

  test("§10.6 `Toàn bộ` groups use ahead and tied across blocs", () => {
    const awards: AwardSpec[] = [{ code: "CO", priority: 1, scope: "Toàn bộ", maxCount: 1 }];
    const units = [
      { code: "A", bloc: "Khối A" },
      { code: "B", bloc: "Khối B" },
    ];
    const result = run(council({ A: [40, 50], B: [45, 45] }, "TC1", { awards }, units));
    expect(ranks(result)).toEqual({ A: 1, B: 1 }); // each leads its own bloc
    expect(awarded(result)).toEqual([["B", "CO"]]);
    expect(result.quotas[0]).toMatchObject({ group: "Toàn bộ", granted: 1, tie: false });
  });
});

describe("§10.4 and §10.6 check mode: over-quota proposals and `skipped-higher` use ahead and tied", () => {
  const awards: AwardSpec[] = [{ code: "BK", priority: 1, maxCount: 1 }];
  const kinds = (result: ReturnType<typeof run>) => result.violations.map((v) => [v.unit, v.award, v.kind]);

  test("over quota: the proposal behind the limit-th is flagged, not both as a tie", () => {
    const proposals: [string, string][] = [
      ["A", "BK"],
      ["B", "BK"],
    ];
    const before = run(council({ A: [45, 45], B: [40, 50] }, null, { awards, proposals }));
    expect(kinds(before)).toEqual([
      ["A", "BK", "quota"],
      ["B", "BK", "quota"],
    ]);
    expect(before.quotas[0]).toMatchObject({ granted: 0, tie: true });
    const after = run(council({ A: [45, 45], B: [40, 50] }, "TC1", { awards, proposals }));
    expect(kinds(after)).toEqual([["B", "BK", "quota"]]);
    expect(after.quotas[0]).toMatchObject({ granted: 1, tie: false });
    expect(unit(after, "A").award).toBe("BK");
  });

  test("over quota: proposals tied on every listed criterion at the cut-off are all flagged", () => {
    const proposals: [string, string][] = [
      ["A", "BK"],
      ["C", "BK"],
    ];
    const result = run(council({ A: [45, 45], C: [45, 45] }, "TC1", { awards, proposals }));
    expect(kinds(result)).toEqual([
      ["A", "BK", "quota"],
      ["C", "BK", "quota"],
    ]);
    expect(result.quotas[0]).toMatchObject({ tie: true });
  });

  test("`skipped-higher` reads “ahead of the lowest proposed unit”", () => {
    const proposals: [string, string][] = [["B", "BK"]];
    const before = run(council({ A: [45, 45], B: [40, 50] }, null, { awards, proposals }));
    expect(kinds(before)).toEqual([]); // A's Total is not above B's
    const after = run(council({ A: [45, 45], B: [40, 50] }, "TC1", { awards, proposals }));
    expect(kinds(after)).toEqual([["A", "BK", "skipped-higher"]]);
    expect(after.issues).toEqual([expect.objectContaining({ severity: "warning", value: "A" })]);
  });
});

describe("§10.4 in §10.2: the holders of a capped class are ordered by Total, then the tie-break", () => {
  const XS = "Hoàn thành xuất sắc nhiệm vụ";
  const TOT = "Hoàn thành tốt nhiệm vụ";
  const classes: ClassRow[] = [
    [XS, 90, { maxSharePct: 50 }],
    [TOT, 80],
    ["Hoàn thành nhiệm vụ", 0],
  ];

  test("equal Totals at the class cut-off: the tie-break decides, no tie", () => {
    const scores: Record<string, [number, number]> = { A: [45, 45], B: [40, 50] };
    const before = run(council(scores, null, { classes }));
    expect(before.classQuotas[0]).toMatchObject({ base: 2, limit: 1, kept: 0, tie: true });
    const after = run(council(scores, "TC1", { classes }));
    expect(after.classQuotas[0]).toMatchObject({ base: 2, limit: 1, kept: 1, tie: false });
    expect(after.units.map((u) => [u.code, u.class])).toEqual([
      ["A", XS],
      ["B", TOT],
    ]);
  });
});
