import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist");

function build(env: Record<string, string>): { out: string; code: number; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-build-"));
  try {
    const out = execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dir],
      { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", stdio: "pipe", timeout: 240_000 },
    );
    return { out, code: 0, dir };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { out: e.stdout + e.stderr, code: e.status, dir };
  }
}

/** The src of every <script>, in order (the built HTML is minified: quotes may be dropped). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=("[^"]*"|[^\s>]+)/g)].map((m) => m[1].replace(/"/g, ""));
}

/** The office.js address boot.js loads inside Office (its tag's data-office-js). */
function officeJsOf(html: string): string | null {
  const match = /<script[^>]*\sdata-office-js=("[^"]*"|[^\s>]+)/.exec(html);
  return match ? match[1].replace(/"/g, "") : null;
}

describe("npm run build (dist/)", () => {
  test("holds the pages, their bundles, the icons, office.js and a valid manifest", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "taskpane.css",
      "commands.html",
      "commands.js",
      "help.html",
      "boot.js",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "office-js/office.js",
      "office-js/excel-win32-16.01.js",
    ]) {
      expect([file, existsSync(path.join(dist, file))]).toEqual([file, true]);
    }
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    // boot.js is the only script in the head: it loads office.js (served locally) inside Office only
    expect(scriptSources(html)).toEqual(["boot.js", "taskpane.js"]);
    expect(officeJsOf(html)).toBe("office-js/office.js");
    expect(scriptSources(readFileSync(path.join(dist, "commands.html"), "utf8"))[0]).toBe("boot.js");
    // copied as written: it must parse as ES5 in Internet Explorer 11
    expect(readFileSync(path.join(dist, "boot.js"), "utf8")).toBe(
      readFileSync(path.join(root, "src", "boot", "boot.js"), "utf8"),
    );
    const check = execFileSync(
      process.execPath,
      ["scripts/validate-manifest.mjs", path.join(dist, "manifest.xml")],
      {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(check).toMatch(/is valid/);
  });

  test("the first script is at most 280 KB minified; exceljs and papaparse load only with a file", () => {
    const first = readFileSync(path.join(dist, "taskpane.js"), "utf8");
    // (grown with the NĐ 30 award list, the ballots and the catalogue's messages)
    expect(first.length).toBeLessThanOrEqual(280_000);
    // exceljs and papaparse signatures are not in the first script…
    expect(first).not.toMatch(/xl\/worksheets\/sheet|Papa\.parse|papaparse/i);
    // …but in a chunk it imports on demand
    const chunks = readdirSync(dist).filter(
      (f) => /^file-mode\.[0-9a-f]+\.js$/.test(f) || /^\d+\.[0-9a-f]+\.js$/.test(f),
    );
    const lazy = chunks.map((f) => readFileSync(path.join(dist, f), "utf8")).join("\n");
    expect(lazy).toMatch(/xl\/worksheets\/sheet/);
    expect(lazy).toMatch(/delimitersToGuess|PapaParse|Papa/);
  });

  test("ADDIN_URL replaces the development URL in the built manifest; OFFICE_JS=cdn uses Microsoft's CDN", () => {
    const result = build({ ADDIN_URL: "https://thidua.example.vn/addin/", OFFICE_JS: "cdn" });
    expect(result.code).toBe(0);
    const manifest = readFileSync(path.join(result.dir, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toMatch(/https:\/\/thidua\.example\.vn\/addin\/taskpane\.html/);
    const html = readFileSync(path.join(result.dir, "taskpane.html"), "utf8");
    expect(officeJsOf(html)).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(existsSync(path.join(result.dir, "office-js"))).toBe(false);
  });

  test("a deployment URL that is not https is refused", () => {
    const result = build({ ADDIN_URL: "http://thidua.example.vn/" });
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/ADDIN_URL must be an https:\/\/ URL/);
  });
});
