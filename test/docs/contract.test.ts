/** docs/CONTRACT.md is generated from the contract's one description: the two never differ. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { contractMarkdown } from "../../scripts/contract-docs";
import { CONTRACT } from "../../src/core/contract/sheets";

describe("docs/CONTRACT.md", () => {
  const file = readFileSync(path.resolve(__dirname, "..", "..", "docs", "CONTRACT.md"), "utf8");

  test("is what `npm run docs:contract` writes from src/core/contract/sheets.ts", () => {
    expect(file).toBe(contractMarkdown());
  });

  test("has every sheet and every header of the description, in both languages", () => {
    for (const spec of Object.values(CONTRACT)) {
      expect(file).toContain(`\`${spec.name.vi}\` [${spec.name.en}]`);
      for (const field of spec.fields)
        expect(file).toContain(`\`${field.spec.header.vi}\` [${field.spec.header.en}]`);
    }
  });
});
