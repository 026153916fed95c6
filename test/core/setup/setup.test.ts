import { render } from "../../../src/core/i18n";
import { councilInput, run, simpleCouncil, unit } from "../helpers/council";
import { evaluate } from "../../../src/core/result/evaluate";

const base = () => simpleCouncil({ X: 90, Y: 80 }, [{ code: "BK", priority: 1 }]);
const structural = (result: ReturnType<typeof run>) =>
  result.issues.filter((i) => i.structural).map((i) => [i.sheet, i.row, i.column, i.value]);

describe("§6 structural errors stop the run and nothing is computed", () => {
  test("duplicate unit codes (compared case-insensitively)", () => {
    const spec = base();
    spec.units.push({ code: " x " });
    const result = run(spec);
    expect(result).toMatchObject({
      ok: false,
      year: null,
      mode: null,
      units: [],
      quotas: [],
      violations: [],
    });
    expect(structural(result)).toEqual([["Đơn vị", 4, "Mã đơn vị", "x"]]);
    expect(render("vi", result.issues[0].message)).toBe("Mã đơn vị trùng: 'x' đã có ở dòng 2");
  });

  test("duplicate criterion codes; a `Điểm tối đa` that is not a number > 0; a bad `Loại`", () => {
    const spec = base();
    spec.criteria = [
      { code: "TC1", max: 100 },
      { code: "tc1", max: 5 },
      { code: "TC2", max: 0 },
      { code: "TC3", max: "mười" },
      { code: "TC4", max: 5, kind: "Điểm phạt" },
    ];
    expect(structural(run(spec))).toEqual([
      ["Tiêu chí", 3, "Mã tiêu chí", "tc1"],
      ["Tiêu chí", 4, "Điểm tối đa", "0"],
      ["Tiêu chí", 5, "Điểm tối đa", "mười"],
      ["Tiêu chí", 6, "Loại", "Điểm phạt"],
    ]);
  });

  test("duplicate award codes or priorities; an award naming an unknown class; bad yes/no, scope, count, share", () => {
    const spec = base();
    spec.awards = [
      { code: "BK", priority: 1 },
      { code: "bk", priority: 2 },
      { code: "GK", priority: 1 },
      { code: "CO", priority: 3, minClass: "Xuất sắc" },
      { code: "A1", priority: 4, registrationRequired: "có lẽ" },
      { code: "A2", priority: 5, scope: "Tỉnh" },
      { code: "A3", priority: 6, maxCount: 1.5 },
      { code: "A4", priority: 7, maxSharePct: 130 },
      { code: "A5", priority: "một" },
    ];
    expect(structural(run(spec))).toEqual([
      ["Danh hiệu", 3, "Mã", "bk"],
      ["Danh hiệu", 4, "Thứ tự ưu tiên", "1"],
      ["Danh hiệu", 5, "Xếp loại tối thiểu", "Xuất sắc"],
      ["Danh hiệu", 6, "Phải đăng ký", "có lẽ"],
      ["Danh hiệu", 7, "Phạm vi", "Tỉnh"],
      ["Danh hiệu", 8, "Số lượng tối đa", "1.5"],
      ["Danh hiệu", 9, "Tỷ lệ tối đa (%)", "130"],
      ["Danh hiệu", 10, "Thứ tự ưu tiên", "một"],
    ]);
  });

  test("a setting with an invalid value; the same setting twice with different values", () => {
    const spec = base();
    spec.settings = { "Cách tổng hợp điểm": "Trung bình nhân", "Làm tròn chỉ tiêu": "Lên" };
    const result = run(spec);
    expect(structural(result)).toEqual([
      ["Cài đặt", 3, "Giá trị", "Trung bình nhân"],
      ["Cài đặt", 4, "Giá trị", "Lên"],
    ]);
    expect(render("en", result.issues[0].message)).toMatch(
      /expected one of: Trung bình · Trung bình cắt · Trung vị/,
    );
  });

  test("§9 bad set-up values in `Hạn nộp` and `Xếp loại`, duplicate classes and report types", () => {
    const spec = base();
    spec.deadlines = [
      ["Báo cáo năm", "31/13/2023", 1, 2],
      ["Báo cáo quý", "31/03/2023", "-1", 0],
      ["BAO CAO QUY", "30/06/2023", 1, 0],
    ];
    spec.classes = [
      ["Tốt", 80],
      ["tot", 70],
      ["Khá", "bảy mươi"],
    ];
    expect(structural(run(spec))).toEqual([
      ["Xếp loại", 3, "Xếp loại", "tot"],
      ["Xếp loại", 4, "Điểm từ", "bảy mươi"],
      ["Hạn nộp", 2, "Hạn nộp", "31/13/2023"],
      ["Hạn nộp", 3, "Trừ điểm nộp muộn", "-1"],
      ["Hạn nộp", 4, "Loại báo cáo", "BAO CAO QUY"],
    ]);
  });

  test("`Số thành viên Hội đồng` is required when an award has a min vote % and a `Biểu quyết` sheet exists", () => {
    const spec = simpleCouncil({ X: 90 }, [{ code: "CO", priority: 1, minVotePct: 80 }], {
      votes: [["X", "CO", 9]],
    });
    expect(structural(run(spec))).toEqual([["Cài đặt", null, "Số thành viên Hội đồng", null]]);
  });

  test("required sheets: `Đơn vị`, `Tiêu chí`, a score sheet, `Đăng ký`, `Danh hiệu`", () => {
    const input = councilInput(base());
    input.units = null;
    input.scoreSheets = [];
    input.registrations = null;
    const result = evaluate(input, { currentYear: 2023 });
    expect(result.issues.map((i) => [i.sheet, i.structural])).toEqual([
      ["Đơn vị", true],
      ["Chấm điểm", true],
      ["Đăng ký", true],
    ]);
  });

  test("§9 a `Đăng ký` sheet with no rows at all is valid", () => {
    const spec = base();
    spec.registrations = [];
    const result = run(spec);
    expect(result.ok).toBe(true);
    expect(unit(result, "X").award).toBeNull();
  });
});

