/**
 * The .xlsx package before exceljs sees it: what the file is (an .ods, an .xls, another zip, random
 * bytes are refused with a message saying what to do), how large it is (a zip bomb is refused in
 * bounded time and memory: the declared sizes first, then the bytes really inflated, with a cap),
 * and the valid files exceljs cannot read as they are, rewritten into the layout it expects:
 *
 * - parts anywhere the relationships say (openpyxl's absolute targets `/xl/comments/comment1.xml`,
 *   other names and folders) are moved to exceljs's names, every relationship made relative;
 * - rows and cells without their optional `r` attribute get it (Google Sheets, hand-made files);
 * - ISO 8601 date cells (`t="d"`, openpyxl and SheetJS) become date serials with a date format;
 * - a table without `tableStyleInfo` (LibreOffice) gets an empty one (exceljs crashes on saving it);
 * - SpreadsheetML under a prefix (`<x:worksheet>`, the Open XML SDK) is given it as the default
 *   namespace (exceljs reads unprefixed names only);
 * - sheet names exceljs refuses (over 31 UTF-16 units, which LibreOffice and openpyxl allow; a
 *   forbidden character; a name taken twice) are given a placeholder for exceljs, and the real
 *   name is put back on the loaded worksheet (`restoreSheetNames`), so every job reads and reports
 *   the sheet under the name the user sees.
 *
 * A file that needs none of this is handed to exceljs untouched.
 */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { NoteError, note } from "../../i18n";

export interface PackageLimits {
  /** Bytes of all the parts, inflated. */
  maxBytes: number;
  /** Cells (`<c>` elements) of all the worksheets. */
  maxCells: number;
  /** Rows (`<row>` elements) of all the worksheets. */
  maxRows: number;
  /** Entries of the zip. */
  maxParts: number;
}

/**
 * Generous for a council (its workbook is a few hundred rows), below what exhausts memory: exceljs
 * alone takes about 1.5 GB of heap for 2 million cells and 0.6 GB for a million empty rows, and the
 * browser's file mode has less than the command line.
 */
export const PACKAGE_LIMITS: PackageLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxCells: 1_000_000,
  maxRows: 1_000_000,
  maxParts: 10_000,
};

export interface PreparedPackage {
  /** The package to give exceljs (the input itself when nothing had to change). */
  bytes: Uint8Array;
  /** Placeholder sheet name given to exceljs → the sheet's real name. */
  realNames: Map<string, string>;
}

const MB = 1024 * 1024;

function fail(key: Parameters<typeof note>[0], params: Parameters<typeof note>[1] = {}): never {
  throw new NoteError(note(key, params));
}

/** What the bytes are, before unzipping: refuses what is not a zip with a message naming it. */
function sniff(data: Uint8Array): void {
  if (data.length === 0) fail("file.empty");
  const starts = (...bytes: number[]): boolean => bytes.every((b, i) => data[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return;
  // an OLE2 compound file: an Excel 97-2003 workbook, or an .xlsx encrypted with a password to open
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) fail("file.xls");
  const head = data.subarray(0, 4096);
  const text = !head.includes(0) && looksLikeText(head);
  fail(text ? "file.text" : "file.notSpreadsheet");
}

function looksLikeText(head: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    // UTF-16 text (a BOM) or a legacy code page: still text if no control bytes
    return [...head].every(
      (b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xff || b === 0xfe,
    );
  }
}

class TooLarge extends Error {}

/** Inflates one entry, counting the real bytes against what is left of the budget. */
function inflate(file: JSZip.JSZipObject, budget: { left: number }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> }
    ).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        if (settled) return;
        size += chunk.length;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          settled = true;
          stream.pause();
          reject(new TooLarge());
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error: Error) => {
        if (settled) return;
        settled = true;
        reject(error);
      })
      .on("end", () => {
        if (settled) return;
        settled = true;
        const whole = new Uint8Array(size);
        let at = 0;
        for (const chunk of chunks) {
          whole.set(chunk, at);
          at += chunk.length;
        }
        resolve(whole);
      })
      .resume();
  });
}

