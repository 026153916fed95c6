import { render } from "../../../src/core/i18n";
import type { AwardSpec } from "../helpers/council";
import { run, simpleCouncil, unit } from "../helpers/council";

const why = (result: ReturnType<typeof run>, code: string) =>
  unit(result, code).reasons.map((r) => render("vi", r));

describe("§5 standards of award A for unit u", () => {
  test("§9 registration (any valid `Đăng ký` row) is needed for every award, whatever `Phải đăng ký` says", () => {
    const spec = simpleCouncil({ X: 95, Y: 95 }, [
      { code: "GK", priority: 1, registrationRequired: "Không" },
    ]);
    spec.registrations = [["X", "", "01/01/2023"]];
    const result = run(spec);
    expect(unit(result, "X").award).toBe("GK");
    expect(unit(result, "Y").award).toBeNull();
    expect(why(result, "Y")).toContain("Không đạt GK: đơn vị không đăng ký thi đua");
  });

  test("`Phải đăng ký` = yes: the unit registered A or a higher-priority award", () => {
    const awards: AwardSpec[] = [
      { code: "CO", priority: 1, maxCount: 0 },
      { code: "BK", priority: 2 },
      { code: "GK", priority: 3 },
    ];
    const spec = simpleCouncil({ HIGH: 95, SAME: 95, LOW: 95 }, awards);
    spec.registrations = [
      ["HIGH", "CO", "01/01/2023"],
      ["SAME", "BK", "01/01/2023"],
      ["LOW", "GK", "01/01/2023"],
    ];
    const result = run(spec);
    expect([unit(result, "HIGH").award, unit(result, "SAME").award, unit(result, "LOW").award]).toEqual([
      "BK",
      "BK",
      "GK",
    ]);
    expect(why(result, "LOW")).toContain("Không đạt BK: không đăng ký BK hoặc danh hiệu cao hơn");
  });

  test("registered awards are read by code or name, separated by `;`, `,` or new lines; unknown ones are errors", () => {
    const spec = simpleCouncil({ X: 95 }, [
      { code: "BK", name: "Bằng khen", priority: 1, maxCount: 0 },
      { code: "GK", name: "Giấy khen", priority: 2 },
    ]);
    spec.registrations = [["X", "bằng khen,\nKHONG CO; gk", "01/01/2023"]];
    const result = run(spec);
    expect(unit(result, "X").registered).toEqual(["BK", "GK"]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ sheet: "Đăng ký", row: 2, column: "Danh hiệu đăng ký", value: "KHONG CO" }),
    ]);
  });

  test("a registration row may name the unit instead of the code (matched normalised)", () => {
    const spec = simpleCouncil({ X: 95 }, [{ code: "GK", priority: 1 }]);
    spec.registrations = undefined;
    spec.registrationsByName = [[null, "ĐƠN VỊ  x", "GK", "01/01/2023"]];
    expect(unit(run(spec), "X").award).toBe("GK");
  });

  test("Total ≥ `Điểm tối thiểu`", () => {
    const result = run(simpleCouncil({ X: 85, Y: 84.99 }, [{ code: "BK", priority: 1, minPoints: 85 }]));
    expect(unit(result, "X").award).toBe("BK");
    expect(why(result, "Y")).toContain("Không đạt BK: tổng điểm 84,99 < 85");
  });

  test("class at least `Xếp loại tối thiểu`: that class or one with a higher `Điểm từ`", () => {
    const result = run(
      simpleCouncil({ X: 95, Y: 85, Z: 70 }, [
        { code: "BK", priority: 1, minClass: "hoan thanh tot nhiem vu" },
      ]),
    );
    expect([unit(result, "X").award, unit(result, "Y").award, unit(result, "Z").award]).toEqual([
      "BK",
      "BK",
      null,
    ]);
    expect(why(result, "Z")).toContain("Không đạt BK: xếp loại chưa đạt 'Hoàn thành tốt nhiệm vụ'");
  });

  test("rank ≤ `Hạng tối đa` (1 = the bloc leader)", () => {
    const result = run(simpleCouncil({ X: 95, Y: 90 }, [{ code: "CO", priority: 1, maxRank: 1 }]));
    expect(unit(result, "X").award).toBe("CO");
    expect(why(result, "Y")).toContain("Không đạt CO: hạng 2 > 1");
  });

  test("`Đúng hạn`: no late or missing report", () => {
    const spec = simpleCouncil({ X: 95, Y: 95 }, [{ code: "CO", priority: 1, onTimeRequired: "Có" }]);
    spec.reports = spec.reports!.filter((r) => !(r[0] === "Y" && r[1] === "Báo cáo tổng kết năm"));
    const result = run(spec);
    expect(unit(result, "X").award).toBe("CO");
    expect(why(result, "Y")).toContain("Không đạt CO: nộp muộn hoặc không nộp: Báo cáo tổng kết năm");
  });

  test("votes: votes × 100 ≥ min % × council size (80% of 9 members needs 8 votes: 7.2 is not enough)", () => {
    const spec = simpleCouncil({ X: 95, Y: 95 }, [{ code: "CO", priority: 1, minVotePct: 80 }], {
      votes: [
        ["X", "CO", 8],
        ["Y", "CO", 7],
      ],
      settings: { "Số thành viên Hội đồng": 9 },
    });
    const result = run(spec);
    expect(unit(result, "X").award).toBe("CO");
    expect(unit(result, "Y").award).toBeNull();
    expect(why(result, "Y")).toContain(
      "Không đạt CO: 7/9 phiếu đồng ý, chưa đạt 80% tổng số thành viên Hội đồng",
    );
  });

  test("a min vote % without a `Biểu quyết` sheet: not checked, the grant is marked awaiting vote", () => {
    const result = run(simpleCouncil({ X: 95 }, [{ code: "CO", priority: 1, minVotePct: 80 }]));
    expect(unit(result, "X")).toMatchObject({ award: "CO", awaitingVote: true });
    expect(why(result, "X")).toContain("CO: chờ biểu quyết của Hội đồng (chưa có trang Biểu quyết)");
  });

  test("why not a higher award: the first failed standard, in the order of §5", () => {
    const spec = simpleCouncil({ X: 80, Y: 90 }, [
      { code: "CO", priority: 1, minPoints: 85, maxRank: 1 },
      { code: "GK", priority: 2 },
    ]);
    const result = run(spec);
    // X fails both min points and max rank: the min points come first
    expect(why(result, "X")).toEqual(
      expect.arrayContaining(["Được GK (GK)", "Không đạt CO: tổng điểm 80 < 85"]),
    );
  });
});
