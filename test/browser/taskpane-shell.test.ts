import path from "node:path";
import { BROWSER_WAIT_MS, browserSuite, collectErrors, resultsDir } from "../helpers/browser";

const suite = browserSuite();

async function openPane(query: string, width: number) {
  const page = await suite.browser().newPage({ viewport: { width, height: 720 } });
  page.setDefaultTimeout(BROWSER_WAIT_MS);
  const errors = collectErrors(page);
  await page.goto(suite.url(`taskpane.html${query}`));
  // outside Office (no host information) the pane is in file mode at once, without office.js
  await page.waitForSelector('#app[aria-busy="false"]');
  return { page, errors };
}

describe("task pane shell in Chromium (outside Office: host null)", () => {
  test("shows the Vietnamese heading and the council's five steps, with no console errors", async () => {
    const { page, errors } = await openPane("", 320);
    expect(await page.textContent("h1")).toBe("Thi đua – Khen thưởng");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    const steps = await page.locator(".step summary h3").allTextContents();
    expect(steps).toEqual([
      "Kiểm tra sổ tính",
      "Nhập đăng ký và phiếu chấm",
      "Tạo phiếu chấm điểm",
      "Tính kết quả",
      "Kiểm tra đề nghị, in danh sách khen thưởng",
    ]);
    expect(await page.textContent("#host-status")).toMatch(/Chế độ tệp/);
    expect(await page.getAttribute("body", "data-host")).toBe("browser");
    await page.screenshot({ path: path.join(resultsDir, "shell-vi-320.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("outside Office, office.js is never requested and nothing goes to another host", async () => {
    const page = await suite.browser().newPage({ viewport: { width: 320, height: 720 } });
    page.setDefaultTimeout(BROWSER_WAIT_MS);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const errors = collectErrors(page);
    await page.goto(suite.url("taskpane.html"));
    await page.waitForSelector('#app[aria-busy="false"]');
    await page.click("#try-sample");
    await page.waitForSelector("#file-status.status-success");
    expect(requested.filter((p) => p.includes("office-js"))).toEqual([]);
    expect(requested).toContain("/boot.js");
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("switches to English with ?lang=en", async () => {
    const { page, errors } = await openPane("?lang=en", 800);
    expect(await page.textContent("h1")).toBe("Emulation & Commendation");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator(".step summary h3").first().textContent()).toBe("Check the workbook");
    expect(await page.textContent("#lang-switch")).toBe("Tiếng Việt");
    await page.screenshot({ path: path.join(resultsDir, "shell-en-800.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the language link leads back to Vietnamese", async () => {
    const { page } = await openPane("?lang=en", 320);
    await page.click("#lang-switch");
    await page.waitForSelector('#app[aria-busy="false"]');
    expect(await page.textContent("h1")).toBe("Thi đua – Khen thưởng");
    await page.close();
  });

  test("the pages carry a Content-Security-Policy without inline scripts", async () => {
    const { page } = await openPane("", 320);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/'unsafe-eval'/);
    const inlineScripts = await page.locator("script:not([src])").count();
    expect(inlineScripts).toBe(0);
    await page.close();
  });
});
