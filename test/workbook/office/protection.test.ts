/**
 * Protection through Office.js (src/workbook/office/protection.ts), tolerant of a sheet already in
 * the state asked for: Excel answers AccessDenied to protecting a protected sheet or unprotecting an
 * unprotected one (office-js issue #6784), and the fake does too. A co-author's change between our
 * read and our request is simulated by changing the fake's sheet just before that request.
 */
import { protectSheets, unprotectSheets } from "../../../src/workbook/office/protection";
import { addOfficeTemplateSheets } from "../../../src/workbook/office/sheets";
import { NoteError } from "../../../src/i18n";
import { readContract } from "../../../src/core/contract/reader";
import { readOfficeGrid } from "../../../src/workbook/office/read";
import { scoreSheetTemplate } from "../../../src/workbook/template/score-sheet";
import { FakeExcel, FakeExcelError } from "../../helpers/fake-excel";
import { fakeFromWorkbook } from "../../helpers/office";
import { makeWorkbook, roundTrip, smallCouncil } from "../../helpers/xlsx";

function twoSheets() {
  return new FakeExcel({ sheets: [{ name: "Kết quả", rows: [["x"]] }, { name: "Khen thưởng" }] });
}

async function protect(fake: FakeExcel, name: string, password?: string) {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(name).protection.protect({ allowSort: true }, password);
    await context.sync();
  });
}

/** A context whose `n`-th sync first runs `coAuthor` (another member's Excel, on the same workbook). */
function racing(fake: FakeExcel, n: number, coAuthor: () => void): Excel.RequestContext {
  return beforeSync(fake, (count) => count === n && coAuthor());
}

/** A context that calls `each` with the sync's number (1, 2, …) before each sync. */
function beforeSync(fake: FakeExcel, each: (count: number) => void): Excel.RequestContext {
  let count = 0;
  const sync = fake.context.sync.bind(fake.context);
  return new Proxy(fake.context, {
    get(target, prop, receiver) {
      if (prop !== "sync") return Reflect.get(target, prop, receiver) as unknown;
      return () => {
        each(++count);
        return sync();
      };
    },
  });
}

/** The fake's own sheet, changed as a co-author's Excel would change it. */
function sheetOf(fake: FakeExcel, name: string) {
  return (fake as unknown as { _find(n: string): { protection: Record<string, unknown> } })._find(name);
}

describe("protecting and unprotecting", () => {
  test("Excel refuses to protect a protected sheet, and to unprotect an unprotected one", async () => {
    const fake = twoSheets();
    await protect(fake, "Kết quả");
    await expect(protect(fake, "Kết quả")).rejects.toThrow(FakeExcelError);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Khen thưởng").protection.unprotect();
        await context.sync();
      }),
    ).rejects.toThrow(/AccessDenied/);
  });

  test("a sheet already as wanted is left alone: no refused request", async () => {
    const fake = twoSheets();
    await protect(fake, "Kết quả");
    await protectSheets(fake.context, [
      { name: "Kết quả", options: {} },
      { name: "Khen thưởng", options: { allowFormatRows: true } },
    ]);
    expect(fake.protection("Kết quả").options).toEqual({ allowSort: true }); // untouched
    expect(fake.protection("Khen thưởng")).toMatchObject({
      protected: true,
      options: { allowFormatRows: true },
    });
    expect(await unprotectSheets(fake.context, ["Khen thưởng"])).toEqual([
      { name: "Khen thưởng", options: expect.objectContaining({ allowFormatRows: true }) },
    ]);
    expect(fake.protection("Khen thưởng").protected).toBe(false);
    expect(await unprotectSheets(fake.context, ["Khen thưởng"])).toEqual([]); // already: nothing to restore
  });

  test("a co-author protects the sheet between our read and our request: accepted", async () => {
    const fake = twoSheets();
    const context = racing(fake, 2, () => {
      sheetOf(fake, "Khen thưởng").protection = { protected: true, options: {} };
    });
    await expect(protectSheets(context, [{ name: "Khen thưởng", options: {} }])).resolves.toBeUndefined();
    expect(fake.protection("Khen thưởng").protected).toBe(true);
  });

  test("a co-author unprotects the sheet between our read and our request: accepted", async () => {
    const fake = twoSheets();
    await protect(fake, "Kết quả");
    const context = racing(fake, 2, () => {
      sheetOf(fake, "Kết quả").protection = { protected: false, options: {} };
    });
    const restore = await unprotectSheets(context, ["Kết quả"]);
    expect(restore.map((r) => r.name)).toEqual(["Kết quả"]);
    expect(fake.protection("Kết quả").protected).toBe(false);
  });

  test("a password: the other sheets are protected again and the error names the sheet", async () => {
    const fake = twoSheets();
    await protect(fake, "Kết quả");
    await protect(fake, "Khen thưởng", "mật khẩu");
    const error = await unprotectSheets(fake.context, ["Kết quả", "Khen thưởng"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoteError);
    expect((error as NoteError).msg.params).toEqual({ sheet: "Khen thưởng" });
    expect(fake.protection("Kết quả")).toMatchObject({ protected: true, options: { allowSort: true } });
    expect(fake.protection("Khen thưởng").protected).toBe(true);
  });
});

describe("adding template sheets is all or nothing", () => {
  async function council() {
    const fake = fakeFromWorkbook(await roundTrip(makeWorkbook(smallCouncil())));
    const input = readContract(await readOfficeGrid(fake.context, options(fake)));
    return { fake, sheet: (member: string) => scoreSheetTemplate(input, member, "vi") };
  }
  const options = (fake: FakeExcel) => ({
    isSetSupported: (n: string, v: string) => fake.isSetSupported(n, v),
  });

  test("a failure on the second sheet removes the first: no half-built sheet stays", async () => {
    const { fake, sheet } = await council();
    const names = fake.sheetNames();
    const limit = fake as unknown as { limitBytes: number };
    const context = beforeSync(fake, (count) => {
      limit.limitBytes = count === 4 ? 10 : 5 * 1024 * 1024; // the 4th request is refused
    });
    await expect(
      addOfficeTemplateSheets(context, [sheet("Trần Văn C"), sheet("Hà Thị D")], {
        ...options(fake),
        maxRequestBytes: 20_000,
      }),
    ).rejects.toThrow(/PayloadSizeLimitExceeded/);
    expect(fake.sheetNames()).toEqual(names);
  });

  test("a name that is taken stops it before anything is added", async () => {
    const { fake, sheet } = await council();
    const names = fake.sheetNames();
    await expect(
      addOfficeTemplateSheets(
        fake.context,
        [sheet("Trần Văn C"), { ...sheet("X"), name: "đơn VỊ" }],
        options(fake),
      ),
    ).rejects.toThrow(/exists already/);
    expect(fake.sheetNames()).toEqual(names);
  });
});
