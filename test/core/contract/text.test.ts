import { codeKey, isOneEditApart, normalise, vietnameseCollator } from "../../../src/core/contract/text";

describe("§1 names compare normalised (NFC, trimmed, spaces collapsed, case-folded, no diacritics, Đ → D)", () => {
  test("`Đơn vị`, `DON VI`, ` don  vi ` are one sheet", () => {
    expect(normalise("Đơn vị")).toBe("don vi");
    expect(normalise("DON VI")).toBe("don vi");
    expect(normalise(" don  vi ")).toBe("don vi");
  });

  test("decomposed input (NFD, as some files store it) normalises the same", () => {
    expect(normalise("Tiêu chí".normalize("NFD"))).toBe(normalise("Tiêu chí"));
    expect(normalise("ĐĂNG KÝ")).toBe("dang ky");
  });

  test("non-breaking and repeated spaces collapse", () => {
    expect(normalise("Khối\u00a0 thi   đua")).toBe("khoi thi dua");
  });
});

describe("§1 codes are trimmed and compared case-insensitively", () => {
  test("` td ` and `TD` are one unit code; diacritics in codes still count", () => {
    expect(codeKey(" td ")).toBe(codeKey("TD"));
    expect(codeKey("TĐ")).not.toBe(codeKey("TD"));
  });
});

describe("§2 a header one character edit from a criterion code is a likely typo", () => {
  test.each([
    ["tc 1", "tc1"],
    ["tci", "tc1"],
    ["tc11", "tc1"],
    ["c1", "tc1"],
  ])("%s ~ %s", (a, b) => expect(isOneEditApart(a, b)).toBe(true));

  test.each([
    ["tc1", "tc1"],
    ["tc12", "tc21"],
    ["tong diem", "tc1"],
  ])("%s is not one edit from %s", (a, b) => expect(isOneEditApart(a, b)).toBe(false));
});

test("§7 Vietnamese alphabetical order puts Đ after D and accented letters in place", () => {
  const names = ["Điện Biên", "Yên Bái", "Ân Thi", "Bắc Kạn", "Dầu Tiếng", "An Giang"];
  expect([...names].sort(vietnameseCollator.compare)).toEqual([
    "An Giang",
    "Ân Thi",
    "Bắc Kạn",
    "Dầu Tiếng",
    "Điện Biên",
    "Yên Bái",
  ]);
});
