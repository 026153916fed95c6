import { catalogues, chooseLanguage, message, type Lang } from "../../../src/core/i18n";
import { differingPlaceholders } from "../../helpers/catalogue";

describe("the engine's message catalogues", () => {
  const vi = Object.keys(catalogues.vi).sort();
  const en = Object.keys(catalogues.en).sort();

  test("every Vietnamese key has an English message, and the other way round", () => {
    expect(vi.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !vi.includes(key))).toEqual([]);
  });

  test.each(["vi", "en"] as Lang[])("no %s message is empty", (lang) => {
    const empty = Object.entries(catalogues[lang]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  test("both languages use the same placeholders in each message", () => {
    expect(differingPlaceholders(catalogues)).toEqual([]);
  });

  test("only the rules' words: no text of the task pane, the command line or the output sheets", () => {
    const shell = vi.filter((key) => /^(ui|cli|app|host|step|out|col|tpl|job|report|boot)\./.test(key));
    expect(shell).toEqual([]);
  });
});

describe("message()", () => {
  test("fills placeholders, with the language's decimal mark and points", () => {
    expect(message("vi", "std.minPoints", { total: { points: 9550 }, min: { points: 9600 } })).toBe(
      "tổng điểm 95,50 < 96",
    );
    expect(message("en", "err.settingInvalid", { name: "X", expected: 95.5 })).toMatch(/95\.5/);
    expect(message("vi", "err.settingInvalid", { name: "X", expected: 95.5 })).toMatch(/95,5/);
  });

  test("leaves a placeholder visible when its parameter is missing", () => {
    expect(message("en", "std.minClass")).toMatch(/\{class\}/);
  });
});

describe("chooseLanguage()", () => {
  test("Vietnamese by default and for a Vietnamese Office", () => {
    expect(chooseLanguage(null, null)).toBe("vi");
    expect(chooseLanguage(null, "vi-VN")).toBe("vi");
  });

  test("English when Office's display language is not Vietnamese", () => {
    expect(chooseLanguage(null, "en-US")).toBe("en");
    expect(chooseLanguage(null, "fr-FR")).toBe("en");
  });

  test("?lang= wins over Office's language", () => {
    expect(chooseLanguage("en", "vi-VN")).toBe("en");
    expect(chooseLanguage("vi", "en-US")).toBe("vi");
    expect(chooseLanguage("xx", "vi-VN")).toBe("vi");
  });
});
