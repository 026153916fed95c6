import { FakeExcel } from "./fake-excel";

/** A workbook like the council's: a title row, a blank row, a header row and data. */
function council(options: { limitBytes?: number; requirementSets?: string[] } = {}): FakeExcel {
  return new FakeExcel({
    ...options,
    sheets: [
      {
        name: "Đơn vị",
        rows: [
          ["Danh sách đơn vị"],
          [],
          ["Mã", "Tên", "Khối"],
          ["DV01", "Công đoàn Sở Y tế", "Khối 1"],
          ["DV02", "Công đoàn ngành Giáo dục", "Khối 1"],
        ],
        merges: ["A1:C1"],
      },
      { name: "Sheet2", rows: [] },
    ],
  });
}

describe("loading and reading", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const { context } = council();
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    const range = sheet.getRange("A3:C5");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("address");
    await context.sync();
    expect(range.address).toBe("'Đơn vị'!A3:C5");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
    expect(() => range.isNullObject).not.toThrow();
  });

  test("a load is readable only after the next sync", async () => {
    const { context } = council();
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.load("name, position");
    expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect([sheet.name, sheet.position]).toEqual(["Đơn vị", 0]);
  });

  test("setting a property does not make it readable", async () => {
    const { context } = council();
    const range = context.workbook.worksheets.getItem("Sheet2").getRange("A1");
    range.values = [["x"]];
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  test("loaded values are snapshots taken at sync time", async () => {
    const fake = council();
    const { context } = fake;
    const range = context.workbook.worksheets.getItem("Đơn vị").getRange("A4:B4");
    range.load("values");
    await context.sync();
    const first = range.values;
    expect(first).toEqual([["DV01", "Công đoàn Sở Y tế"]]);
    first[0][0] = "changed by the caller";
    expect(fake.cell("Đơn vị", "A4").value).toBe("DV01");
    range.values = [["DV09", "Mới"]];
    await context.sync();
    expect(range.values).toEqual([["changed by the caller", "Công đoàn Sở Y tế"]]);
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([["DV09", "Mới"]]);
  });

  test("a load queued before a write in the same batch reads the value before the write", async () => {
    const { context } = council();
    const range = context.workbook.worksheets.getItem("Đơn vị").getRange("A4");
    range.load("values");
    range.values = [["DV99"]];
    await context.sync();
    expect(range.values).toEqual([["DV01"]]);
  });

  test("load accepts a list, an array, an object and collection paths", async () => {
    const { context } = council();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/visibility");
    const range = sheets.getItem("Đơn vị").getRange("B3:C4");
    range.load(["rowIndex", "columnIndex"]);
    range.load({ rowCount: true, columnCount: true, format: { font: { bold: true } } });
    await context.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["Đơn vị", "Visible"],
      ["Sheet2", "Visible"],
    ]);
    expect(() => sheets.items[0].position).toThrow(/PropertyNotLoaded/);
    expect([range.rowIndex, range.columnIndex, range.rowCount, range.columnCount]).toEqual([2, 1, 2, 2]);
    expect(range.format.font.bold).toBe(false);
  });

  test("loading a property that does not exist fails the sync", async () => {
    const { context } = council();
    context.workbook.worksheets.getItem("Đơn vị").getRange("A1").load("valuez");
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
  });
});

