// Offline manifest check (`npm run validate`): the XSD schemas of ../shared/manifest-schemas
// through xmllint, then the rules the schemas cannot express: every resid resolves, every URL is
// https, icons exist at their declared pixel size, string lengths stay within Office's limits.
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [--assets DIR]
import { validateManifest } from "./manifest-check.mjs";

const args = process.argv.slice(2);
const assetsAt = args.indexOf("--assets");
const assetsDir = assetsAt >= 0 ? args[assetsAt + 1] : undefined;
const file =
  args.find((arg, i) => !arg.startsWith("--") && (assetsAt < 0 || i !== assetsAt + 1)) ?? "manifest.xml";

const { errors } = validateManifest(file, { assetsDir });
if (errors.length > 0) {
  for (const error of errors) console.error(`✗ ${error}`);
  console.error(`${file}: ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`✓ ${file} is valid (XSD + resource, URL, icon and length checks)`);
