/** The small XML reader that carries elements between package parts (src/workbook/exceljs/xml-parts.ts). */
import {
  attributesOf,
  mapStartTags,
  parseTree,
  startTags,
  unescapeXml,
} from "../../../src/workbook/exceljs/xml-parts";

test("the root's children, whatever their content: comments, CDATA, '>' in attribute values, prefixes", () => {
  const xml =
    '<?xml version="1.0"?>\n<!-- <sheetProtection/> --><x:worksheet xmlns:x="m" a=\'1>2\'>' +
    '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[</x:sheetData><b>]]></x:t></x:is></x:c></x:row></x:sheetData>' +
    '<x:sheetProtection password="CC3D" title="a > b"/><x:extLst><x:ext uri="{1}"><y:z xmlns:y="u"><x:extLst/></y:z></x:ext></x:extLst></x:worksheet>';
  const tree = parseTree(xml);
  expect(tree.root.name).toBe("x:worksheet");
  expect(tree.attributes.get("a")).toBe("1>2");
  const names = tree.children.map((el) => [el.name, xml.slice(el.start, el.end).length]);
  expect(names.map(([name]) => name)).toEqual(["x:sheetData", "x:sheetProtection", "x:extLst"]);
  const [, protection, extLst] = tree.children;
  expect(xml.slice(protection.start, protection.end)).toBe(
    '<x:sheetProtection password="CC3D" title="a > b"/>',
  );
  expect(xml.slice(extLst.start, extLst.end)).toMatch(/^<x:extLst><x:ext [\s\S]*<\/x:ext><\/x:extLst>$/);
  expect(tree.root.end).toBe(xml.length);
});

test("a sheetData whose text holds what looks like tags is skipped whole", () => {
  const xml =
    '<worksheet><sheetData><row><c><v>1</v></c></row></sheetData><dataValidations count="0"/></worksheet>';
  expect(parseTree(xml).children.map((el) => el.name)).toEqual(["sheetData", "dataValidations"]);
});

test("start tags by local name, attributes unescaped on demand, tags rewritten", () => {
  const xml = '<r><a:sheet name="A &amp; B" r:id="rId1"/><sheet name=\'C\'></sheet></r>';
  expect(startTags(xml, "sheet").map((tag) => unescapeXml(attributesOf(tag).get("name")!))).toEqual([
    "A & B",
    "C",
  ]);
  expect(unescapeXml("&#x1EA0;&#7841;&lt;&quot;&apos;")).toBe("Ạạ<\"'");
  expect(mapStartTags(xml, (tag) => tag.replace(/ r:id="[^"]*"/, ""))).toBe(
    "<r><a:sheet name=\"A &amp; B\"/><sheet name='C'></sheet></r>",
  );
});
