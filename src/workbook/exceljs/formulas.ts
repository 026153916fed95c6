/**
 * Formula cells of a loaded file and their cached values. exceljs reads `<c><f>…</f><v>0</v></c>` as
 * a result of 0 (kept in `cell.result`), but it cannot tell a formula saved with no cached value (a
 * file written by a program and never calculated: `<v>` absent, or empty for a number) from a formula
 * whose cached value is the empty text (`<c t="str"><f>IF(A1="","",A1)</f><v></v></c>`, as Excel and
 * LibreOffice save `""`): both come back with no result. The second is an empty cell, the first a value
 * nobody has seen. So when a loaded sheet has formulas with no result, its XML is looked at once, and
 * the cells whose cached value is the empty text are noted here.
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
      if (!found && isFormula(cell.value) && (cell.result === undefined || cell.result === null)) found = true;
    });
  });
  return found;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (XML_ENTITIES[e.toLowerCase()] ?? _),
  );
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? xmlText(match[1] ?? match[2] ?? "") : null;
}

/** The part of each sheet, by sheet name, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
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
    const name = attribute(attributes, "name");
    const id = attribute(attributes, "r:id") ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? null;
    const target = id === null ? undefined : targets.get(id);
    if (name !== null && target !== undefined) parts.set(name, target);
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
export async function noteEmptyTextResults(workbook: ExcelJS.Workbook, data: ArrayBuffer): Promise<void> {
  const sheets = workbook.worksheets.filter(hasFormulaWithoutResult);
  if (sheets.length === 0) return;
  const zip = await JSZip.loadAsync(data);
  const parts = await sheetParts(zip);
  for (const worksheet of sheets) {
    const part = parts.get(worksheet.name);
    const xml = part === undefined ? undefined : await zip.file(part)?.async("string");
    if (xml !== undefined) emptyTextResults.set(worksheet, emptyTextCells(xml));
  }
}
