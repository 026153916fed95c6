/**
 * The example workbooks of ../shared/cases, with their expected JSON computed independently
 * (cases/README.md says what must agree: units' status, total, rank, class and award; quotas,
 * class quotas (§10.2), violations and errors as sets; the exit code).
 */
import { evaluate } from "../../src/core/result/evaluate";
import { toJson } from "../../src/core/result/json";
import { alignNullRows, comparable, expectedOf, listCases, readCaseInput } from "../helpers/cases";

const cases = listCases();

test("the example cases are there", () => {
  expect(cases.length).toBeGreaterThanOrEqual(10);
});

describe.each(cases.map((c) => [c.name, c] as const))("case %s", (name, info) => {
  test(`${info.description}: same units, quotas, class quotas, violations, errors and exit code`, async () => {
    const result = evaluate(await readCaseInput(name), { currentYear: 2023 });
    const ours = comparable(toJson(result, "vi"));
    const expected = comparable(expectedOf(name));
    ours.errors = alignNullRows(ours.errors, expected.errors);
    expect(ours).toEqual(expected);
    expect(result.ok ? 0 : 1).toBe(info.exit);
    expect(result.mode).toBe(info.mode);
    expect(result.units).toHaveLength(info.units);
  });

  test("English output gives the same numbers", async () => {
    const input = await readCaseInput(name);
    const vi = toJson(evaluate(input, { currentYear: 2023 }), "vi");
    const en = toJson(evaluate(input, { currentYear: 2023 }), "en");
    expect(comparable(en)).toEqual(comparable(vi));
  });
});
