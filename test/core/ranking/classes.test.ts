/**
 * WORKBOOK.md §10.1–§10.3 and §10.6: class conditions, a unit's max class, and the share cap of a
 * class (./src/core/classes.ts).
 */
import { render } from "../../../src/core/i18n";
import { toJson } from "../../../src/core/result/json";
import type { AwardSpec, ClassRow, CouncilSpec, CriterionSpec, UnitSpec } from "../helpers/council";
import { registerAll, run, unit } from "../helpers/council";

const why = (result: ReturnType<typeof run>, code: string) =>
  unit(result, code).reasons.map((r) => render("vi", r));
const classes = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.units.map((u) => [u.code, u.class]));

/** Four `Chấm điểm` criteria in three groups, 100 points in all. */
const GROUPED: CriterionSpec[] = [
  { code: "TC1", max: 20, group: "I. Tổ chức" },
  { code: "TC2", max: 40, group: "II. Phong trào" },
  { code: "TC3", max: 35, group: "II. Phong trào" },
  { code: "TC4", max: 5, group: "III. Báo cáo" },
];

const CONDITIONED: ClassRow[] = [
  ["Xuất sắc", 90, { noZero: "Có", minGroupSharePct: 60 }],
  ["Tốt", 80, { noZero: "x" }],
  ["Đạt", 50],
  ["Chưa đạt", 0],
];

/** One member's scores per unit (criteria in order), every unit registered, no deadline deductions. */
function council(
  scores: Record<string, (number | null)[]>,
  extra: Partial<CouncilSpec> = {},
  units?: UnitSpec[],
): CouncilSpec {
  const codes = Object.keys(scores);
  const awards = extra.awards ?? [];
  return {
    units: units ?? codes.map((code) => ({ code })),
    criteria: GROUPED,
    scores: { A: scores },
    registrations: registerAll(codes, awards.map((a) => a.code).join("; ")),
    deadlines: [],
    classes: CONDITIONED,
    ...extra,
  };
}