describe("writing values", () => {
  test("values written in one batch read back in the next", async () => {
    const fake = council();
    const { context } = fake;
    const range = context.workbook.worksheets.getItem("Sheet2").getRange("B2:C3");
    range.values = [
      [1, "hai"],
      [true, ""],
    ];
    await context.sync();
    range.load("values, text, valueTypes");
    await context.sync();
    expect(range.values).toEqual([
      [1, "hai"],
      [true, ""],
    ]);
    expect(range.text).toEqual([
      ["1", "hai"],
      ["TRUE", ""],
    ]);
    expect(range.valueTypes).toEqual([
      ["Double", "String"],
      ["Boolean", "Empty"],
    ]);
    expect(fake.log).toEqual(["values:Sheet2!B2:C3"]);
  });

  test("a formula-like string stays text in a text (@) cell and becomes a formula otherwise", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Sheet2");
    sheet.getRange("A1:A3").numberFormat = [["@"], ["@"], ["@"]];
    sheet.getRange("A1:A3").values = [["=SUM(1,2)"], ["0123"], ["-x"]];
    sheet.getRange("B1:B3").values = [["=SUM(1,2)"], ["0123"], ["-x"]];
    const formulas = sheet.getRange("A1:B3").load("formulas");
    await context.sync();
    expect(fake.cell("Sheet2", "A1")).toMatchObject({ value: "=SUM(1,2)", formula: null, numberFormat: "@" });
    expect(fake.cell("Sheet2", "B1")).toMatchObject({ formula: "=SUM(1,2)", numberFormat: "General" });
    expect(fake.cell("Sheet2", "A2").value).toBe("0123");
    expect(fake.cell("Sheet2", "B2").value).toBe(123);
    expect(fake.cell("Sheet2", "B3").formula).toBe("=-x");
    expect(formulas.formulas).toEqual([
      ["=SUM(1,2)", "=SUM(1,2)"],
      ["0123", 123],
      ["-x", "=-x"],
    ]);
  });

  test("the number format that counts is the one at the time the values are applied", async () => {
    const fake = council();
    const { context } = fake;
    const cell = context.workbook.worksheets.getItem("Sheet2").getRange("C1");
    cell.values = [["=1+1"]];
    cell.numberFormat = [["@"]];
    await context.sync();
    expect(fake.cell("Sheet2", "C1")).toMatchObject({ formula: "=1+1", numberFormat: "@" });
  });

  test("array dimensions must equal the range's; a scalar fills it; null leaves a cell unchanged", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("A4:B5").values = [["only one row", "x"]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument.*doesn't match/);
    expect(fake.cell("Đơn vị", "A4").value).toBe("DV01");

    sheet.getRange("A4:B4").values = [[null, "Tên mới"]];
    (sheet.getRange("E4:F5") as unknown as { values: unknown }).values = 0;
    await context.sync();
    expect(fake.values("Đơn vị")[3]).toEqual(["DV01", "Tên mới", "Khối 1", "", 0, 0]);
    expect(fake.cell("Đơn vị", "F5").value).toBe(0);
  });

  test("read-only properties cannot be assigned", () => {
    const { context } = council();
    const range = context.workbook.worksheets.getItem("Đơn vị").getRange("A1");
    expect(() => ((range as unknown as { address: string }).address = "B2")).toThrow(TypeError);
  });
});

