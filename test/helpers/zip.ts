/** Packages patched or built part by part with jszip: the files other programs write. */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { saveWorkbook } from "../../src/workbook/exceljs/file";

export type Parts = Record<string, string | Uint8Array>;

/** Every part of a package as text (binary parts as bytes). */
export async function partsOf(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = {};
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    parts[file.name] = /\.(xml|rels|vml)$/.test(file.name)
      ? await file.async("string")
      : await file.async("uint8array");
  }
  return parts;
}

export async function zipOf(parts: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** An exceljs workbook saved, then changed part by part (`edit` may rename, add, delete parts). */
export async function patched(
  workbook: ExcelJS.Workbook | Uint8Array,
  edit: (parts: Parts) => void,
): Promise<Uint8Array> {
  const parts = await partsOf(workbook instanceof Uint8Array ? workbook : await saveWorkbook(workbook));
  edit(parts);
  return zipOf(parts);
}

export function text(parts: Parts, name: string): string {
  const part = parts[name];
  if (typeof part !== "string") throw new Error(`no XML part ${name}`);
  return part;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  "</Types>";
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A minimal package as SheetJS or a script writes it: one worksheet per entry (its `<sheetData>`
 * content as given), no styles unless given, shared strings if given.
 */
export function minimalParts(
  sheets: Record<string, string>,
  extra: { sharedStrings?: string[]; styles?: string; workbookPr?: string } = {},
): Parts {
  const names = Object.keys(sheets);
  const rels = names.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const parts: Parts = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${R}>${extra.workbookPr ?? ""}<sheets>` +
      names
        .map(
          (n, i) =>
            `<sheet name="${n.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join("") +
      "</sheets></workbook>",
  };
  if (extra.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${extra.sharedStrings.length}">` +
      extra.sharedStrings.join("") +
      "</sst>";
  }
  if (extra.styles) {
    rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`);
    parts["xl/styles.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${extra.styles}</styleSheet>`;
  }
  parts["xl/_rels/workbook.xml.rels"] =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.join("") +
    "</Relationships>";
  names.forEach((name, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${R}><sheetData>${sheets[name]}</sheetData></worksheet>`;
  });
  return parts;
}

/** Sets the sizes a zip's headers declare for every entry, or the one named (the bytes unchanged). */
export function declareSizes(zip: Uint8Array, uncompressed: number, only?: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameAt = (at: number, length: number): string =>
    new TextDecoder().decode(out.subarray(at, at + length));
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) {
      if (only === undefined || nameAt(at + 30, view.getUint16(at + 26, true)) === only)
        view.setUint32(at + 22, uncompressed, true);
    } else if (signature === 0x02014b50) {
      if (only === undefined || nameAt(at + 46, view.getUint16(at + 28, true)) === only)
        view.setUint32(at + 24, uncompressed, true);
    }
  }
  return out;
}