describe("§10.1 class conditions: the highest class by points whose conditions the unit meets", () => {
  test("`Không có tiêu chí 0` and `Tỷ lệ tối thiểu mỗi nhóm (%)`; the fallback to the next lower class", () => {
    const result = run(
      council({
        U1: [20, 40, 35, 5], // 100: meets everything
        U2: [20, 40, 35, 0], // 95: TC4 is 0 → neither Xuất sắc nor Tốt
        U3: [10, 40, 35, 5], // 90: group I at 50%
        U4: [20, 40, 35, 2], // 97: group III at 40%
      }),
    );
    expect(classes(result)).toEqual({ U1: "Xuất sắc", U2: "Đạt", U3: "Tốt", U4: "Tốt" });
    expect(why(result, "U2")).toEqual(
      expect.arrayContaining([
        "Không đạt Xuất sắc: tiêu chí TC4 được 0 điểm",
        "Không đạt Tốt: tiêu chí TC4 được 0 điểm",
      ]),
    );
    expect(why(result, "U3")).toContain("Không đạt Xuất sắc: nhóm I. Tổ chức đạt 50% (cần 60%)");
    expect(why(result, "U4")).toContain("Không đạt Xuất sắc: nhóm III. Báo cáo đạt 40% (cần 60%)");
    expect(render("en", unit(result, "U4").reasons[1])).toBe(
      "Not Xuất sắc: group III. Báo cáo reached 40% (needs 60%)",
    );
    expect(why(result, "U1").some((r) => r.startsWith("Không đạt X"))).toBe(false);
  });

  test("reasons name only the classes reached by points: a unit at 85 with a 0 says nothing of Xuất sắc", () => {
    const result = run(council({ U: [20, 40, 25, 0] }));
    expect(unit(result, "U").class).toBe("Đạt");
    expect(why(result, "U").filter((r) => r.startsWith("Không đạt"))).toEqual([
      "Không đạt Tốt: tiêu chí TC4 được 0 điểm",
    ]);
  });

  test("§10.6 a(u,c) = 0 is the aggregated score after rounding: members' 0 and 1 give 0,5, not 0", () => {
    const spec = council({ U: [20, 40, 35, 0], V: [20, 40, 35, 0] });
    spec.scores = {
      A: { U: [20, 40, 35, 0], V: [20, 40, 35, 0] },
      B: { U: [20, 40, 35, 1], V: [20, 40, 35, 0] },
    };
    const result = run(spec);
    // U's TC4 is 0,5: no zero, so Tốt (its group III is at 10%, short of Xuất sắc's 60%); V's is 0
    expect(classes(result)).toEqual({ U: "Tốt", V: "Đạt" });
  });

  test("§10.6 without a `Nhóm` column all `Chấm điểm` criteria form one group; bonus and deductions are no group", () => {
    const result = run(
      council(
        { U: [45, 49, 0], V: [50, 46, 0] },
        {
          criteria: [
            { code: "TC1", max: 50 },
            { code: "TC2", max: 50 },
            { code: "DT", max: 5, kind: "Điểm thưởng" },
          ],
          classes: [
            ["Xuất sắc", 90, { noZero: "Có", minGroupSharePct: 95 }],
            ["Tốt", 0],
          ],
        },
      ),
    );
    // U: 94 of 100 = 94% < 95%; V: 96%. The Điểm thưởng criterion at 0 is no `Chấm điểm` zero.
    expect(classes(result)).toEqual({ U: "Tốt", V: "Xuất sắc" });
    expect(why(result, "U")).toContain("Không đạt Xuất sắc: nhóm (không ghi nhóm) đạt 94% (cần 95%)");
  });

  test("the share reached is shown rounded down, so a share just short of the minimum never reads as enough", () => {
    const result = run(
      council(
        { U: [17.99, 70, 10] },
        {
          criteria: [
            { code: "TC1", max: 30, group: "I" },
            { code: "TC2", max: 70, group: "II" },
            { code: "TC3", max: 10, group: "II" },
          ],
          classes: [
            ["Xuất sắc", 90, { minGroupSharePct: 60 }],
            ["Tốt", 0],
          ],
        },
      ),
    );
    expect(unit(result, "U").class).toBe("Tốt");
    // 17,99 of 30 is 59,9666…%: shown as 59,96%, not 59,97% or 60%
    expect(why(result, "U")).toContain("Không đạt Xuất sắc: nhóm I đạt 59,96% (cần 60%)");
  });

  test("a unit that meets no class's conditions gets the class with the lowest `Điểm từ`", () => {
    const result = run(
      council(
        { U: [20, 40, 35, 0] },
        {
          classes: [
            ["Xuất sắc", 90, { noZero: "Có" }],
            ["Đạt", 0, { noZero: "Yes" }],
          ],
        },
      ),
    );
    expect(unit(result, "U").class).toBe("Đạt");
    expect(why(result, "U")).toEqual(
      expect.arrayContaining([
        "Không đạt Xuất sắc: tiêu chí TC4 được 0 điểm",
        "Không đạt Đạt: tiêu chí TC4 được 0 điểm",
        "Không đạt điều kiện của xếp loại nào: xếp Đạt (mức thấp nhất)",
      ]),
    );
  });

  test("§10.6 a Total below every `Điểm từ` still gives no class", () => {
    const result = run(council({ U: [10, 10, 10, 0] }, { classes: [["Tốt", 80, { noZero: "Có" }]] }));
    expect(unit(result, "U").class).toBeNull();
    expect(why(result, "U")).toContain("Tổng điểm thấp hơn mọi mức xếp loại: không xếp loại");
  });

  test("award standards use the class the conditions give (`Xếp loại tối thiểu`)", () => {
    const awards: AwardSpec[] = [{ code: "BK", priority: 1, minClass: "Xuất sắc" }];
    const result = run(council({ U1: [20, 40, 35, 5], U2: [20, 40, 35, 0] }, { awards }));
    expect(unit(result, "U1").award).toBe("BK");
    expect(unit(result, "U2").award).toBeNull();
    expect(why(result, "U2")).toContain("Không đạt BK: xếp loại chưa đạt 'Xuất sắc'");
  });
});

