/**
 * `npm run bench [-- --json FILE] [-- --only NAME]`: runs every benchmark in test/bench/ and
 * prints its figures; with --json writes them as a JSON array. Speed and memory are measured
 * here, never in timed unit tests. Run with --expose-gc for stable heap figures.
 */
import { writeFileSync } from "node:fs";
import { benchmarks } from "./registry";

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const jsonFile = argument("--json");
  const only = argument("--only");
  const results: Record<string, unknown>[] = [];
  for (const bench of benchmarks) {
    if (only && !bench.name.startsWith(only)) continue;
    process.stdout.write(`▶ ${bench.name} … `);
    const figures = await bench.run();
    results.push(...figures);
    process.stdout.write("done\n");
    for (const figure of figures) console.log("  ", JSON.stringify(figure));
  }
  if (results.length === 0) console.log("No benchmarks yet.");
  if (jsonFile) {
    writeFileSync(jsonFile, JSON.stringify(results, null, 2) + "\n");
    console.log(`Figures written to ${jsonFile}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
