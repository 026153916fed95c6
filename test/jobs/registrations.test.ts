/**
 * The registration import job (src/jobs/registrations.ts) on the exceljs port: plan, preview, one
 * write into `Đăng ký` — created from the template when absent.
 */
import fc from "fast-check";
import type ExcelJS from "exceljs";
import { planRegistrationImport } from "../../src/core/import/registration-import";
import { readContract } from "../../src/core/contract/reader";
import { evaluate } from "../../src/core/result/evaluate";
import { applyRegistrations, planRegistrations } from "../../src/jobs/registrations";
import { readCsv } from "../../src/workbook/exceljs/csv";
import { saveWorkbook } from "../../src/workbook/exceljs/file";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { gridOfWorkbook } from "../../src/workbook/exceljs/read";
import { readRegistrationSource } from "../../src/workbook/exceljs/sources";
import { makeWorkbook, roundTrip, sheetValues, smallCouncil } from "../helpers/xlsx";

const csv = (text: string) => {
  const result = readCsv(new TextEncoder().encode(text), "dang-ky.csv");
  if ("error" in result) throw new Error("unreadable");
  return result.sheet;
};

async function importInto(workbook: ExcelJS.Workbook, text: string) {
  const port = new ExcelJsPort(workbook);
  const planned = await planRegistrations(port, csv(text), "vi");
  await applyRegistrations(port, planned);
  return { plan: planned.plan, workbook: await roundTrip(workbook) };
}

const FILE = [
  "\ufeffDANH SÁCH ĐĂNG KÝ THI ĐUA",
  "STT;Đơn vị;Danh hiệu đăng ký thi đua;Ngày ĐK",
  "1;Liên đoàn Lao động huyện Tam Đường;Bằng khen;10/01/2023", // identical to the workbook's row
  "2;Công đoàn ngành Y tế;BK;12/01/2023", // new
  '3;"=HYPERLINK(""http://x"")";BK;12/01/2023', // rejected
  "4;LĐLĐ huyện Sìn Hồ;BK;14/01/2023", // changed date (15/01 → 14/01)
].join("\r\n");

describe("registration import into a workbook", () => {
  const withoutYT = () => {
    const sheets = smallCouncil();
    sheets["Đăng ký"].pop(); // YT has not registered yet
    return sheets;
  };

  test("adds and updates rows of Đăng ký; every other row of the workbook is unchanged", async () => {
    const workbook = await roundTrip(makeWorkbook(withoutYT()));
    const names = workbook.worksheets.map((ws) => ws.name);
    const before = Object.fromEntries(names.map((n) => [n, sheetValues(workbook, n)]));
    const { plan, workbook: after } = await importInto(workbook, FILE);
    expect([plan.adds.length, plan.updates.length, plan.unchanged, plan.rejected.length]).toEqual([
      1, 1, 1, 1,
    ]);
    for (const name of names.filter((n) => n !== "Đăng ký"))
      expect(sheetValues(after, name)).toEqual(before[name]);
    const registrations = sheetValues(after, "Đăng ký");
    expect(registrations.slice(0, 3)).toEqual(before["Đăng ký"].slice(0, 3)); // header, TD, PT untouched
    expect(registrations[3][2]).toBe(new Date(Date.UTC(2023, 0, 14)).toISOString()); // SH's date updated
    expect(registrations[4]).toEqual(before["Đăng ký"][4]); // GD untouched
    expect(registrations[5]).toEqual(["YT", "BK", new Date(Date.UTC(2023, 0, 12)).toISOString()]);
    expect(registrations).toHaveLength(6);
    const cell = after.getWorksheet("Đăng ký")!.getCell("A6");
    expect(cell.numFmt).toBe("@");
  });

  test("importing the same file twice changes nothing the second time", async () => {
    const { workbook } = await importInto(await roundTrip(makeWorkbook(withoutYT())), FILE);
    const snapshot = sheetValues(workbook, "Đăng ký");
    const second = await importInto(workbook, FILE);
    expect([second.plan.adds.length, second.plan.updates.length, second.plan.unchanged]).toEqual([0, 0, 3]);
    expect(sheetValues(second.workbook, "Đăng ký")).toEqual(snapshot);
  });

  test("the imported registrations count in the computation", async () => {
    const { workbook } = await importInto(await roundTrip(makeWorkbook(withoutYT())), FILE);
    const result = evaluate(readContract(gridOfWorkbook(workbook)), { currentYear: 2023 });
    expect(result.issues).toEqual([]);
    expect(result.units.find((u) => u.code === "YT")?.registered).toEqual(["BK"]);
  });

  test("a workbook without Đăng ký gets one, from the template", async () => {
    const sheets = smallCouncil();
    delete sheets["Đăng ký"];
    const { workbook } = await importInto(await roundTrip(makeWorkbook(sheets)), FILE);
    const registrations = workbook.getWorksheet("Đăng ký")!;
    expect(registrations.getCell("A2").value).toBe("Mã đơn vị");
    expect(readContract(gridOfWorkbook(workbook)).registrations?.records).toHaveLength(3);
  });

  test("an .xlsx source: the sheet whose header row matches best is read, below a merged title", async () => {
    const file = makeWorkbook({
      "Ghi chú": [["Đây là ghi chú"], ["Đơn vị", "không phải bảng"]],
      "Đăng ký 2023": [
        ["CÔNG ĐOÀN NGÀNH GIÁO DỤC — ĐĂNG KÝ THI ĐUA NĂM 2023"],
        [],
        ["Mã ĐV", "Danh hiệu", "Ngày"],
        ["GD", "Bằng khen", new Date(Date.UTC(2023, 0, 20))],
      ],
    });
    file.getWorksheet("Đăng ký 2023")!.mergeCells("A1:C1");
    const source = await readRegistrationSource(await saveWorkbook(file), "don-vi.xlsx");
    if (!("sheet" in source)) throw new Error("not read");
    expect(source.sheet.name).toBe("Đăng ký 2023");
    const council = await roundTrip(makeWorkbook(smallCouncil()));
    const plan = planRegistrationImport(readContract(gridOfWorkbook(council)), source.sheet);
    expect(plan.rejected).toEqual([]);
    // GD registered BK on 20/01/2023 already: the date cell of the source matches it exactly
    expect([plan.adds.length, plan.updates.length, plan.unchanged]).toEqual([0, 0, 1]);
  });
});

describe("garbage files never crash the importer and never write", () => {
  test("random CSV bytes and random grids", async () => {
    const council = await roundTrip(makeWorkbook(smallCouncil()));
    const input = readContract(gridOfWorkbook(council));
    const before = sheetValues(council, "Đăng ký");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = readCsv(bytes, "rac.csv");
        if ("error" in result) return;
        const plan = planRegistrationImport(input, result.sheet);
        expect(plan.adds.length + plan.updates.length).toBe(0);
      }),
      { numRuns: 300 },
    );
    const cell = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("Mã đơn vị", "Danh hiệu", "Ngày", "TD", "BK", "32/13/2023"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const plan = planRegistrationImport(input, { name: "rac", rows, merges: [] });
        for (const add of plan.adds) {
          // whatever was found is a real unit and award of the workbook
          expect(["TD", "PT", "SH", "GD", "YT"]).toContain(add.unit.code);
          expect(add.award).toBe("BK");
        }
      }),
      { numRuns: 300 },
    );
    expect(sheetValues(council, "Đăng ký")).toEqual(before);
  });
});