describe("sync and batches", () => {
  test("every sync is counted and each batch's payload bytes are recorded", async () => {
    const fake = council();
    const { context } = fake;
    const values = [["Kết quả", 1, true]];
    context.workbook.worksheets.getItem("Sheet2").getRange("A1:C1").values = values;
    await context.sync();
    await context.sync();
    expect(fake.syncCount).toBe(2);
    expect(fake.batchBytes).toEqual([Buffer.byteLength(JSON.stringify(values)), 0]);
    expect(fake.maxBatchBytes).toBe(fake.batchBytes[0]);
    expect(fake.pendingOperations).toBe(0);
  });

  test("a batch over 5 MB rejects with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Sheet2");
    const big = Array.from({ length: 600 }, () => Array.from({ length: 10 }, () => "x".repeat(1000)));
    context.workbook.worksheets.add("Trước");
    sheet.getRange("A1:J600").values = big;
    await expect(context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(fake.batchBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.sheetNames()).toEqual(["Đơn vị", "Sheet2"]);
    expect(fake.values("Sheet2")).toEqual([]);
    expect(fake.log).toEqual([]);

    sheet.getRange("A1:J300").values = big.slice(0, 300);
    await context.sync();
    expect(fake.cell("Sheet2", "J300").value).toHaveLength(1000);
    expect(fake.syncCount).toBe(2);
  });

  test("the request limit is configurable", async () => {
    const fake = new FakeExcel({ limitBytes: 100 });
    fake.context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["y".repeat(120)]];
    await expect(fake.context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  test("a failing operation keeps the ones before it and drops the ones after it", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Sheet2");
    sheet.getRange("A1").values = [["before"]];
    const loaded = sheet.getRange("A1").load("values");
    context.workbook.worksheets.add("đơn VỊ");
    sheet.getRange("A2").values = [["after"]];
    await expect(context.sync()).rejects.toThrow(/ItemAlreadyExists/);
    expect(fake.cell("Sheet2", "A1").value).toBe("before");
    expect(fake.cell("Sheet2", "A2").value).toBe("");
    expect(fake.log).toEqual(["values:Sheet2!A1"]);
    expect(() => loaded.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(fake.cell("Sheet2", "A2").value).toBe("");
  });

  test("an injected failure fails its operation before it changes anything, and drops the ones after it", async () => {
    const fake = council();
    const { context } = fake;
    const seen: string[] = [];
    fake.failWhen = (op) => {
      seen.push(`${op.kind}.${op.member}@${op.sheet}`);
      return op.kind === "Worksheet" && op.member === "name" && op.payload === "Kết quả" ? "Conflict" : null;
    };
    const sheet = context.workbook.worksheets.getItem("Sheet2");
    sheet.getRange("A1").values = [["before"]];
    sheet.name = "Kết quả";
    sheet.protection.protect();
    await expect(context.sync()).rejects.toThrow(/^Conflict: Worksheet.name on 'Sheet2' failed/);
    expect(seen).toEqual(["Range.values@Sheet2", "Worksheet.name@Sheet2"]);
    expect(fake.sheetNames()).toEqual(["Đơn vị", "Sheet2"]);
    expect(fake.cell("Sheet2", "A1").value).toBe("before");
    expect(fake.protection("Sheet2").protected).toBe(false);
    fake.failWhen = null;
    sheet.name = "Kết quả";
    await context.sync();
    expect(fake.sheetNames()).toEqual(["Đơn vị", "Kết quả"]);
  });

  test("protecting a protected sheet fails and what follows it in the batch is not run", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Sheet2");
    sheet.protection.protect({ allowFormatRows: true });
    await context.sync();
    sheet.protection.protect({ allowFormatRows: true });
    context.workbook.worksheets.getItem("Đơn vị").getRange("E1").values = [["after"]];
    await expect(context.sync()).rejects.toThrow(/AccessDenied: .* already protected/);
    expect(fake.cell("Đơn vị", "E1").value).toBe("");
    expect(fake.protection("Sheet2")).toMatchObject({ protected: true, options: { allowFormatRows: true } });
  });

  test("suspending calculation and screen updating is recorded per batch", async () => {
    const fake = council();
    const { context } = fake;
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    await context.sync();
    await context.sync();
    context.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    expect([fake.suspendedBatches, fake.screenUpdatingSuspendedBatches]).toEqual([2, 1]);
  });

  test("requirement sets: isSetSupported and ApiNotFound for newer members", async () => {
    expect(council().isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(council().isSetSupported("ExcelApi", "1.18")).toBe(false);
    const old = council({ requirementSets: ["ExcelApi 1.5"] });
    expect(old.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    old.context.application.suspendApiCalculationUntilNextSync();
    await expect(old.context.sync()).rejects.toThrow(/ApiNotFound.*1\.6/);
  });
});

describe("worksheets", () => {
  test("getItemOrNullObject on a missing and a present sheet", async () => {
    const fake = council();
    const { context } = fake;
    const missing = context.workbook.worksheets.getItemOrNullObject("Kết quả");
    const present = context.workbook.worksheets.getItemOrNullObject("sheet2");
    missing.load("name");
    present.load("name");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(() => missing.name).toThrow(/PropertyNotLoaded/);
    expect([present.isNullObject, present.name]).toEqual([false, "Sheet2"]);

    missing.getRange("A1").values = [["x"]];
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
    missing.delete();
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
    expect(fake.log).toEqual([]);
  });

  test("getItem of a missing sheet fails the sync that uses it", async () => {
    const { context } = council();
    const missing = context.workbook.worksheets.getItem("Kết quả");
    await context.sync();
    missing.load("name");
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
  });

  test("add, rename, move and delete, in the log's order", async () => {
    const fake = council();
    const { context } = fake;
    const sheets = context.workbook.worksheets;
    const added = sheets.add("Kết quả");
    added.getRange("A1:B1").values = [["Hạng", "Đơn vị"]];
    added.position = 0;
    sheets.getItem("Sheet2").name = "Khen thưởng";
    await context.sync();
    expect(fake.sheetNames()).toEqual(["Kết quả", "Đơn vị", "Khen thưởng"]);
    added.load("name, position");
    await context.sync();
    expect([added.name, added.position]).toEqual(["Kết quả", 0]);

    added.name = "Kết quả cũ";
    added.getRange("C1").values = [["still the same sheet"]];
    sheets.getItem("Khen thưởng").delete();
    await context.sync();
    expect(fake.sheetNames()).toEqual(["Kết quả cũ", "Đơn vị"]);
    expect(fake.cell("Kết quả cũ", "C1").value).toBe("still the same sheet");
    expect(fake.log).toEqual([
      "add:Kết quả",
      "values:Kết quả!A1:B1",
      "position:Kết quả=0",
      "rename:Sheet2->Khen thưởng",
      "rename:Kết quả->Kết quả cũ",
      "values:Kết quả cũ!C1",
      "delete:Khen thưởng",
    ]);
  });

  test("renaming onto an existing name, bad names and bad positions fail", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Sheet2");
    sheet.name = "ĐƠN VỊ";
    await expect(context.sync()).rejects.toThrow(/ItemAlreadyExists/);
    sheet.name = "a/b";
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    sheet.position = 5;
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    expect(fake.sheetNames()).toEqual(["Đơn vị", "Sheet2"]);
  });

  test("the last visible sheet cannot be deleted or hidden", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Một" }, { name: "Ẩn", visibility: "Hidden" }] });
    const { context } = fake;
    context.workbook.worksheets.getItem("Một").delete();
    await expect(context.sync()).rejects.toThrow(/InvalidOperation/);
    context.workbook.worksheets.getItem("Một").visibility = "Hidden";
    await expect(context.sync()).rejects.toThrow(/InvalidOperation/);
    context.workbook.worksheets.getItem("Ẩn").delete();
    await context.sync();
    expect(fake.sheetNames()).toEqual(["Một"]);
  });

  test("the active worksheet follows activate() and deletion", async () => {
    const fake = council();
    const { context } = fake;
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    expect(active.name).toBe("Đơn vị");
    context.workbook.worksheets.getItem("Sheet2").activate();
    await context.sync();
    expect(fake.activeSheet()).toBe("Sheet2");
    context.workbook.worksheets.getItem("Sheet2").delete();
    await context.sync();
    expect(fake.activeSheet()).toBe("Đơn vị");
  });
});

