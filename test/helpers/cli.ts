import { main } from "../../src/cli/main";

/** Runs the command line in-process: its exit code and what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    currentYear: 2026,
  });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}
