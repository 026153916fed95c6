import { dayFromYmd } from "../../../src/core/contract/dates";
import { render } from "../../../src/core/i18n";
import { planRegistrationImport, stripUnitPrefix } from "../../../src/core/import/registration-import";
import type { GridSheet } from "../../../src/core/contract/grid";
import type { Raw } from "../../../src/core/contract/values";
import { councilInput, type CouncilSpec } from "../helpers/council";

const COUNCIL: CouncilSpec = {
  units: [
    { code: "TD", name: "LĐLĐ huyện Tam Đường" },
    { code: "PT", name: "LĐLĐ huyện Phong Thổ" },
    { code: "GD", name: "Công đoàn ngành Giáo dục" },
    { code: "YT1", name: "Công đoàn ngành Y tế" },
    { code: "YT2", name: "CĐ ngành Y tế" },
  ],
  awards: [
    { code: "CO", name: "Cờ thi đua", priority: 1 },
    { code: "BK", name: "Bằng khen", priority: 2 },
    { code: "GK", name: "Giấy khen", priority: 3 },
  ],
  registrations: [
    ["TD", "BK", "10/01/2023"],
    ["PT", "CO; BK", "15/01/2023"],
  ],
};

const source = (rows: Raw[][], name = "dang-ky.csv"): GridSheet => ({ name, rows, merges: [] });
const plan = (rows: Raw[][], spec: CouncilSpec = COUNCIL) =>
  planRegistrationImport(councilInput(spec), source(rows));
const day = (d: number, m: number) => dayFromYmd(2023, m, d);

describe("registration import: headers", () => {
  test.each([
    [["Mã đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"]],
    [["Ma don vi", "DANH HIEU DANG KY THI DUA", "Ngay DK"]],
    [["Mã ĐV", "Danh hiệu", "Ngày"]],
    [["Unit code", "Registered awards", "Registration date"]],
  ])("%j is a header row", (header) => {
    const result = plan([header, ["GD", "BK", "20/01/2023"]]);
    expect(result.adds).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ code: "GD" }),
        award: "BK",
        date: day(20, 1),
      }),
    ]);
  });

  test("title rows above the header are skipped; the row numbers are the file's", () => {
    const result = plan([
      ["ĐĂNG KÝ THI ĐUA NĂM 2023"],
      [],
      ["STT", "Tên đơn vị", "Danh hiệu", "Ngày"],
      [1, "Công đoàn ngành Giáo dục", "BK", "20/1/2023"],
    ]);
    expect(result.source.headerRow).toBe(3);
    expect(result.adds[0]).toMatchObject({ sourceRow: 4 });
  });

  test("a file without a header row or without a date column is refused as a whole", () => {
    expect(
      plan([
        ["lorem", "ipsum"],
        ["x", "y"],
      ]),
    ).toMatchObject({ fatal: true, adds: [] });
    const noDate = plan([
      ["Mã đơn vị", "Danh hiệu"],
      ["GD", "BK"],
    ]);
    expect(noDate.fatal).toBe(true);
    expect(render("vi", noDate.rejected[0].message)).toMatch(/không có cột ngày đăng ký/);
  });
});

