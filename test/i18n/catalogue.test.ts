import { catalogues as engine } from "../../src/core/i18n";
import { message, shellCatalogues, type Lang } from "../../src/i18n";
import { differingPlaceholders } from "../helpers/catalogue";

describe("the shell's message catalogues (task pane, command line, output sheets, jobs)", () => {
  const vi = Object.keys(shellCatalogues.vi).sort();
  const en = Object.keys(shellCatalogues.en).sort();

  test("every Vietnamese key has an English message, and the other way round", () => {
    expect(vi.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !vi.includes(key))).toEqual([]);
  });

  test("no shell key redefines one of the engine's", () => {
    expect(vi.filter((key) => key in engine.vi)).toEqual([]);
  });

  test.each(["vi", "en"] as Lang[])("no %s message is empty", (lang) => {
    const empty = Object.entries(shellCatalogues[lang]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  test("both languages use the same placeholders in each message", () => {
    expect(differingPlaceholders(shellCatalogues)).toEqual([]);
  });

  test("renders the shell's keys and the engine's with one renderer", () => {
    expect(message("vi", "footer.version", { version: "1.2.0" })).toBe("Phiên bản 1.2.0");
    expect(message("en", "footer.version", { version: 95.5 })).toBe("Version 95.5");
    expect(message("vi", "footer.version", { version: 95.5 })).toBe("Phiên bản 95,5");
    expect(message("vi", "std.notRegistered")).toBe(engine.vi["std.notRegistered"]);
  });
});