describe("§6/§9 unit errors and warnings in the set-up sheets", () => {
  test("an empty bloc is a unit error: the unit is invalid, the others go on", () => {
    const spec = base();
    spec.units = [{ code: "X", bloc: "" }, { code: "Y" }];
    const result = run(spec);
    expect(unit(result, "X").status).toBe("invalid");
    expect(unit(result, "Y")).toMatchObject({ status: "ranked", rank: 1 });
    expect(render("vi", unit(result, "X").reasons[0])).toMatch(
      /Đơn vị dòng 2, cột Khối thi đua: Đơn vị chưa có khối/,
    );
  });

  test("§9 an empty `Giá trị` keeps the default; an unknown setting is a warning; the year defaults to this year", () => {
    const spec = base();
    spec.settings = { "Năm thi đua": null, "Màu nền": "xanh" };
    const result = run(spec, { currentYear: 2031 });
    expect(result.year).toBe(2031);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Cài đặt", value: "Màu nền" }),
    ]);
  });

  test("settings are read by their English aliases too", () => {
    const spec = base();
    spec.settings = { "Năm thi đua": null, Year: 2024, "Quota rounding": "Nearest" };
    expect(run(spec).year).toBe(2024);
  });
});

describe("§10.6 structural errors of the §10 columns and settings", () => {
  test("a `Tỷ lệ tối đa (%)` on the class with the lowest `Điểm từ`, wherever its row is", () => {
    const spec = base();
    spec.classes = [
      ["Đạt", 0, { maxSharePct: 50 }],
      ["Tốt", 80],
    ];
    const result = run(spec);
    expect(structural(result)).toEqual([["Xếp loại", 2, "Tỷ lệ tối đa (%)", "50"]]);
    expect(render("vi", result.issues[0].message)).toMatch(/Xếp loại 'Đạt' có Điểm từ thấp nhất/);
  });

  test("two classes with the same `Điểm từ` (the later row is reported)", () => {
    const spec = base();
    spec.classes = [
      ["Tốt", 80],
      ["Khá", "80,00"],
      ["Đạt", 0],
    ];
    const result = run(spec);
    expect(structural(result)).toEqual([["Xếp loại", 3, "Điểm từ", "80,00"]]);
    expect(render("vi", result.issues[0].message)).toBe(
      "Điểm từ 80 của xếp loại 'Khá' trùng với dòng 2: mỗi xếp loại cần một Điểm từ riêng",
    );
  });

  test("a `Không có tiêu chí 0` that is not yes/no; a share that is not a number 0–100; each bad cell reported", () => {
    const spec = base();
    spec.classes = [
      ["A", 90, { noZero: "có lẽ", minGroupSharePct: 101 }],
      ["B", 80, { minGroupSharePct: -5, maxSharePct: "nhiều" }],
      ["C", 70, { maxSharePct: "120%" }],
      ["D", 0, { noZero: "Không", minGroupSharePct: "" }],
    ];
    const result = run(spec);
    expect(structural(result)).toEqual([
      ["Xếp loại", 2, "Không có tiêu chí 0", "có lẽ"],
      ["Xếp loại", 2, "Tỷ lệ tối thiểu mỗi nhóm (%)", "101"],
      ["Xếp loại", 3, "Tỷ lệ tối thiểu mỗi nhóm (%)", "-5"],
      ["Xếp loại", 3, "Tỷ lệ tối đa (%)", "nhiều"],
      ["Xếp loại", 4, "Tỷ lệ tối đa (%)", "120%"],
    ]);
    expect(render("en", result.issues[1].message)).toBe(
      "Invalid value for class 'A': expected a percentage from 0 to 100",
    );
  });

  test("an unknown code in `Phá đồng điểm`; a negative or non-number cap (see tiebreak and caps tests)", () => {
    const spec = base();
    spec.settings = { "Phá đồng điểm": "TC1; TC2", "Điểm thưởng tối đa": "-0,5", "Điểm trừ tối đa": true };
    expect(structural(run(spec))).toEqual([
      ["Cài đặt", 4, "Giá trị", "-0,5"],
      ["Cài đặt", 5, "Giá trị", "TRUE"],
      ["Cài đặt", 3, "Giá trị", "TC1; TC2"],
    ]);
  });

  test("the same §10 setting twice: equal values are fine, different ones are structural", () => {
    const same = base();
    same.settings = { "Phá đồng điểm": "TC1", "Tie-break": " tc1 " };
    expect(run(same).ok).toBe(true);
    const different = base();
    different.settings = { "Điểm thưởng tối đa": 3, "Max bonus": 2 };
    expect(structural(run(different))).toEqual([["Cài đặt", 4, "Giá trị", "2"]]);
  });
});

