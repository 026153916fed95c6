// Builds dist/ for the browser tests when it is missing or older than the sources.
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

module.exports = async function globalSetup() {
  const stamp = path.join(root, "dist", "taskpane.html");
  const sources = Math.max(
    newest(path.join(root, "src")),
    newest(path.join(root, "assets")),
    ...["manifest.xml", "webpack.config.js", "package.json"].map((f) => statSync(path.join(root, f)).mtimeMs),
  );
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources && !process.env.THIDUA_REBUILD) return;
  process.stdout.write("\nBuilding dist/ for the browser tests (npm run build)…\n");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ADDIN_URL: "", OFFICE_JS: "local" },
  });
};
