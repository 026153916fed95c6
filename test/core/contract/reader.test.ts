import { readContract, sheetIdOf } from "../../../src/core/contract/reader";
import { unmerge, type GridSheet } from "../../../src/core/contract/grid";
import type { Raw } from "../../../src/core/contract/values";
import { evaluate } from "../../../src/core/result/evaluate";

const sheet = (name: string, rows: Raw[][], merges: GridSheet["merges"] = []): GridSheet => ({
  name,
  rows,
  merges,
});

const minimal = (): GridSheet[] => [
  sheet("Đơn vị", [
    ["Mã đơn vị", "Tên đơn vị", "Khối thi đua"],
    ["TD", "LĐLĐ huyện Tam Đường", "Khối A"],
  ]),
  sheet("Tiêu chí", [
    ["Mã tiêu chí", "Điểm tối đa"],
    ["TC1", 10],
  ]),
  sheet("Chấm điểm - A", [
    ["Mã đơn vị", "TC1"],
    ["TD", 9],
  ]),
  sheet("Đăng ký", [["Mã đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"]]),
  sheet("Danh hiệu", [
    ["Mã", "Tên danh hiệu", "Thứ tự ưu tiên"],
    ["BK", "Bằng khen", 1],
  ]),
];

describe("§1 finding sheets: by name or English alias, compared normalised", () => {
  test.each([
    ["Đơn vị", "units"],
    ["DON VI", "units"],
    ["  don  vi ", "units"],
    ["Units", "units"],
    ["TIEU CHI", "criteria"],
    ["Chấm điểm - Nguyễn Văn A", "scores"],
    ["CHAM DIEM", "scores"],
    ["Scores - B", "scores"],
    ["Tự chấm", "selfScores"],
    ["Kết quả", "results"],
    ["Ghi chép", null],
  ])("%p is %p", (name, id) => expect(sheetIdOf(name)).toBe(id));

  test("a complete minimal workbook reads without issues", () => {
    const input = readContract({ sheets: minimal() });
    expect(input.issues).toEqual([]);
    expect(input.units?.records).toEqual([
      { row: 2, code: "TD", name: "LĐLĐ huyện Tam Đường", bloc: "Khối A" },
    ]);
    expect(input.scoreSheets[0]).toMatchObject({ name: "Chấm điểm - A", unitColumn: 1, recusedColumn: null });
    expect(input.registrations?.records).toEqual([]);
  });

  test("missing required sheets are structural errors", () => {
    const input = readContract({
      sheets: minimal().filter((s) => s.name !== "Đơn vị" && !s.name.startsWith("Chấm")),
    });
    expect(input.issues.map((i) => [i.sheet, i.structural])).toEqual([
      ["Đơn vị", true],
      ["Chấm điểm", true],
    ]);
  });

  test("two sheets that are the same input sheet are a structural error", () => {
    const sheets = [...minimal(), sheet("DON VI", [["Mã đơn vị", "Tên đơn vị", "Khối thi đua"]])];
    expect(readContract({ sheets }).issues).toEqual([
      expect.objectContaining({
        structural: true,
        sheet: "DON VI",
        message: expect.objectContaining({ key: "err.sheetTwice" }),
      }),
    ]);
  });

  test("the output sheets are never read as input", () => {
    const sheets = [...minimal(), sheet("Kết quả", [["Mã đơn vị"], ["TD"]])];
    expect(readContract({ sheets }).issues).toEqual([]);
  });
});

