/**
 * The layering enforces itself (README, "Architecture"): `npm run lint` fails when src/core imports
 * the shell or Node, or when anything but the task pane's start-up imports the Office.js adapter.
 * The probe file is linted from stdin as if it were in place; it is never written to src/.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
/** ESLint starts a TypeScript program for the type-aware rules: long on a loaded machine. */
const ESLINT_MS = 90_000;

function lint(file: string, code: string): { code: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "eslint", "bin", "eslint.js"),
      "--stdin",
      "--stdin-filename",
      file,
      "--format",
      "json",
    ],
    { cwd: root, input: code, encoding: "utf8", timeout: ESLINT_MS },
  );
  // the JSON formatter: every message of the probe, whatever its rule
  const messages = result.stdout
    ? (JSON.parse(result.stdout) as { messages: { message: string }[] }[]).flatMap((f) => f.messages)
    : [];
  return { code: result.status, output: messages.map((m) => m.message).join("\n") || result.stderr };
}

describe("the layers, checked by npm run lint", () => {
  test(
    "src/core may not import the workbook port, the shell's messages or Node",
    () => {
      const probe = [
        'import type { WorkbookPort } from "../workbook/port";',
        'import { message } from "../i18n";',
        'import { readFileSync } from "node:fs";',
        "export const used: [WorkbookPort | null, unknown, unknown] = [null, message, readFileSync];",
        "",
      ].join("\n");
      const result = lint("src/core/lint-probe.ts", probe);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/"\.\.\/workbook\/port" imported in restricted zone/);
      expect(result.output).toMatch(/"\.\.\/i18n" imported in restricted zone/);
      expect(result.output).toMatch(/'node:fs' import is restricted/);
    },
    ESLINT_MS + 10_000,
  );

  test(
    "only the task pane's start-up may import the Office.js adapter; a job may import the port",
    () => {
      const probe = [
        'import { OfficePort } from "../workbook/office/port";',
        'import { sheetFilter } from "../workbook/port";',
        "export const used = [OfficePort, sheetFilter];",
        "",
      ].join("\n");
      const result = lint("src/jobs/lint-probe.ts", probe);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/"\.\.\/workbook\/office\/port" imported in restricted zone/);
      expect(result.output).not.toMatch(/"\.\.\/workbook\/port" imported/);
    },
    ESLINT_MS + 10_000,
  );
});