// ---------------------------------------------------------------------------------------------
// XML and paths

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) found.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  return found;
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (whole, hex, dec, name) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name as string] ?? whole;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Sets (or adds) one attribute of a start tag. */
function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/^(<[\w:.-]+)/, `$1 ${name}="${escapeXml(value)}"`);
}

function removeAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

function dirOf(part: string): string {
  const at = part.lastIndexOf("/");
  return at < 0 ? "" : part.slice(0, at);
}

function relsOf(part: string): string {
  const dir = dirOf(part);
  const base = part.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? dir + "/" : ""}_rels/${base}.rels`;
}

/** The part a relationship target names, from the folder of its source part. */
function resolve(fromDir: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // a target with a lone % is taken as written
  }
  path = path.replace(/\\/g, "/").split("#")[0];
  const segments = path.startsWith("/") ? [] : fromDir.split("/").filter(Boolean);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

function relative(fromDir: string, to: string): string {
  const from = fromDir.split("/").filter(Boolean);
  const parts = to.split("/");
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  return [...from.slice(common).map(() => ".."), ...parts.slice(common)].join("/");
}

interface Rel {
  tag: string;
  type: string;
  target: string;
  external: boolean;
}

function parseRels(xml: string): Rel[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const attrs = attributes(m[0]);
    return {
      tag: m[0],
      type: (attrs.get("Type") ?? "").split("/").pop() ?? "",
      target: attrs.get("Target") ?? "",
      external: (attrs.get("TargetMode") ?? "").toLowerCase() === "external",
    };
  });
}

// ---------------------------------------------------------------------------------------------

class Package {
  readonly text = new Map<string, string>();
  changed = false;

  constructor(readonly parts: Map<string, Uint8Array>) {}

  has(part: string): boolean {
    return this.parts.has(part) || this.text.has(part);
  }

  read(part: string): string | undefined {
    const cached = this.text.get(part);
    if (cached !== undefined) return cached;
    const bytes = this.parts.get(part);
    if (!bytes) return undefined;
    const xml = new TextDecoder("utf-8").decode(bytes);
    this.text.set(part, xml);
    return xml;
  }

  write(part: string, xml: string): void {
    if (this.read(part) === xml) return;
    this.text.set(part, xml);
    this.changed = true;
  }
}

/** Checks, and rewrites where needed, the package of an .xlsx file for exceljs. */
export async function preparePackage(
  data: Uint8Array,
  limits: PackageLimits = PACKAGE_LIMITS,
): Promise<PreparedPackage> {
  sniff(data);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false });
  } catch {
    fail("file.corrupt");
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > limits.maxParts) fail("file.tooLarge", { limit: Math.round(limits.maxBytes / MB) });
  // jszip reads the 32-bit sizes as signed numbers: 4 GB declared reads as a negative number
  const declaredSize = (f: JSZip.JSZipObject): number => {
    const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    return size < 0 ? size + 2 ** 32 : size;
  };
  const declared = entries.reduce((sum, f) => sum + declaredSize(f), 0);
  if (declared > limits.maxBytes) fail("file.tooLarge", { limit: Math.round(limits.maxBytes / MB) });

  const names = new Map<string, JSZip.JSZipObject>();
  let renamed = false;
  for (const entry of entries) {
    const name = entry.name.replace(/\\/g, "/").replace(/^\/+/, "");
    if (name !== entry.name) renamed = true;
    names.set(name, entry);
  }
  const mimetype = names.get("mimetype");
  const type = mimetype
    ? new TextDecoder().decode(await inflate(mimetype, { left: 1024 }).catch(() => new Uint8Array()))
    : "";
  classify(new Set(names.keys()), type.trim());

  const budget = { left: limits.maxBytes };
  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of names) {
    try {
      parts.set(name, await inflate(entry, budget));
    } catch (error) {
      if (error instanceof TooLarge) fail("file.tooLarge", { limit: Math.round(limits.maxBytes / MB) });
      fail("file.corrupt");
    }
  }
  const pkg = new Package(parts);
  pkg.changed = renamed;
  const realNames = normalise(pkg, limits);
  if (!pkg.changed) return { bytes: data, realNames };
  const out = new JSZip();
  for (const [name, bytes] of parts) out.file(name, pkg.text.get(name) ?? bytes);
  for (const [name, xml] of pkg.text) if (!parts.has(name)) out.file(name, xml);
  return { bytes: await out.generateAsync({ type: "uint8array", compression: "STORE" }), realNames };
}

/** A zip that is not an .xlsx: named for what it is. */
function classify(names: Set<string>, mimetype: string): void {
  if (mimetype === "application/vnd.oasis.opendocument.spreadsheet") fail("file.ods");
  if (
    mimetype.startsWith("application/vnd.oasis.opendocument.") ||
    (names.has("content.xml") && names.has("META-INF/manifest.xml"))
  )
    fail("file.openDocument");
  if (names.has("word/document.xml")) fail("file.otherOffice", { kind: "Word (.docx)" });
  if (names.has("ppt/presentation.xml")) fail("file.otherOffice", { kind: "PowerPoint (.pptx)" });
  if (names.has("xl/workbook.bin")) fail("file.xlsb");
  if (!names.has("[Content_Types].xml")) fail("file.zipNotXlsx");
}

const UNPREFIXED = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
];

/**
 * A part whose root names SpreadsheetML with a prefix (`<x:worksheet xmlns:x="…/main">`, written by
 * the Open XML SDK): the same XML with the namespace as the default one, which is all exceljs reads.
 */
function unprefixed(xml: string): string {
  const root = /<([\w.-]+):[\w.-]+\b[^>]*>/.exec(xml.slice(0, 4000));
  if (!root || /\sxmlns\s*=/.test(root[0])) return xml;
  const prefix = root[1].replace(/[.-]/g, "\\$&");
  const declared = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*["']([^"']*)["']`).exec(root[0]);
  if (!declared || !UNPREFIXED.includes(declared[1])) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(new RegExp(`(\\s)xmlns:${prefix}(\\s*=)`), "$1xmlns$2");
}

