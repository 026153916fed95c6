/**
 * The office.js bridge (./officejs.ts): the add-in's Office.js code on Microsoft's own office.js,
 * whose requests the fake Excel answers. The add-in's functions leave the same workbook as on the
 * fake's own context; office.js's client-side checks and the fake's errors reach the add-in as
 * OfficeExtension.Error; the recorded sizes are those of the bodies office.js builds.
 */
import { evaluate } from "../../src/core/result/evaluate";
import { planRegistrationImport } from "../../src/core/import/registration-import";
import { readContract } from "../../src/core/contract/reader";
import { registrationWrite } from "../../src/jobs/registrations";
import { outputSheets } from "../../src/workbook/layout";
import { OfficePort } from "../../src/workbook/office/port";
import { addOfficeTemplateSheets } from "../../src/workbook/office/sheets";
import { writeOfficeCells } from "../../src/workbook/office/cells";
import { readOfficeGrid } from "../../src/workbook/office/read";
import { writeOfficeOutputSheets } from "../../src/workbook/office/outputs";
import { type OfficeOptions } from "../../src/workbook/office/options";
import { scoreSheetTemplate } from "../../src/workbook/template/score-sheet";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";
import { fakeFromWorkbook } from "./office";
import { OfficeJsBridgeError, officeJsExcel, type OfficeJsExcel, type OfficeJsRequest } from "./officejs";
import { makeWorkbook, roundTrip, smallCouncil } from "./xlsx";

const utf8 = (text: string): number => Buffer.byteLength(text, "utf8");

/** The same workbook twice: on a fake of its own, and behind office.js. */
async function twins(source: FakeExcelOptions | "council" = "council") {
  if (source === "council") {
    const workbook = await roundTrip(makeWorkbook(smallCouncil()));
    return { plain: fakeFromWorkbook(workbook), excel: await officeJsExcel(fakeFromWorkbook(workbook)) };
  }
  return { plain: new FakeExcel(source), excel: await officeJsExcel(source) };
}

const optionsOf = (fake: FakeExcel): OfficeOptions => ({
  isSetSupported: (name, version) => fake.isSetSupported(name, version),
});

/** Everything the fake holds, sheet by sheet, over the used range and the template's 1,002 rows. */
function state(fake: FakeExcel) {
  return {
    active: fake.activeSheet(),
    sheets: fake.sheetNames().map((name) => {
      const values = fake.values(name);
      const rows = Math.max(values.length, 1002) + 2;
      const columns = Math.max(0, ...values.map((row) => row.length)) + 1;
      const cells: Record<string, unknown> = {};
      const heights: number[] = [];
      for (let r = 1; r <= rows; r++) {
        heights.push(fake.rowHeight(name, r));
        for (let c = 0; c < columns; c++) {
          const address = `${String.fromCharCode(65 + c)}${r}`;
          const cell = fake.cell(name, address);
          const validation = fake.dataValidation(name, address);
          if (cell.value !== "" || cell.numberFormat !== "General" || Object.keys(cell.format).length > 0)
            cells[address] = cell;
          if (validation) cells[`${address} validation`] = validation;
        }
      }
      const widths = Array.from({ length: columns }, (_, c) =>
        fake.columnWidth(name, String.fromCharCode(65 + c)),
      );
      return {
        name,
        visibility: fake.visibility(name),
        values,
        cells,
        heights,
        widths,
        merges: fake.merges(name),
        frozenRows: fake.frozenRows(name),
        pageLayout: fake.pageLayout(name),
        protection: fake.protection(name),
        autoFilter: fake.autoFilter(name),
      };
    }),
  };
}

/** The requests the add-in made (without Excel.run's clean-up of kept references). */
const ownRequests = (excel: OfficeJsExcel): OfficeJsRequest[] => excel.requests.filter((r) => !r.cleanup);

async function caught(promise: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await promise;
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error("expected a rejection");
}

