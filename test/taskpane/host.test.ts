import { detectHost, parseHostInfo, type Boot, type OfficeState } from "../../src/taskpane/host";

function boot(partial: Partial<Boot>): Boot & { settle(state: OfficeState): void } {
  const listeners: ((state: OfficeState) => void)[] = [];
  const b = {
    hostInfo: null,
    hosted: false,
    supported: true,
    office: "none" as OfficeState,
    ...partial,
    onOffice(callback: (state: OfficeState) => void) {
      if (b.office === "loaded" || b.office === "failed") callback(b.office);
      else listeners.push(callback);
    },
    settle(state: OfficeState) {
      b.office = state;
      listeners.splice(0).forEach((l) => l(state));
    },
  };
  return b;
}

const excel = {
  onReady: async () => ({ host: "Excel", platform: "PC" }),
  context: { displayLanguage: "en-US" },
};

describe("parseHostInfo() reads Office's host information as office.js splits it", () => {
  test("desktop: $-separated", () => {
    expect(parseHostInfo("Excel$Win32$16.01$vi-VN$$$$0")).toEqual({
      app: "excel",
      platform: "win32",
      version: "16.01",
      locale: "vi-VN",
    });
  });
  test("the web: |-separated", () => {
    expect(parseHostInfo("Excel|Web|16.00|en-US|abc|isDialog")).toMatchObject({
      platform: "web",
      locale: "en-US",
    });
  });
});

describe("detectHost(): the mode follows what Office says, never a timer", () => {
  test("outside Office: file mode at once, office.js not even asked", async () => {
    const office = jest.fn();
    await expect(detectHost(boot({}), office)).resolves.toEqual({ kind: "file" });
    expect(office).not.toHaveBeenCalled();
  });

  test("a webview too old for the pane: nothing to do (boot.js shows the message)", async () => {
    await expect(detectHost(boot({ supported: false, hosted: true }), () => excel)).resolves.toEqual({
      kind: "unsupported",
    });
  });

  test("inside Office the pane waits for office.js however long it takes, then is in Excel", async () => {
    const b = boot({ hosted: true, hostInfo: "Excel$Win32$16.01$vi-VN", office: "loading" });
    let settled = false;
    const detected = detectHost(b, () => excel).then((host) => {
      settled = true;
      return host;
    });
    // nothing has answered yet: still waiting (no fallback to file mode)
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    b.settle("loaded");
    await expect(detected).resolves.toEqual({ kind: "excel", displayLanguage: "en-US" });
  });

  test("office.js that could not load is said so, and is not file mode", async () => {
    const b = boot({ hosted: true, office: "loading" });
    const detected = detectHost(b, () => undefined);
    b.settle("failed");
    await expect(detected).resolves.toEqual({ kind: "officeFailed" });
  });

  test("office.js answering host null means outside Office after all", async () => {
    const b = boot({ hosted: true, office: "loaded" });
    const office = { onReady: async () => ({ host: null, platform: null }) };
    await expect(detectHost(b, () => office)).resolves.toEqual({ kind: "file" });
  });

  test("another Office application is named", async () => {
    const b = boot({ hosted: true, office: "loaded" });
    const word = { onReady: async () => ({ host: "Word", platform: "PC" }) };
    await expect(detectHost(b, () => word)).resolves.toEqual({ kind: "otherHost", host: "Word" });
  });
});
