/** `thidua import WORKBOOK FILE --out OUT` in a fresh process, timed: prints { ms, added, rejected, peakMB }. */
import { main } from "../../src/cli/main";

async function measure(): Promise<void> {
  const [workbook, file, out] = process.argv.slice(2);
  const lines: string[] = [];
  const start = performance.now();
  const code = await main(["import", workbook, file, "--out", out], {
    stdout: (t) => lines.push(t),
    stderr: (t) => lines.push(t),
  });
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`thidua import exited with ${code}: ${lines.join("\n")}`);
  const summary = lines.find((line) => / thêm, /.test(line)) ?? "";
  const [added, , , rejected] = summary.match(/\d+/g)?.map(Number) ?? [];
  console.log(
    JSON.stringify({
      ms: Math.round(ms),
      added,
      rejected,
      peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

measure().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