describe("the add-in's functions change the fake behind office.js as they change a fake of their own", () => {
  test("readOfficeGrid: values, number formats, merged areas, empty sheets (null used range)", async () => {
    const source: FakeExcelOptions = {
      sheets: [
        {
          name: "Đơn vị",
          rows: [
            ["Danh sách đơn vị"],
            [],
            ["Mã", "Tên", "Tỷ lệ"],
            ["TD", "Tam Đường", 0.415],
            ["=1+1", "'x", 7],
          ],
          numberFormats: [[], [], [], [null, null, "0.0%"]],
          merges: ["A1:C1", "A2:B2"],
        },
        { name: "Ghi chú" },
        {
          name: "Tiêu chí",
          rows: [
            ["Mã tiêu chí", "Điểm tối đa"],
            ["TC1", 50],
          ],
        },
      ],
    };
    const { plain, excel } = await twins(source);
    for (const include of [undefined, () => true]) {
      const options = { ...optionsOf(plain), include };
      const viaFake = await readOfficeGrid(plain.context, options);
      const viaOfficeJs = await excel.run((context) => readOfficeGrid(context, options));
      expect(viaOfficeJs).toEqual(viaFake);
    }
    // as many syncs as on the fake, plus Excel.run's clean-up of the ranges it kept
    expect(ownRequests(excel)).toHaveLength(plain.syncCount);
    const grid = await excel.run((context) =>
      readOfficeGrid(context, { ...optionsOf(plain), include: () => true }),
    );
    expect(grid.sheets.map((s) => [s.name, s.rows.length, s.merges.length])).toEqual([
      ["Đơn vị", 5, 2],
      ["Ghi chú", 0, 0],
      ["Tiêu chí", 2, 0],
    ]);
  });

  test("writeOfficeOutputSheets, twice: sheets added, deleted and renamed; values, formats, merges, sizes, layout", async () => {
    const { plain, excel } = await twins();
    const result = evaluate(readContract(await readOfficeGrid(plain.context, optionsOf(plain))), {
      currentYear: 2023,
    });
    for (const lang of ["vi", "en"] as const) {
      await writeOfficeOutputSheets(plain.context, outputSheets(result, lang), optionsOf(plain));
      await excel.run((context) =>
        writeOfficeOutputSheets(context, outputSheets(result, lang), optionsOf(plain)),
      );
    }
    expect(excel.fake.sheetNames().slice(-3)).toEqual(["Kết quả", "Khen thưởng", "Kiểm tra"]);
    expect(excel.fake.merges("Kết quả").length).toBeGreaterThan(0);
    expect(excel.fake.rowHeight("Kết quả", 1)).toBe(24);
    expect(state(excel.fake)).toEqual(state(plain));
    // and the merged areas written read back through getMergedAreasOrNullObject
    const all = { ...optionsOf(plain), include: () => true };
    const back = await excel.run((context) => readOfficeGrid(context, all));
    expect(back).toEqual(await readOfficeGrid(plain.context, all));
    expect(back.sheets.find((s) => s.name === "Kết quả")?.merges.length).toBeGreaterThan(0);
  });

  test("addOfficeTemplateSheets: a protected score sheet with validation and unlocked input cells", async () => {
    const { plain, excel } = await twins();
    const input = readContract(await readOfficeGrid(plain.context, optionsOf(plain)));
    const sheets = [scoreSheetTemplate(input, "Trần Văn C", "vi")];
    const options = { ...optionsOf(plain), password: "bí mật" };
    await addOfficeTemplateSheets(plain.context, sheets, options);
    await excel.run((context) => addOfficeTemplateSheets(context, sheets, options));
    const name = "Chấm điểm - Trần Văn C";
    expect(excel.fake.protection(name)).toMatchObject({ protected: true, password: "bí mật" });
    expect(excel.fake.cell(name, "C3").locked).toBe(false);
    expect(excel.fake.dataValidation(name, "C3")).toMatchObject({
      rule: { decimal: { operator: "Between" } },
    });
    expect(state(excel.fake)).toEqual(state(plain));
  });

  test("writeOfficeCells (a registration import): rows appended as text and dates, in one request", async () => {
    const sheets = smallCouncil();
    sheets["Đăng ký"].pop();
    const workbook = await roundTrip(makeWorkbook(sheets));
    const plain = fakeFromWorkbook(workbook);
    const excel = await officeJsExcel(fakeFromWorkbook(workbook));
    const input = readContract(await readOfficeGrid(plain.context, optionsOf(plain)));
    const plan = planRegistrationImport(input, {
      name: "dk.csv",
      rows: [
        ["Mã đơn vị", "Danh hiệu", "Ngày"],
        ["YT", "BK", "12/01/2023"],
        ["TD", "BK", "11/01/2023"],
      ],
      merges: [],
    });
    await writeOfficeCells(plain.context, registrationWrite(input, plan, "vi"), optionsOf(plain));
    await excel.run((context) =>
      writeOfficeCells(context, registrationWrite(input, plan, "vi"), optionsOf(plain)),
    );
    expect(ownRequests(excel)).toHaveLength(2); // the sheet looked up, then every cell in one request
    expect(excel.fake.cell("Đăng ký", "C6")).toMatchObject({ value: 44938, numberFormat: "dd/mm/yyyy" });
    expect(state(excel.fake)).toEqual(state(plain));
  });

  test("the port on office.js's Excel.run: reading, selecting, the active sheet", async () => {
    const { plain, excel } = await twins();
    const port = new OfficePort((batch) => excel.run(batch), excel.isSetSupported);
    const reference = new OfficePort((batch) => plain.run(batch), optionsOf(plain).isSetSupported);
    expect(await port.readGrid({ sheets: ["units", "awards"] })).toEqual(
      await reference.readGrid({ sheets: ["units", "awards"] }),
    );
    expect(await port.select("Đăng ký", 3, 2)).toBe(true);
    expect(excel.fake.activeSheet()).toBe("Đăng ký");
    await reference.select("Đăng ký", 3, 2);
    expect(await port.activeSheet()).toEqual(await reference.activeSheet());
  });

  test("office.js writes over 1,500 cells in chunks (getBoundingRect of rows), all of which arrive", async () => {
    const excel = await officeJsExcel({ sheets: [{ name: "Sheet1" }] });
    const values = Array.from({ length: 120 }, (_, r) => Array.from({ length: 30 }, (_, c) => r * 30 + c));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 120, 30).values = values;
      await context.sync();
    });
    const body = JSON.parse(excel.requests[0].body ?? "{}");
    const names = body.Actions.map((a: { Name: string }) => a.Name);
    const paths = Object.values(body.ObjectPaths).map((p) => (p as { Name: string }).Name);
    expect(names).toContain("_ValidateArraySize");
    expect(paths.filter((n) => n === "GetBoundingRect")).toHaveLength(3); // 120 rows in chunks of 50
    expect(names.filter((n: string) => n === "Values")).toHaveLength(3);
    expect(excel.fake.values("Sheet1")).toEqual(values);
  });
});