describe("§10.3 `Xếp loại tối đa` of `Đơn vị`: a unit's class is at most this one", () => {
  test("the highest class with `Điểm từ` ≤ both the Total and the max class's, and the reason says why", () => {
    const result = run(
      council({ U1: [20, 40, 35, 5], U2: [20, 40, 35, 5], U3: [10, 30, 30, 5] }, {}, [
        { code: "U1", maxClass: "Tốt" },
        { code: "U2", maxClass: "Xuất sắc" },
        { code: "U3", maxClass: "tot" }, // names compare normalised; 75 is below Tốt anyway
      ]),
    );
    expect(classes(result)).toEqual({ U1: "Tốt", U2: "Xuất sắc", U3: "Đạt" });
    expect(why(result, "U1")).toContain("Xếp loại tối đa theo trang Đơn vị: Tốt");
    expect(render("en", unit(result, "U1").reasons[1])).toBe("Max class from the Units sheet: Tốt");
    expect(why(result, "U2").some((r) => r.startsWith("Xếp loại tối đa"))).toBe(false);
    expect(why(result, "U3").some((r) => r.startsWith("Xếp loại tối đa"))).toBe(false);
  });

  test("the max class's conditions still apply: below it, the fallback of §10.1", () => {
    const result = run(council({ U: [20, 40, 35, 0] }, {}, [{ code: "U", maxClass: "Tốt" }]));
    expect(unit(result, "U").class).toBe("Đạt");
    expect(why(result, "U")).toEqual(
      expect.arrayContaining([
        "Xếp loại tối đa theo trang Đơn vị: Tốt",
        "Không đạt Tốt: tiêu chí TC4 được 0 điểm",
      ]),
    );
    // §10.6: the fallback covers the classes up to the max class: nothing is said of Xuất sắc
    expect(why(result, "U").some((r) => r.includes("Không đạt Xuất sắc"))).toBe(false);
  });

  test("a name that is not a class is a unit error of that unit; the others go on", () => {
    const result = run(
      council({ U1: [20, 40, 35, 5], U2: [20, 40, 35, 5] }, {}, [
        { code: "U1", maxClass: "Khá" },
        { code: "U2" },
      ]),
    );
    expect(result.ok).toBe(true);
    expect(unit(result, "U1")).toMatchObject({ status: "invalid", rank: null, class: null });
    expect(unit(result, "U2")).toMatchObject({ status: "ranked", rank: 1, class: "Xuất sắc" });
    const error = result.issues.find((i) => i.severity === "error");
    expect(error).toMatchObject({ sheet: "Đơn vị", row: 2, column: "Xếp loại tối đa", value: "Khá" });
    expect(error?.structural).toBe(false);
    expect(render("vi", error!.message)).toBe(
      "Xếp loại tối đa 'Khá' không có trong trang Xếp loại: cần tên một xếp loại",
    );
  });

  test("it works with the default classes (no `Xếp loại` sheet)", () => {
    const result = run(
      council({ U: [20, 40, 35, 5] }, { classes: null }, [{ code: "U", maxClass: "Hoàn thành nhiệm vụ" }]),
    );
    expect(unit(result, "U").class).toBe("Hoàn thành nhiệm vụ");
    expect(why(result, "U")).toContain("Xếp loại tối đa theo trang Đơn vị: Hoàn thành nhiệm vụ");
  });
});

/** Units with these totals on a single 100-point criterion, in one bloc unless given. */
function totals(
  byUnit: Record<string, number | null>,
  classRows: ClassRow[],
  extra: Partial<CouncilSpec> = {},
): CouncilSpec {
  const codes = Object.keys(byUnit);
  const awards = extra.awards ?? [];
  return {
    units: codes.map((code) => ({ code })),
    criteria: [{ code: "TC1", max: 100 }],
    scores: { A: Object.fromEntries(codes.map((c) => [c, [byUnit[c]]])) },
    registrations: registerAll(codes, awards.map((a) => a.code).join("; ")),
    deadlines: [],
    classes: classRows,
    ...extra,
  };
}

const XS = "Hoàn thành xuất sắc nhiệm vụ";
const TOT = "Hoàn thành tốt nhiệm vụ";
const HT = "Hoàn thành nhiệm vụ";
const KHT = "Không hoàn thành nhiệm vụ";
const capped = (sharePct: number | string, lower: ClassRow[] = []): ClassRow[] => [
  [XS, 90, { maxSharePct: sharePct }],
  ...(lower.length > 0
    ? lower
    : ([
        [TOT, 80],
        [HT, 65],
        [KHT, 0],
      ] as ClassRow[])),
];

