/**
 * The task pane in a plain browser (file mode), for real in Debian's Chromium: open the sample
 * workbook, compute, download — the downloaded workbook and JSON equal the command line's —, the
 * import preview, the error list of a broken workbook, both languages, keyboard navigation, and
 * screenshots of each step at 320 and 800 px.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/workbook/exceljs/file";
import { casesDir } from "../helpers/cases";
import { browserSuite, openTaskPane, resultsDir, settled } from "../helpers/browser";
import { sheetValues } from "../helpers/xlsx";

const suite = browserSuite();

beforeAll(async () => {
  await main(["template", "--sample", sample], quiet);
});
const work = mkdtempSync(path.join(tmpdir(), "thidua-browser-"));
const sample = path.join(work, "mau.xlsx");
const quiet = { stdout: () => undefined, stderr: () => undefined };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(resultsDir, `${name}.png`), fullPage: true });

async function open(page: Page, file: string) {
  await page.setInputFiles("#open-file", file);
  await page.waitForSelector("#file-status.status-success");
}

async function expand(page: Page, step: string) {
  const details = page.locator(`[data-step="${step}"] details`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator("summary").click();
}

async function downloads(page: Page, count: number, action: () => Promise<void>): Promise<Download[]> {
  const found: Download[] = [];
  const done = new Promise<void>((resolve) => {
    page.on("download", (download) => {
      found.push(download);
      if (found.length === count) resolve();
    });
  });
  await action();
  await done;
  return found;
}

describe("file mode: the whole job on a file, in the browser", () => {
  test("open, compute, download: the workbook and JSON equal the command line's", async () => {
    const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), 320);
    await shot(page, "file-1-open-320");
    await open(page, sample);
    await page.click("#compute");
    await settled(page);
    await page.waitForSelector(".summary h3");
    expect(await page.textContent("#step-compute [role=status]")).toMatch(/Đã tính xong/);
    expect(await page.textContent(".summary")).toMatch(/Đơn vị: 11 xếp hạng, 0 thiếu điểm, 0 không hợp lệ/);
    expect(await page.locator(".chart svg").count()).toBe(2);
    await shot(page, "file-4-compute-320");

    const [workbookFile, jsonFile] = await downloads(page, 2, () => page.click("#download"));
    expect(workbookFile.suggestedFilename()).toBe("mau.ket-qua.xlsx");
    expect(jsonFile.suggestedFilename()).toBe("mau.ket-qua.json");
    const downloadedJson = JSON.parse(readFileSync(await jsonFile.path(), "utf8"));
    const downloadedWorkbook = await loadWorkbook(readFileSync(await workbookFile.path()));

    const cliJson = path.join(work, "cli.json");
    const cliOut = path.join(work, "cli.xlsx");
    expect(await main(["run", sample, "--json", cliJson, "--out", cliOut], quiet)).toBe(0);
    expect(downloadedJson).toEqual(JSON.parse(readFileSync(cliJson, "utf8")));
    const cliWorkbook = await loadWorkbook(readFileSync(cliOut));
    expect(downloadedWorkbook.worksheets.map((ws) => ws.name)).toEqual(
      cliWorkbook.worksheets.map((ws) => ws.name),
    );
    for (const name of ["Kết quả", "Khen thưởng", "Kiểm tra", "Đơn vị", "Đăng ký"]) {
      expect([name, sheetValues(downloadedWorkbook, name)]).toEqual([name, sheetValues(cliWorkbook, name)]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the import preview: additions, rejections with row, column, value and reason; confirm writes", async () => {
    const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), 320);
    await open(page, sample);
    await expand(page, "import");
    const csv = path.join(work, "dang-ky.csv");
    writeFileSync(
      csv,
      "\ufeffSTT;Đơn vị;Danh hiệu;Ngày ĐK\r\n1;Liên đoàn Lao động huyện Sìn Hồ;BK_TINH;05/02/2023\r\n2;Huyện Ma;BK_TINH;01/01/2023\r\n",
    );
    await page.setInputFiles("#import-registrations-file", csv);
    await page.waitForSelector(".preview");
    const preview = await page.textContent(".preview");
    expect(preview).toMatch(/1 thêm, 0 cập nhật, 0 giữ nguyên, 1 từ chối/);
    expect(preview).toMatch(/Thêm: SH \(LĐLĐ huyện Sìn Hồ\) — BK_TINH \(05\/02\/2023\)/);
    expect(preview).toMatch(
      /dang-ky\.csv, dòng 3, cột 'Tên đơn vị', giá trị 'Huyện Ma': Đơn vị 'Huyện Ma' không có trong trang Đơn vị/,
    );
    await shot(page, "file-2-import-preview-320");
    await page.click("#import-registrations-confirm");
    await settled(page);
    expect(await page.textContent("#step-import [role=status]")).toMatch(/Đã nhập: 1 thêm/);
    // the new registration counts: SH is no longer "not registered"
    await page.click("#compute");
    await settled(page);
    await page.waitForSelector(".summary h3");
    expect(await page.textContent(".summary")).toMatch(/BK_TINH 2/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a broken workbook: the error list names the sheet, row, column and value; nothing is computed", async () => {
    const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), 800);
    await open(page, path.join(casesDir, "vi_du_loi_cau_truc", "input.xlsx"));
    await page.click("#compute");
    await settled(page);
    expect(await page.getAttribute("#step-compute [role=status]", "class")).toMatch(/status-error/);
    const items = await page.locator("#issues li").allTextContents();
    expect(items).toEqual([
      expect.stringMatching(
        /Lỗi cấu trúc.*Đơn vị, dòng 5, cột 'Mã đơn vị' \(A5\): giá trị 'PT' — Mã đơn vị trùng/,
      ),
    ]);
    await shot(page, "file-errors-800");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("no library text: a file that is not an .xlsx is named for what it is; the empty template says what to fill in", async () => {
    const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), 800);
    const notXlsx = path.join(work, "ghi-chu.xlsx");
    writeFileSync(notXlsx, "Mã đơn vị;Tên đơn vị");
    await page.setInputFiles("#open-file", notXlsx);
    await page.waitForSelector("#file-status.status-error");
    const status = (await page.textContent("#file-status")) ?? "";
    expect(status).toMatch(/^Không đọc được tệp 'ghi-chu\.xlsx': Tệp là văn bản .*lưu thành \.xlsx/);
    expect(status).not.toMatch(/central directory|zip file|jszip|Error/);
    const empty = path.join(work, "trong.xlsx");
    await main(["template", empty], quiet);
    await open(page, empty);
    await page.click("#compute");
    await settled(page);
    expect(await page.textContent("#step-compute [role=status]")).toMatch(
      /^Chưa có đơn vị nào: điền trang 'Đơn vị' \(mỗi dòng một đơn vị/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test("in English with ?lang=en", async () => {
    const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html?lang=en"), 800);
    expect(await page.textContent('label[for="open-file"]')).toBe("Open an Excel file");
    await open(page, sample);
    await page.click("#compute");
    await settled(page);
    expect(await page.textContent(".summary")).toMatch(/Units: 11 ranked, 0 incomplete, 0 invalid/);
    await shot(page, "file-4-compute-en-800");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("usable by keyboard alone: open the example, check, compute, expand a step", async () => {
    const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), 320);
    const focusOn = async (selector: string) => {
      for (let i = 0; i < 40; i++) {
        if (await page.evaluate((s) => document.activeElement === document.querySelector(s), selector))
          return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await focusOn("#open-file");
    await focusOn("#try-sample");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#file-status.status-success");
    await focusOn("#check");
    await page.keyboard.press("Enter");
    await settled(page);
    expect(await page.locator(".sheets li.present").count()).toBeGreaterThan(5);
    await focusOn('[data-step="sheets"] summary');
    await page.keyboard.press("Enter");
    expect(
      await page.locator('[data-step="sheets"] details').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    await focusOn("#compute");
    await page.keyboard.press(" ");
    await settled(page);
    await page.waitForSelector(".summary h3");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("screenshots of every step at 320 and 800 px", async () => {
    for (const width of [320, 800]) {
      const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), width);
      await open(page, sample);
      await page.click("#check");
      await settled(page);
      await shot(page, `file-1-check-${width}`);
      await expand(page, "import");
      await shot(page, `file-2-import-${width}`);
      await expand(page, "sheets");
      await page.fill("#members", "Trần Văn C\nĐỗ Thị D");
      await page.click("#create-sheets");
      await settled(page);
      expect(await page.textContent("#step-sheets [role=status]")).toMatch(/Đã tạo 2 trang/);
      await shot(page, `file-3-sheets-${width}`);
      await page.click("#compute");
      await settled(page);
      await page.waitForSelector(".summary h3");
      await shot(page, `file-4-compute-${width}`);
      await expand(page, "awards");
      await shot(page, `file-5-awards-${width}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe("file mode: the log (WORKBOOK.md §11.4)", () => {
  test("the name field goes into the Nhật ký row, survives a reload, and the log verifies", async () => {
    const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), 400);
    await page.fill("#by-name", "  Nguyễn Thị Hà ");
    await page.locator("#by-name").dispatchEvent("change");
    await page.reload();
    await page.waitForSelector('#app[aria-busy="false"]');
    expect(await page.inputValue("#by-name")).toBe("Nguyễn Thị Hà");

    await open(page, sample);
    await page.click("#compute");
    await settled(page);
    await page.waitForSelector(".summary h3");
    await expand(page, "awards");
    await page.click("#verify-log");
    await settled(page);
    await page.waitForSelector("#verify-status.status-success");
    expect(await page.textContent("#verify-status")).toMatch(/Trang Nhật ký nguyên vẹn: 1 dòng/);
    expect(await page.textContent("#verify-details")).toMatch(
      /Dòng 2 \(STT 1\): Tính kết quả .*Trình duyệt.*Nguyễn Thị Hà/,
    );
    await page.locator("#step-awards").screenshot({ path: path.join(resultsDir, "task-pane-log.png") });

    const [workbookFile] = await downloads(page, 2, () => page.click("#download"));
    const saved = await loadWorkbook(readFileSync(await workbookFile.path()));
    const log = sheetValues(saved, "Nhật ký");
    expect(log[1].slice(2, 5)).toEqual(["Tính kết quả", "Trình duyệt", "Nguyễn Thị Hà"]);
    const file = path.join(work, "tai-ve.xlsx");
    writeFileSync(file, readFileSync(await workbookFile.path()));
    const out: string[] = [];
    expect(await main(["verify", file], { stdout: (t) => out.push(t), stderr: (t) => out.push(t) })).toBe(0);
    expect(out.join("\n")).toMatch(/cho đúng mã kết quả đã ghi ở dòng 2/);
    expect(errors).toEqual([]);
  });

  test("a verify before any compute says there is no log", async () => {
    const { page } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), 400);
    await open(page, sample);
    await expand(page, "awards");
    await page.click("#verify-log");
    await settled(page);
    await page.waitForSelector("#verify-status.status-error");
    expect(await page.textContent("#verify-status")).toMatch(/chưa có trang Nhật ký/);
  });
});
