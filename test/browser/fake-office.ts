/**
 * A stand-in for office.js in the browser tests: `Office` answers as Excel and `Excel.run` drives
 * the fake Excel of the unit tests, seeded with `window.__THIDUA_FAKE_SHEETS__`. Served in place of
 * office-js/office.js by the test (page.route), so the real task pane runs its Excel mode.
 */
import { FakeExcel, type FakeExcelOptions } from "../helpers/fake-excel";

interface TestWindow {
  __THIDUA_FAKE_SHEETS__?: FakeExcelOptions["sheets"];
  __THIDUA_FAKE_LANGUAGE__?: string;
  __fake?: FakeExcel;
  Office?: unknown;
  Excel?: unknown;
}

const scope = window as unknown as TestWindow;
const fake = new FakeExcel({ sheets: scope.__THIDUA_FAKE_SHEETS__ ?? [{ name: "Sheet1" }] });
scope.__fake = fake;
scope.Office = {
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
  context: {
    displayLanguage: scope.__THIDUA_FAKE_LANGUAGE__ ?? "vi-VN",
    requirements: { isSetSupported: (name: string, version: string) => fake.isSetSupported(name, version) },
  },
};
scope.Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => fake.run(batch) };