/** Moves the parts to exceljs's names and fixes their XML; answers the sheets' real names. */
function normalise(pkg: Package, limits: PackageLimits): Map<string, string> {
  for (const part of [...pkg.parts.keys()].filter((p) => /\.(xml|rels)$/.test(p))) {
    const xml = pkg.read(part);
    if (xml !== undefined && /^(?:<\?[^>]*\?>\s*)?<[\w.-]+:/.test(xml.slice(0, 400).trimStart()))
      pkg.write(part, unprefixed(xml));
  }
  const rootRels = parseRels(pkg.read("_rels/.rels") ?? "");
  const officeRel = rootRels.find((r) => r.type === "officeDocument" && !r.external);
  if (officeRel && /purl\.oclc\.org\/ooxml/.test(officeRel.tag)) fail("file.strict");
  const workbook = officeRel ? resolve("", officeRel.target) : "xl/workbook.xml";
  if (workbook.endsWith(".bin")) fail("file.xlsb");
  const workbookXml = pkg.read(workbook);
  if (workbookXml === undefined || !/<(?:[\w.-]+:)?workbook[\s>]/.test(workbookXml)) fail("file.zipNotXlsx");
  if (/purl\.oclc\.org\/ooxml\/spreadsheetml/.test(workbookXml.slice(0, 2000))) fail("file.strict");

  // 1. where each part goes
  const moves = new Map<string, string>([[workbook, "xl/workbook.xml"]]);
  const counters = new Map<string, number>();
  const place = (part: string, make: (n: number, ext: string) => string): void => {
    if (moves.has(part) || !pkg.has(part)) return;
    const key = make(0, "");
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const ext = (/\.([a-zA-Z0-9]{3,4})$/.exec(part)?.[1] ?? "bin").toLowerCase();
    moves.set(part, make(n, ext));
  };
  const relsFrom = (part: string): { rel: Rel; part: string }[] =>
    parseRels(pkg.read(relsOf(part)) ?? "")
      .filter((rel) => !rel.external)
      .map((rel) => ({ rel, part: resolve(dirOf(part), rel.target) }));

  const worksheets: string[] = [];
  for (const { rel, part } of relsFrom(workbook)) {
    if (rel.type === "worksheet") {
      place(part, (n) => `xl/worksheets/sheet${n}.xml`);
      if (!worksheets.includes(part)) worksheets.push(part);
    } else if (rel.type === "styles") place(part, () => "xl/styles.xml");
    else if (rel.type === "sharedStrings") place(part, () => "xl/sharedStrings.xml");
    else if (rel.type === "theme") place(part, (n) => `xl/theme/theme${n}.xml`);
  }
  const drawings: string[] = [];
  const tables: string[] = [];
  for (const sheet of worksheets) {
    for (const { rel, part } of relsFrom(sheet)) {
      if (rel.type === "comments") place(part, (n) => `xl/comments${n}.xml`);
      else if (rel.type === "vmlDrawing") place(part, (n) => `xl/drawings/vmlDrawing${n}.vml`);
      else if (rel.type === "table") {
        place(part, (n) => `xl/tables/table${n}.xml`);
        tables.push(part);
      } else if (rel.type === "drawing") {
        place(part, (n) => `xl/drawings/drawing${n}.xml`);
        drawings.push(part);
      } else if (rel.type === "image") place(part, (n, ext) => `xl/media/image${n}.${ext}`);
    }
  }
  for (const drawing of drawings)
    for (const { rel, part } of relsFrom(drawing))
      if (rel.type === "image") place(part, (n, ext) => `xl/media/image${n}.${ext}`);
  for (const [from, to] of [...moves]) if (pkg.has(relsOf(from))) moves.set(relsOf(from), relsOf(to));
  const moved = (part: string): string => moves.get(part) ?? part;

  // 2. every relationship relative to its source part's new place
  for (const rels of [...pkg.parts.keys()].filter((p) => /(^|\/)_rels\/[^/]*\.rels$/.test(p))) {
    const source = rels.replace(
      /(^|\/)_rels\/([^/]*)\.rels$/,
      (_, slash: string, base: string) => slash + base,
    );
    const xml = pkg.read(rels) ?? "";
    const fixed = xml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g, (tag) => {
      const attrs = attributes(tag);
      if ((attrs.get("TargetMode") ?? "").toLowerCase() === "external") return tag;
      const target = attrs.get("Target");
      if (target === undefined) return tag;
      const wanted = relative(dirOf(moved(source)), moved(resolve(dirOf(source), target)));
      return wanted === target ? tag : setAttribute(tag, "Target", wanted);
    });
    pkg.write(rels, fixed);
  }
  const claimed = new Set([...moves].filter(([from, to]) => from !== to).map(([, to]) => to));
  if (claimed.size > 0) {
    const parts = new Map<string, Uint8Array>();
    const text = new Map<string, string>();
    for (const [from, bytes] of pkg.parts) {
      const to = moved(from);
      // a part left where it was loses its place to a moved one (an orphan of the same name)
      if (to === from && claimed.has(from)) continue;
      parts.set(to, bytes);
      const xml = pkg.text.get(from);
      if (xml !== undefined) text.set(to, xml);
    }
    pkg.parts.clear();
    pkg.text.clear();
    for (const [k, v] of parts) pkg.parts.set(k, v);
    for (const [k, v] of text) pkg.text.set(k, v);
    pkg.changed = true;
  }

  // 3. the XML exceljs reads wrong or not at all
  const realNames = sheetNames(pkg);
  const date1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(
    pkg.read("xl/workbook.xml") ?? "",
  );
  const styles = new Styles(pkg);
  const counts = { cells: 0, rows: 0 };
  const names = sheetNamesByPart(pkg);
  for (const sheet of worksheets) {
    const part = moved(sheet);
    const xml = pkg.read(part);
    if (xml === undefined) continue;
    pkg.write(part, fixSheet(xml, { styles, date1904, counts, limits, sheet: names.get(part) ?? part }));
  }
  styles.save();
  for (const table of tables) {
    const part = moved(table);
    const xml = pkg.read(part);
    if (xml !== undefined && !/<(?:[\w.-]+:)?tableStyleInfo[\s/>]/.test(xml))
      pkg.write(
        part,
        xml.replace(
          /(<(?:[\w.-]+:)?extLst[\s>]|<\/(?:[\w.-]+:)?table>)/,
          '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>$1',
        ),
      );
  }
  return realNames;
}

