/**
 * Inside an .xlsx package: its parts by name, and a council workbook carrying what exceljs does not
 * model (made with exceljs, then patched with jszip as Excel would have written it): a hashed and a
 * legacy sheet protection, workbook protection, overlapping validations, an Excel 2010 (x14) list
 * validation pointing at another sheet, sparklines, editable ranges, a read-only recommendation,
 * custom document properties and comments by two authors.
 */
import JSZip from "jszip";
import { saveWorkbook } from "../../src/workbook/exceljs/file";
import { templateWorkbook } from "../../src/workbook/exceljs/sheets";

export async function parts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name];
    if (!file.dir && /\.(xml|rels|vml)$/.test(name)) out.set(name, await file.async("string"));
  }
  return out;
}

/** The part of the sheet named `name` (through workbook.xml and its relationships). */
export function sheetPart(all: Map<string, string>, name: string): string {
  const workbook = all.get("xl/workbook.xml") ?? "";
  const rels = all.get("xl/_rels/workbook.xml.rels") ?? "";
  const escaped = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${escaped}"`));
  const id = sheet?.match(/r:id="([^"]+)"/)?.[1];
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`Id="${id}"`))
    ?.match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const xml = all.get(path);
  if (xml === undefined) throw new Error(`no part ${path}`);
  return xml;
}

