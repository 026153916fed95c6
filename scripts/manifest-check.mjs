import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where the offline XSD schemas are: $THIDUA_MANIFEST_SCHEMAS, or ../shared/manifest-schemas. */
export function schemaDir() {
  return process.env.THIDUA_MANIFEST_SCHEMAS || path.resolve(root, "..", "shared", "manifest-schemas");
}

function pngSize(file) {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Checks a manifest; returns every problem found (an empty list when valid).
 * assetsDir: where the icons named by the manifest's URLs are (default: assets/ beside it).
 */
export function validateManifest(file, { assetsDir } = {}) {
  const errors = [];
  if (!existsSync(file)) return { errors: [`${file} does not exist`] };
  const xsd = path.join(schemaDir(), "OfficeAppManifestV1_1.xsd");
  if (!existsSync(xsd)) return { errors: [`schema not found: ${xsd} (set THIDUA_MANIFEST_SCHEMAS)`] };
  try {
    execFileSync("xmllint", ["--noout", "--schema", xsd, file], { stdio: "pipe" });
  } catch (error) {
    if (error.code === "ENOENT")
      return { errors: ["xmllint is not installed (Debian: apt-get install libxml2-utils)"] };
    const output = `${error.stderr ?? ""}`
      .trim()
      .split("\n")
      .filter((line) => !/ fails to validate$/.test(line));
    errors.push(...output.map((line) => `XSD: ${line}`));
  }

  const xml = readFileSync(file, "utf8");
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(resid)) errors.push(`resid "${resid}" is used but not defined in <Resources>`);
  }
  for (const [, url] of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)) {
    if (!url.startsWith("https://")) errors.push(`URL is not https: ${url}`);
  }
  const limits = { ShortStrings: 125, LongStrings: 250 };
  for (const [section, max] of Object.entries(limits)) {
    const block = xml.match(new RegExp(`<bt:${section}>([\\s\\S]*?)</bt:${section}>`))?.[1] ?? "";
    for (const [, value] of block.matchAll(/Value="([^"]*)"/g)) {
      if (value.length > max) errors.push(`${section} string longer than ${max}: "${value.slice(0, 40)}…"`);
    }
  }
  const icons = assetsDir ?? path.join(path.dirname(file), "assets");
  const declared = [
    ...[...xml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="([^"]+)"/g)].map((m) => [
      Number(m[1]),
      m[2],
    ]),
    ...[...xml.matchAll(/<IconUrl DefaultValue="([^"]+)"/g)].map((m) => [32, m[1]]),
    ...[...xml.matchAll(/<HighResolutionIconUrl DefaultValue="([^"]+)"/g)].map((m) => [64, m[1]]),
  ];
  for (const [size, url] of declared) {
    const name = url.split("/").pop();
    const local = path.join(icons, name);
    if (!existsSync(local)) {
      errors.push(`icon ${name} (${size}px) not found in ${icons}`);
      continue;
    }
    const actual = pngSize(local);
    if (!actual) errors.push(`icon ${name} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      errors.push(`icon ${name} is ${actual.width}×${actual.height}, the manifest says ${size}×${size}`);
    }
  }
  return { errors };
}
