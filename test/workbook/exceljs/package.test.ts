/**
 * The .xlsx package before exceljs (src/workbook/exceljs/package.ts): valid files of other programs
 * read and saved, files that are not an .xlsx named for what they are, size limits (issue 11 §3).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { NoteError } from "../../../src/i18n";
import { loadWorkbook, saveWorkbook } from "../../../src/workbook/exceljs/file";
import { PACKAGE_LIMITS, isoSerial } from "../../../src/workbook/exceljs/package";
import { ExcelJsPort } from "../../../src/workbook/exceljs/port";
import { gridOfWorkbook } from "../../../src/workbook/exceljs/read";
import { readRegistrationSource } from "../../../src/workbook/exceljs/sources";
import { main } from "../../../src/cli/main";
import { cli } from "../../helpers/cli";
import { makeWorkbook, runFile, smallCouncil } from "../../helpers/xlsx";
import { declareSizes, minimalParts, patched, text, zipOf, type Parts } from "../../helpers/zip";

jest.setTimeout(60_000);

/** The key of the NoteError the loader throws (or "loaded"). */
async function refusal(bytes: Uint8Array, limits = PACKAGE_LIMITS): Promise<string> {
  try {
    await loadWorkbook(bytes, limits);
    return "loaded";
  } catch (error) {
    if (error instanceof NoteError) return error.msg.key;
    throw error;
  }
}

function cellValues(workbook: ExcelJS.Workbook, sheet: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  workbook.getWorksheet(sheet)?.eachRow((row) =>
    row.eachCell((cell) => {
      values[cell.address] = cell.value;
    }),
  );
  return values;
}

/** An exceljs workbook with a comment, a table and a picture, laid out as openpyxl writes it. */
async function openpyxlLayout(): Promise<Uint8Array> {
  const workbook = makeWorkbook({
    "Đơn vị": [
      ["Mã đơn vị", "Tên đơn vị"],
      ["TD", "Tam Đường"],
    ],
  });
  const sheet = workbook.getWorksheet("Đơn vị")!;
  sheet.getCell("A1").note = "Mã do Hội đồng cấp";
  sheet.addTable({
    name: "DonVi",
    ref: "D1",
    columns: [{ name: "Khối" }, { name: "Số" }],
    rows: [["Khối huyện", 3]],
  });
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  sheet.addImage(workbook.addImage({ buffer: png, extension: "png" } as never), "F1:G3");
  return patched(workbook, (parts) => {
    // openpyxl: comments in their own folder, the VML beside the drawings, every target absolute
    parts["xl/comments/comment1.xml"] = parts["xl/comments1.xml"];
    delete parts["xl/comments1.xml"];
    parts["xl/drawings/commentsDrawing1.vml"] = parts["xl/drawings/vmlDrawing1.vml"];
    delete parts["xl/drawings/vmlDrawing1.vml"];
    const absolute = (name: string, from: string): void => {
      parts[name] = text(parts, name)
        .replace(/Target="\.\.\/comments1\.xml"/, 'Target="/xl/comments/comment1.xml"')
        .replace(/Target="\.\.\/drawings\/vmlDrawing1\.vml"/, 'Target="/xl/drawings/commentsDrawing1.vml"')
        .replace(
          /Target="(?!\/|https?:)([^"]+)"/g,
          (_, t: string) => `Target="${path.posix.join("/", from, t)}"`,
        );
    };
    absolute("_rels/.rels", "");
    absolute("xl/_rels/workbook.xml.rels", "xl");
    absolute("xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets");
    absolute("xl/drawings/_rels/drawing1.xml.rels", "xl/drawings");
  });
}

