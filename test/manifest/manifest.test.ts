import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

/** Runs `npm run validate`'s script on a manifest; returns its exit code and output. */
function validate(file: string, assetsDir = path.join(root, "assets")) {
  try {
    const out = execFileSync(
      process.execPath,
      ["scripts/validate-manifest.mjs", file, "--assets", assetsDir],
      {
        cwd: root,
        encoding: "utf8",
        stdio: "pipe",
        timeout: 60_000,
      },
    );
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

function variant(edit: (xml: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "manifest-"));
  const file = path.join(dir, "manifest.xml");
  writeFileSync(file, edit(readFileSync(path.join(root, "manifest.xml"), "utf8")));
  return file;
}

describe("manifest.xml (offline check, as npm run validate)", () => {
  const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");

  test("validates against the XSD and the extra checks", () => {
    const result = validate(path.join(root, "manifest.xml"));
    expect(result.out).toMatch(/is valid/);
    expect(result.code).toBe(0);
  });

  test("is an Excel task-pane add-in with ReadWriteDocument and ExcelApi 1.9 (Office 2021, Microsoft 365)", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
    expect(xml).not.toMatch(/<AppDomains>/);
  });

  test("is named in Vietnamese with an English override, and has a Home-tab button", () => {
    expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="Thi đua – Khen thưởng">\s*<Override Locale="en-US"/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  test("fails on a wrong element order", () => {
    const file = variant((s) =>
      s
        .replace("<Permissions>ReadWriteDocument</Permissions>", "")
        .replace("<Hosts>", "<Permissions>ReadWriteDocument</Permissions><Hosts>"),
    );
    const result = validate(file);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/XSD/);
  });

  test("fails on an unknown permission", () => {
    const result = validate(variant((s) => s.replace("ReadWriteDocument", "Everything")));
    expect(result.code).toBe(1);
  });

  test("fails on a resid that is not defined", () => {
    const result = validate(variant((s) => s.replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"')));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/Taskpane\.Missing/);
  });

  test("fails when an icon is missing or has the wrong size", () => {
    const assets = mkdtempSync(path.join(tmpdir(), "assets-"));
    mkdirSync(assets, { recursive: true });
    for (const size of [16, 32, 64])
      copyFileSync(path.join(root, "assets", `icon-${size}.png`), path.join(assets, `icon-${size}.png`));
    copyFileSync(path.join(root, "assets", "icon-64.png"), path.join(assets, "icon-80.png"));
    const result = validate(path.join(root, "manifest.xml"), assets);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/icon-80\.png is 64×64/);
  });

  test("fails on a plain http URL", () => {
    const result = validate(
      variant((s) =>
        s.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"),
      ),
    );
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/not https/);
  });
});