/** The real name of each worksheet part, from the workbook and its relationships. */
function sheetNamesByPart(pkg: Package): Map<string, string> {
  const rels = new Map<string, string>();
  for (const m of (pkg.read("xl/_rels/workbook.xml.rels") ?? "").matchAll(
    /<(?:[\w.-]+:)?Relationship\b[^>]*>/g,
  )) {
    const attrs = attributes(m[0]);
    rels.set(attrs.get("Id") ?? "", resolve("xl", attrs.get("Target") ?? ""));
  }
  const found = new Map<string, string>();
  for (const m of (pkg.read("xl/workbook.xml") ?? "").matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const id = [...attrs].find(([k]) => /(^|:)id$/.test(k))?.[1];
    const part = id === undefined ? undefined : rels.get(id);
    if (part) found.set(part, attrs.get("name") ?? part);
  }
  return found;
}

const FORBIDDEN = /[*?:/\\[\]]/;

function acceptable(name: string): boolean {
  return (
    name !== "" && name !== "History" && name.length <= 31 && !FORBIDDEN.test(name) && !/^'|'$/.test(name)
  );
}

function cut(name: string, length: number): string {
  let short = name.slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(short)) short = short.slice(0, -1);
  return short;
}

/** Gives exceljs a name it takes for each sheet it would refuse; answers placeholder → real name. */
function sheetNames(pkg: Package): Map<string, string> {
  const realNames = new Map<string, string>();
  const xml = pkg.read("xl/workbook.xml");
  if (xml === undefined) return realNames;
  const tags = [...xml.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)].map((m) => m[0]);
  const all = tags.map((tag) => attributes(tag).get("name") ?? "");
  const taken = new Set<string>();
  const kept = all.map((name) => {
    const ok = acceptable(name) && !taken.has(name.toLowerCase());
    if (ok) taken.add(name.toLowerCase());
    return ok;
  });
  const restored = new Set(taken);
  const replacements = new Map<string, string>();
  tags.forEach((tag, i) => {
    const real = all[i];
    if (kept[i]) return;
    const base = cut(
      real.replace(new RegExp(FORBIDDEN.source, "g"), "_").replace(/^'+|'+$/g, "") || "Sheet",
      31,
    );
    let placeholder = base === "History" ? "History_" : base;
    for (let n = 2; taken.has(placeholder.toLowerCase()); n++)
      placeholder = `${cut(base, 31 - ` (${n})`.length)} (${n})`;
    taken.add(placeholder.toLowerCase());
    replacements.set(tag, setAttribute(tag, "name", placeholder));
    // a name used twice stays a placeholder: two sheets of one name would be one for the jobs
    if (real !== "" && !restored.has(real.toLowerCase())) {
      restored.add(real.toLowerCase());
      realNames.set(placeholder, real);
    }
  });
  if (replacements.size > 0)
    pkg.write(
      "xl/workbook.xml",
      xml.replace(/<(?:[\w.-]+:)?sheet\s[^>]*>/g, (tag) => replacements.get(tag) ?? tag),
    );
  return realNames;
}

