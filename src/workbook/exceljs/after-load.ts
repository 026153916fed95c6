/**
 * What exceljs loses when it loads a file, put back from the package's XML (looked at with jszip, only
 * where needed) — the cells must read as they show in Excel (WORKBOOK.md §1, issue 11).
 *
 * 1. Formula results. exceljs reads `<c><f>…</f><v>0</v></c>` as a result of 0 (kept in `cell.result`),
 *    but it cannot tell a formula saved with no cached value (a file written by a program and never
 *    calculated: `<v>` absent, or empty for a number) from a formula whose cached value is the empty
 *    text (`<c t="str"><f>IF(A1="","",A1)</f><v></v></c>`, as Excel and LibreOffice save `""`): both
 *    come back with no result. The second is an empty cell, the first a value nobody has seen. So when
 *    a loaded sheet has formulas with no result, its XML is looked at once, and the cells whose cached
 *    value is the empty text are noted here.
 * 2. Escaped characters of number formats. exceljs drops every backslash of a format code, so `0.0\%`
 *    (a literal percent sign) comes back as `0.0%` (a percent placeholder: 30 shown as 3000%), `\0` as
 *    a digit placeholder. Each format with an escape is set back, on the style its cells share, to the
 *    same format with the escaped characters quoted (`0.0"%"`), which exceljs keeps and Excel shows
 *    the same way.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";

const emptyTextResults = new WeakMap<ExcelJS.Worksheet, Set<string>>();

/** True when the formula cell at `address` holds the empty text as its cached value (see above). */
export function hasEmptyTextResult(worksheet: ExcelJS.Worksheet, address: string): boolean {
  return emptyTextResults.get(worksheet)?.has(address) ?? false;
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

function hasFormulaWithoutResult(worksheet: ExcelJS.Worksheet): boolean {
  let found = false;
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    if (found) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!found && isFormula(cell.value) && (cell.result === undefined || cell.result === null))
        found = true;
    });
  });
  return found;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(
          e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
        )
      : (XML_ENTITIES[e.toLowerCase()] ?? _),
  );
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? xmlText(match[1] ?? match[2] ?? "") : null;
}

/**
 * The part of each sheet, by its `sheetId` (exceljs's `worksheet.id`; names may differ, see the
 * loader's placeholder names), from xl/workbook.xml and its relationships.
 */
async function sheetParts(zip: JSZip): Promise<Map<number, string>> {
  const parts = new Map<number, string>();
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) return parts;
  const targets = new Map<string, string>();
  for (const [, attributes] of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes, "Id");
    const target = attribute(attributes, "Target");
    if (id !== null && target !== null)
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  for (const [, attributes] of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const sheetId = Number(attribute(attributes, "sheetId"));
    const id = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? null;
    const target = id === null ? undefined : targets.get(id);
    if (Number.isInteger(sheetId) && target !== undefined) parts.set(sheetId, target);
  }
  return parts;
}

/** Addresses of the `t="str"` formula cells of a sheet's XML whose cached value is empty (`<v></v>`). */
function emptyTextCells(xml: string): Set<string> {
  const cells = new Set<string>();
  const cell = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  for (const [, attributes, content] of xml.matchAll(cell)) {
    if (content === undefined || attribute(attributes, "t") !== "str" || !/<(?:\w+:)?f\b/.test(content))
      continue;
    const value = /<(?:\w+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?v>)/.exec(content);
    const address = attribute(attributes, "r");
    if (address !== null && value !== null && (value[1] ?? "") === "") cells.add(address);
  }
  return cells;
}

/** Notes the formula cells whose cached value is the empty text, in the sheets that need it. */
async function noteEmptyTextResults(
  workbook: ExcelJS.Workbook,
  zip: JSZip,
  parts: SheetParts,
): Promise<void> {
  for (const worksheet of workbook.worksheets.filter(hasFormulaWithoutResult)) {
    const xml = await parts.xml(worksheet);
    if (xml !== undefined) emptyTextResults.set(worksheet, emptyTextCells(xml));
  }
}

/** A format code with its backslash escapes written as quoted text (`0.0\%` → `0.0"%"`); null if none. */
export function quoteEscapes(code: string): string | null {
  let out = "";
  let changed = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      const end = close < 0 ? code.length : close + 1;
      out += code.slice(i, end);
      i = end - 1;
    } else if (ch === "\\" && i + 1 < code.length) {
      const next = code[++i];
      out += next === '"' ? '\\"' : `"${next}"`;
      changed ||= next !== '"';
    } else out += ch;
  }
  return changed ? out : null;
}

/** Sets back the formats exceljs read without their escapes, on the styles their cells share. */
async function restoreEscapedFormats(
  workbook: ExcelJS.Workbook,
  zip: JSZip,
  parts: SheetParts,
): Promise<void> {
  const styles = await zip.file("xl/styles.xml")?.async("string");
  if (!styles || !styles.includes("\\")) return;
  const quoted = new Map<string, string>(); // numFmtId → the format with its escapes quoted
  for (const [, attributes] of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = attribute(attributes, "numFmtId");
    const code = attribute(attributes, "formatCode");
    const fixed = code === null ? null : quoteEscapes(code);
    if (id !== null && fixed !== null) quoted.set(id, fixed);
  }
  if (quoted.size === 0) return;
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? "";
  const byXf = new Map<string, string>(); // cell style index (`s`) → its format, quoted
  [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)].forEach(([, attributes], index) => {
    const fixed = quoted.get(attribute(attributes, "numFmtId") ?? "");
    if (fixed !== undefined) byXf.set(String(index), fixed);
  });
  // exceljs gives every cell of one style index the same style object: one cell of each sets them all
  for (const worksheet of workbook.worksheets) {
    if (byXf.size === 0) return;
    const xml = await parts.xml(worksheet);
    if (xml === undefined) continue;
    for (const [, attributes] of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)\/?>/g)) {
      const style = attribute(attributes, "s");
      const fixed = style === null ? undefined : byXf.get(style);
      const address = attribute(attributes, "r");
      if (fixed === undefined || address === null) continue;
      worksheet.getCell(address).numFmt = fixed;
      byXf.delete(style as string);
      if (byXf.size === 0) return;
    }
  }
}

interface SheetParts {
  /** The XML of a sheet, read once. */
  xml(worksheet: ExcelJS.Worksheet): Promise<string | undefined>;
}

/**
 * Puts back what exceljs lost in loading `data` (see above) — the very bytes exceljs loaded. The
 * package is unzipped lazily: only styles.xml, and the sheets that need looking at, are inflated.
 */
export async function restoreFromPackage(workbook: ExcelJS.Workbook, data: ArrayBuffer): Promise<void> {
  const zip = await JSZip.loadAsync(data);
  let partsOf: Promise<Map<number, string>> | null = null;
  const texts = new Map<number, Promise<string | undefined>>();
  const parts: SheetParts = {
    xml(worksheet) {
      let text = texts.get(worksheet.id);
      if (!text) {
        partsOf ??= sheetParts(zip);
        text = partsOf.then((found) => {
          const part = found.get(worksheet.id);
          return part === undefined ? undefined : zip.file(part)?.async("string");
        });
        texts.set(worksheet.id, text);
      }
      return text;
    },
  };
  await noteEmptyTextResults(workbook, zip, parts);
  await restoreEscapedFormats(workbook, zip, parts);
}
