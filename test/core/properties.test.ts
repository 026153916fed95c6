/**
 * Property-based tests (fast-check) over random councils: the rules of WORKBOOK.md §5 and §10 that
 * must hold for every workbook, whatever its numbers.
 */
import fc from "fast-check";
import { evaluate, type CouncilResult } from "../../src/core/result/evaluate";
import { render } from "../../src/core/i18n";
import type { Raw } from "../../src/core/contract/values";
import {
  councilInput,
  type AwardSpec,
  type ClassConditions,
  type ClassRow,
  type CouncilSpec,
} from "./helpers/council";

const BLOCS = ["Khối A", "Khối B"];

interface Generated {
  spec: CouncilSpec;
  regDates: Map<string, number>; // unit → day of January–March 2023 (1 = 1 January)
}

const councilArb: fc.Arbitrary<Generated> = fc
  .record({
    unitCount: fc.integer({ min: 2, max: 12 }),
    memberCount: fc.integer({ min: 1, max: 5 }),
    maxes: fc.array(fc.constantFrom(10, 20, 40), { minLength: 1, maxLength: 3 }),
    seedScores: fc.array(
      fc.array(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }), {
        minLength: 5,
        maxLength: 5,
      }),
      {
        minLength: 12,
        maxLength: 12,
      },
    ),
    blocs: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 12, maxLength: 12 }),
    women: fc.array(fc.constantFrom(null, 40, 70, 85), { minLength: 12, maxLength: 12 }),
    registered: fc.array(
      fc.option(fc.record({ awards: fc.subarray(["CO", "BK", "GK"]), day: fc.integer({ min: 1, max: 50 }) })),
      {
        minLength: 12,
        maxLength: 12,
      },
    ),
    votes: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }),
    awards: fc.tuple(
      fc.record({
        maxRank: fc.option(fc.constantFrom(1, 2)),
        maxCount: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 8 }),
        minVotePct: fc.option(fc.constant(80)),
      }),
      fc.record({
        minPoints: fc.option(fc.integer({ min: 0, max: 100 })),
        maxSharePct: fc.option(fc.constantFrom(20, 25, 30, 50)),
        onTimeRequired: fc.boolean(),
        registrationRequired: fc.boolean(),
        scope: fc.constantFrom("Khối", "Toàn bộ"),
      }),
      fc.record({
        minClass: fc.option(fc.constantFrom("Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ")),
        maxCount: fc.option(fc.integer({ min: 1, max: 3 }), { freq: 8 }),
      }),
    ),
    aggregation: fc.constantFrom("Trung bình", "Trung bình cắt", "Trung vị"),
    rounding: fc.constantFrom("Xuống", "Gần nhất"),
    tie: fc.constantFrom("Không", "Tỷ lệ nữ"),
  })
  .map((g) => {
    const codes = Array.from({ length: g.unitCount }, (_, i) => `U${i + 1}`);
    const criteria = g.maxes.map((max, c) => ({ code: `TC${c + 1}`, max }));
    // scores on a coarse grid so that ties happen often; now and then an empty cell (incomplete)
    const scores: CouncilSpec["scores"] = {};
    for (let m = 0; m < g.memberCount; m++) {
      scores[`M${m + 1}`] = Object.fromEntries(
        codes.map((code, u) => [
          code,
          criteria.map((c, k) => {
            const seed = g.seedScores[u][m][k % 3];
            return seed % 400 === 0 ? null : [1, 0.75, 0.5][seed % 3] * c.max;
          }),
        ]),
      );
    }
    const regDates = new Map<string, number>();
    const registrations: [string, string, string][] = [];
    codes.forEach((code, u) => {
      const r = g.registered[u];
      if (!r) return;
      regDates.set(code, r.day);
      const date = new Date(Date.UTC(2023, 0, r.day));
      registrations.push([code, r.awards.join("; "), `${date.getUTCDate()}/${date.getUTCMonth() + 1}/2023`]);
    });
    const [co, bk, gk] = g.awards;
    const awards: AwardSpec[] = [
      { code: "CO", priority: 1, maxRank: co.maxRank, maxCount: co.maxCount, minVotePct: co.minVotePct },
      {
        code: "BK",
        priority: 2,
        minPoints: bk.minPoints,
        maxSharePct: bk.maxSharePct,
        onTimeRequired: bk.onTimeRequired ? "Có" : "Không",
        registrationRequired: bk.registrationRequired ? "Có" : "Không",
        scope: bk.scope,
      },
      { code: "GK", priority: 3, minClass: gk.minClass, maxCount: gk.maxCount },
    ];
    const spec: CouncilSpec = {
      units: codes.map((code, u) => ({ code, bloc: BLOCS[g.blocs[u]], women: g.women[u] })),
      criteria,
      scores,
      registrations,
      deadlines: [["Đăng ký thi đua", "10/02/2023", 1, 0]],
      awards,
      votes: codes.map((code, u) => [code, "CO", g.votes[u]]),
      settings: {
        "Cách tổng hợp điểm": g.aggregation,
        "Làm tròn chỉ tiêu": g.rounding,
        "Ưu tiên khi đồng điểm": g.tie,
        "Số thành viên Hội đồng": 9,
      },
    };
    return { spec, regDates };
  });

