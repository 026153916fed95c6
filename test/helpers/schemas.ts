/**
 * Validates the parts of an .xlsx package against the ISO/IEC 29500 transitional schemas of
 * ../shared/ooxml-schemas (beside the clone, as CI puts it; or $THIDUA_OOXML_SCHEMAS) with xmllint (one run a schema). As that folder's README says, Excel
 * accepts a few things the schemas do not list, which are removed first: attributes of the
 * namespaces a part declares `mc:Ignorable` (`x14ac:dyDescent`), the `mc:Ignorable` attribute
 * itself and `xml:space`. Extension content inside `<extLst><ext>` is `processContents="lax"`:
 * with no schema for x14 loaded, xmllint skips it. Not validated: the theme, VML drawings and
 * docProps/core.xml (its schema imports Dublin Core from the network).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";

export const SCHEMAS =
  process.env.THIDUA_OOXML_SCHEMAS ?? path.resolve(__dirname, "..", "..", "..", "shared", "ooxml-schemas");

const SCHEMA_OF: [RegExp, string][] = [
  [/^\[Content_Types\]\.xml$/, "ecma/fouth-edition/opc-contentTypes.xsd"],
  [/\.rels$/, "ecma/fouth-edition/opc-relationships.xsd"],
  [/^docProps\/app\.xml$/, "ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd"],
  [/^docProps\/custom\.xml$/, "ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd"],
  [
    /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+|comments\d*|tables\/table\d+)\.xml$/,
    "ISO-IEC29500-4_2016/sml.xsd",
  ],
];

/** What the README says to remove before validating. */
export function forValidation(xml: string): string {
  const ignorable =
    xml
      .match(/\smc:Ignorable="([^"]*)"/)?.[1]
      .split(/\s+/)
      .filter(Boolean) ?? [];
  let out = xml;
  for (const prefix of ignorable) out = out.replace(new RegExp(`\\s+${prefix}:[\\w.-]+="[^"]*"`, "g"), "");
  return out.replace(/\s+mc:Ignorable="[^"]*"/g, "").replace(/\s+xml:space="[^"]*"/g, "");
}

export interface Validation {
  /** The parts checked, by schema. */
  checked: Record<string, string[]>;
  /** xmllint's complaints, empty when every part validates. */
  errors: string[];
}

export async function validatePackage(data: Uint8Array): Promise<Validation> {
  if (!existsSync(path.join(SCHEMAS, "ISO-IEC29500-4_2016", "sml.xsd")))
    throw new Error(`The OOXML schemas are missing: ${SCHEMAS} (set THIDUA_OOXML_SCHEMAS)`);
  const zip = await JSZip.loadAsync(data);
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-xsd-"));
  const checked: Record<string, string[]> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    const schema = SCHEMA_OF.find(([pattern]) => pattern.test(name))?.[1];
    if (!schema) continue;
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, forValidation(await zip.files[name].async("string")));
    (checked[schema] ??= []).push(name);
  }
  const errors: string[] = [];
  for (const [schema, names] of Object.entries(checked)) {
    try {
      execFileSync("xmllint", ["--noout", "--nonet", "--schema", path.join(SCHEMAS, schema), ...names], {
        cwd: dir,
        stdio: ["ignore", "ignore", "pipe"],
        timeout: 120_000,
      });
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
      errors.push(...stderr.split("\n").filter((line) => line && !line.endsWith(" validates")));
    }
  }
  return { checked, errors };
}
