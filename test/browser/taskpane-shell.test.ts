import path from "node:path";
import { browserSuite, collectErrors, resultsDir } from "../helpers/browser";

jest.setTimeout(60_000);

const suite = browserSuite();

async function openPane(query: string, width: number) {
  const page = await suite.browser().newPage({ viewport: { width, height: 720 } });
  const errors = collectErrors(page);
  await page.goto(suite.url(`taskpane.html${query}`));
  // Office.onReady answers host null outside Office; the pane then leaves its busy state.
  await page.waitForSelector('#app[aria-busy="false"]', { timeout: 15_000 });
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