const evaluateSpec = (spec: CouncilSpec) => evaluate(councilInput(spec), { currentYear: 2023 });

/** What must not change when only the order of rows changes. */
function outcome(result: CouncilResult) {
  return {
    units: Object.fromEntries(
      result.units.map((u) => [
        u.code,
        [u.status, u.total, u.rank, u.class, u.award, u.awaitingVote].join(" "),
      ]),
    ),
    quotas: result.quotas.map((q) => [q.award, q.group, q.limit, q.granted, q.tie].join(" ")).sort(),
  };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let s = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const RUNS = { numRuns: 300 };

test("the random councils exercise awards, ties at the cut-off, and unranked units", () => {
  const results = fc.sample(councilArb, { numRuns: 200, seed: 42 }).map(({ spec }) => evaluateSpec(spec));
  const share = (predicate: (r: CouncilResult) => boolean) =>
    results.filter(predicate).length / results.length;
  expect(share((r) => r.units.some((u) => u.award !== null))).toBeGreaterThan(0.5);
  expect(share((r) => r.quotas.some((q) => q.tie))).toBeGreaterThan(0.02);
  expect(share((r) => r.units.some((u) => u.award === "CO"))).toBeGreaterThan(0.05);
  expect(share((r) => r.units.some((u) => u.status === "incomplete"))).toBeGreaterThan(0.05);
});

describe("§5 properties of every result", () => {
  test("a rank is 1 + the number of strictly greater Totals among the ranked units of the bloc", () => {
    fc.assert(
      fc.property(councilArb, ({ spec }) => {
        const result = evaluateSpec(spec);
        for (const u of result.units) {
          if (u.status !== "ranked") {
            expect(u.rank).toBeNull();
            continue;
          }
          const greater = result.units.filter(
            (o) => o.status === "ranked" && o.bloc === u.bloc && (o.total as number) > (u.total as number),
          );
          expect(u.rank).toBe(1 + greater.length);
        }
      }),
      RUNS,
    );
  });

  test("no award exceeds its limit in any group, and each quota counts the units granted there", () => {
    fc.assert(
      fc.property(councilArb, ({ spec }) => {
        const result = evaluateSpec(spec);
        for (const q of result.quotas) {
          if (q.limit !== null) expect(q.granted).toBeLessThanOrEqual(q.limit);
          const inGroup = result.units.filter(
            (u) => u.award === q.award && (q.group === "Toàn bộ" || u.bloc === q.group),
          );
          expect(inGroup).toHaveLength(q.granted);
        }
      }),
      RUNS,
    );
  });

  test("no unit gets two awards: the grants of all quotas add up to the units with an award", () => {
    fc.assert(
      fc.property(councilArb, ({ spec }) => {
        const result = evaluateSpec(spec);
        const granted = result.quotas.reduce((sum, q) => sum + q.granted, 0);
        expect(granted).toBe(result.units.filter((u) => u.award !== null).length);
      }),
      RUNS,
    );
  });

  test("every granted unit meets every standard of its award (checked here from the input)", () => {
    const classFrom: Record<string, number> = {
      "Hoàn thành xuất sắc nhiệm vụ": 9000,
      "Hoàn thành tốt nhiệm vụ": 8000,
      "Hoàn thành nhiệm vụ": 6500,
      "Không hoàn thành nhiệm vụ": 0,
    };
    fc.assert(
      fc.property(councilArb, ({ spec, regDates }) => {
        const result = evaluateSpec(spec);
        for (const u of result.units.filter((x) => x.award !== null)) {
          const award = spec.awards!.find((a) => a.code === u.award)!;
          const priority = award.priority as number;
          expect(u.status).toBe("ranked");
          expect(regDates.has(u.code)).toBe(true);
          if (award.registrationRequired !== "Không") {
            const higherOrSame = spec
              .awards!.filter((a) => (a.priority as number) <= priority)
              .map((a) => a.code);
            expect(u.registered.some((code) => higherOrSame.includes(code))).toBe(true);
          }
          if (award.minPoints !== null && award.minPoints !== undefined)
            expect(u.total as number).toBeGreaterThanOrEqual((award.minPoints as number) * 100);
          if (award.minClass !== null && award.minClass !== undefined)
            expect(classFrom[u.class as string]).toBeGreaterThanOrEqual(classFrom[award.minClass as string]);
          if (award.maxRank !== null && award.maxRank !== undefined)
            expect(u.rank as number).toBeLessThanOrEqual(award.maxRank as number);
          if (award.onTimeRequired === "Có") expect(regDates.get(u.code) as number).toBeLessThanOrEqual(41); // 10 February
          if (award.minVotePct !== null && award.minVotePct !== undefined) {
            const votes = spec.votes!.find((v) => v[0] === u.code)![2] as number;
            expect(votes * 100).toBeGreaterThanOrEqual((award.minVotePct as number) * 9);
          }
        }
      }),
      RUNS,
    );
  });

  test("results do not depend on the order of units, members or rows", () => {
    fc.assert(
      fc.property(councilArb, fc.integer({ min: 1, max: 1_000_000 }), ({ spec }, seed) => {
        const shuffled: CouncilSpec = {
          ...spec,
          units: shuffle(spec.units, seed),
          scores: Object.fromEntries(
            shuffle(Object.entries(spec.scores!), seed + 1).map(([member, rows]) => [
              member,
              Object.fromEntries(shuffle(Object.entries(rows), seed + 2)),
            ]),
          ),
          registrations: shuffle(spec.registrations as [string, string, string][], seed + 3),
          votes: shuffle(spec.votes!, seed + 4),
          awards: shuffle(spec.awards!, seed + 5),
        };
        expect(outcome(evaluateSpec(shuffled))).toEqual(outcome(evaluateSpec(spec)));
      }),
      RUNS,
    );
  });

  test("raising one unit's score never lowers its rank", () => {
    fc.assert(
      fc.property(councilArb, fc.nat(), ({ spec }, pick) => {
        const before = evaluateSpec(spec);
        const ranked = before.units.filter((u) => u.status === "ranked");
        if (ranked.length === 0) return;
        const target = ranked[pick % ranked.length].code;
        const raised: CouncilSpec = {
          ...spec,
          scores: Object.fromEntries(
            Object.entries(spec.scores!).map(([member, rows]) => [
              member,
              {
                ...rows,
                [target]: (rows[target] as number[]).map((v, c) =>
                  Math.min(v + 1, spec.criteria![c].max as number),
                ),
              },
            ]),
          ),
        };
        const after = evaluateSpec(raised);
        const rankOf = (r: CouncilResult) => r.units.find((u) => u.code === target)!.rank as number;
        expect(rankOf(after)).toBeLessThanOrEqual(rankOf(before));
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// WORKBOOK.md §10: the same random councils, with class conditions and caps, max classes, a
// tie-break and bonus/deduction caps drawn at random on top.

const XS = "Hoàn thành xuất sắc nhiệm vụ";
const TOT = "Hoàn thành tốt nhiệm vụ";
const HT = "Hoàn thành nhiệm vụ";
const KHT = "Không hoàn thành nhiệm vụ";
const CLASS_FROM: Record<string, number> = { [XS]: 9000, [TOT]: 8000, [HT]: 6500, [KHT]: 0 };
const CLASS_NAMES = [XS, TOT, HT, KHT];

interface With10 {
  plain: CouncilSpec;
  spec: CouncilSpec;
  regDates: Map<string, number>;
}

const section10Arb = fc.record({
  groups: fc.array(fc.constantFrom("I. Tổ chức", "II. Phong trào", ""), { minLength: 3, maxLength: 3 }),
  /** A `Điểm thưởng` DT and a `Điểm trừ` TR criterion (5 points each), scored from `extra`. */
  extraCriteria: fc.boolean(),
  extra: fc.array(fc.integer({ min: -3, max: 5 }), { minLength: 120, maxLength: 120 }),
  /** Some scores set to 0, for `Không có tiêu chí 0`. */
  zeroes: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 60, maxLength: 60 }),
  classes: fc.option(
    fc.record({
      xsNoZero: fc.boolean(),
      xsGroup: fc.option(fc.constantFrom(50, 75, 85)),
      xsShare: fc.option(fc.constantFrom(0, 20, 34, 50, 100)),
      totNoZero: fc.boolean(),
      totGroup: fc.option(fc.constantFrom(60, 75)),
      totShare: fc.option(fc.constantFrom(25, 50, 100)),
      htNoZero: fc.boolean(),
      htShare: fc.option(fc.constantFrom(50, 100), { freq: 4 }),
    }),
    { freq: 4 },
  ),
  maxClass: fc.array(fc.option(fc.constantFrom(XS, TOT, HT), { freq: 5 }), { minLength: 12, maxLength: 12 }),
  tieBreak: fc.option(fc.shuffledSubarray(["TC1", "TC2", "TC3", "DT", "TR"], { minLength: 1 }), { freq: 3 }),
  maxBonus: fc.option(fc.constantFrom(0, 1, 2.5, 100)),
  maxDeduction: fc.option(fc.constantFrom(0, 1, 2.5, 100)),
});

const with10Arb: fc.Arbitrary<With10> = fc.tuple(councilArb, section10Arb).map(([{ spec, regDates }, s]) => {
  const criteria = spec.criteria!.map((c, k) => ({ ...c, group: s.groups[k] }));
  if (s.extraCriteria) {
    criteria.push({ code: "DT", max: 5, kind: "Điểm thưởng", group: "" });
    criteria.push({ code: "TR", max: 5, kind: "Điểm trừ", group: "" });
  }
  const codes = new Set(criteria.map((c) => c.code));
  let at = 0;
  const scores: CouncilSpec["scores"] = Object.fromEntries(
    Object.entries(spec.scores!).map(([member, rows]) => [
      member,
      Object.fromEntries(
        Object.entries(rows).map(([code, values], u) => {
          const row = (values as (number | null)[]).map((v, k) =>
            v !== null && s.zeroes[(u * 5 + k) % 60] === 0 ? 0 : v,
          );
          if (s.extraCriteria) {
            for (let k = 0; k < 2; k++) {
              const e = s.extra[at++ % 120];
              row.push(e < 0 ? null : e); // an empty Điểm thưởng/Điểm trừ cell is 0
            }
          }
          return [code, row];
        }),
      ),
    ]),
  );
  // the classes at 90%, 80% and 65% of the council's points, so that every class is reached
  const points = criteria.filter((c) => !c.kind).reduce((sum, c) => sum + (c.max as number), 0);
  const classes: ClassRow[] | null = s.classes
    ? [
        [
          XS,
          points * 0.9,
          {
            noZero: s.classes.xsNoZero ? "Có" : null,
            minGroupSharePct: s.classes.xsGroup,
            maxSharePct: s.classes.xsShare,
          },
        ],
        [
          TOT,
          points * 0.8,
          {
            noZero: s.classes.totNoZero ? "Có" : "Không",
            minGroupSharePct: s.classes.totGroup,
            maxSharePct: s.classes.totShare,
          },
        ],
        [HT, points * 0.65, { noZero: s.classes.htNoZero ? "x" : null, maxSharePct: s.classes.htShare }],
        [KHT, 0],
      ]
    : null;
  const tieBreak = s.tieBreak?.filter((code) => codes.has(code)) ?? [];
  const settings: Record<string, Raw> = { ...spec.settings };
  if (tieBreak.length > 0) settings["Phá đồng điểm"] = tieBreak.join("; ");
  if (s.maxBonus !== null) settings["Điểm thưởng tối đa"] = s.maxBonus;
  if (s.maxDeduction !== null) settings["Điểm trừ tối đa"] = s.maxDeduction;
  const with10: CouncilSpec = {
    ...spec,
    units: spec.units.map((u, i) => (s.maxClass[i] ? { ...u, maxClass: s.maxClass[i] } : u)),
    criteria,
    scores,
    classes,
    settings,
  };
  const plain: CouncilSpec = { ...spec, criteria, scores };
  return { plain, spec: with10, regDates };
});

/** `Điểm từ` of a class in hundredths: the spec's `Xếp loại`, or the defaults. */
function classFrom(spec: CouncilSpec, name: string): number {
  const row = spec.classes?.find((r) => r[0] === name);
  return row ? Math.round((row[1] as number) * 100) : CLASS_FROM[name];
}

/** a(u,c) in hundredths, computed here from the members' cells (§3.1), or null for an incomplete unit. */
function aggregatesOf(spec: CouncilSpec, unitCode: string): number[] | null {
  const rule = spec.settings?.["Cách tổng hợp điểm"] ?? "Trung bình";
  const members = Object.values(spec.scores!);
  const half = (num: number, den: number) =>
    Math.sign(num) * Math.floor((2 * Math.abs(num) + den) / (2 * den));
  const result: number[] = [];
  for (const [k, c] of spec.criteria!.entries()) {
    const values: number[] = [];
    for (const rows of members) {
      const v = (rows[unitCode] as (number | null)[] | undefined)?.[k] ?? null;
      if (v === null && (c.kind ?? "Chấm điểm") === "Chấm điểm") return null;
      values.push(Math.round((v ?? 0) * 100));
    }
    values.sort((a, b) => a - b);
    const n = values.length;
    if (rule === "Trung vị") result.push(n % 2 ? values[n >> 1] : half(values[n / 2 - 1] + values[n / 2], 2));
    else if (rule === "Trung bình cắt" && n >= 5)
      result.push(
        half(
          values.slice(1, -1).reduce((a, b) => a + b, 0),
          n - 2,
        ),
      );
    else
      result.push(
        half(
          values.reduce((a, b) => a + b, 0),
          n,
        ),
      );
  }
  return result;
}

/** §10.4 "ahead", from the aggregates: < 0 when u is ahead of v, 0 when tied. */
function aheadOf(spec: CouncilSpec, a: Map<string, number[]>, totals: Map<string, number>) {
  const tieBreak = String(spec.settings?.["Phá đồng điểm"] ?? "")
    .split(";")
    .map((code) => code.trim())
    .filter((code) => code !== "");
  return (u: string, v: string) => {
    const byTotal = (totals.get(v) as number) - (totals.get(u) as number);
    if (byTotal !== 0) return byTotal;
    for (const code of tieBreak) {
      const k = spec.criteria!.findIndex((c) => c.code === code);
      const diff = (a.get(v) as number[])[k] - (a.get(u) as number[])[k];
      if (diff !== 0) return spec.criteria![k].kind === "Điểm trừ" ? -diff : diff;
    }
    return 0;
  };
}

/** The full observable result: what must not change when §10 is absent or inert. */
function everything(result: CouncilResult) {
  return {
    units: result.units.map((u) => ({ ...u, reasons: u.reasons.map((r) => render("vi", r)) })),
    quotas: result.quotas,
    violations: result.violations.map((v) => ({ ...v, message: render("vi", v.message) })),
    issues: result.issues.map((i) => ({ ...i, message: render("vi", i.message) })),
  };
}

const capReasons = (u: CouncilResult["units"][number], capped: string) =>
  u.reasons.filter(
    (r) => (r.key === "reason.classCapped" || r.key === "reason.classCapTie") && r.params.capped === capped,
  );

describe("§10 properties of every result", () => {
  test("the random councils exercise every rule of §10", () => {
    const results = fc.sample(with10Arb, { numRuns: 300, seed: 7 }).map(({ spec }) => evaluateSpec(spec));
    const share = (predicate: (r: CouncilResult) => boolean) =>
      results.filter(predicate).length / results.length;
    const reason = (key: string) => (r: CouncilResult) =>
      r.units.some((u) => u.reasons.some((m) => m.key === key));
    expect(share((r) => !r.ok)).toBe(0);
    expect(share(reason("reason.classCondition"))).toBeGreaterThan(0.05);
    expect(share(reason("reason.maxClass"))).toBeGreaterThan(0.05);
    expect(share(reason("reason.classCapped"))).toBeGreaterThan(0.05);
    expect(share((r) => r.classQuotas.some((q) => q.tie))).toBeGreaterThan(0.01);
    expect(share(reason("reason.equalAbove"))).toBeGreaterThan(0.05);
    expect(share(reason("reason.bonusCapped"))).toBeGreaterThan(0.05);
    expect(share(reason("reason.deductionCapped"))).toBeGreaterThan(0.05);
  });

  test("with no §10 column or setting, or with all of them empty, the results are exactly as before", () => {
    fc.assert(
      fc.property(with10Arb, ({ plain }) => {
        const before = evaluateSpec(plain);
        expect(before.classQuotas).toEqual([]);
        const empty: CouncilSpec = {
          ...plain,
          units: plain.units.map((u) => ({ ...u, maxClass: "" })),
          classes: CLASS_NAMES.map((name) => [
            name,
            CLASS_FROM[name] / 100,
            { noZero: null, minGroupSharePct: "", maxSharePct: null },
          ]),
          settings: {
            ...plain.settings,
            "Phá đồng điểm": " ; ",
            "Điểm thưởng tối đa": null,
            "Điểm trừ tối đa": "",
          },
        };
        const after = evaluateSpec(empty);
        expect(everything(after)).toEqual(everything(before));
        expect(after.classQuotas).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test("inert §10 values change nothing: caps above every sum, shares of 100%", () => {
    fc.assert(
      fc.property(with10Arb, ({ plain }) => {
        const inert: CouncilSpec = {
          ...plain,
          classes: CLASS_NAMES.map((name) => [
            name,
            CLASS_FROM[name] / 100,
            name === KHT ? {} : { maxSharePct: "100%" },
          ]),
          settings: { ...plain.settings, "Điểm thưởng tối đa": 1000, "Điểm trừ tối đa": 1000 },
        };
        const before = evaluateSpec(plain);
        const after = evaluateSpec(inert);
        expect(everything(after)).toEqual(everything(before));
        for (const q of after.classQuotas) {
          const holders = after.units.filter((u) => u.bloc === q.group && u.class === q.class);
          expect([q.kept, q.tie]).toEqual([holders.length, false]);
          expect(q.limit).toBe(q.base);
        }
      }),
      { numRuns: 150 },
    );
  });

  test("§3.3 and §10.5: Bonus and Deduction are the sums capped, Total = Scored + Bonus − Deduction", () => {
    fc.assert(
      fc.property(with10Arb, ({ spec, regDates }) => {
        const result = evaluateSpec(spec);
        const cap = (name: string) => {
          const value = spec.settings?.[name];
          return value === undefined || value === null ? Infinity : Math.round((value as number) * 100);
        };
        for (const u of result.units.filter((x) => x.status === "ranked")) {
          const a = aggregatesOf(spec, u.code) as number[];
          const sum = (kind: string) =>
            a.reduce((s, v, k) => ((spec.criteria![k].kind ?? "Chấm điểm") === kind ? s + v : s), 0);
          const late = !regDates.has(u.code) || (regDates.get(u.code) as number) <= 41 ? 0 : 100;
          expect(u.scored).toBe(sum("Chấm điểm"));
          expect(u.bonus).toBe(Math.min(sum("Điểm thưởng"), cap("Điểm thưởng tối đa")));
          expect(u.deduction).toBe(Math.min(sum("Điểm trừ") + late, cap("Điểm trừ tối đa")));
          expect(u.total).toBe((u.scored as number) + (u.bonus as number) - (u.deduction as number));
        }
      }),
      RUNS,
    );
  });

  test("§10.4 a rank is 1 + the number of ranked units of the bloc ahead, checked from the members' cells", () => {
    fc.assert(
      fc.property(with10Arb, ({ spec }) => {
        const result = evaluateSpec(spec);
        const ranked = result.units.filter((u) => u.status === "ranked");
        const a = new Map(ranked.map((u) => [u.code, aggregatesOf(spec, u.code) as number[]]));
        const ahead = aheadOf(spec, a, new Map(ranked.map((u) => [u.code, u.total as number])));
        for (const u of ranked) {
          const before = ranked.filter((o) => o.bloc === u.bloc && ahead(o.code, u.code) < 0);
          expect(u.rank).toBe(1 + before.length);
          // never better than the rank by Total alone, never below the units with a lower Total
          const greater = ranked.filter(
            (o) => o.bloc === u.bloc && (o.total as number) > (u.total as number),
          );
          const equal = ranked.filter((o) => o.bloc === u.bloc && o.total === u.total && o !== u);
          expect(u.rank).toBeGreaterThanOrEqual(1 + greater.length);
          expect(u.rank).toBeLessThanOrEqual(1 + greater.length + equal.length);
        }
      }),
      RUNS,
    );
  });

  test("§10.1–§10.3: a class is never above what the Total reaches nor above the max class; its conditions hold unless it is the lowest", () => {
    fc.assert(
      fc.property(with10Arb, ({ spec }) => {
        const result = evaluateSpec(spec);
        const rows = spec.classes ?? CLASS_NAMES.map((name) => [name, CLASS_FROM[name] / 100] as ClassRow);
        for (const u of result.units.filter((x) => x.status === "ranked")) {
          if (u.class === null) {
            expect(u.total as number).toBeLessThan(0); // below every `Điểm từ`: no class (§10.6)
            continue;
          }
          const from = classFrom(spec, u.class);
          expect(from).toBeLessThanOrEqual(u.total as number);
          const max = spec.units.find((x) => x.code === u.code)?.maxClass;
          if (max) expect(from).toBeLessThanOrEqual(classFrom(spec, max as string));
          if (u.class === KHT) continue;
          const conditions = (rows.find((r) => r[0] === u.class)?.[2] ?? {}) as ClassConditions;
          const a = aggregatesOf(spec, u.code) as number[];
          const scoreCriteria = spec.criteria!.map((c, k) => [c, k] as const).filter(([c]) => !c.kind);
          if (conditions.noZero === "Có" || conditions.noZero === "x")
            expect(scoreCriteria.every(([, k]) => a[k] > 0)).toBe(true);
          if (typeof conditions.minGroupSharePct === "number") {
            for (const group of new Set(scoreCriteria.map(([c]) => c.group))) {
              const inGroup = scoreCriteria.filter(([c]) => c.group === group);
              const sum = inGroup.reduce((s, [, k]) => s + a[k], 0);
              const max = inGroup.reduce((s, [c]) => s + (c.max as number) * 100, 0);
              expect(sum * 100).toBeGreaterThanOrEqual(conditions.minGroupSharePct * max);
            }
          }
        }
      }),
      RUNS,
    );
  });

  test("§10.2: no class keeps more than L holders; L is the share of the base; ties are reported, never broken", () => {
    fc.assert(
      fc.property(with10Arb, ({ spec }) => {
        const result = evaluateSpec(spec);
        const rounding = spec.settings?.["Làm tròn chỉ tiêu"];
        const shares = new Map(
          (spec.classes ?? [])
            .filter((r) => r[2]?.maxSharePct !== undefined && r[2]?.maxSharePct !== null)
            .map((r) => [r[0], r[2]!.maxSharePct]),
        );
        expect(result.classQuotas).toHaveLength(shares.size * new Set(spec.units.map((u) => u.bloc)).size);
        for (const q of result.classQuotas) {
          const share = shares.get(q.class) as number;
          const exact = (share * q.base) / 100;
          expect(q.limit).toBe(rounding === "Gần nhất" ? Math.floor(exact + 0.5) : Math.floor(exact));
          const bloc = result.units.filter((u) => u.bloc === q.group);
          expect(q.base).toBeLessThanOrEqual(bloc.filter((u) => u.status === "ranked").length);
          // K's holders after every cap are those kept by K's cap: at most L
          const holders = bloc.filter((u) => u.class === q.class);
          expect(holders).toHaveLength(q.kept);
          expect(q.kept).toBeLessThanOrEqual(q.limit);
          const moved = bloc.filter((u) => capReasons(u, q.class).length > 0);
          expect([...q.moved].sort()).toEqual(moved.map((u) => u.code).sort());
          const movedByTie = moved.filter((u) => capReasons(u, q.class)[0].key === "reason.classCapTie");
          expect(q.tie).toBe(movedByTie.length > 0);
          expect(q.tied.sort()).toEqual(movedByTie.map((u) => u.code).sort());
          // a place left free while holders were moved can only be a tie
          if (q.kept < q.limit && moved.length > 0) expect(q.tie).toBe(true);
          // the kept are ahead of the moved: never a lower Total, and a higher one unless tied or broken
          for (const k of holders)
            for (const m of moved) expect(k.total as number).toBeGreaterThanOrEqual(m.total as number);
          for (const m of moved) {
            expect(classFrom(spec, m.class as string)).toBeLessThan(classFrom(spec, q.class));
            expect(m.status).toBe("ranked");
          }
        }
      }),
      RUNS,
    );
  });

  test("§10 results do not depend on the order of units, members or rows", () => {
    fc.assert(
      fc.property(with10Arb, fc.integer({ min: 1, max: 1_000_000 }), ({ spec }, seed) => {
        const shuffled: CouncilSpec = {
          ...spec,
          units: shuffle(spec.units, seed),
          scores: Object.fromEntries(
            shuffle(Object.entries(spec.scores!), seed + 1).map(([member, rows]) => [
              member,
              Object.fromEntries(shuffle(Object.entries(rows), seed + 2)),
            ]),
          ),
          registrations: shuffle(spec.registrations as [string, string, string][], seed + 3),
          classes: spec.classes ? shuffle(spec.classes, seed + 4) : null,
          awards: shuffle(spec.awards!, seed + 5),
        };
        const outcome10 = (r: CouncilResult) => ({
          ...outcome(r),
          classQuotas: r.classQuotas
            .map((q) => [q.class, q.group, q.base, q.limit, q.kept, q.tie].join(" "))
            .sort(),
        });
        expect(outcome10(evaluateSpec(shuffled))).toEqual(outcome10(evaluateSpec(spec)));
      }),
      RUNS,
    );
  });

  test("§10 every granted unit still meets its award's min class and max rank, and no limit is exceeded", () => {
    fc.assert(
      fc.property(with10Arb, ({ spec }) => {
        const result = evaluateSpec(spec);
        for (const u of result.units.filter((x) => x.award !== null)) {
          const award = spec.awards!.find((a) => a.code === u.award)!;
          if (award.minClass)
            expect(classFrom(spec, u.class as string)).toBeGreaterThanOrEqual(
              classFrom(spec, award.minClass as string),
            );
          if (award.maxRank) expect(u.rank as number).toBeLessThanOrEqual(award.maxRank as number);
        }
        for (const q of result.quotas) if (q.limit !== null) expect(q.granted).toBeLessThanOrEqual(q.limit);
      }),
      RUNS,
    );
  });
});
