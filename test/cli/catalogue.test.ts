/**
 * The command line's own catalogue (src/cli/messages.ts): kept apart from the shell's so that the
 * task pane does not load it, and held to the same rules as the shell's (test/i18n/catalogue.test.ts).
 */
import { catalogues as engine } from "../../src/core/i18n";
import { shellCatalogues } from "../../src/i18n";
import { cliCatalogues, message } from "../../src/cli/messages";
import { differingPlaceholders } from "../helpers/catalogue";

describe("the command line's messages", () => {
  const vi = Object.keys(cliCatalogues.vi).sort();
  const en = Object.keys(cliCatalogues.en).sort();

  test("every Vietnamese key has an English message, and the other way round", () => {
    expect(vi.length).toBeGreaterThan(20);
    expect(en).toEqual(vi);
  });

  test("no key redefines the shell's or the engine's", () => {
    expect(vi.filter((key) => key in shellCatalogues.vi || key in engine.vi)).toEqual([]);
  });

  test("no message is empty, and both languages use the same placeholders", () => {
    for (const lang of ["vi", "en"] as const) {
      expect(Object.entries(cliCatalogues[lang]).filter(([, text]) => text.trim() === "")).toEqual([]);
    }
    expect(differingPlaceholders(cliCatalogues)).toEqual([]);
  });

  test("one renderer for its own keys, the shell's and the engine's", () => {
    expect(message("vi", "cli.written", { file: "a.xlsx" })).toContain("a.xlsx");
    expect(message("en", "footer.version", { version: "1.2.0" })).toBe("Version 1.2.0");
    expect(message("vi", "std.notRegistered")).toBe(engine.vi["std.notRegistered"]);
    expect(message("vi", "file.notXlsx", { file: "x.csv", reason: "?" })).toContain("x.csv");
  });
});
