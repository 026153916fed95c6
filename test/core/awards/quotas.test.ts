import { shareLimit } from "../../../src/core/awards/quotas";
import { run, simpleCouncil } from "../helpers/council";

describe("§2 limit from a share: share × units of the group / 100, rounded per `Làm tròn chỉ tiêu`", () => {
  test.each([
    [30, 8, 2, 2],
    [30, 11, 3, 3],
    [25, 10, 2, 3],
    [30, 3, 0, 1],
    [12.5, 4, 0, 1],
  ])("%p%% of %p units → %p (Xuống) / %p (Gần nhất, halves up)", (share, size, down, nearest) => {
    expect(shareLimit(share * 100, size, "down")).toBe(down);
    expect(shareLimit(share * 100, size, "nearest")).toBe(nearest);
  });

  test("with both a count and a share the smaller limit applies; with neither, no limit", () => {
    const totals = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`U${i}`, 99 - i]));
    const result = run(
      simpleCouncil(totals, [
        { code: "CO", priority: 1, maxCount: 1, maxSharePct: 30 },
        { code: "BK", priority: 2, maxCount: 5, maxSharePct: 30 },
        { code: "GK", priority: 3 },
      ]),
    );
    expect(result.quotas.map((q) => [q.award, q.limit, q.granted])).toEqual([
      ["CO", 1, 1],
      ["BK", 3, 3],
      ["GK", null, 6],
    ]);
  });

  test("§9 a group's size counts every unit of it in `Đơn vị`, whatever its status", () => {
    const totals = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`U${i}`, 99 - i]));
    const spec = simpleCouncil(totals, [{ code: "BK", priority: 1, maxSharePct: 30 }]);
    (spec.scores!.A as Record<string, unknown[]>).U9 = [null]; // incomplete, still counted
    (spec.scores!.A as Record<string, unknown[]>).U8 = ["?"]; // invalid, still counted
    const result = run(spec);
    expect(result.quotas[0]).toMatchObject({ limit: 3, granted: 3 });
  });

  test("§9 `quotas` lists every (award, group) pair; the group of `Toàn bộ` is named `Toàn bộ`", () => {
    const result = run({
      ...simpleCouncil({ A1: 90, B1: 90 }, [
        { code: "TLD", priority: 1, scope: "Toàn bộ", maxCount: 1 },
        { code: "BK", priority: 2, maxCount: 0 },
      ]),
      units: [
        { code: "A1", bloc: "Khối A" },
        { code: "B1", bloc: "Khối B" },
      ],
    });
    expect(result.quotas.map((q) => [q.award, q.group, q.limit])).toEqual([
      ["TLD", "Toàn bộ", 1],
      ["BK", "Khối A", 0],
      ["BK", "Khối B", 0],
    ]);
  });
});
