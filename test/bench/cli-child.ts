/**
 * One command-line benchmark run in a fresh process:
 *   cli-child.ts baseline IN OUT   exceljs reads IN and writes it back to OUT (the floor)
 *   cli-child.ts run IN OUT JSON   `thidua run IN --out OUT --json JSON`
 * Prints one JSON line: { ms, peakMB }.
 */
import { readFile, writeFile } from "node:fs/promises";
import { main } from "../../src/cli/main";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";

async function measure(): Promise<void> {
  const [mode, input, output, json] = process.argv.slice(2);
  const start = performance.now();
  if (mode === "baseline") {
    const workbook = await loadWorkbook(await readFile(input));
    await writeFile(output, await saveWorkbook(workbook));
  } else {
    const code = await main(["run", input, "--out", output, "--json", json], {
      stdout: () => undefined,
      stderr: () => undefined,
    });
    if (code !== 0) throw new Error(`thidua run exited with ${code}`);
  }
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }),
  );
}

measure().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
