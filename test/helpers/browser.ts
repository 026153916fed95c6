import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const distDir = path.resolve(__dirname, "..", "..", "dist");
export const resultsDir = path.resolve(__dirname, "..", "..", "test-results");

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
  ".map": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves dist/ on an ephemeral localhost port, as static hosting would. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(distDir, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Waits in the browser tests, sized for a loaded 2-core CI machine (the page's own work takes a
 * fraction of this; a wait that runs out is a failure, never a decision).
 */
export const BROWSER_WAIT_MS = 60_000;

/**
 * The task pane as Excel opens it: desktop Excel passes its host information in the `_host_Info`
 * query parameter (what office.js and src/boot/boot.js read).
 */
export const IN_EXCEL = "taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0";

/**
 * Collects console errors, uncaught exceptions, failed responses and every request to a host other
 * than the page's own (a page working on a local file sends nothing anywhere).
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    if (!local && !["data:", "blob:", "about:"].includes(url.protocol))
      errors.push(`request to another host: ${request.url()}`);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  return errors;
}

export const fakeOfficeBundle = path.resolve(
  __dirname,
  "..",
  "..",
  "test-results",
  "fake-office",
  "fake-office.js",
);

/** Makes the page believe it runs in Excel: office.js is replaced by the fake (see test/browser/fake-office.ts). */
export async function useFakeExcel(
  page: Page,
  sheets: { name: string; rows?: unknown[][]; numberFormats?: string[][]; merges?: string[] }[],
  language = "vi-VN",
): Promise<void> {
  await page.addInitScript(
    ({ sheets, language }) => {
      (window as unknown as Record<string, unknown>).__THIDUA_FAKE_SHEETS__ = sheets;
      (window as unknown as Record<string, unknown>).__THIDUA_FAKE_LANGUAGE__ = language;
    },
    { sheets, language },
  );
  await page.route("**/office-js/office.js", (route) =>
    route.fulfill({ path: fakeOfficeBundle, contentType: "text/javascript; charset=utf-8" }),
  );
}

/** Opens the task pane and waits until it is ready. */
export async function openTaskPane(
  browser: Browser,
  url: string,
  width: number,
  setup?: (page: Page) => Promise<void>,
) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(BROWSER_WAIT_MS);
  const errors = collectErrors(page);
  if (setup) await setup(page);
  await page.goto(url);
  await page.waitForSelector('#app[aria-busy="false"]');
  return { page, errors };
}

/** Waits for the pane to finish an action (every action sets aria-busy while it runs). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.getElementById("app")?.getAttribute("aria-busy") === "false",
    null,
    {
      timeout: BROWSER_WAIT_MS,
    },
  );
}

/** Starts a server for dist/ and Chromium before the suite's tests, and stops them after. */
export function browserSuite(): { browser: () => Browser; url: (page: string) => string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => browser as Browser,
    url: (page) => `${(server as { url: string }).url}${page}`,
  };
}