/**
 * What exceljs could not read in a package that passed these checks (a shared string that is not
 * there, a value of the wrong kind): a message for the user, the library's words kept for logs.
 */
export function damaged(error: unknown): NoteError {
  if (error instanceof NoteError) return error;
  const refused = new NoteError(note("file.damaged"));
  (refused as { cause?: unknown }).cause = error;
  return refused;
}

/** After exceljs has loaded the package: each worksheet under its real name. */
export function restoreSheetNames(workbook: ExcelJS.Workbook, realNames: Map<string, string>): void {
  if (realNames.size === 0) return;
  for (const worksheet of workbook.worksheets) {
    const real = realNames.get(worksheet.name);
    // exceljs's setter would cut the name again: its field is set directly
    if (real !== undefined) (worksheet as unknown as { _name: string })._name = real;
  }
}

// ---------------------------------------------------------------------------------------------
// Styles: a date format for the ISO date cells

const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

class Styles {
  private xfs: string[] | null = null;
  private added: string[] = [];
  private readonly memo = new Map<string, number>();
  private formats = new Map<number, string>();

  constructor(private readonly pkg: Package) {}

  private load(): string[] {
    if (this.xfs) return this.xfs;
    const xml = this.pkg.read("xl/styles.xml") ?? "";
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\s[^>]*>/g)) {
      const attrs = attributes(m[0]);
      this.formats.set(Number(attrs.get("numFmtId")), attrs.get("formatCode") ?? "");
    }
    const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? "";
    this.xfs = [
      ...cellXfs.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*\/>|<(?:[\w.-]+:)?xf\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?xf>/g),
    ].map((m) => m[0]);
    return this.xfs;
  }

  private isDate(xf: string): boolean {
    const id = Number(attributes(/^<[^>]*>/.exec(xf)?.[0] ?? "").get("numFmtId") ?? 0);
    if (DATE_FORMAT_IDS.has(id)) return true;
    const code = this.formats.get(id);
    return code !== undefined && /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
  }

  /** The style index to give a date cell of style `s` (a copy of it with a date format if needed). */
  dateStyle(s: number, withTime: boolean): number {
    const xfs = this.load();
    const own = xfs[s];
    if (own !== undefined && this.isDate(own)) return s;
    const key = `${s}/${withTime}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const base = own ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const start = /^<[^>]*>/.exec(base)?.[0] ?? "<xf>";
    let tag = setAttribute(setAttribute(start, "numFmtId", withTime ? "22" : "14"), "applyNumberFormat", "1");
    if (xfs.length === 0 && this.added.length === 0) {
      // no styles part: index 0 is the default style, the date style comes after it
      this.added.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
      tag = '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'.replace(
        "14",
        withTime ? "22" : "14",
      );
    }
    const index = xfs.length + this.added.length;
    this.added.push(base.replace(start, tag));
    this.memo.set(key, index);
    return index;
  }

  save(): void {
    if (this.added.length === 0) return;
    const xml = this.pkg.read("xl/styles.xml");
    if (xml === undefined || !/<(?:[\w.-]+:)?cellXfs\b/.test(xml)) {
      this.pkg.write("xl/styles.xml", minimalStyles(this.added));
      this.linkStyles();
      return;
    }
    const total = (this.xfs?.length ?? 0) + this.added.length;
    this.pkg.write(
      "xl/styles.xml",
      xml
        .replace(/(<(?:[\w.-]+:)?cellXfs\b)([^>]*?)\/>/, "$1$2></cellXfs>")
        .replace(/<(?:[\w.-]+:)?cellXfs\b[^>]*>/, (tag) => setAttribute(tag, "count", String(total)))
        .replace(/(<\/(?:[\w.-]+:)?cellXfs>)/, `${this.added.join("")}$1`),
    );
  }

  private linkStyles(): void {
    const rels = this.pkg.read("xl/_rels/workbook.xml.rels") ?? "";
    if (/\/styles"/.test(rels)) return;
    const rel =
      '<Relationship Id="rIdThiDuaStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>';
    this.pkg.write(
      "xl/_rels/workbook.xml.rels",
      rels.includes("</Relationships>")
        ? rels.replace("</Relationships>", `${rel}</Relationships>`)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
    );
  }
}

function minimalStyles(xfs: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    "</styleSheet>"
  );
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  styles: Styles;
  date1904: boolean;
  counts: { cells: number; rows: number };
  limits: PackageLimits;
  sheet: string;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let letters = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

const ISO_DATE =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

/** The serial of an ISO 8601 date (its wall-clock time, the zone ignored), or null. */
export function isoSerial(text: string, date1904: boolean): { serial: number; withTime: boolean } | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0", s = "0", frac = "0"] = m
    .slice(1)
    .map((x) => x ?? undefined) as string[];
  const ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(`0.${frac}`) * 1000,
  );
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23)
    return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const serial = (ms - epoch) / 86_400_000;
  if (serial < 0) return null;
  return {
    serial: Math.round(serial * 86_400_000) / 86_400_000,
    withTime: m[4] !== undefined && (h !== "00" || mi !== "00" || s !== "00"),
  };
}

function count(text: string, re: RegExp): number {
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Counts the rows and cells against the limits; gives rows and cells their `r`; ISO dates to serials. */
function fixSheet(xml: string, ctx: SheetContext): string {
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/);
  if (start < 0) return xml;
  const { counts, limits } = ctx;
  // most sheets need nothing: counted with two scans, left as they are
  const body = xml.slice(start);
  if (!/\st\s*=\s*["']d["']/.test(body) && !/<(?:[\w.-]+:)?(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)/.test(body)) {
    counts.rows += count(body, /<(?:[\w.-]+:)?row[\s/>]/g);
    if (counts.rows > limits.maxRows) fail("file.tooManyRows", { sheet: ctx.sheet, limit: limits.maxRows });
    counts.cells += count(body, /<(?:[\w.-]+:)?c[\s/>]/g);
    if (counts.cells > limits.maxCells)
      fail("file.tooManyCells", { sheet: ctx.sheet, limit: limits.maxCells });
    return xml;
  }
  const tagRe = /<((?:[\w.-]+:)?)(row|c)(?=[\s/>])[^>]*>/g;
  tagRe.lastIndex = start;
  const pieces: string[] = [];
  let copied = 0;
  let row = 0;
  let col = 0;
  for (let m = tagRe.exec(xml); m; m = tagRe.exec(xml)) {
    const [tag, prefix, name] = m;
    let fixed = tag;
    if (name === "row") {
      if (++counts.rows > limits.maxRows)
        fail("file.tooManyRows", { sheet: ctx.sheet, limit: limits.maxRows });
      const r = Number(attributes(tag).get("r"));
      if (Number.isInteger(r) && r > 0) row = r;
      else fixed = setAttribute(tag, "r", String(++row));
      col = 0;
    } else {
      if (++counts.cells > limits.maxCells)
        fail("file.tooManyCells", { sheet: ctx.sheet, limit: limits.maxCells });
      const attrs = attributes(tag);
      const ref = /^([A-Za-z]{1,3})(\d+)$/.exec(attrs.get("r") ?? "");
      if (ref) col = columnNumber(ref[1]);
      else fixed = setAttribute(tag, "r", `${columnLetters(++col)}${Math.max(row, 1)}`);
      if (attrs.get("t") === "d" && !tag.endsWith("/>")) {
        const close = xml.indexOf(`</${prefix}c>`, m.index + tag.length);
        if (close >= 0) {
          const inner = xml.slice(m.index + tag.length, close);
          const [cell, body] = dateCell(fixed, inner, prefix, ctx);
          pieces.push(xml.slice(copied, m.index), cell, body);
          copied = close;
          tagRe.lastIndex = close;
          continue;
        }
      }
      if (attrs.get("t") === "d" && tag.endsWith("/>")) fixed = removeAttribute(fixed, "t");
    }
    if (fixed !== tag) {
      pieces.push(xml.slice(copied, m.index), fixed);
      copied = m.index + tag.length;
    }
  }
  if (pieces.length === 0) return xml;
  pieces.push(xml.slice(copied));
  return pieces.join("");
}

/** A `t="d"` cell as a number with a date style, or as text when its value is not an ISO date. */
function dateCell(tag: string, inner: string, prefix: string, ctx: SheetContext): [string, string] {
  const v = new RegExp(`<${prefix}v>([\\s\\S]*?)</${prefix}v>`).exec(inner);
  const text = v ? unescapeXml(v[1]) : "";
  const parsed = isoSerial(text, ctx.date1904);
  if (!parsed) {
    // kept as the text it is: the contract then says which date it could not read
    return [setAttribute(tag, "t", "str"), inner];
  }
  const s = Number(attributes(tag).get("s") ?? 0);
  const style = ctx.styles.dateStyle(Number.isInteger(s) ? s : 0, parsed.withTime);
  const cell = setAttribute(removeAttribute(tag, "t"), "s", String(style));
  return [cell, inner.replace(v![0], `<${prefix}v>${parsed.serial}</${prefix}v>`)];
}
