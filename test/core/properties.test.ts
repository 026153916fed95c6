/**
 * Property-based tests (fast-check) over random councils: the rules of WORKBOOK.md §5 that must
 * hold for every workbook, whatever its numbers.
 */
import fc from "fast-check";
import { evaluate, type CouncilResult } from "../../src/core/evaluate";
import { councilInput, type AwardSpec, type CouncilSpec } from "./helpers/council";

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