describe("every valid .xlsx is read and saved", () => {
  test("openpyxl's layout (absolute targets, comments in a folder): comment, table and picture read and kept", async () => {
    const bytes = await openpyxlLayout();
    // exceljs alone cannot read it
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow();
    const workbook = await loadWorkbook(bytes);
    const sheet = workbook.getWorksheet("Đơn vị")!;
    expect(sheet.getCell("B2").value).toBe("Tam Đường");
    expect(JSON.stringify(sheet.getCell("A1").note)).toMatch(/Mã do Hội đồng cấp/);
    expect(sheet.getTable("DonVi")).toBeDefined();
    expect(sheet.getImages()).toHaveLength(1);
    const again = await loadWorkbook(await saveWorkbook(workbook));
    expect(JSON.stringify(again.getWorksheet("Đơn vị")!.getCell("A1").note)).toMatch(/Mã do Hội đồng cấp/);
    expect(again.getWorksheet("Đơn vị")!.getImages()).toHaveLength(1);
  });

  test("sheet names over 31 UTF-16 units (LibreOffice, openpyxl) read under their real names, two alike kept apart", async () => {
    const long1 = "Chấm điểm - Nguyễn Thị Thanh Hương"; // 34 units, the first 31 alike
    const long2 = "Chấm điểm - Nguyễn Thị Thanh Hường";
    const bytes = await patched(makeWorkbook({ S1: [["a"]], S2: [["b"]], "Ghi chú": [["c"]] }), (parts) => {
      parts["xl/workbook.xml"] = text(parts, "xl/workbook.xml")
        .replace('name="S1"', `name="${long1}"`)
        .replace('name="S2"', `name="${long2}"`);
    });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow(/already exists/);
    warn.mockRestore();
    const workbook = await loadWorkbook(bytes);
    expect(await new ExcelJsPort(workbook).sheetNames()).toEqual([long1, long2, "Ghi chú"]);
    expect(workbook.getWorksheet(long2)!.getCell("A1").value).toBe("b");
    expect(gridOfWorkbook(workbook).sheets.map((s) => s.name)).toEqual([long1, long2, "Ghi chú"]);
    // saved as they were: nothing renamed behind the user's back
    const again = await loadWorkbook(await saveWorkbook(workbook));
    expect(again.worksheets.map((w) => w.name)).toEqual([long1, long2, "Ghi chú"]);
  });

  test("rows and cells without their optional r attribute: each value at its place", async () => {
    const bytes = await zipOf(
      minimalParts({
        "Đơn vị":
          '<row><c t="inlineStr"><is><t>Mã đơn vị</t></is></c><c t="inlineStr"><is><t>Tên</t></is></c></row>' +
          '<row><c t="inlineStr"><is><t>TD</t></is></c><c r="C2"><v>7</v></c><c><v>8</v></c></row>' +
          '<row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>',
      }),
    );
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow(/Invalid row number/);
    const workbook = await loadWorkbook(bytes);
    expect(cellValues(workbook, "Đơn vị")).toEqual({
      A1: "Mã đơn vị",
      B1: "Tên",
      A2: "TD",
      C2: 7,
      D2: 8,
      A5: 5,
      A6: 6,
    });
  });

  test("a table without a style (LibreOffice): the run saves its result, and the table is kept", async () => {
    const workbook = makeWorkbook(smallCouncil());
    workbook.getWorksheet("Đơn vị")!.addTable({
      name: "Bang1",
      ref: "H1",
      columns: [{ name: "Ghi chú" }],
      rows: [["x"]],
    });
    const bytes = await patched(workbook, (parts) => {
      parts["xl/tables/table1.xml"] = text(parts, "xl/tables/table1.xml").replace(
        /<tableStyleInfo[^>]*\/>/,
        "",
      );
    });
    // exceljs alone reads it and crashes when saving it
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes as never);
    await expect(plain.xlsx.writeBuffer()).rejects.toThrow();

    const dir = mkdtempSync(path.join(tmpdir(), "thidua-table-"));
    const input = path.join(dir, "so.xlsx");
    writeFileSync(input, bytes);
    const run = await cli("run", input, "--out", path.join(dir, "ket-qua.xlsx"));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const result = await loadWorkbook(readFileSync(path.join(dir, "ket-qua.xlsx")));
    expect(result.getWorksheet("Đơn vị")!.getTable("Bang1")).toBeDefined();
    expect(result.getWorksheet("Kết quả")).toBeDefined();
  });

  test("a save that fails fails before anything is reported: no JSON, no summary, no file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-save-"));
    const input = path.join(dir, "so.xlsx");
    writeFileSync(input, await saveWorkbook(makeWorkbook(smallCouncil())));
    const save = jest.spyOn(ExcelJsPort.prototype, "saveKeeping").mockRejectedValue(new Error("save failed"));
    const printed: string[] = [];
    const io = {
      stdout: (t: string) => printed.push(t),
      stderr: (t: string) => printed.push(t),
      currentYear: 2026,
    };
    try {
      // the catalogue's words, exit 2 (test/cli/messages.test.ts), and nothing else said or written
      expect(await main(["run", input, "--json", path.join(dir, "kq.json")], io)).toBe(2);
    } finally {
      save.mockRestore();
    }
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^Không tạo được sổ tính/);
    expect(existsSync(path.join(dir, "kq.json"))).toBe(false);
    expect(existsSync(path.join(dir, "so.ket-qua.xlsx"))).toBe(false);
  });

  test('ISO date cells (t="d", openpyxl and SheetJS) read as the dates they are', async () => {
    const bytes = await zipOf(
      minimalParts(
        {
          "Đăng ký":
            '<row r="1"><c r="A1" t="d"><v>2023-02-11</v></c><c r="B1" t="d"><v>2023-02-11T10:30:00</v></c>' +
            '<c r="C1" t="d"><v>2023-02-11T00:00:00Z</v></c><c r="D1" t="d"><v>hôm qua</v></c>' +
            '<c r="E1" t="d" s="1"><v>2024-02-29</v></c></row>',
        },
        {
          styles:
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
            '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
            '<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/></cellXfs>',
        },
      ),
    );
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes as never);
    expect(plain.getWorksheet("Đăng ký")!.getCell("A1").value).toBe(2023); // what exceljs alone reads
    const values = cellValues(await loadWorkbook(bytes), "Đăng ký");
    expect(values).toEqual({
      A1: new Date(Date.UTC(2023, 1, 11)),
      B1: new Date(Date.UTC(2023, 1, 11, 10, 30)),
      C1: new Date(Date.UTC(2023, 1, 11)),
      D1: "hôm qua",
      E1: new Date(Date.UTC(2024, 1, 29)),
    });
    // a workbook without a styles part, in the 1904 date system
    const bare = await zipOf(
      minimalParts(
        { A: '<row r="1"><c r="A1" t="d"><v>2023-02-11</v></c></row>' },
        { workbookPr: '<workbookPr date1904="1"/>' },
      ),
    );
    expect(cellValues(await loadWorkbook(bare), "A")).toEqual({ A1: new Date(Date.UTC(2023, 1, 11)) });
    expect(isoSerial("2023-02-11", false)).toEqual({ serial: 44968, withTime: false });
    expect(isoSerial("2023-02-30", false)).toBeNull();
  });

  test("a late registration in an ISO date cell is late: the run and the import read 11/02/2023, not 1905", async () => {
    const sheets = smallCouncil();
    sheets["Đăng ký"][1][2] = "ISO";
    const bytes = await patched(makeWorkbook(sheets), (parts) => {
      // the fifth sheet is `Đăng ký`; its C2 becomes the date cell openpyxl writes
      const name = "xl/worksheets/sheet5.xml";
      parts[name] = text(parts, name).replace(
        /<c r="C2"[^>]*>[\s\S]*?<\/c>/,
        '<c r="C2" t="d"><v>2023-02-11</v></c>',
      );
    });
    const outcome = await runFile(await loadWorkbook(bytes), "vi", 2023);
    const td = outcome.json.units.find((u) => u.code === "TD")!;
    const onTime = (await runFile(makeWorkbook(smallCouncil()), "vi", 2023)).json.units.find(
      (u) => u.code === "TD",
    )!;
    expect(td.deduction).toBeGreaterThan(onTime.deduction ?? 0); // deadline 10/02/2023
    const source = await readRegistrationSource(bytes, "dang-ky.xlsx", "Đăng ký");
    expect(JSON.stringify(source)).not.toMatch(/1905/);
    expect(JSON.stringify(source)).toMatch(/2023/);
  });

  test("SpreadsheetML under a prefix (the Open XML SDK's <x:worksheet>): read, not refused", async () => {
    const parts = minimalParts(
      {
        "Đơn vị":
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c><c r="B1"><v>3</v></c></row>',
      },
      { sharedStrings: ["<si><t>x</t></si>"] },
    );
    const prefixed = (xml: string, ns: string): string =>
      xml.replace(/<(\/?)(?=[A-Za-z])/g, "<$1x:").replace(`xmlns="${ns}"`, `xmlns:x="${ns}"`);
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    for (const name of ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
      parts[name] = prefixed(text(parts, name), main);
    parts["xl/_rels/workbook.xml.rels"] = prefixed(
      text(parts, "xl/_rels/workbook.xml.rels"),
      "http://schemas.openxmlformats.org/package/2006/relationships",
    );
    expect(text(parts, "xl/worksheets/sheet1.xml")).toMatch(/<x:worksheet xmlns:x=.*<x:c r="A1"/);
    const bytes = await zipOf(parts);
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow(); // exceljs alone
    expect(cellValues(await loadWorkbook(bytes), "Đơn vị")).toEqual({ A1: "Mã đơn vị", B1: 3 });
  });

  test("Google Sheets and SheetJS cells: shared strings (rich text too), inline strings, formula strings", async () => {
    const bytes = await zipOf(
      minimalParts(
        {
          "Đơn vị":
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Khối</t></is></c>' +
            '<c r="D1" t="inlineStr"><is><r><t>Tỷ lệ </t></r><r><rPr><b/></rPr><t>nữ</t></r></is></c></row>' +
            '<row r="2"><c r="A2" t="str"><f>"T"&amp;"D"</f><v>TD</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2"><v>41.5</v></c></row>',
        },
        { sharedStrings: ["<si><t>Mã đơn vị</t></si>", "<si><r><t>Tên </t></r><r><t>đơn vị</t></r></si>"] },
      ),
    );
    const grid = gridOfWorkbook(await loadWorkbook(bytes));
    expect(JSON.stringify(grid)).toMatch(/Mã đơn vị/);
    expect(JSON.stringify(grid)).toMatch(/Tên đơn vị/);
    expect(JSON.stringify(grid)).toMatch(/Tỷ lệ nữ/);
    const values = cellValues(await loadWorkbook(bytes), "Đơn vị");
    expect(values.C1).toBe("Khối");
    expect(values.D2).toBe(41.5);
    expect(values.A2).toMatchObject({ result: "TD" });
  });
});