describe("§1 header rows: the first row within 20 holding all required headers", () => {
  test("title rows above the header are ignored; columns in any order, English aliases, no diacritics", () => {
    const sheets = minimal();
    sheets[0] = sheet(
      "DON VI",
      [
        ["DANH SÁCH ĐƠN VỊ"],
        ["(Kèm theo Kế hoạch số 403/KH-LĐLĐ)"],
        [],
        ["STT", "Bloc", "TEN DON VI", "Unit code", "TY LE NU (%)", "Ghi chú"],
        [1, "Khối A", "Tam Đường", "TD", 41.5, "x"],
        [],
        [2, "Khối A", "Phong Thổ", "PT", null, null],
      ],
      [{ top: 1, left: 1, bottom: 1, right: 6 }],
    );
    const input = readContract({ sheets });
    expect(input.issues).toEqual([]);
    expect(input.units).toMatchObject({
      name: "DON VI",
      headerRow: 4,
      columns: { bloc: 2, name: 3, code: 4, womenShare: 5 },
    });
    expect(input.units?.records).toEqual([
      { row: 5, bloc: "Khối A", name: "Tam Đường", code: "TD", womenShare: 41.5 },
      { row: 7, bloc: "Khối A", name: "Phong Thổ", code: "PT", womenShare: null },
    ]);
  });

  test("a required header that is not in the first 20 rows is structural, with row null", () => {
    const sheets = minimal();
    sheets[1] = sheet("Tiêu chí", [
      ["Mã tiêu chí", "Điểm"],
      ["TC1", 10],
    ]);
    expect(readContract({ sheets }).issues).toEqual([
      expect.objectContaining({ structural: true, sheet: "Tiêu chí", row: null, column: "Điểm tối đa" }),
    ]);
    const late = minimal();
    late[0] = sheet("Đơn vị", [
      ...Array.from({ length: 20 }, () => ["…"]),
      ["Mã đơn vị", "Tên đơn vị", "Khối thi đua"],
    ]);
    expect(readContract({ sheets: late }).issues.map((i) => i.column)).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Khối thi đua",
    ]);
  });

  test("`Đăng ký` needs the unit code or the unit name", () => {
    const sheets = minimal();
    sheets[3] = sheet("Đăng ký", [["Tên đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"]]);
    expect(readContract({ sheets }).issues).toEqual([]);
    sheets[3] = sheet("Đăng ký", [["Danh hiệu đăng ký", "Ngày đăng ký"]]);
    expect(readContract({ sheets }).issues.map((i) => i.message.key)).toEqual(["err.missingOneOfHeaders"]);
  });

  test("score sheets: header found by `Mã đơn vị`; the recusal column apart; every other header passed on", () => {
    const sheets = minimal();
    sheets[2] = sheet("Chấm điểm - A", [
      ["PHIẾU CHẤM ĐIỂM"],
      ["STT", "Mã đơn vị", "Tên đơn vị", "TC1", "Miễn chấm", "Tổng"],
      [1, "TD", "Tam Đường", "9,5", "", 9.5],
    ]);
    const score = readContract({ sheets }).scoreSheets[0];
    expect(score).toMatchObject({ headerRow: 2, unitColumn: 2, recusedColumn: 5 });
    expect(score.columns).toEqual([
      { header: "STT", col: 1 },
      { header: "Tên đơn vị", col: 3 },
      { header: "TC1", col: 4 },
      { header: "Tổng", col: 6 },
    ]);
    expect(score.rows).toEqual([{ row: 3, unit: "TD", recused: "", values: [1, "Tam Đường", "9,5", 9.5] }]);
  });
});

describe("§10 the new columns and settings are found by their headers, Vietnamese or English", () => {
  test("`Xếp loại tối đa` of `Đơn vị`; the condition and share columns of `Xếp loại`", () => {
    for (const headers of [
      [
        "Xếp loại tối đa",
        "Xếp loại",
        "Điểm từ",
        "Không có tiêu chí 0",
        "Tỷ lệ tối thiểu mỗi nhóm (%)",
        "Tỷ lệ tối đa (%)",
      ],
      ["Max class", "Class", "From points", "No zero criterion", "Min share per group %", "Max share %"],
      [
        "XEP LOAI TOI DA",
        "xep loai",
        "diem tu",
        "KHONG CO TIEU CHI 0",
        "Ty le toi thieu moi nhom",
        "ty le toi da",
      ],
    ]) {
      const sheets = minimal();
      sheets[0] = sheet("Đơn vị", [
        ["Mã đơn vị", "Tên đơn vị", "Khối thi đua", headers[0]],
        ["TD", "LĐLĐ huyện Tam Đường", "Khối A", "Tốt"],
      ]);
      sheets.push(sheet("Xếp loại", [headers.slice(1), ["Xuất sắc", 90, "Có", "60%", 20]]));
      const input = readContract({ sheets });
      expect(input.issues).toEqual([]);
      expect(input.units?.records[0]).toMatchObject({ maxClass: "Tốt" });
      expect(input.classes?.records).toEqual([
        { row: 2, name: "Xuất sắc", from: 90, noZero: "Có", minGroupSharePct: "60%", maxSharePct: 20 },
      ]);
    }
  });
});

describe("§1 merged cells count as their top-left value in the first row they cover, empty elsewhere", () => {
  test("a unit code merged down two rows counts once", () => {
    const grid = sheet(
      "x",
      [
        ["A", "B"],
        ["TD", 1],
        ["TD", 2],
      ],
      [{ top: 2, left: 1, bottom: 3, right: 1 }],
    );
    expect(unmerge(grid)).toEqual([
      ["A", "B"],
      ["TD", 1],
      [null, 2],
    ]);
  });
});

