/**
 * Just enough XML for carrying elements between two package parts (./preserve.ts): the root
 * element, its children as character ranges, attributes and namespace declarations. The parts are
 * well-formed XML written by office suites; nothing here resolves entities or validates.
 */

export interface XmlElement {
  /** The qualified name, as written (`x14:dataValidations`). */
  name: string;
  /** Where the element starts (`<`) and ends (after its last `>`). */
  start: number;
  end: number;
  /** After the `>` of its start tag. */
  openEnd: number;
}

export interface XmlTree {
  root: XmlElement;
  attributes: Map<string, string>;
  children: XmlElement[];
}

function skipTo(xml: string, from: number, token: string): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new Error("unterminated XML");
  return at + token.length;
}

/** The index after the `>` ending the tag that starts at `from`, quotes honoured. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  throw new Error("unterminated XML tag");
}

const NAME = /^<\/?([^\s/>]+)/;

interface Tag {
  start: number;
  end: number;
  name: string;
  kind: "open" | "close" | "empty";
}

/** Where the scan is: a reader may move it on past an element it need not read. */
interface Cursor {
  at: number;
}

function* tags(xml: string, cursor: Cursor = { at: 0 }): Generator<Tag> {
  let i = cursor.at;
  while ((i = xml.indexOf("<", i)) >= 0) {
    if (xml.startsWith("<!--", i)) i = skipTo(xml, i, "-->");
    else if (xml.startsWith("<![CDATA[", i)) i = skipTo(xml, i, "]]>");
    else if (xml.startsWith("<?", i)) i = skipTo(xml, i, "?>");
    else if (xml.startsWith("<!", i)) i = tagEnd(xml, i);
    else {
      const end = tagEnd(xml, i);
      const name = NAME.exec(xml.slice(i, Math.min(end, i + 200)))?.[1] ?? "";
      const kind = xml[i + 1] === "/" ? "close" : xml[end - 2] === "/" ? "empty" : "open";
      cursor.at = end;
      yield { start: i, end, name, kind };
      i = cursor.at;
    }
  }
}

export function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    out.set(m[1], m[3] ?? m[4] ?? "");
  return out;
}

/** The element opened by `tag` holds no comment or CDATA before its end tag (which could hide one). */
function skippable(xml: string, tag: Tag): boolean {
  const close = xml.indexOf(`</${tag.name}>`, tag.end);
  if (close < 0) return false;
  const special = xml.indexOf("<!", tag.end);
  return special < 0 || special > close;
}

/** The root element and its children. */
export function parseTree(xml: string): XmlTree {
  let depth = 0;
  let root: XmlElement | null = null;
  let open: Tag | null = null;
  const children: XmlElement[] = [];
  const cursor: Cursor = { at: 0 };
  for (const tag of tags(xml, cursor)) {
    if (tag.kind === "close") {
      depth--;
      if (depth === 1 && open) {
        children.push({ name: open.name, start: open.start, openEnd: open.end, end: tag.end });
        open = null;
      } else if (depth === 0 && root) root.end = tag.end;
      continue;
    }
    if (depth === 0 && !root) root = { name: tag.name, start: tag.start, openEnd: tag.end, end: tag.end };
    else if (depth === 1) {
      if (tag.kind === "empty")
        children.push({ name: tag.name, start: tag.start, openEnd: tag.end, end: tag.end });
      else if (localName(tag.name) === "sheetData" && skippable(xml, tag)) {
        // the cells, most of a sheet: nothing in them is ever a `sheetData`, so no need to read them
        const end = xml.indexOf(">", xml.indexOf(`</${tag.name}>`, tag.end)) + 1;
        children.push({ name: tag.name, start: tag.start, openEnd: tag.end, end });
        cursor.at = end;
        continue;
      } else open = tag;
    }
    if (tag.kind === "open") depth++;
  }
  if (!root) throw new Error("no XML root element");
  return { root, attributes: attributesOf(xml.slice(root.start, root.openEnd)), children };
}

/** The namespace declarations of a start tag's attributes: prefix ("" for the default) → URI. */
export function namespacesOf(attributes: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of attributes) {
    if (name === "xmlns") out.set("", value);
    else if (name.startsWith("xmlns:")) out.set(name.slice(6), value);
  }
  return out;
}

export const localName = (name: string) => name.slice(name.indexOf(":") + 1);
export const prefixOf = (name: string) => (name.includes(":") ? name.slice(0, name.indexOf(":")) : "");

/** Rewrites every start tag of `xml` with `change` (given the tag's text). */
export function mapStartTags(xml: string, change: (tag: string) => string): string {
  let out = "";
  let at = 0;
  for (const tag of tags(xml)) {
    if (tag.kind === "close") continue;
    out += xml.slice(at, tag.start) + change(xml.slice(tag.start, tag.end));
    at = tag.end;
  }
  return out + xml.slice(at);
}

/** Adds attribute text (` a="b"`) right after the element name of a start tag. */
export function withAttributes(tag: string, text: string): string {
  const name = NAME.exec(tag)?.[0] ?? "<";
  return name + text + tag.slice(name.length);
}

export const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The start tags (also empty-element tags) at any depth whose local name is `local`. */
export function startTags(xml: string, local: string): string[] {
  const out: string[] = [];
  for (const tag of tags(xml)) {
    if (tag.kind !== "close" && localName(tag.name) === local) out.push(xml.slice(tag.start, tag.end));
  }
  return out;
}

export const unescapeXml = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    const lower = entity.toLowerCase();
    if (lower in named) return named[lower];
    return String.fromCodePoint(
      lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10),
    );
  });