describe("§10.2 the share cap of a class, per bloc, from the highest `Điểm từ` down", () => {
  test("base N = ranked units of at least the class below; L = share × N / 100 rounded; the rest move down", () => {
    const result = run(totals({ A: 98, B: 96, C: 94, D: 92, E: 85, F: 70 }, capped(20)));
    // N = 5 (at least Tốt), L = 20% × 5 = 1
    expect(classes(result)).toEqual({ A: XS, B: TOT, C: TOT, D: TOT, E: TOT, F: HT });
    expect(result.classQuotas).toEqual([
      {
        class: XS,
        group: "Khối A",
        share: 20,
        base: 5,
        limit: 1,
        kept: 1,
        tie: false,
        moved: ["B", "C", "D"],
        tied: [],
      },
    ]);
    expect(why(result, "B")).toContain(`Xếp ${TOT}: vượt tỷ lệ 20% ${XS} của khối (tối đa 1 trên 5 đơn vị)`);
    expect(render("en", unit(result, "B").reasons[1])).toBe(
      `Classed ${TOT}: over the 20% share of ${XS} in the bloc (at most 1 of 5 units)`,
    );
    expect(why(result, "A").some((r) => r.startsWith("Xếp "))).toBe(false);
  });

  test("L is rounded per `Làm tròn chỉ tiêu`: 30% of 5 is 1 (Xuống) or 2 (Gần nhất)", () => {
    const spec = totals({ A: 98, B: 96, C: 94, D: 92, E: 85 }, capped(30));
    expect(run(spec).classQuotas[0]).toMatchObject({ base: 5, limit: 1, kept: 1 });
    spec.settings = { "Làm tròn chỉ tiêu": "Gần nhất" };
    const nearest = run(spec);
    expect(nearest.classQuotas[0]).toMatchObject({ base: 5, limit: 2, kept: 2 });
    expect(classes(nearest)).toMatchObject({ A: XS, B: XS, C: TOT });
  });

  test("a tie at the class cut-off: the tied keep the class only if all of them fit; else all move, tie = true", () => {
    const result = run(totals({ A: 97, B: 95, C: 95, D: 85 }, capped(50)));
    // N = 4, L = 2: A is ahead of the 2nd; B and C tie at the 2nd and do not both fit
    expect(classes(result)).toEqual({ A: XS, B: TOT, C: TOT, D: TOT });
    expect(result.classQuotas).toEqual([
      {
        class: XS,
        group: "Khối A",
        share: 50,
        base: 4,
        limit: 2,
        kept: 1,
        tie: true,
        moved: ["B", "C"],
        tied: ["B", "C"],
      },
    ]);
    expect(why(result, "B")).toContain(
      `Xếp ${TOT}: đồng điểm tại ngưỡng tỷ lệ 50% ${XS} của khối (tối đa 2 trên 4 đơn vị) — Hội đồng quyết định`,
    );
    expect(toJson(result).classQuotas).toEqual([
      { class: XS, group: "Khối A", base: 4, limit: 2, kept: 1, tie: true },
    ]);
  });

  test("the tied at the cut-off keep the class when all of them fit", () => {
    const result = run(totals({ A: 95, B: 95, C: 85, D: 84, E: 60 }, capped(50)));
    expect(result.classQuotas[0]).toMatchObject({ base: 4, limit: 2, kept: 2, tie: false });
    expect(classes(result)).toMatchObject({ A: XS, B: XS });
  });

  test("§10.6 a limit of 0 (a share of 0, or too few units) moves every holder and is not a tie", () => {
    const zero = run(totals({ A: 95, B: 95, C: 85 }, capped(0)));
    expect(zero.classQuotas[0]).toMatchObject({ base: 3, limit: 0, kept: 0, tie: false });
    expect(classes(zero)).toEqual({ A: TOT, B: TOT, C: TOT });
    const few = run(totals({ A: 95, B: 85 }, capped(20)));
    expect(few.classQuotas[0]).toMatchObject({ base: 2, limit: 0, kept: 0, tie: false });
    expect(why(few, "A")).toContain(`Xếp ${TOT}: vượt tỷ lệ 20% ${XS} của khối (tối đa 0 trên 2 đơn vị)`);
  });

  test("§10.6 one row per (capped class, bloc of `Đơn vị`), also with base 0 and no holders; only ranked units count", () => {
    const spec = totals({ A1: 96, A2: 94, A3: 82, B1: 85, C1: null }, capped(50));
    spec.units = [
      { code: "A1", bloc: "Khối A" },
      { code: "A2", bloc: "Khối A" },
      { code: "A3", bloc: "Khối A" },
      { code: "B1", bloc: "Khối B" },
      { code: "C1", bloc: "Khối C" }, // incomplete: no rank, no class, not in any base
    ];
    const result = run(spec);
    expect(unit(result, "C1").status).toBe("incomplete");
    expect(
      result.classQuotas.map(({ group, base, limit, kept, tie }) => [group, base, limit, kept, tie]),
    ).toEqual([
      ["Khối A", 3, 1, 1, false],
      ["Khối B", 1, 0, 0, false],
      ["Khối C", 0, 0, 0, false],
    ]);
  });

  test("no class with a `Tỷ lệ tối đa (%)`: `classQuotas` is []", () => {
    const result = run(totals({ A: 98, B: 96 }, CONDITIONED));
    expect(result.classQuotas).toEqual([]);
    expect(toJson(result).classQuotas).toEqual([]);
  });

  test("classes are capped top-down: the units moved from above count in the lower class's base and holders", () => {
    const rows: ClassRow[] = [
      [XS, 90, { maxSharePct: 25 }],
      [TOT, 80, { maxSharePct: 50 }],
      [HT, 65],
      [KHT, 0],
    ];
    const result = run(totals({ A: 98, B: 96, C: 94, D: 88, E: 70, F: 50 }, rows));
    // XS: N = 4 (≥ Tốt), L = 1 → B, C move to Tốt. Tốt: N = 5 (≥ HT), L = 2, holders B, C, D → D moves.
    expect(classes(result)).toEqual({ A: XS, B: TOT, C: TOT, D: HT, E: HT, F: KHT });
    expect(result.classQuotas.map(({ class: c, base, limit, kept }) => [c, base, limit, kept])).toEqual([
      [XS, 4, 1, 1],
      [TOT, 5, 2, 2],
    ]);
  });

  test("a moved unit goes to the next lower class whose conditions it meets, else to the lowest class", () => {
    const rows: ClassRow[] = [
      ["Xuất sắc", 90, { maxSharePct: 0 }],
      ["Tốt", 80, { noZero: "Có" }],
      ["Đạt", 50, { noZero: "Có" }],
      ["Chưa đạt", 0],
    ];
    const spec = council({ U: [20, 40, 35, 0], V: [20, 40, 35, 5] }, { classes: rows });
    const result = run(spec);
    expect(classes(result)).toEqual({ U: "Chưa đạt", V: "Tốt" });
    expect(why(result, "U")).toEqual(
      expect.arrayContaining([
        "Xếp Chưa đạt: vượt tỷ lệ 0% Xuất sắc của khối (tối đa 0 trên 2 đơn vị)",
        "Không đạt Tốt: tiêu chí TC4 được 0 điểm",
        "Không đạt Đạt: tiêu chí TC4 được 0 điểm",
      ]),
    );
    // §10.6 "A unit moved by a cap that meets no lower class's conditions gets the lowest class."
    const noLowerMet = run(
      council(
        { U: [20, 40, 35, 0] },
        {
          classes: [
            ["Xuất sắc", 90, { maxSharePct: 0 }],
            ["Chưa đạt", 0, { noZero: "Có" }],
          ],
        },
      ),
    );
    expect(unit(noLowerMet, "U").class).toBe("Chưa đạt");
  });

  test("§10.3 is applied before §10.2: a unit capped by its max class is no holder of the capped class", () => {
    const spec = totals({ A: 98, B: 96, C: 85 }, capped(50));
    spec.units = [{ code: "A", maxClass: TOT }, { code: "B" }, { code: "C" }];
    const result = run(spec);
    // holders: B only; N = 3, L = 1: B keeps
    expect(classes(result)).toEqual({ A: TOT, B: XS, C: TOT });
    expect(result.classQuotas[0]).toMatchObject({ base: 3, limit: 1, kept: 1 });
  });

  test("award standards (min class) use the class after every cap", () => {
    const awards: AwardSpec[] = [
      { code: "BK", priority: 1, minClass: XS },
      { code: "GK", priority: 2, minClass: TOT },
    ];
    const result = run(totals({ A: 98, B: 96, C: 85 }, capped(34), { awards }));
    expect(result.units.map((u) => [u.code, u.class, u.award])).toEqual([
      ["A", XS, "BK"],
      ["B", TOT, "GK"],
      ["C", TOT, "GK"],
    ]);
    expect(why(result, "B")).toContain(`Không đạt BK: xếp loại chưa đạt '${XS}'`);
  });

  test("§1 a share written as text with % reads as the number: '20%' is 20", () => {
    const asText = run(totals({ A: 98, B: 96, C: 94, D: 92, E: 85 }, capped("20%")));
    const asNumber = run(totals({ A: 98, B: 96, C: 94, D: 92, E: 85 }, capped(20)));
    expect(asText.classQuotas).toEqual(asNumber.classQuotas);
    expect(classes(asText)).toEqual(classes(asNumber));
  });
});