describe("a file that is not an .xlsx is named for what it is, with what to do", () => {
  const ods = (): Promise<Uint8Array> =>
    zipOf({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": "<office:document-content/>",
      "META-INF/manifest.xml": "<manifest/>",
    });

  test.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ["an .ods", ods, "file.ods"],
    [
      "an .odt",
      () => zipOf({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }),
      "file.openDocument",
    ],
    [
      "an .xls (OLE2)",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      "file.xls",
    ],
    [
      "a .docx",
      () => zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
      "file.otherOffice",
    ],
    ["a zip of photos", () => zipOf({ "anh/1.jpg": new Uint8Array([1, 2, 3]) }), "file.zipNotXlsx"],
    [
      "a zip with content types but no workbook",
      () => zipOf({ "[Content_Types].xml": "<Types/>" }),
      "file.zipNotXlsx",
    ],
    [
      "random bytes",
      () => new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 7919 + 13) % 251)),
      "file.notSpreadsheet",
    ],
    ["CSV text", () => new TextEncoder().encode("Mã đơn vị,Tên đơn vị\nTD,Tam Đường\n"), "file.text"],
    ["an empty file", () => new Uint8Array(), "file.empty"],
    [
      "a cut-off .xlsx",
      async () => (await saveWorkbook(makeWorkbook({ A: [["x"]] }))).subarray(0, 300),
      "file.corrupt",
    ],
  ])("%s", async (_, make, key) => {
    expect(await refusal(await make())).toBe(key);
  });

  test("the command line says it in the user's language, exit 2, never 'missing sheets'", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-ods-"));
    const file = path.join(dir, "so-tinh.xlsx");
    writeFileSync(file, await ods());
    const vi = await cli("run", file);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(
      /so-tinh\.xlsx.*Tệp là bảng tính OpenDocument \(\.ods\): mở bằng LibreOffice hoặc Excel rồi lưu thành \.xlsx/,
    );
    expect(vi.stdout + vi.stderr).not.toMatch(/thiếu|Error|at /i);
    const en = await cli("run", file, "--lang", "en");
    expect(en).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /OpenDocument spreadsheet \(\.ods\): open it in LibreOffice or Excel and save it as \.xlsx/,
      ),
    });
    const member = path.join(dir, "thanh-vien.xlsx");
    writeFileSync(member, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(path.join(dir, "hoi-dong.xlsx"), await saveWorkbook(makeWorkbook(smallCouncil())));
    const scores = await cli("import-scores", path.join(dir, "hoi-dong.xlsx"), member);
    expect(scores).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/thanh-vien\.xlsx.*Excel 97–2003 \(\.xls\)/),
    });
    const registrations = await cli("import", path.join(dir, "hoi-dong.xlsx"), file);
    expect(registrations.stdout + registrations.stderr).toMatch(/Tệp là bảng tính OpenDocument/);
  });
});