describe("office.js's checks and the fake's errors reach the add-in as in Excel", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded in office.js, without a request", async () => {
    const excel = await officeJsExcel({ sheets: [{ name: "Sheet1", rows: [["a", 1]] }] });
    const error = await caught(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
        range.load("address");
        await context.sync();
        expect(range.address).toBe("Sheet1!A1:B1");
        const before = excel.requests.length;
        try {
          // eslint-disable-next-line office-addins/load-object-before-read -- reading what was not loaded is the point
          return range.values;
        } finally {
          expect(excel.requests.length).toBe(before);
        }
      }),
    );
    expect(error).toBeInstanceOf(excel.OfficeExtension.Error);
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.message).toMatch(/values/);
  });

  test("add-in code that forgets a load fails the same way on office.js and on the fake", async () => {
    const forgetful = async (context: Excel.RequestContext): Promise<string[]> => {
      const worksheets = context.workbook.worksheets;
      await context.sync();
      return worksheets.items.map((sheet) => sheet.name);
    };
    const { plain, excel } = await twins({ sheets: [{ name: "Sheet1" }] });
    const viaOfficeJs = await caught(excel.run(forgetful));
    const viaFake = await caught(forgetful(plain.context));
    expect(viaOfficeJs.code).toBe("PropertyNotLoaded");
    expect(viaFake.message).toMatch(/^PropertyNotLoaded/);
  });

  test("office.js lets a property just set be read back; the fake does not (stricter on purpose)", async () => {
    const { plain, excel } = await twins({ sheets: [{ name: "Sheet1" }] });
    const set = (context: Excel.RequestContext) => {
      const format = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format;
      format.rowHeight = 30;
      return format.rowHeight;
    };
    expect(await excel.run(async (context) => set(context))).toBe(30);
    expect(() => set(plain.context)).toThrow(/PropertyNotLoaded/);
  });

  test("a bad sheet name, a missing sheet, a duplicate, a protected cell: the code of Excel, the statement", async () => {
    const excel = await officeJsExcel({ sheets: [{ name: "Sheet1" }, { name: "Khóa" }] });
    const attempt = (batch: (context: Excel.RequestContext) => void) =>
      caught(
        excel.run(async (context) => {
          batch(context);
          await context.sync();
        }),
      );
    const bad = await attempt((context) => context.workbook.worksheets.add("Kết quả/2023"));
    expect(bad).toBeInstanceOf(excel.OfficeExtension.Error);
    expect([bad.code, bad.message]).toEqual([
      "InvalidArgument",
      "'Kết quả/2023' is not a valid worksheet name.",
    ]);
    expect(bad.debugInfo.statement).toMatch(/worksheets\.add/);
    const missing = await attempt((context) => {
      context.workbook.worksheets.getItem("Không có").getRange("A1").values = [[1]];
    });
    expect(missing.code).toBe("ItemNotFound");
    expect(missing.message).toMatch(/Không có/);
    const twice = await attempt((context) => context.workbook.worksheets.add("sheet1"));
    expect(twice.code).toBe("ItemAlreadyExists");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Khóa").protection.protect();
      await context.sync();
    });
    const locked = await attempt((context) => {
      context.workbook.worksheets.getItem("Khóa").getRange("B2").values = [["x"]];
    });
    expect(locked.code).toBe("AccessDenied");
    expect(excel.requests.filter((r) => r.error).map((r) => r.error?.code)).toEqual([
      "InvalidArgument",
      "ItemNotFound",
      "ItemAlreadyExists",
      "AccessDenied",
    ]);
  });

  test("the actions before a failing one stay applied, those after it do not run (Excel does not roll back)", async () => {
    const excel = await officeJsExcel({ sheets: [{ name: "Sheet1" }] });
    const error = await caught(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["trước"]];
        context.workbook.worksheets.getItem("Không có").getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [["sau"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(excel.fake.values("Sheet1")).toEqual([["trước"]]);
  });

  test("a request over the limit is refused whole; the add-in's write then removes what it built", async () => {
    const { plain } = await twins();
    const result = evaluate(readContract(await readOfficeGrid(plain.context, optionsOf(plain))), {
      currentYear: 2023,
    });
    const strict = await officeJsExcel({ sheets: [{ name: "Sheet1" }], limitBytes: 8 * 1024 });
    const before = strict.fake.sheetNames();
    const error = await caught(
      strict.run((context) => writeOfficeOutputSheets(context, outputSheets(result, "vi"), optionsOf(plain))),
    );
    expect(error).toBeInstanceOf(strict.OfficeExtension.Error);
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(strict.fake.sheetNames()).toEqual(before);
    const refused = strict.requests.filter((r) => r.error?.code === "RequestPayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.bytes > 8 * 1024 && r.responseBytes === 0)).toBe(true);
  });
});

describe("Excel.run's references, its clean-up, and what the bridge does not model", () => {
  test("a range used across syncs is kept by reference, and stays the range it was", async () => {
    const source: FakeExcelOptions = { sheets: [{ name: "Sheet1", rows: [["a", 1]] }] };
    const { plain, excel } = await twins(source);
    const grow = async (context: Excel.RequestContext): Promise<[string, string]> => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      const before = used.address;
      sheet.getRange("D5").values = [["b"]];
      used.load("address");
      await context.sync();
      return [before, used.address];
    };
    expect(await excel.run(grow)).toEqual(["Sheet1!A1:B1", "Sheet1!A1:B1"]);
    // the fake's own context finds its used range again at every sync (more lenient than Excel)
    expect(await grow(plain.context)).toEqual(["Sheet1!A1:B1", "Sheet1!A1:D5"]);
    const [first, second, cleanup] = excel.requests;
    expect(first.body).toContain('"_KeepReference"');
    expect(second.body).toContain('"ObjectPathType":6'); // the range by its reference id
    expect(cleanup.cleanup).toBe(true);
    expect(cleanup.body).toContain('"_RemoveReference"');
  });

  test("a clean-up over the limit fails quietly: office.js schedules retries on timers that never fire", async () => {
    const excel = await officeJsExcel({ sheets: [{ name: "Sheet1" }], limitBytes: 12 * 1024 });
    const result = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let block = 0; block < 10; block++) {
        for (let r = 0; r < 10; r++) sheet.getRangeByIndexes(block * 10 + r, 0, 1, 1).values = [[r]];
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- ten requests, on purpose
        await context.sync();
      }
      return "done";
    });
    expect(result).toBe("done");
    const cleanup = excel.requests[excel.requests.length - 1];
    expect(cleanup.cleanup).toBe(true);
    expect(cleanup.error?.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.requests.filter((r) => !r.cleanup).every((r) => r.error === undefined)).toBe(true);
    expect(excel.timers).toEqual([{ delay: 5000 }]);
  });

  test("an API the fake does not model rejects the sync with an OfficeJsBridgeError, never silently", async () => {
    const excel = await officeJsExcel({ sheets: [{ name: "Sheet1" }] });
    const error = await caught(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(OfficeJsBridgeError);
    expect(error.message).toMatch(/Worksheet\.tables/);
    expect(excel.requests[0].error?.code).toBe("OfficeJsBridgeError");
  });
});

