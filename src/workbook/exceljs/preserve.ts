/**
 * What the input file had and exceljs does not model, carried into the result file. exceljs reads
 * a workbook into its own model and writes it back from that model: it drops legacy sheet
 * passwords, workbook protection, Excel 2010 (x14) validations, custom document properties and
 * comment authors, and it rewrites data validations cell by cell (overlapping ranges come back
 * split and multiplied on every run). So the loader remembers the original package, and after
 * exceljs writes, the parts and elements of the sheets the software did not replace are carried
 * over from it:
 * - per input sheet: `sheetProtection` (hash, salt, spin count, legacy `password`), `protectedRanges`
 *   and `dataValidations` exactly as they were, the `extLst` extensions that need no other part
 *   (x14 validations, sparklines…), and the comments part (authors) when its comments are the same;
 * - per workbook: `fileSharing` and `workbookProtection`, and `docProps/custom.xml` with its content
 *   type and relationship.
 * Elements go where the schema (ISO/IEC 29500 CT_Worksheet, CT_Workbook) puts them; attributes of
 * namespaces the input declared ignorable (`xr:uid`) are dropped, as a consumer may do. What the
 * result still lacks (charts, pivot tables, slicers, form controls, external links…) is returned,
 * by sheet, for the door to say.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  attributesOf,
  escapeAttribute,
  localName,
  mapStartTags,
  namespacesOf,
  parseTree,
  prefixOf,
  startTags,
  unescapeXml,
  withAttributes,
  type XmlTree,
} from "./xml-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

/** CT_Worksheet's children, in schema order. */
const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
/** CT_Workbook's children, in schema order. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const SHEET_CARRIED = ["sheetProtection", "protectedRanges", "dataValidations"];
const WORKBOOK_CARRIED = ["fileSharing", "workbookProtection"];
const CARRIED_ANYTHING = /<([^\s<>/:]+:)?(sheetProtection|protectedRanges|dataValidations|extLst)[\s/>]/;
/** Extensions exceljs writes itself (x14 conditional formats). */
const EXCELJS_EXTENSIONS = new Set(["{78C0D931-6437-407d-A8EE-F0AAD7539E65}".toLowerCase()]);

/** What a result file may lack from its input. */
export type NotKeptKind =
  | "charts"
  | "shapes"
  | "pivotTables"
  | "slicers"
  | "threadedComments"
  | "commentAuthors"
  | "controls"
  | "extensions"
  | "externalLinks"
  | "connections"
  | "other";

export interface NotKept {
  /** The sheet, or null for the workbook. */
  sheet: string | null;
  kinds: NotKeptKind[];
}

export interface SavedWorkbook {
  data: Uint8Array;
  notKept: NotKept[];
}

interface Source {
  data: Uint8Array | ArrayBuffer;
  /** The loaded worksheets and their names when loaded, in order. */
  loaded: ExcelJS.Worksheet[];
  names: string[];
}

const sources = new WeakMap<ExcelJS.Workbook, Source>();

/** Called by the loader: the package `workbook` was read from. */
export function rememberSource(workbook: ExcelJS.Workbook, data: Uint8Array | ArrayBuffer): void {
  sources.set(workbook, {
    data,
    loaded: [...workbook.worksheets],
    names: workbook.worksheets.map((worksheet) => worksheet.name),
  });
}

interface Rel {
  id: string;
  type: string;
  /** The part's path in the package (no leading slash), or the external address. */
  target: string;
  external: boolean;
}

