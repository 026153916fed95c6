/**
 * The browser file mode keeps what the input had, as the command line does (they share the writer,
 * src/workbook/exceljs/preserve.ts), and says on the status line what it could not keep.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Download } from "playwright-core";
import { browserSuite, openTaskPane, settled } from "../helpers/browser";
import {
  HASHED_PROTECTION,
  councilWithExtras,
  element,
  parts,
  sheetPart,
  sheetPartName,
  withControlAndLink,
} from "../helpers/package";

const suite = browserSuite();

test("download: protection and x14 validations kept; the status line names what was not", async () => {
  const work = mkdtempSync(path.join(tmpdir(), "thidua-browser-keep-"));
  const base = await councilWithExtras();
  const file = path.join(work, "so-tinh.xlsx");
  writeFileSync(file, await withControlAndLink(base, sheetPartName(await parts(base), "Hạn nộp")));
  const { page, errors } = await openTaskPane(suite.browser(), suite.url("taskpane.html"), 800);
  await page.setInputFiles("#open-file", file);
  await page.waitForSelector("#file-status.status-success");
  await page.click("#compute");
  await settled(page);
  const found: Download[] = [];
  const done = new Promise<void>((resolve) =>
    page.on("download", (download) => {
      found.push(download);
      if (found.length === 2) resolve();
    }),
  );
  await page.click("#download");
  await done;
  await settled(page);
  expect(await page.textContent("#file-status")).toBe(
    "Tệp kết quả không giữ được của trang 'Hạn nộp': nút, ô đánh dấu và đối tượng nhúng · " +
      "Tệp kết quả không giữ được của sổ tính: liên kết tới sổ tính khác",
  );
  const result = await parts(readFileSync(await found[0].path()));
  expect(element(sheetPart(result, "Đơn vị"), "sheetProtection")).toBe(HASHED_PROTECTION);
  expect(element(sheetPart(result, "Đăng ký"), "extLst")).toContain("x14:dataValidations");
  expect(errors).toEqual([]);
  await page.close();
});
