/**
 * Input sheets through Office.js: template sheets and generated score sheets
 * (src/workbook/office/sheets.ts), cells written by an import (src/workbook/office/cells.ts).
 */
import { readContract } from "../../../src/core/contract/reader";
import { planRegistrationImport } from "../../../src/core/import/registration-import";
import { registrationWrite } from "../../../src/jobs/registrations";
import { writeOfficeCells } from "../../../src/workbook/office/cells";
import { readOfficeGrid } from "../../../src/workbook/office/read";
import { addOfficeTemplateSheets } from "../../../src/workbook/office/sheets";
import { scoreSheetTemplate } from "../../../src/workbook/template/score-sheet";
import type { FakeExcel } from "../../helpers/fake-excel";
import { fakeFromWorkbook } from "../../helpers/office";
import { makeWorkbook, roundTrip, smallCouncil } from "../../helpers/xlsx";

const options = (fake: FakeExcel) => ({
  isSetSupported: (n: string, v: string) => fake.isSetSupported(n, v),
});

async function councilFake(extra: Record<string, unknown[][]> = {}) {
  const sheets = { ...smallCouncil(), ...extra } as ReturnType<typeof smallCouncil>;
  return fakeFromWorkbook(await roundTrip(makeWorkbook(sheets)));
}

describe("input sheets through Office.js", () => {
  test("generated score sheets: validation 0..max, a totals formula, only input cells unlocked, protected", async () => {
    const fake = await councilFake();
    const input = readContract(await readOfficeGrid(fake.context, options(fake)));
    const sheet = scoreSheetTemplate(input, "Trần Văn C", "vi");
    await addOfficeTemplateSheets(fake.context, [sheet], { ...options(fake), password: "bí mật" });
    expect(fake.sheetNames()).toContain("Chấm điểm - Trần Văn C");
    expect(fake.cell("Chấm điểm - Trần Văn C", "A3").value).toBe("TD");
    expect(fake.cell("Chấm điểm - Trần Văn C", "C3").locked).toBe(false);
    expect(fake.cell("Chấm điểm - Trần Văn C", "A3").locked).toBe(true);
    expect(fake.cell("Chấm điểm - Trần Văn C", "G3").formula).toBe("=C3+D3+E3");
    expect(fake.protection("Chấm điểm - Trần Văn C")).toMatchObject({ protected: true });
    expect(fake.dataValidation("Chấm điểm - Trần Văn C", "C3")).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 50, operator: "Between" } },
    });
    // and the new sheet reads back as a score sheet of the contract
    const after = readContract(await readOfficeGrid(fake.context, options(fake)));
    expect(after.scoreSheets.map((s) => s.name)).toContain("Chấm điểm - Trần Văn C");
  });

  test("a registration import appends rows as text and dates as dates, in one request", async () => {
    const sheets = smallCouncil();
    sheets["Đăng ký"].pop();
    const fake = fakeFromWorkbook(await roundTrip(makeWorkbook(sheets)));
    const input = readContract(await readOfficeGrid(fake.context, options(fake)));
    const plan = planRegistrationImport(input, {
      name: "dk.csv",
      rows: [
        ["Mã đơn vị", "Danh hiệu", "Ngày"],
        ["YT", "BK", "12/01/2023"],
      ],
      merges: [],
    });
    const syncs = fake.syncCount;
    await writeOfficeCells(fake.context, registrationWrite(input, plan, "vi"), options(fake));
    expect(fake.syncCount - syncs).toBe(2); // the sheet looked up, then the cells in one request
    expect(fake.cell("Đăng ký", "A6")).toMatchObject({ value: "YT", numberFormat: "@" });
    expect(fake.cell("Đăng ký", "C6")).toMatchObject({ value: 44938, numberFormat: "dd/mm/yyyy" });
  });
});