describe("§1 a percent cell reads as shown: every `(%)` column takes '30%' text and plain numbers", () => {
  test("`Tỷ lệ tối thiểu mỗi nhóm (%)`, `Tỷ lệ tối đa (%)` of classes and awards, `Tỷ lệ phiếu tối thiểu (%)`, `Tỷ lệ nữ (%)`, `Ngưỡng chênh lệch (%)`", () => {
    const spec = (pct: (n: number) => string | number) => {
      const s = simpleCouncil(
        { X: 96, Y: 94, Z: 92, W: 70 },
        [{ code: "BK", priority: 1, maxSharePct: pct(50), minVotePct: pct(50) }],
        {
          classes: [
            ["Xuất sắc", 90, { minGroupSharePct: pct(91), maxSharePct: pct(34) }],
            ["Khá", 50],
            ["Đạt", 0],
          ],
          votes: [
            ["X", "BK", 5],
            ["Y", "BK", 4],
            ["Z", "BK", 5],
          ],
          settings: {
            "Số thành viên Hội đồng": 9,
            "Ưu tiên khi đồng điểm": "Tỷ lệ nữ",
            "Ngưỡng chênh lệch (%)": pct(12.5),
          },
        },
      );
      s.units = [{ code: "X" }, { code: "Y", women: pct(75) }, { code: "Z" }, { code: "W" }];
      return s;
    };
    const asNumbers = run(spec((n) => n));
    const asText = run(spec((n) => `${String(n).replace(".", ",")}%`));
    expect(asText.issues).toEqual(asNumbers.issues);
    expect(asText.units.map((u) => [u.code, u.class, u.award])).toEqual(
      asNumbers.units.map((u) => [u.code, u.class, u.award]),
    );
    expect(asText.classQuotas).toEqual(asNumbers.classQuotas);
    expect(asText.quotas).toEqual(asNumbers.quotas);
    // and the numbers do something: all three above 90 have ≥ 91% of the points; X keeps Xuất sắc
    // (34% of 4 → 1), Y and Z move to Khá; BK (50% of 4 → 2) goes to X and Z, with ≥ 50% of 9 votes
    expect(asNumbers.units.map((u) => [u.code, u.class, u.award])).toEqual([
      ["X", "Xuất sắc", "BK"],
      ["Y", "Khá", null],
      ["Z", "Khá", "BK"],
      ["W", "Khá", null],
    ]);
  });
});