describe("registration import: matching units and awards", () => {
  test("by code (case-insensitive), else by normalised name", () => {
    const result = plan([
      ["Mã đơn vị", "Tên đơn vị", "Danh hiệu", "Ngày"],
      [" gd ", null, "BK", "20/01/2023"],
      [null, "CONG DOAN NGANH GIAO DUC", "GK", "20/01/2023"],
    ]);
    expect(result.adds.map((a) => [a.unit.code, a.award])).toEqual([
      ["GD", "BK"],
      ["GD", "GK"],
    ]);
  });

  test("a common prefix (LĐLĐ, Liên đoàn Lao động, CĐ, Công đoàn) is ignored only when one unit is left", () => {
    expect(stripUnitPrefix("lien doan lao dong huyen tam duong")).toBe("huyen tam duong");
    const result = plan([
      ["Đơn vị", "Danh hiệu", "Ngày"],
      ["Liên đoàn Lao động huyện Tam Đường", "GK", "20/01/2023"],
      ["CĐ ngành Giáo dục", "GK", "20/01/2023"],
    ]);
    expect(result.adds.map((a) => a.unit.code)).toEqual(["TD", "GD"]);
  });

  test("an ambiguous name is rejected with the candidates", () => {
    // "Công đoàn ngành Y tế" (YT1) and "CĐ ngành Y tế" (YT2) are the same once the prefix is ignored
    const result = plan([
      ["Đơn vị", "Danh hiệu", "Ngày"],
      ["Liên đoàn ngành Y tế", "BK", "20/01/2023"],
      ["ngành Y tế", "BK", "20/01/2023"],
    ]);
    expect(result.adds).toEqual([]);
    expect(result.rejected.map((r) => [r.row, r.column, r.value])).toEqual([
      [2, "Tên đơn vị", "Liên đoàn ngành Y tế"],
      [3, "Tên đơn vị", "ngành Y tế"],
    ]);
    expect(render("vi", result.rejected[1].message)).toBe(
      "Tên 'ngành Y tế' khớp nhiều đơn vị: YT1 (Công đoàn ngành Y tế), YT2 (CĐ ngành Y tế); hãy ghi mã đơn vị",
    );
  });

  test("an unknown unit is rejected, with close names as candidates", () => {
    const result = plan([
      ["Đơn vị", "Danh hiệu", "Ngày"],
      ["Tam Đường", "BK", "20/01/2023"],
    ]);
    expect(render("vi", result.rejected[0].message)).toBe(
      "Đơn vị 'Tam Đường' không có trong trang Đơn vị; gần giống: TD (LĐLĐ huyện Tam Đường)",
    );
  });

  test("awards by code or name; unknown ones rejected with the list, the others of the row kept", () => {
    const result = plan([
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ["GD", "cờ thi đua; Huân chương; gk", "20/01/2023"],
    ]);
    expect(result.adds.map((a) => a.award)).toEqual(["CO", "GK"]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ row: 2, column: "Danh hiệu đăng ký", value: "Huân chương" }),
    ]);
    expect(render("en", result.rejected[0].message)).toBe(
      "Award 'Huân chương' is not in the Awards sheet; there are: CO, BK, GK",
    );
  });

  test("bad dates are rejected with the value and what was expected", () => {
    const result = plan([
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ["GD", "BK", "31/02/2023"],
      ["GD", "GK", "hôm qua"],
      ["GD", "CO", null],
    ]);
    expect(result.adds).toEqual([]);
    expect(result.rejected.map((r) => [r.row, r.value])).toEqual([
      [2, "31/02/2023"],
      [3, "hôm qua"],
      [4, ""],
    ]);
  });
});

describe("registration import: merge keyed by (unit, award)", () => {
  test("new keys are added, identical ones left alone, a changed date updates the row", () => {
    const result = plan([
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ["TD", "BK", "10/01/2023"], // identical
      ["TD", "GK", "10/01/2023"], // new key
      ["PT", "CO; BK", "05/01/2023"], // both awards of row 3 move to a new date
    ]);
    expect(result.unchanged).toBe(1);
    expect(result.adds.map((a) => [a.unit.code, a.award])).toEqual([["TD", "GK"]]);
    expect(result.updates).toEqual([
      expect.objectContaining({ targetRow: 3, previous: day(15, 1), date: day(5, 1), awards: ["CO", "BK"] }),
    ]);
  });

  test("a changed date for only one award of a row that lists several is rejected, never half-applied", () => {
    const result = plan([
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ["PT", "BK", "05/01/2023"],
    ]);
    expect(result.updates).toEqual([]);
    expect(render("vi", result.rejected[0].message)).toBe(
      "Dòng 3 của Đăng ký còn ghi CO với ngày 15/01/2023: hãy sửa ngày dòng đó bằng tay",
    );
  });

  test("duplicate rows in the file: the same date counts once, another date is rejected", () => {
    const result = plan([
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ["GD", "BK", "20/01/2023"],
      ["gd", "Bằng khen", "20/1/2023"],
      ["GD", "BK", "21/01/2023"],
    ]);
    expect(result.adds).toHaveLength(1);
    expect(result.rejected).toEqual([
      expect.objectContaining({ row: 4, column: "Ngày đăng ký", value: "21/01/2023" }),
    ]);
  });

  test("values starting with =, +, -, @ never match anything and are rejected as text", () => {
    const result = plan([
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ['=HYPERLINK("x")', "BK", "20/01/2023"],
      ["+GD", "BK", "20/01/2023"],
      ["GD", "@BK", "20/01/2023"],
      ["-1", "BK", "20/01/2023"],
    ]);
    expect(result.adds).toEqual([]);
    expect(result.rejected.map((r) => r.value)).toEqual(['=HYPERLINK("x")', "+GD", "@BK", "-1"]);
  });
});