describe("ranges", () => {
  test("addresses are sheet-qualified and quoted as Excel does", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }, { name: "Kết quả" }, { name: "My Data" }] });
    const { context } = fake;
    const s1 = context.workbook.worksheets.getItem("Sheet1");
    const ranges = [
      s1.getRange("B2:D9"),
      s1.getRange("$A$1"),
      s1.getRange("A:A"),
      s1.getRange("3:3"),
      s1.getRangeByIndexes(1, 2, 3, 4),
      context.workbook.worksheets.getItem("Kết quả").getRange("A1:L20"),
      context.workbook.worksheets.getItem("My Data").getRange("'My Data'!C3"),
    ].map((r) => r.load("address"));
    await context.sync();
    expect(ranges.map((r) => r.address)).toEqual([
      "Sheet1!B2:D9",
      "Sheet1!A1",
      "Sheet1!A:A",
      "Sheet1!3:3",
      "Sheet1!C2:F4",
      "'Kết quả'!A1:L20",
      "'My Data'!C3",
    ]);
    s1.getRange("A0").load("address");
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  test("relative ranges: getCell, getRow, getColumn, getResizedRange, getOffsetRange", async () => {
    const { context } = council();
    const base = context.workbook.worksheets.getItem("Đơn vị").getRange("B3:D5");
    const derived = [
      base.getCell(1, 1),
      base.getRow(2),
      base.getColumn(0),
      base.getResizedRange(1, -1),
      base.getOffsetRange(-2, 1),
    ].map((r) => r.load("address, rowIndex, columnIndex"));
    await context.sync();
    expect(derived.map((r) => [r.address, r.rowIndex, r.columnIndex])).toEqual([
      ["'Đơn vị'!C4", 3, 2],
      ["'Đơn vị'!B5:D5", 4, 1],
      ["'Đơn vị'!B3:B5", 2, 1],
      ["'Đơn vị'!B3:C6", 2, 1],
      ["'Đơn vị'!C1:E3", 0, 2],
    ]);
    base.getOffsetRange(-3, 0).load("address");
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  test("the used range spans from the first to the last non-empty cell, across a gap", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("E9").values = [["ghi chú"]];
    const used = sheet.getUsedRange(true).load("address, values, rowCount");
    const empty = context.workbook.worksheets.getItem("Sheet2").getUsedRangeOrNullObject(true);
    const emptyUsed = context.workbook.worksheets.getItem("Sheet2").getUsedRange().load("address");
    empty.load("address");
    await context.sync();
    expect(used.address).toBe("'Đơn vị'!A1:E9");
    expect(used.rowCount).toBe(9);
    expect(used.values[1]).toEqual(["", "", "", "", ""]);
    expect(used.values[0]).toEqual(["Danh sách đơn vị", "", "", "", ""]);
    expect(empty.isNullObject).toBe(true);
    expect(emptyUsed.address).toBe("Sheet2!A1");
    expect(fake.usedRange("Đơn vị")).toBe("A1:E9");
    expect(fake.values("Sheet2")).toEqual([]);
  });

  test("merge, unmerge and getMergedAreasOrNullObject", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("A7:C8").values = [
      ["giữ", "mất", ""],
      ["", "", ""],
    ];
    sheet.getRange("A7:C8").merge(true);
    const merged = sheet.getRange("A1:D8").getMergedAreasOrNullObject();
    merged.load("areas/items/address, areaCount");
    const none = sheet.getRange("A3:C5").getMergedAreasOrNullObject();
    none.load("address");
    await context.sync();
    expect(none.isNullObject).toBe(true);
    expect(merged.isNullObject).toBe(false);
    expect(merged.areas.items.map((r) => r.address)).toEqual([
      "'Đơn vị'!A1:C1",
      "'Đơn vị'!A7:C7",
      "'Đơn vị'!A8:C8",
    ]);
    expect(fake.cell("Đơn vị", "A7").value).toBe("giữ");
    expect(fake.cell("Đơn vị", "B7").value).toBe("");

    sheet.getRange("A1:C1").unmerge();
    await context.sync();
    expect(fake.merges("Đơn vị")).toEqual(["A7:C7", "A8:C8"]);
  });

  test("formats, widths and borders are stored per cell and read back uniformly", async () => {
    const fake = council();
    const { context } = fake;
    const header = context.workbook.worksheets.getItem("Đơn vị").getRange("A3:C3");
    header.format.font.bold = true;
    header.format.fill.color = "#ffe699";
    header.format.horizontalAlignment = "Center";
    header.format.wrapText = true;
    header.format.columnWidth = 120;
    header.format.borders.getItem("EdgeBottom").style = "Continuous";
    const read = context.workbook.worksheets.getItem("Đơn vị").getRange("A3:C4");
    read.load("format/font/bold, format/columnWidth, format/fill/color");
    await context.sync();
    expect(fake.cell("Đơn vị", "B3").format).toEqual({
      "font.bold": true,
      "fill.color": "#FFE699",
      horizontalAlignment: "Center",
      wrapText: true,
      "border.bottom.style": "Continuous",
    });
    expect(fake.columnWidth("Đơn vị", "C")).toBe(120);
    expect([read.format.font.bold, read.format.columnWidth, read.format.fill.color]).toEqual([
      null,
      120,
      null,
    ]);

    header.format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment;
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    header.format.borders.getItem("Bottom" as Excel.BorderIndex).style = "Continuous";
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  test("clear removes contents and formats", async () => {
    const fake = council();
    const { context } = fake;
    const range = context.workbook.worksheets.getItem("Đơn vị").getRange("A1:C5");
    range.format.font.italic = true;
    range.clear("Contents");
    await context.sync();
    expect(fake.cell("Đơn vị", "A4")).toMatchObject({ value: "", format: { "font.italic": true } });
    range.clear();
    await context.sync();
    expect(fake.cell("Đơn vị", "A4").format).toEqual({});
    expect(fake.merges("Đơn vị")).toEqual([]);
  });
});

