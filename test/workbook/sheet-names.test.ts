/** Excel's rules for sheet names (src/workbook/sheet-names.ts), and the members' score sheet names. */
import { scoreSheetName } from "../../src/workbook/template/score-sheet";
import {
  SHEET_NAME_MAX,
  sheetNameProblem,
  uniqueSheetName,
  validSheetName,
} from "../../src/workbook/sheet-names";

describe("sheet names Excel accepts", () => {
  test("at most 31 characters, none of : \\ / ? * [ ], no apostrophe at either end", () => {
    expect(sheetNameProblem("Chấm điểm - Nguyễn Văn A")).toBeNull();
    expect(sheetNameProblem("x".repeat(32))).toBe("tooLong");
    for (const ch of [":", "\\", "/", "?", "*", "[", "]"])
      expect(sheetNameProblem(`a${ch}b`)).toBe("forbidden");
    expect(sheetNameProblem("'a")).toBe("apostrophe");
    expect(sheetNameProblem("  ")).toBe("empty");
  });

  test("made valid: forbidden characters become spaces, cut at 31 without splitting a character", () => {
    expect(validSheetName("Khối [A]/B: 2023?")).toBe("Khối A B 2023");
    expect(validSheetName("'quoted'")).toBe("quoted");
    const emoji = "a".repeat(30) + "😀b";
    expect(validSheetName(emoji)).toBe("a".repeat(30));
    expect(validSheetName("***")).toBe("Sheet");
  });

  test("unique ignoring case, suffixed (2), (3) within 31 characters: never loops, never collides", () => {
    const long = "Chấm điểm - Nguyễn Thị Thanh Hư";
    expect(long).toHaveLength(31);
    const taken = [long];
    const second = uniqueSheetName(long, taken);
    expect(second).toBe("Chấm điểm - Nguyễn Thị Than (2)");
    expect(second.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
    taken.push(second);
    const third = uniqueSheetName(long, taken);
    expect(third).toBe("Chấm điểm - Nguyễn Thị Than (3)");
    expect(uniqueSheetName("ĐƠN VỊ", ["đơn vị"])).toBe("ĐƠN VỊ (2)");
  });
});

describe("members' score sheet names", () => {
  test("a name that fits is kept whole", () => {
    expect(scoreSheetName("Nguyễn Văn A", "vi")).toBe("Chấm điểm - Nguyễn Văn A");
    expect(scoreSheetName("Lò Thị B", "en")).toBe("Scores - Lò Thị B");
  });

  test("a long name is shortened as Vietnamese names are, and names differing in diacritics stay two", () => {
    const huong = scoreSheetName("Nguyễn Thị Thanh Hương", "vi");
    const huong2 = scoreSheetName("Nguyễn Thị Thanh Hường", "vi", [huong]);
    expect([huong, huong2]).toEqual(["Chấm điểm - Nguyễn T.T. Hương", "Chấm điểm - Nguyễn T.T. Hường"]);
  });

  test("two members whose short forms meet get distinct sheets, each valid", () => {
    const taken: string[] = [];
    for (const member of ["Nguyễn Thị Thanh Hương", "Nguyễn Thị Thu Hương", "Nguyễn Thanh Thu Hương"]) {
      const name = scoreSheetName(member, "vi", taken);
      expect(sheetNameProblem(name)).toBeNull();
      expect(taken.map((t) => t.toUpperCase())).not.toContain(name.toUpperCase());
      taken.push(name);
    }
    expect(taken).toEqual([
      "Chấm điểm - Nguyễn T.T. Hương",
      "Chấm điểm - N.T.T. Hương",
      "Chấm điểm - N.T.T. Hương (2)",
    ]);
  });

  test("a very long name or one with forbidden characters still gives a valid name", () => {
    const name = scoreSheetName("Tôn Nữ Hoàng Thị Minh Khai Phương Thảo Nguyên [Phó CT]", "vi");
    expect(sheetNameProblem(name)).toBeNull();
    expect(name.startsWith("Chấm điểm - ")).toBe(true);
  });
});