describe("the recorded sizes are those of the bodies office.js builds", () => {
  /** One request of `batch` in a new bridge (so object ids do not depend on earlier requests). */
  async function request(
    batch: (context: Excel.RequestContext) => void,
    source: FakeExcelOptions = { sheets: [{ name: "Sheet1" }] },
  ): Promise<{ record: OfficeJsRequest; body: WireBody }> {
    const excel = await officeJsExcel(source);
    await excel.run(async (context) => {
      batch(context);
      await context.sync();
    });
    const record = excel.requests[0];
    return { record, body: JSON.parse(record.body ?? "") as WireBody };
  }
  interface WireAction {
    Id: number;
    ActionType: number;
    Name: string;
    ObjectPathId: number;
    L?: number[];
  }
  interface WireBody {
    Actions: WireAction[];
    ObjectPaths: Record<string, { Id: number; Name: string; ObjectPathType: number }>;
  }
  const lBytes = (body: WireBody): number =>
    body.Actions.reduce((n, a) => n + (a.L ? utf8(`,"L":${JSON.stringify(a.L)}`) : 0), 0);
  const withoutL = ({ L: _L, ...action }: WireAction): WireAction => action;

  test("a request's size is the UTF-8 length of its body; the body is office.js's serialisation", async () => {
    const { record, body } = await request((context) => {
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).format.rowHeight = 15;
    });
    expect(record.bytes).toBe(utf8(record.body ?? ""));
    expect(record.body).toBe(JSON.stringify(body));
    // the statement as office.js sends it in Excel.run: the range path, kept by reference, its format
    const paths = Object.values(body.ObjectPaths).map((p) => [p.ObjectPathType, p.Name]);
    expect(paths).toEqual([
      [1, ""],
      [4, "Worksheets"],
      [5, ""],
      [3, "GetRangeByIndexes"],
      [4, "Format"],
    ]);
    expect(body.Actions.map((a) => [a.ActionType, a.Name])).toEqual([
      [1, ""],
      [1, ""],
      [1, ""],
      [1, ""],
      [3, "_KeepReference"],
      [1, ""],
      [1, ""],
      [4, "RowHeight"],
    ]);
    expect(record.responseBytes).toBe(utf8(record.response ?? ""));
  });

  test("one range.format.rowHeight = 15 costs the JSON of the actions and paths office.js adds for it", async () => {
    const heights = (n: number) => (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let r = 0; r < n; r++) sheet.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = 15;
    };
    const one = await request(heights(1));
    const two = await request(heights(2));
    const oldActions = new Set(one.body.Actions.map((a) => a.Id));
    const added =
      two.body.Actions.filter((a) => !oldActions.has(a.Id)).reduce(
        (n, a) => n + utf8(JSON.stringify(withoutL(a))) + 1,
        0,
      ) +
      Object.entries(two.body.ObjectPaths)
        .filter(([id]) => !(id in one.body.ObjectPaths))
        .reduce((n, [id, p]) => n + utf8(`"${id}":${JSON.stringify(p)}`) + 1, 0) +
      (lBytes(two.body) - lBytes(one.body)); // office.js moves the "last used" lists to the last action
    const cost = two.record.bytes - one.record.bytes;
    expect(cost).toBe(added);
    // five actions and two object paths: far more than the value it sets
    expect(cost).toBeGreaterThan(400);
  });

  test("a request of N values grows by the JSON of those values, also when office.js splits it", async () => {
    for (const [rows, columns] of [
      [1, 1000],
      [100, 30], // 3,000 cells: two chunks of 50 rows
    ]) {
      const grid = (cell: (i: number) => string | number) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => cell(r * columns + c)),
        );
      const empty = grid(() => "");
      const names = grid((i) => `Công đoàn cơ sở số ${i} – “Đoàn kết”`);
      const write = (values: (string | number)[][]) => (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows, columns).values = values;
      };
      const small = await request(write(empty));
      const big = await request(write(names));
      const json = (values: (string | number)[][]) => {
        const chunk = Math.max(1, Math.round(1500 / columns));
        let n = 0;
        for (let r = 0; r < values.length; r += rows * columns > 1500 ? chunk : values.length)
          n += utf8(JSON.stringify(values.slice(r, r + (rows * columns > 1500 ? chunk : values.length))));
        return n;
      };
      expect(big.record.bytes - small.record.bytes).toBe(json(names) - json(empty));
      expect(big.record.bytes).toBeGreaterThan(utf8(JSON.stringify(names)));
    }
  });

  test("the same code gives the same requests (nothing depends on time or chance)", async () => {
    const batch = (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.add("Mới");
      sheet.getRange("A1:B2").values = [
        ["a", 1],
        ["b", 2],
      ];
      sheet.getRange("A1:B1").merge(false);
      sheet.freezePanes.freezeRows(1);
    };
    const first = await request(batch);
    const second = await request(batch);
    expect(second.record).toEqual(first.record);
  });
});