describe("sheet settings", () => {
  test("freeze panes, page layout, auto filter, data validation and conditional formats", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.freezePanes.freezeRows(3);
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.centerHorizontally = true;
    sheet.pageLayout.setPrintTitleRows("3:3");
    sheet.autoFilter.apply(sheet.getRange("A3:C5"));
    const validated = sheet.getRange("C4:C5");
    validated.dataValidation.rule = { list: { inCellDropDown: true, source: "Khối 1,Khối 2" } };
    const cf = validated.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
    cf.textComparison.format.font.color = "#9C0006";
    sheet.pageLayout.load("orientation, zoom");
    validated.dataValidation.load("type");
    await context.sync();
    expect(fake.frozenRows("Đơn vị")).toBe(3);
    expect(fake.pageLayout("Đơn vị")).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$3:$3",
    });
    expect(sheet.pageLayout.orientation).toBe("Landscape");
    expect(validated.dataValidation.type).toBe("List");
    expect(fake.autoFilter("Đơn vị")).toBe("A3:C5");
    expect(fake.dataValidation("Đơn vị", "C5")?.rule).toEqual({
      list: { inCellDropDown: true, source: "Khối 1,Khối 2" },
    });
    expect(fake.dataValidation("Đơn vị", "B5")).toBeNull();
    expect(fake.conditionalFormats("Đơn vị")).toEqual([
      { type: "ContainsText", address: "C4:C5", settings: { "textComparison.format.font.color": "#9C0006" } },
    ]);

    sheet.freezePanes.unfreeze();
    validated.dataValidation.clear();
    sheet.pageLayout.zoom = { scale: 500 };
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    expect(fake.frozenRows("Đơn vị")).toBe(0);
    expect(fake.dataValidation("Đơn vị", "C5")).toBeNull();
  });

  test("protection: locked cells cannot be written, unlocked ones can, until unprotected", async () => {
    const fake = council();
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("D4:D5").format.protection.locked = false;
    sheet.protection.protect({ allowAutoFilter: true }, "mk");
    sheet.protection.load("protected");
    await context.sync();
    expect(sheet.protection.protected).toBe(true);
    expect(fake.protection("Đơn vị")).toMatchObject({ protected: true, password: "mk" });
    expect(fake.cell("Đơn vị", "D4").locked).toBe(false);

    sheet.getRange("D4").values = [[9]];
    sheet.getRange("A4").values = [["x"]];
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
    expect(fake.cell("Đơn vị", "D4").value).toBe(9);
    sheet.getRange("A3").format.font.bold = true;
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
    // office-js issue #6784: protecting a protected sheet, or unprotecting one that is not, is AccessDenied
    sheet.protection.protect();
    await expect(context.sync()).rejects.toThrow(/AccessDenied: .* already protected/);
    sheet.protection.unprotect("sai");
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    sheet.protection.unprotect("mk");
    sheet.getRange("A4").values = [["x"]];
    await context.sync();
    expect(fake.cell("Đơn vị", "A4").value).toBe("x");
    sheet.protection.unprotect();
    await expect(context.sync()).rejects.toThrow(/AccessDenied: .* not protected/);
  });
});