describe("issue 11: what the grid says about a cell or a sheet beyond its value", () => {
  const run = (sheets: GridSheet[]) => evaluate(readContract({ sheets }), { currentYear: 2023 });
  const keys = (sheets: GridSheet[]) => run(sheets).issues.map((i) => i.message.key);
  const withScores = (scores: GridSheet): GridSheet[] =>
    minimal().map((s) => (s.name === "Chấm điểm - A" ? scores : s));

  test("'a formula with no cached value is an error naming the cell': under a criterion, structural", () => {
    const scores = sheet("Chấm điểm - A", [
      ["Mã đơn vị", "TC1"],
      ["TD", null],
    ]);
    scores.uncomputed = [{ row: 2, col: 2, formula: "9*1" }];
    const result = run(withScores(scores));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        structural: true,
        sheet: "Chấm điểm - A",
        row: 2,
        column: "TC1",
        col: 2,
        value: "=9*1",
        message: { key: "err.formulaNotComputed", params: { cell: "B2" } },
      }),
    ]);
  });

  test("…but not under a column that is not read, nor on a recused row (§9: a recused row is ignored)", () => {
    const scores = sheet("Chấm điểm - A", [
      ["Mã đơn vị", "TC1", "Tổng", "Miễn chấm"],
      ["TD", 9, null, null],
    ]);
    scores.uncomputed = [{ row: 2, col: 3, formula: "SUM(B2)" }];
    expect(keys(withScores(scores))).not.toContain("err.formulaNotComputed");
    const recused = sheet("Chấm điểm - A", [
      ["Mã đơn vị", "TC1", "Miễn chấm"],
      ["TD", null, "x"],
    ]);
    recused.uncomputed = [{ row: 2, col: 2, formula: "9*1" }];
    expect(keys(withScores(recused))).not.toContain("err.formulaNotComputed");
  });

  test("a row whose only read cells are uncomputed formulas is not skipped as empty", () => {
    const sheets = minimal();
    const registrations = sheet("Đăng ký", [["Mã đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"], []]);
    registrations.uncomputed = [{ row: 2, col: 3, formula: "TODAY()" }];
    sheets[3] = registrations;
    const issue = run(sheets).issues.find((i) => i.message.key === "err.formulaNotComputed");
    expect(issue).toMatchObject({ sheet: "Đăng ký", row: 2, column: "Ngày đăng ký", structural: true });
  });

  test("a hidden score sheet counts with a warning; a very hidden one does not count, with a warning", () => {
    const hidden = minimal();
    hidden[2].visibility = "hidden";
    const counted = run(hidden);
    expect(counted.ok).toBe(true);
    expect(counted.members).toEqual(["A"]);
    expect(counted.issues.map((i) => [i.severity, i.sheet, i.message.key])).toEqual([
      ["warning", "Chấm điểm - A", "warn.hiddenScoreSheet"],
    ]);
    const veryHidden = [
      ...minimal(),
      sheet("Chấm điểm - B", [
        ["Mã đơn vị", "TC1"],
        ["TD", 1],
      ]),
    ];
    veryHidden[5].visibility = "veryHidden";
    const left = run(veryHidden);
    expect(left.members).toEqual(["A"]);
    expect(left.units[0]?.total).toBe(run(minimal()).units[0]?.total);
    expect(left.issues.map((i) => [i.severity, i.sheet, i.message.key])).toEqual([
      ["warning", "Chấm điểm - B", "warn.veryHiddenScoreSheet"],
    ]);
  });

  test("'two sheets of one member after normalising': structural, naming both; diacritics tell members apart", () => {
    const twice = [
      ...minimal(),
      sheet("Scores -  a", [
        ["Mã đơn vị", "TC1"],
        ["TD", 1],
      ]),
    ];
    expect(run(twice).issues).toEqual([
      expect.objectContaining({
        structural: true,
        sheet: "Scores -  a",
        message: {
          key: "err.memberTwice",
          params: { member: "a", first: "Chấm điểm - A", second: "Scores -  a" },
        },
      }),
    ]);
    const two = [
      ...minimal(),
      sheet("Chấm điểm - Á", [
        ["Mã đơn vị", "TC1"],
        ["TD", 1],
      ]),
    ];
    expect(run(two).members).toEqual(["A", "Á"]);
  });
});
