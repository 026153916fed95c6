/**
 * The task pane's Excel mode in Chromium: office.js is replaced by a fake (test/browser/fake-office.ts)
 * whose `Excel.run` drives the fake Excel of the unit tests, seeded with the sample workbook. The
 * real task pane then reads and writes "Excel" through Office.js calls.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { templateWorkbook } from "../../src/workbook/exceljs/sheets";
import { casesDir } from "../helpers/cases";
import {
  BROWSER_WAIT_MS,
  browserSuite,
  collectErrors,
  fakeOfficeBundle,
  IN_EXCEL,
  openTaskPane,
  resultsDir,
  settled,
  useFakeExcel,
} from "../helpers/browser";
import { fakeFromWorkbook } from "../helpers/office";
import { roundTrip } from "../helpers/xlsx";
import { loadWorkbook } from "../../src/workbook/exceljs/file";
import type ExcelJS from "exceljs";

const suite = browserSuite();

/** The sheets of a workbook as the fake's seed (what Excel would hold). */
function seed(workbook: ExcelJS.Workbook) {
  const fake = fakeFromWorkbook(workbook);
  return fake.sheetNames().map((name) => ({ name, rows: fake.values(name) as unknown[][] }));
}

async function sampleSeed() {
  return seed(await roundTrip(templateWorkbook({ lang: "vi", sample: true, year: 2026 })));
}

const fakeCall = <T>(page: Page, fn: string) => page.evaluate(fn) as Promise<T>;