describe("size limits refuse a bomb early", () => {
  const small = { ...PACKAGE_LIMITS, maxBytes: 20_000, maxCells: 50, maxRows: 20 };
  const big = (rows: number, cols = 1): string =>
    Array.from(
      { length: rows },
      (_, r) =>
        `<row r="${r + 1}">${Array.from({ length: cols }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r}</v></c>`).join("")}</row>`,
    ).join("");

  test("declared sizes over the limit: refused before inflating", async () => {
    const bytes = await zipOf(minimalParts({ A: big(10) }));
    expect(await refusal(bytes, small)).toBe("loaded");
    // a 4 GB declaration with the default limits: refused at once
    const started = Date.now();
    expect(await refusal(declareSizes(bytes, 0xfffffff0))).toBe("file.tooLarge");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("headers that lie (small sizes declared): the inflated bytes are counted and capped", async () => {
    const parts: Parts = minimalParts({ A: big(10) });
    parts["xl/media/padding.bin"] = new Uint8Array(200_000); // zeros: a few hundred bytes deflated
    const lying = declareSizes(await zipOf(parts), 10, "xl/media/padding.bin");
    expect(lying.length).toBeLessThan(5_000);
    expect(await refusal(lying, small)).toBe("file.tooLarge");
    // a header that lies within the limit: jszip's own check, a damaged file
    expect(await refusal(declareSizes(await zipOf(parts), 10, "xl/media/padding.bin"))).toBe("file.corrupt");
  });

  test("too many cells or rows: refused naming the sheet", async () => {
    expect(await refusal(await zipOf(minimalParts({ A: big(10, 6) })), small)).toBe("file.tooManyCells");
    expect(await refusal(await zipOf(minimalParts({ A: big(25) })), small)).toBe("file.tooManyRows");
    try {
      await loadWorkbook(
        await zipOf(minimalParts({ "Đơn vị": big(5, 6), "Chấm điểm - A": big(5, 6) })),
        small,
      );
      throw new Error("loaded");
    } catch (error) {
      expect(error).toBeInstanceOf(NoteError);
      expect((error as NoteError).msg).toEqual({
        key: "file.tooManyCells",
        params: { sheet: "Chấm điểm - A", limit: 50 },
      });
    }
  });
});