/** The first element named `name` (and what it holds) in `xml`, or null. */
export function element(xml: string, name: string): string | null {
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/>|>[\\s\\S]*?</${name}>)`);
  return xml.match(open)?.[0] ?? null;
}

export const HASHED_PROTECTION =
  '<sheetProtection algorithmName="SHA-512" hashValue="oK3AQu4yUaFRxXxvq4Hzg0ZXcxkgx0w4M3mqOi+2Ppe7jYAb7xHhJfT9tW2CRzhaqHDc3qoXZ8oVWXU+Xy6Rcg==" saltValue="Zr2ucDpTFxU0KXyZsyKxaA==" spinCount="100000" sheet="1" objects="1" scenarios="1" formatColumns="0" insertRows="0"/>';
export const PROTECTED_RANGES =
  '<protectedRanges><protectedRange algorithmName="SHA-512" hashValue="9vX2ucDpTFxU0KXyZsyKxQ==" saltValue="Zr2ucDpTFxU0KXyZsyKxaA==" spinCount="100000" sqref="B3:B20" name="Tên đơn vị"/></protectedRanges>';
export const FILE_SHARING = '<fileSharing readOnlyRecommended="1" userName="Ban Thi đua – Khen thưởng"/>';
export const SPARKLINES =
  '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap">' +
  "<x14:colorSeries rgb=\"FF376092\"/><x14:sparklines><x14:sparkline><xm:f>'Danh hiệu'!D3:D5</xm:f><xm:sqref>H3</xm:sqref></x14:sparkline>" +
  "</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>";
export const LEGACY_PROTECTION = '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>';
export const WORKBOOK_PROTECTION =
  '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="2kHQ7Ul1cvkrFBTDrDh+9RQAM0DWyL4BGmTnYSV9rRo4vpvmAnfADdxiJ3mrr85qIfrN7ybXaEXPNZOxHI6Esg==" workbookSaltValue="jqZ2ucDpTFxU0KXyZsyKxQ==" workbookSpinCount="100000" lockStructure="1"/>';
export const OVERLAPPING_VALIDATIONS =
  '<dataValidations count="2">' +
  '<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" sqref="D3:D40 D10:D12" xr:uid="{5D0C2B1A-0000-4000-8000-000000000001}"><formula1>0</formula1><formula2>100</formula2></dataValidation>' +
  '<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="D8:E9 A3:A5 D20" xr:uid="{5D0C2B1A-0000-4000-8000-000000000002}"><formula1>"A,B,C"</formula1></dataValidation>' +
  "</dataValidations>";
export const X14_VALIDATIONS =
  '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
  '<x14:dataValidation type="list" allowBlank="1" showErrorMessage="1" xr:uid="{5D0C2B1A-0000-4000-8000-000000000003}">' +
  "<x14:formula1><xm:f>'Danh hiệu'!$A$3:$A$20</xm:f></x14:formula1><xm:sqref>B3:B200</xm:sqref>" +
  "</x14:dataValidation></x14:dataValidations></ext>";
export const CUSTOM_PROPERTIES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Số hồ sơ"><vt:lpwstr>403/KH-LĐLĐ</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Năm"><vt:i4>2023</vt:i4></property>' +
  "</Properties>";
export const AUTHORS = ["Nguyễn Thị Thanh Hương", "Lò Văn Tâm"];

const XR = 'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"';

/** Declares the revision namespace and makes it ignorable, as Excel 365 does. */
function withRevisionNamespace(xml: string): string {
  return xml.replace(/<worksheet\b([^>]*?)mc:Ignorable="([^"]*)"/, `<worksheet$1mc:Ignorable="$2 xr" ${XR}`);
}

/**
 * The sample council, with: `Đơn vị` protected with a SHA-512 hash and two notes by two authors,
 * `Tiêu chí` protected with a legacy hash and holding overlapping validations, an x14 list
 * validation on `Đăng ký` pointing at `Danh hiệu`, workbook protection, custom properties.
 */
export async function councilWithExtras(): Promise<Uint8Array> {
  const workbook = templateWorkbook({ lang: "vi", sample: true, year: 2023 });
  const units = workbook.getWorksheet("Đơn vị")!;
  units.getCell("A2").note = "Mã do Ban Thi đua cấp";
  units.getCell("B2").note = "Tên đầy đủ của đơn vị";
  const zip = await JSZip.loadAsync(await saveWorkbook(workbook));
  const edit = async (name: string, change: (xml: string) => string) =>
    zip.file(name, change(await zip.file(name)!.async("string")));
  const all = await parts(await zip.generateAsync({ type: "uint8array" }));
  const part = (sheet: string) => {
    const xml = sheetPart(all, sheet);
    return [...all.entries()].find(([, text]) => text === xml)![0];
  };
  await edit(part("Đơn vị"), (xml) =>
    xml.replace("</sheetData>", `</sheetData>${HASHED_PROTECTION}${PROTECTED_RANGES}`),
  );
  await edit(part("Danh hiệu"), (xml) =>
    xml.replace("</worksheet>", `<extLst>${SPARKLINES}</extLst></worksheet>`),
  );
  await edit(part("Tiêu chí"), (xml) =>
    withRevisionNamespace(xml)
      .replace("</sheetData>", `</sheetData>${LEGACY_PROTECTION}`)
      .replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, OVERLAPPING_VALIDATIONS),
  );
  await edit(part("Đăng ký"), (xml) =>
    withRevisionNamespace(xml).replace("</worksheet>", `<extLst>${X14_VALIDATIONS}</extLst></worksheet>`),
  );
  await edit("xl/workbook.xml", (xml) =>
    xml
      .replace("<sheets>", `${WORKBOOK_PROTECTION}<sheets>`)
      .replace("<workbookPr ", `${FILE_SHARING}<workbookPr `),
  );
  const comments = Object.keys(zip.files).find((name) => /^xl\/comments\d*\.xml$/.test(name));
  if (!comments) throw new Error("exceljs wrote no comments part");
  await edit(comments, (xml) => {
    let n = 0;
    return xml
      .replace(
        /<authors>[\s\S]*?<\/authors>/,
        `<authors>${AUTHORS.map((a) => `<author>${a}</author>`).join("")}</authors>`,
      )
      .replace(/authorId="\d+"/g, () => `authorId="${n++ % 2}"`);
  });
  zip.file("docProps/custom.xml", CUSTOM_PROPERTIES);
  await edit("[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    ),
  );
  await edit("_rels/.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Edits a part of a package (it must be there, unless `create`). */
async function editPart(
  zip: JSZip,
  name: string,
  change: (xml: string) => string,
  create = "",
): Promise<void> {
  const file = zip.file(name);
  if (!file && !create) throw new Error(`no part ${name}`);
  zip.file(name, change(file ? await file.async("string") : create));
}

/**
 * `data` with a check box (a form control, which exceljs does not read) on the sheet in part
 * `sheet` (e.g. `xl/worksheets/sheet9.xml`) and a link to another workbook.
 */
export async function withControlAndLink(data: Uint8Array, sheet: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const rels = sheet.replace(/([^/]+)$/, "_rels/$1.rels");
  await editPart(
    zip,
    rels,
    (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdCtrl1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp" Target="../ctrlProps/ctrlProp1.xml"/></Relationships>',
      ),
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
  );
  zip.file(
    "xl/ctrlProps/ctrlProp1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" checked="Checked" lockText="1"/>',
  );
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>',
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="khoi-huyen.xlsx" TargetMode="External"/></Relationships>',
  );
  await editPart(zip, "xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
    ),
  );
  await editPart(zip, "xl/workbook.xml", (xml) =>
    xml.replace(
      /(<\/sheets>)/,
      '$1<externalReferences><externalReference r:id="rIdLink1"/></externalReferences>',
    ),
  );
  await editPart(zip, "[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/ctrlProps/ctrlProp1.xml" ContentType="application/vnd.ms-excel.controlproperties+xml"/>' +
        '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The package part name of the sheet named `name`. */
export function sheetPartName(all: Map<string, string>, name: string): string {
  const xml = sheetPart(all, name);
  return [...all.entries()].find(([, text]) => text === xml)![0];
}