describe("Excel mode (Office.js, against a fake Excel in the page)", () => {
  test("compute writes Kết quả, Khen thưởng, Kiểm tra and Phiếu biểu quyết into the workbook", async () => {
    const sheets = await sampleSeed();
    const { page, errors } = await openTaskPane(suite.browser(), suite.url(IN_EXCEL), 320, (p) =>
      useFakeExcel(p, sheets),
    );
    expect(await page.getAttribute("body", "data-host")).toBe("excel");
    expect(await page.isHidden("#file-bar")).toBe(true);
    await page.click("#compute");
    await settled(page);
    await page.waitForSelector(".summary h3");
    const names = await fakeCall<string[]>(page, "window.__fake.sheetNames()");
    expect(names.slice(-5)).toEqual(["Kết quả", "Khen thưởng", "Kiểm tra", "Phiếu biểu quyết", "Nhật ký"]);
    expect(await fakeCall<unknown>(page, 'window.__fake.cell("Kết quả", "C4").value')).toBe("TU");
    expect(await fakeCall<number>(page, "window.__fake.syncCount")).toBeLessThan(20);
    await page.screenshot({ path: path.join(resultsDir, "excel-4-compute-320.png"), fullPage: true });
    // step 5 shows the award list sheet
    await page.locator('[data-step="awards"] summary').click();
    await page.click("#open-award-list");
    await settled(page);
    expect(await fakeCall<string>(page, "window.__fake.activeSheet()")).toBe("Khen thưởng");
    // §11.3: the ballot's candidate (TU) is already in Biểu quyết with its count: nothing added
    await page.click("#add-ballot-rows");
    await settled(page);
    expect(await page.textContent("#vote-status")).toContain(
      "thêm 0 dòng chờ nhập số phiếu, 1 dòng đã có được giữ nguyên",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test("§11.4: the name field and door Excel in the Nhật ký row; verify shows the log sheet", async () => {
    const sheets = await sampleSeed();
    const { page, errors } = await openTaskPane(suite.browser(), suite.url(IN_EXCEL), 400, (p) =>
      useFakeExcel(p, sheets),
    );
    await page.fill("#by-name", "Lò Văn Tư");
    await page.click("#compute");
    await settled(page);
    await page.waitForSelector(".summary h3");
    const row = await fakeCall<unknown[]>(page, 'window.__fake.values("Nhật ký")[1]');
    expect(row.slice(0, 5)).toEqual([
      1,
      expect.stringMatching(/^\d{4}-/),
      "Tính kết quả",
      "Excel",
      "Lò Văn Tư",
    ]);
    expect(row[7]).toBe("0".repeat(64));
    await page.locator('[data-step="awards"] summary').click();
    await page.click("#verify-log");
    await settled(page);
    await page.waitForSelector("#verify-status.status-success");
    expect(await page.textContent("#verify-details")).toMatch(
      /Dòng 2 \(STT 1\): Tính kết quả .*Excel.*Lò Văn Tư/,
    );
    expect(await fakeCall<string>(page, "window.__fake.activeSheet()")).toBe("Nhật ký");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("clicking an error selects the offending cell in Excel", async () => {
    const sheets = seed(
      await loadWorkbook(readFileSync(path.join(casesDir, "vi_du_loi_cau_truc", "input.xlsx"))),
    );
    const { page, errors } = await openTaskPane(suite.browser(), suite.url(IN_EXCEL), 800, (p) =>
      useFakeExcel(p, sheets),
    );
    await page.click("#compute");
    await settled(page);
    const issue = page.locator("#issues button.issue").first();
    expect(await issue.textContent()).toMatch(/Đơn vị, dòng 5, cột 'Mã đơn vị' \(A5\)/);
    await issue.click();
    await settled(page);
    expect(await fakeCall<string>(page, "window.__fake.activeSheet()")).toBe("Đơn vị");
    expect(await fakeCall<string[]>(page, "window.__fake.sheetNames()")).not.toContain("Kết quả");
    await page.screenshot({ path: path.join(resultsDir, "excel-errors-800.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("generated score sheets are protected, with the score cells unlocked", async () => {
    const sheets = await sampleSeed();
    const { page, errors } = await openTaskPane(suite.browser(), suite.url(IN_EXCEL), 320, (p) =>
      useFakeExcel(p, sheets),
    );
    await page.locator('[data-step="sheets"] summary').click();
    await page.fill("#members", "Trần Văn C");
    await page.fill("#sheet-password", "bí mật");
    await page.click("#create-sheets");
    await settled(page);
    expect(await page.textContent("#step-sheets [role=status]")).toMatch(
      /Đã tạo 1 trang: Chấm điểm - Trần Văn C/,
    );
    expect(
      await fakeCall<{ protected: boolean }>(page, 'window.__fake.protection("Chấm điểm - Trần Văn C")'),
    ).toMatchObject({
      protected: true,
    });
    expect(await fakeCall<boolean>(page, 'window.__fake.cell("Chấm điểm - Trần Văn C", "C3").locked')).toBe(
      false,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test("registrations from the open sheet: preview, then one write into Đăng ký", async () => {
    const sheets = await sampleSeed();
    sheets.push({
      name: "Thư gửi",
      rows: [
        ["Đơn vị", "Danh hiệu", "Ngày"],
        ["Liên đoàn Lao động huyện Sìn Hồ", "BK_TINH", "05/02/2023"],
      ],
    });
    const { page, errors } = await openTaskPane(suite.browser(), suite.url(IN_EXCEL), 320, async (p) => {
      await useFakeExcel(p, sheets);
    });
    await page.evaluate(
      'window.__fake.context.workbook.worksheets.getItem("Thư gửi").activate(); window.__fake.context.sync()',
    );
    await page.locator('[data-step="import"] summary').click();
    expect(await page.isVisible("#import-from-sheet")).toBe(true);
    await page.click("#import-from-sheet");
    await settled(page);
    expect(await page.textContent(".preview")).toMatch(/1 thêm, 0 cập nhật, 0 giữ nguyên, 0 từ chối/);
    await page.click("#import-registrations-confirm");
    await settled(page);
    const rows = await fakeCall<unknown[][]>(page, 'window.__fake.values("Đăng ký")');
    expect(rows[rows.length - 1].slice(0, 3)).toEqual(["SH", "LĐLĐ huyện Sìn Hồ", "BK_TINH"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("English when Excel's display language is not Vietnamese", async () => {
    const sheets = await sampleSeed();
    const { page, errors } = await openTaskPane(suite.browser(), suite.url(IN_EXCEL), 320, (p) =>
      useFakeExcel(p, sheets, "en-US"),
    );
    expect(await page.textContent("h1")).toBe("Emulation & Commendation");
    expect(await page.textContent("#host-status")).toMatch(/Working on the open Excel workbook/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a slow Excel keeps the pane waiting for Excel: never file mode, whatever the delay", async () => {
    const sheets = await sampleSeed();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await suite.browser().newPage({ viewport: { width: 320, height: 900 } });
    page.setDefaultTimeout(BROWSER_WAIT_MS);
    const errors = collectErrors(page);
    await useFakeExcel(page, sheets);
    // office.js answers only when the test says so: the pane must wait for it
    await page.route("**/office-js/office.js", async (route) => {
      await held;
      await route.fulfill({ path: fakeOfficeBundle, contentType: "text/javascript; charset=utf-8" });
    });
    // the page's load event waits for office.js: only the document is awaited here
    await page.goto(suite.url(IN_EXCEL), { waitUntil: "domcontentloaded" });
    await page.waitForSelector("#host-status[data-i18n='host.connecting']");
    expect(await page.getAttribute("body", "data-host")).toBe("excel");
    expect(await page.getAttribute("#app", "aria-busy")).toBe("true");
    expect(await page.isHidden("#file-bar")).toBe(true);
    release();
    await page.waitForSelector('#app[aria-busy="false"]');
    expect(await page.textContent("#host-status")).toMatch(/Đang làm việc trên sổ tính Excel đang mở/);
    await page.click("#compute");
    await settled(page);
    await page.waitForSelector(".summary h3");
    expect(await fakeCall<string[]>(page, "window.__fake.sheetNames()")).toContain("Kết quả");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("office.js blocked inside Office: the pane says so and offers no file mode", async () => {
    const page = await suite.browser().newPage({ viewport: { width: 320, height: 900 } });
    page.setDefaultTimeout(BROWSER_WAIT_MS);
    await page.route("**/office-js/office.js", (route) => route.abort("blockedbyclient"));
    await page.goto(suite.url(IN_EXCEL));
    await page.waitForSelector('#app[aria-busy="false"]');
    expect(await page.textContent("#host-status")).toMatch(/Không tải được thư viện Office \(office\.js\)/);
    expect(await page.getAttribute("#host-status", "class")).toMatch(/status-error/);
    expect(await page.isHidden("#file-bar")).toBe(true);
    expect(await page.isHidden("#steps")).toBe(true);
    await page.close();
  });
});