const shortType = (type: string) => type.slice(type.lastIndexOf("/") + 1);

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolve(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = part.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

class Package {
  constructor(readonly zip: JSZip) {}

  /** Part names compared without regard to case, as OPC says. */
  private find(path: string): JSZip.JSZipObject | null {
    const exact = this.zip.file(path);
    if (exact) return exact;
    const lower = path.toLowerCase();
    return this.zip.file(new RegExp(`^${lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i"))[0] ?? null;
  }

  async text(path: string): Promise<string | null> {
    const file = this.find(path);
    return file ? file.async("string") : null;
  }

  has(path: string): boolean {
    return this.find(path) !== null;
  }

  async rels(part: string): Promise<Rel[]> {
    const xml = await this.text(part === "" ? "_rels/.rels" : relsPath(part));
    if (xml === null) return [];
    return startTags(xml, "Relationship").map((tag) => {
      const a = attributesOf(tag);
      const external = a.get("TargetMode") === "External";
      const target = unescapeXml(a.get("Target") ?? "");
      return {
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        target: external ? target : resolve(part, target),
        external,
      };
    });
  }

  async workbookPart(): Promise<string | null> {
    const main = (await this.rels("")).find((rel) => shortType(rel.type) === "officeDocument");
    return main?.target ?? null;
  }

  /** The worksheets, in the workbook's order: name and part. */
  async sheets(workbookPart: string): Promise<{ name: string; part: string }[]> {
    const xml = (await this.text(workbookPart)) ?? "";
    const rels = new Map((await this.rels(workbookPart)).map((rel) => [rel.id, rel]));
    const out = [];
    for (const tag of startTags(xml, "sheet")) {
      const a = attributesOf(tag);
      const id = [...a.entries()].find(([name]) => localName(name) === "id" && name.includes(":"))?.[1];
      const rel = id === undefined ? undefined : rels.get(id);
      if (rel && shortType(rel.type) === "worksheet")
        out.push({ name: unescapeXml(a.get("name") ?? ""), part: rel.target });
    }
    return out;
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
  order: number;
}

function applyEdits(xml: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.order - b.order);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    out += xml.slice(at, edit.start) + edit.text;
    at = Math.max(at, edit.end);
  }
  return out + xml.slice(at);
}

/** The input part's root: what its fragments need to keep their meaning elsewhere. */
class Origin {
  readonly tree: XmlTree;
  readonly mainPrefix: string | null;
  private readonly namespaces: Map<string, string>;
  private readonly ignorable: Set<string>;

  constructor(readonly xml: string) {
    this.tree = parseTree(xml);
    this.namespaces = namespacesOf(this.tree.attributes);
    const prefix = prefixOf(this.tree.root.name);
    this.mainPrefix = this.namespaces.get(prefix) === MAIN ? prefix : null;
    const mc = [...this.namespaces].find(([, uri]) => uri === MC)?.[0];
    const listed = mc === undefined ? "" : (this.tree.attributes.get(`${mc}:Ignorable`) ?? "");
    this.ignorable = new Set(listed.split(/\s+/).filter(Boolean));
  }

  child(local: string) {
    return this.tree.children.find(
      (el) => prefixOf(el.name) === this.mainPrefix && localName(el.name) === local,
    );
  }

  /** `xml` (a fragment of this part) made to stand in `target`'s root: declarations, no ignorables. */
  fragment(xml: string, target: Map<string, string>): string {
    const stripped = mapStartTags(xml, (tag) => {
      let out = tag;
      for (const prefix of this.ignorable)
        out = out.replace(new RegExp(`\\s+${prefix}:[^\\s=]+\\s*=\\s*("[^"]*"|'[^']*')`, "g"), "");
      return out;
    });
    const declarations = [...this.namespaces]
      .filter(([prefix, uri]) => target.get(prefix) !== uri)
      .filter(([prefix]) => prefix === "" || new RegExp(`[<\\s/]${prefix}:`).test(stripped))
      // not one the fragment's own first tag declares already (LibreOffice's extLst does)
      .filter(
        ([prefix]) =>
          !new RegExp(`^<[^>]*\\s${prefix ? `xmlns:${prefix}` : "xmlns"}\\s*=`).test(stripped.trimStart()),
      )
      .map(([prefix, uri]) => ` ${prefix ? `xmlns:${prefix}` : "xmlns"}="${escapeAttribute(uri)}"`)
      .join("");
    let first = true;
    return mapStartTags(stripped, (tag) => {
      const out = first ? withAttributes(tag, declarations) : tag;
      first = false;
      return out;
    });
  }

  /** The fragment points at other parts (`r:id`): they are not carried, so neither is it. */
  usesRelationships(xml: string): boolean {
    const prefixes = new Set([...this.namespaces].filter(([, uri]) => uri === REL).map(([prefix]) => prefix));
    for (const m of xml.matchAll(/xmlns:([^\s=]+)\s*=\s*["']([^"']*)["']/g))
      if (m[2] === REL) prefixes.add(m[1]);
    return [...prefixes].some((p) => new RegExp(`\\s${p}:[^\\s=]+\\s*=`).test(xml));
  }
}

/**
 * `out` with `names` carried over from the input part `input` (replacing, removing or inserting
 * them where `order` says): an element the input lacks is removed from `out` too.
 */
function carryElements(input: Origin, out: string, names: string[], order: string[]): string {
  const tree = parseTree(out);
  const targetNamespaces = namespacesOf(tree.attributes);
  const outPrefix = prefixOf(tree.root.name);
  if (input.mainPrefix === null || targetNamespaces.get(outPrefix) !== MAIN) return out;
  const children = tree.children.filter((el) => prefixOf(el.name) === outPrefix);
  const closing = out.lastIndexOf("</", tree.root.end);
  const edits: Edit[] = [];
  for (const name of names) {
    const from = input.child(name);
    const text = from ? input.fragment(input.xml.slice(from.start, from.end), targetNamespaces) : "";
    const present = children.find((el) => localName(el.name) === name);
    const rank = order.indexOf(name);
    if (present) edits.push({ start: present.start, end: present.end, text, order: rank });
    else if (text) {
      const next = children.find((el) => order.indexOf(localName(el.name)) > rank);
      const at = next ? next.start : closing;
      edits.push({ start: at, end: at, text, order: rank });
    }
  }
  return applyEdits(out, edits);
}

/** `out` with the input's `extLst` extensions exceljs did not write and that need no other part. */
function carryExtensions(input: Origin, out: string): { xml: string; lost: boolean } {
  const from = input.child("extLst");
  if (!from || input.mainPrefix === null) return { xml: out, lost: false };
  const list = input.xml.slice(from.start, from.end);
  const tree = parseTree(out);
  const targetNamespaces = namespacesOf(tree.attributes);
  const outList = tree.children.find((el) => localName(el.name) === "extLst");
  const written = new Set(
    outList
      ? startTags(out.slice(outList.start, outList.end), "ext").map((tag) =>
          (attributesOf(tag).get("uri") ?? "").toLowerCase(),
        )
      : [],
  );
  let lost = false;
  const carried: string[] = [];
  for (const ext of parseTree(list).children) {
    const xml = list.slice(ext.start, ext.end);
    const uri = (attributesOf(list.slice(ext.start, ext.openEnd)).get("uri") ?? "").toLowerCase();
    if (written.has(uri) || EXCELJS_EXTENSIONS.has(uri)) continue;
    if (input.usesRelationships(xml)) lost = true;
    else carried.push(input.fragment(xml, targetNamespaces));
  }
  if (carried.length === 0) return { xml: out, lost };
  if (outList) {
    const at = out.lastIndexOf("</", outList.end);
    return { xml: out.slice(0, at) + carried.join("") + out.slice(at), lost };
  }
  const extLst = `<extLst>${carried.join("")}</extLst>`;
  return {
    xml:
      out.slice(0, out.lastIndexOf("</", tree.root.end)) +
      extLst +
      out.slice(out.lastIndexOf("</", tree.root.end)),
    lost,
  };
}

const commentRefs = (xml: string) =>
  startTags(xml, "comment")
    .map((tag) => attributesOf(tag).get("ref") ?? "")
    .sort()
    .join(" ");

const KIND_OF_SHEET_REL: Record<string, NotKeptKind> = {
  pivotTable: "pivotTables",
  slicer: "slicers",
  timeline: "slicers",
  threadedComment: "threadedComments",
  ctrlProp: "controls",
  control: "controls",
  oleObject: "controls",
  package: "controls",
  vmlDrawing: "controls",
};
const IGNORED_SHEET_RELS = new Set(["printerSettings", "drawing", "comments"]);
const KIND_OF_WORKBOOK_REL: Record<string, NotKeptKind> = {
  externalLink: "externalLinks",
  connections: "connections",
  chartsheet: "charts",
  vbaProject: "other",
  customXml: "other",
};

interface Context {
  input: Package;
  out: Package;
  changed: Set<string>;
  write(path: string, xml: string): void;
}

async function keepSheet(context: Context, inputPart: string, outPart: string): Promise<NotKeptKind[]> {
  const { input, out } = context;
  const inputXml = await input.text(inputPart);
  const outXml = await out.text(outPart);
  if (inputXml === null || outXml === null) return [];
  const lost = new Set<NotKeptKind>();
  // most sheets have nothing to carry: no need to read them through
  if (CARRIED_ANYTHING.test(inputXml) || CARRIED_ANYTHING.test(outXml)) {
    const origin = new Origin(inputXml);
    const extensions = carryExtensions(origin, carryElements(origin, outXml, SHEET_CARRIED, SHEET_ORDER));
    if (extensions.lost) lost.add("extensions");
    if (extensions.xml !== outXml) context.write(outPart, extensions.xml);
  }

  const inputRels = await input.rels(inputPart);
  const outRels = await out.rels(outPart);
  const outTypes = new Set(outRels.map((rel) => shortType(rel.type)));
  const inputComments = inputRels.find((rel) => shortType(rel.type) === "comments");
  const outComments = outRels.find((rel) => shortType(rel.type) === "comments");
  if (inputComments && outComments) {
    const before = await input.text(inputComments.target);
    const after = await out.text(outComments.target);
    if (before !== null && after !== null) {
      if (commentRefs(before) !== commentRefs(after)) lost.add("commentAuthors");
      else if (before !== after) context.write(outComments.target, before);
    }
  }
  for (const rel of inputRels) {
    const type = shortType(rel.type);
    if (type === "drawing" && !rel.external) {
      const drawing = (await input.text(rel.target)) ?? "";
      const drawingRels = await input.rels(rel.target);
      if (drawingRels.some((r) => /^(chart|chartEx|diagramData)$/.test(shortType(r.type))))
        lost.add("charts");
      if (/<(\w+:)?(sp|grpSp|cxnSp)[\s>]/.test(drawing)) lost.add("shapes");
    } else if (!IGNORED_SHEET_RELS.has(type) && !outTypes.has(type))
      lost.add(KIND_OF_SHEET_REL[type] ?? "other");
  }
  if (inputComments && !outComments) lost.add("commentAuthors");
  return [...lost];
}

async function keepWorkbook(context: Context, inputPart: string, outPart: string): Promise<NotKeptKind[]> {
  const { input, out } = context;
  const inputXml = await input.text(inputPart);
  const outXml = await out.text(outPart);
  if (inputXml !== null && outXml !== null) {
    const origin = new Origin(inputXml);
    if (WORKBOOK_CARRIED.some((name) => origin.child(name)))
      context.write(outPart, carryElements(origin, outXml, WORKBOOK_CARRIED, WORKBOOK_ORDER));
  }
  const outTypes = new Set((await out.rels(outPart)).map((rel) => shortType(rel.type)));
  const lost = new Set<NotKeptKind>();
  for (const rel of await input.rels(inputPart)) {
    const kind = KIND_OF_WORKBOOK_REL[shortType(rel.type)];
    if (kind && !outTypes.has(shortType(rel.type))) lost.add(kind);
  }
  return [...lost];
}

async function keepCustomProperties(context: Context): Promise<void> {
  const { input, out } = context;
  const rel = (await input.rels("")).find((r) => shortType(r.type) === "custom-properties");
  if (!rel || (await out.rels("")).some((r) => shortType(r.type) === "custom-properties")) return;
  const xml = await input.text(rel.target);
  if (xml === null || out.has(rel.target)) return;
  const types = await out.text("[Content_Types].xml");
  const rels = await out.text("_rels/.rels");
  if (types === null || rels === null) return;
  context.write(rel.target, xml);
  const partName = `/${rel.target}`;
  if (!startTags(types, "Override").some((tag) => attributesOf(tag).get("PartName") === partName))
    context.write(
      "[Content_Types].xml",
      types.replace(
        /<\/(\w+:)?Types>\s*$/,
        (end) => `<Override PartName="${escapeAttribute(partName)}" ContentType="${CUSTOM_TYPE}"/>${end}`,
      ),
    );
  const ids = new Set(startTags(rels, "Relationship").map((tag) => attributesOf(tag).get("Id")));
  let id = "rIdCustomProperties";
  for (let n = 2; ids.has(id); n++) id = `rIdCustomProperties${n}`;
  context.write(
    "_rels/.rels",
    rels.replace(
      /<\/(\w+:)?Relationships>\s*$/,
      (end) =>
        `<Relationship Id="${id}" Type="${REL}/custom-properties" Target="${escapeAttribute(rel.target)}"/>${end}`,
    ),
  );
}

/**
 * `written` (exceljs's file of `workbook`) with what the file `workbook` was loaded from had and
 * exceljs dropped; a workbook made in memory is returned as written.
 */
export async function keepFromInput(workbook: ExcelJS.Workbook, written: Uint8Array): Promise<SavedWorkbook> {
  const source = sources.get(workbook);
  if (!source) return { data: written, notKept: [] };
  let inputZip: JSZip;
  try {
    inputZip = await JSZip.loadAsync(source.data);
  } catch {
    return { data: written, notKept: [{ sheet: null, kinds: ["other"] }] };
  }
  const outZip = await JSZip.loadAsync(written);
  const changed = new Set<string>();
  const context: Context = {
    input: new Package(inputZip),
    out: new Package(outZip),
    changed,
    write(path, xml) {
      changed.add(path);
      outZip.file(path, xml);
    },
  };
  const inputWorkbook = await context.input.workbookPart();
  const outWorkbook = await context.out.workbookPart();
  if (!inputWorkbook || !outWorkbook) return { data: written, notKept: [] };
  const inputSheets = await context.input.sheets(inputWorkbook);
  const outSheets = new Map((await context.out.sheets(outWorkbook)).map((s) => [s.name, s.part]));
  const notKept: NotKept[] = [];
  const byPosition = inputSheets.length === source.loaded.length;
  for (const worksheet of workbook.worksheets) {
    const at = source.loaded.indexOf(worksheet);
    if (at < 0) continue; // made or replaced by the software
    const inputSheet = byPosition ? inputSheets[at] : inputSheets.find((s) => s.name === source.names[at]);
    const outPart = outSheets.get(worksheet.name);
    if (!inputSheet || !outPart) continue;
    const kinds = await keepSheet(context, inputSheet.part, outPart).catch(() => ["other" as const]);
    if (kinds.length > 0) notKept.push({ sheet: worksheet.name, kinds });
  }
  const workbookKinds = await keepWorkbook(context, inputWorkbook, outWorkbook);
  if (workbookKinds.length > 0) notKept.push({ sheet: null, kinds: workbookKinds });
  await keepCustomProperties(context);
  if (changed.size === 0) return { data: written, notKept };
  const data = await outZip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { data, notKept };
}
