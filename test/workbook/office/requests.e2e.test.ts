/**
 * Every Office.js request of every job stays within Excel's limit, as Microsoft's own office.js
 * builds it (test/helpers/officejs.ts: the real library in Node, its requests answered by the fake
 * Excel), for a province of 10,000 units × 30 criteria × 5 members with 80-character Vietnamese unit
 * names: compute and write the results, make a member's score sheet, import 12,000 registration
 * rows, check the workbook. Excel on the web refuses a request or a response over 5 MB; the add-in
 * must stay under 4.5 MB, the clean-up request `Excel.run` sends at its end included.
 */
import { checkWorkbook } from "../../../src/jobs/check";
import { compute } from "../../../src/jobs/compute";
import { applyRegistrations, planRegistrations } from "../../../src/jobs/registrations";
import { generateScoreSheets } from "../../../src/jobs/score-sheets";
import { MEASURED_BOUND } from "../../../src/workbook/office/budget";
import { OfficePort } from "../../../src/workbook/office/port";
import { fakeProvince } from "../../bench/officejs";
import { officeJsExcel, type OfficeJsExcel } from "../../helpers/officejs";

const UNITS = 10_000;
/** 80 characters, 102 bytes of UTF-8. */
const unitName = (i: number): string =>
  `Công đoàn cơ sở Trường Trung học phổ thông chuyên Lê Quý Đôn, Lai Châu, số ${String(i + 1).padStart(5, "0")}`;

async function province(): Promise<{ excel: OfficeJsExcel; port: OfficePort }> {
  // measure everything, refuse nothing: the assertions below are the limit
  const excel = await officeJsExcel(fakeProvince(UNITS, unitName), {
    keepBodies: false,
    limitBytes: Number.POSITIVE_INFINITY,
  });
  const port = new OfficePort((batch) => excel.run(batch), excel.isSetSupported);
  return { excel, port };
}

function largest(excel: OfficeJsExcel, from = 0) {
  const requests = excel.requests.slice(from);
  return {
    request: Math.max(0, ...requests.map((r) => r.bytes)),
    response: Math.max(0, ...requests.map((r) => r.responseBytes)),
    count: requests.length,
  };
}

describe(`office.js measures every request of every job at ${UNITS.toLocaleString("en")} units`, () => {
  test("compute and write the results", async () => {
    const { excel, port } = await province();
    const outcome = await compute(port, { lang: "vi", currentYear: 2023 });
    expect(outcome.written).toBe(true);
    const size = largest(excel);
    expect(size.request).toBeLessThanOrEqual(MEASURED_BOUND);
    expect(size.response).toBeLessThanOrEqual(MEASURED_BOUND);
    expect(excel.fake.values("Kết quả").length).toBe(3 + UNITS);
    // syncs grow with the bytes written, not with the rows (the log's small reads add up to four: docs/LOG.md)
    expect(size.count).toBeLessThan(64);
  });

  test("a member's score sheet of every unit", async () => {
    const { excel, port } = await province();
    const before = excel.requests.length;
    const outcome = await generateScoreSheets(port, { members: ["Nguyễn Thị Thanh Hương"], lang: "vi" });
    expect(outcome.created).toEqual(["Chấm điểm - Nguyễn T.T. Hương"]);
    const size = largest(excel, before);
    expect(size.request).toBeLessThanOrEqual(MEASURED_BOUND);
    expect(size.response).toBeLessThanOrEqual(MEASURED_BOUND);
    const sheet = excel.fake.values("Chấm điểm - Nguyễn T.T. Hương");
    expect(sheet.length).toBe(2 + UNITS);
    expect(excel.fake.dataValidation("Chấm điểm - Nguyễn T.T. Hương", `C${2 + UNITS}`)).not.toBeNull();
  });

  test("a registration import of 12,000 rows: new rows and changed dates", async () => {
    const { excel, port } = await province();
    const rows = [["Mã đơn vị", "Danh hiệu", "Ngày"]];
    // every registered unit's date moves (an update of its row) and 2,000 register a second award
    for (let i = 0; i < UNITS; i++) rows.push([`DV${i + 1}`, "BK", "03/01/2023"]);
    for (let i = 0; i < 2_000; i++) rows.push([`DV${i + 1}`, "GK", "04/01/2023"]);
    const before = excel.requests.length;
    const planned = await planRegistrations(port, { name: "dang-ky.csv", rows, merges: [] }, "vi");
    expect([planned.plan.adds.length, planned.plan.updates.length]).toEqual([2_000, UNITS]);
    await applyRegistrations(port, planned);
    const size = largest(excel, before);
    expect(size.request).toBeLessThanOrEqual(MEASURED_BOUND);
    expect(size.response).toBeLessThanOrEqual(MEASURED_BOUND);
    expect(excel.fake.cell("Đăng ký", "C2").value).toBe(44929); // 03/01/2023
  });

  test("checking the workbook (reading every input sheet)", async () => {
    const { excel, port } = await province();
    const outcome = await checkWorkbook(port, { currentYear: 2023 });
    expect(outcome.result.units).toHaveLength(UNITS);
    const size = largest(excel);
    expect(size.request).toBeLessThanOrEqual(MEASURED_BOUND);
    expect(size.response).toBeLessThanOrEqual(MEASURED_BOUND);
  });
});
