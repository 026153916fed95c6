// Builds dist/ for the browser tests when it is missing or older than the sources, and the fake
// office.js (test/browser/fake-office.ts) the Excel-mode tests serve instead of the real one.
const { execFileSync } = require("node:child_process");
const { existsSync, readdirSync, statSync } = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function fresh(target, sources) {
  return existsSync(target) && statSync(target).mtimeMs >= sources && !process.env.THIDUA_REBUILD;
}

function webpack(args) {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    timeout: 600_000, // a production build on a loaded 2-core machine
    env: { ...process.env, ADDIN_URL: "", OFFICE_JS: "local" },
  });
}

module.exports = async function globalSetup() {
  const sources = Math.max(
    newest(path.join(root, "src")),
    newest(path.join(root, "assets")),
    ...["manifest.xml", "webpack.config.js", "package.json"].map((f) => statSync(path.join(root, f)).mtimeMs),
  );
  if (!fresh(path.join(root, "dist", "taskpane.html"), sources)) {
    process.stdout.write("\nBuilding dist/ for the browser tests (npm run build)…\n");
    webpack(["--mode", "production"]);
  }
  const fakeSources = Math.max(
    statSync(path.join(root, "test", "helpers", "fake-excel.ts")).mtimeMs,
    statSync(path.join(root, "test", "browser", "fake-office.ts")).mtimeMs,
  );
  if (!fresh(path.join(root, "test-results", "fake-office", "fake-office.js"), fakeSources)) {
    webpack(["--config", path.join("test", "browser", "fake-office.webpack.js")]);
  }
};
