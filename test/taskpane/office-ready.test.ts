import { waitForOffice } from "../../src/taskpane/office-ready";

describe("waitForOffice()", () => {
  test("inside Excel: the host and Office's display language", async () => {
    const office = {
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "vi-VN" },
    };
    await expect(waitForOffice(office, 1000)).resolves.toEqual({
      host: "Excel",
      displayLanguage: "vi-VN",
      timedOut: false,
    });
  });

  test("in a plain browser office.js answers host null", async () => {
    const office = { onReady: async () => ({ host: null, platform: null }) };
    await expect(waitForOffice(office, 1000)).resolves.toEqual({
      host: null,
      displayLanguage: null,
      timedOut: false,
    });
  });

  test("office.js that never answers times out instead of hanging", async () => {
    const office = { onReady: () => new Promise<never>(() => undefined) };
    await expect(waitForOffice(office, 20)).resolves.toEqual({
      host: null,
      displayLanguage: null,
      timedOut: true,
    });
  });

  test("office.js that did not load at all", async () => {
    await expect(waitForOffice(undefined, 1000)).resolves.toMatchObject({ host: null, timedOut: true });
  });
});