describe("Excel's documented limits: the fake throws where Excel throws", () => {
  const withSheets = () =>
    new FakeExcel({
      sheets: [
        { name: "Đơn vị", rows: [["Mã đơn vị"], ["TD"]] },
        { name: "Ẩn", visibility: "VeryHidden" },
      ],
    });

  test("a row at most 409 points high", async () => {
    const fake = withSheets();
    const sheet = fake.context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("A1").format.rowHeight = 409;
    await fake.context.sync();
    sheet.getRange("A2").format.rowHeight = 410;
    await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument: rowHeight: 410/);
    expect(fake.rowHeight("Đơn vị", 2)).toBe(15);
  });

  test("a cell holds at most 32,767 characters", async () => {
    const fake = withSheets();
    const sheet = fake.context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("B1").values = [["ư".repeat(32_767)]];
    await fake.context.sync();
    sheet.getRange("B2").values = [["ư".repeat(32_768)]];
    await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
    expect(fake.cell("Đơn vị", "B2").value).toBe("");
    expect(fake.cell("Đơn vị", "B1").value).toHaveLength(32_767);
  });

  test("sheet names: 31 characters, none of : \\ / ? * [ ], unique ignoring case", async () => {
    const fake = withSheets();
    for (const name of ["x".repeat(32), "a:b", "a/b", "a?b", "a*b", "[a]", "'a"]) {
      fake.context.workbook.worksheets.add(name);
      await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
    }
    fake.context.workbook.worksheets.add("ĐƠN VỊ");
    await expect(fake.context.sync()).rejects.toThrow(/ItemAlreadyExists/);
    fake.context.workbook.worksheets.add("x".repeat(31));
    await fake.context.sync();
  });

  test("a list validation refers to a sheet that exists when the rule is set; a literal has 255 characters at most", async () => {
    const fake = withSheets();
    const range = fake.context.workbook.worksheets.getItem("Đơn vị").getRange("B2");
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "='Hạn nộp'!$A$3:$A$202" } };
    await expect(fake.context.sync()).rejects.toThrow(/refers to 'Hạn nộp', which does not exist/);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "x,".repeat(128) } };
    await expect(fake.context.sync()).rejects.toThrow(/255 at most/);
    fake.context.workbook.worksheets.add("Hạn nộp");
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "='Hạn nộp'!$A$3:$A$202" } };
    await fake.context.sync();
  });

  test("an invalid number format is refused", async () => {
    const fake = withSheets();
    const range = fake.context.workbook.worksheets.getItem("Đơn vị").getRange("A1");
    for (const format of ['0"%', "0.00[", "[Bogus]0", "0;0;0;0;0", "0\\"]) {
      range.numberFormat = [[format]];
      await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
    }
    for (const format of [
      "0.00",
      '0"%"',
      "0.0\\%",
      "[Red]0;[>=10]0",
      "dd/mm/yyyy",
      "@",
      "General",
      "#,##0.00",
    ]) {
      range.numberFormat = [[format]];
      await fake.context.sync();
    }
  });

  test("a very hidden sheet cannot be deleted", async () => {
    const fake = withSheets();
    fake.context.workbook.worksheets.getItem("Ẩn").delete();
    await expect(fake.context.sync()).rejects.toThrow(/InvalidOperation: .*very hidden/);
    expect(fake.sheetNames()).toContain("Ẩn");
  });

  test("getSelectedRange refuses a selection of several areas; getSelectedRanges gives them", async () => {
    const fake = withSheets();
    fake.selectAreas("Đơn vị", ["A1:A2", "C3"]);
    const one = fake.context.workbook.getSelectedRange();
    one.load("address");
    await expect(fake.context.sync()).rejects.toThrow(/InvalidSelection/);
    const all = fake.context.workbook.getSelectedRanges();
    all.load("areaCount");
    await fake.context.sync();
    expect(all.areaCount).toBe(2);
  });

  test("a formula on another sheet follows a renamed sheet and becomes #REF! when it is deleted", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "Tổng hợp" }, { name: "Kết quả", rows: [[1, 2]] }, { name: "Kiểm tra" }],
    });
    const summary = fake.context.workbook.worksheets.getItem("Tổng hợp");
    summary.getRange("A1").formulas = [["='Kết quả'!B1*2"]];
    await fake.context.sync();
    fake.context.workbook.worksheets.getItem("Kết quả").name = "Kết quả cũ";
    await fake.context.sync();
    expect(fake.cell("Tổng hợp", "A1").formula).toBe("='Kết quả cũ'!B1*2");
    fake.context.workbook.worksheets.getItem("Kết quả cũ").delete();
    await fake.context.sync();
    expect(fake.cell("Tổng hợp", "A1").formula).toBe("=#REF!B1*2");
  });

  test("copyFrom copies values, formulas, formats, merges and validation, not sizes", async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: "Nguồn",
          rows: [
            ["a", 1],
            ["b", 2],
          ],
        },
        { name: "Đích" },
      ],
    });
    const source = fake.context.workbook.worksheets.getItem("Nguồn");
    source.getRange("A1:B1").merge(false);
    source.getRange("B2").numberFormat = [["0.00"]];
    source.getRange("B2").format.rowHeight = 30;
    await fake.context.sync();
    fake.context.workbook.worksheets.getItem("Đích").getRange("C3").copyFrom("'Nguồn'!A1:B2", "All");
    await fake.context.sync();
    expect(fake.values("Đích")).toEqual([
      ["a", ""],
      ["b", 2],
    ]);
    expect(fake.cell("Đích", "D4").numberFormat).toBe("0.00");
    expect(fake.merges("Đích")).toEqual(["C3:D3"]);
    expect(fake.rowHeight("Đích", 4)).toBe(15);
  });
});
