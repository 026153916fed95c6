/**
 * src/boot/boot.js, the first script of every page, run as a webview would run it: in a fresh
 * JavaScript realm with a minimal window and document. It must parse as ES5 (Internet Explorer 11),
 * decide "inside Office" only from Office's own host information, load office.js only then, and show
 * the "too old" message where the pane cannot run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import { message } from "../../src/i18n";

const source = readFileSync(path.resolve(__dirname, "..", "..", "src", "boot", "boot.js"), "utf8");

interface FakeElement {
  id: string;
  tag: string;
  attributes: Record<string, string>;
  children: FakeElement[];
  style: Record<string, string>;
  textContent: string;
  className: string;
  lang: string;
  src?: string;
  async?: boolean;
  onload?: () => void;
  onerror?: () => void;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  appendChild(child: FakeElement): FakeElement;
}

function element(tag: string, id = "", attributes: Record<string, string> = {}): FakeElement {
  const el: FakeElement = {
    id,
    tag,
    attributes: { ...attributes },
    children: [],
    style: {},
    textContent: "",
    className: "",
    lang: "",
    getAttribute: (name) => el.attributes[name] ?? null,
    setAttribute: (name, value) => void (el.attributes[name] = value),
    appendChild: (child) => {
      el.children.push(child);
      return child;
    },
  };
  return el;
}

interface Page {
  search?: string;
  name?: string;
  stored?: string | null;
  external?: Record<string, unknown>;
  /** Removes the ES2022 built-ins, as in an old webview. */
  old?: boolean;
  /** The document is still being parsed (boot.js runs from the head). */
  loading?: boolean;
}

function run(page: Page = {}) {
  const boot = element("script", "thidua-boot", { "data-office-js": "office-js/office.js" });
  const head = element("head");
  const elements: Record<string, FakeElement> = {
    "thidua-boot": boot,
    "host-status": element("p", "host-status"),
    app: element("main", "app", { "aria-busy": "true" }),
    steps: element("ol", "steps"),
    "steps-heading": element("h2", "steps-heading"),
    "file-bar": element("div", "file-bar"),
    issues: element("section", "issues"),
  };
  const documentElement = element("html");
  const ready: (() => void)[] = [];
  const document = {
    readyState: page.loading ? "loading" : "complete",
    head,
    documentElement,
    getElementById: (id: string) => elements[id] ?? null,
    getElementsByTagName: (tag: string) => (tag === "head" ? [head] : []),
    createElement: (tag: string) => element(tag),
    addEventListener: (type: string, listener: () => void) => {
      if (type === "DOMContentLoaded") ready.push(listener);
    },
  };
  const context = vm.createContext({
    document,
    location: { search: page.search ?? "" },
    name: page.name ?? "",
    sessionStorage: { getItem: (key: string) => (key === "hostInfoValue" ? (page.stored ?? null) : null) },
    external: page.external ?? {},
    TextDecoder,
  });
  vm.runInContext("var window = globalThis;", context);
  if (page.old) vm.runInContext("delete Array.prototype.at; delete Object.hasOwn;", context);
  vm.runInContext(source, context);
  const state = vm.runInContext("window.ThiDuaBoot", context) as {
    hostInfo: string | null;
    hosted: boolean;
    supported: boolean;
    office: string;
    onOffice(callback: (state: string) => void): void;
  };
  return { state, head, elements, documentElement, domReady: () => ready.forEach((f) => f()) };
}

describe("boot.js: where the page runs, as Office says", () => {
  test("parses as ECMAScript 5, the language of Internet Explorer 11", () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // a counter-check that the parser does refuse what IE11 cannot run
    expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  test("outside Office (no host information): file mode, and office.js is never requested", () => {
    const { state, head } = run();
    expect(state).toMatchObject({ hostInfo: null, hosted: false, supported: true, office: "none" });
    expect(head.children).toEqual([]);
  });

  test("desktop Excel passes _host_Info in the query: office.js is loaded from the tag's address", () => {
    const { state, head } = run({ search: "?lang=en&_host_Info=Excel$Win32$16.01$vi-VN$$$$0" });
    expect(state).toMatchObject({
      hostInfo: "Excel$Win32$16.01$vi-VN$$$$0",
      hosted: true,
      office: "loading",
    });
    expect(head.children.map((s) => [s.tag, s.src, s.async])).toEqual([
      ["script", "office-js/office.js", false],
    ]);
  });

  test("the query value is URI-decoded as office.js decodes it", () => {
    const { state } = run({ search: "?_host_Info=Excel%24Mac%2416.01%24en-US" });
    expect(state.hostInfo).toBe("Excel$Mac$16.01$en-US");
  });

  test("Excel on the web names the frame with JSON holding hostInfo", () => {
    const { state } = run({ name: JSON.stringify({ hostInfo: "Excel|Web|16.00|en-US|x|isDialog" }) });
    expect(state).toMatchObject({ hosted: true, hostInfo: "Excel|Web|16.00|en-US|x|isDialog" });
  });

  test("a page reloaded inside Office finds the host information office.js kept in sessionStorage", () => {
    expect(run({ stored: "Excel$Win32$16.01$vi-VN" }).state.hosted).toBe(true);
  });

  test("a webview that answers window.external.GetHostInfo() is inside Office", () => {
    const { state } = run({ external: { GetHostInfo: () => "Excel$Win32$16.01$vi-VN" } });
    expect(state).toMatchObject({ hosted: true, hostInfo: "Excel$Win32$16.01$vi-VN" });
  });

  test("a window.name that is not Office's JSON, or an empty query value, is not Office", () => {
    expect(run({ name: "popup" }).state.hosted).toBe(false);
    expect(run({ search: "?_host_Info=" }).state.hosted).toBe(false);
    expect(run({ search: "?x_host_Info=Excel" }).state.hosted).toBe(false);
  });

  test("office.js loaded or failed is told to every listener, also to late ones", () => {
    const { state, head } = run({ search: "?_host_Info=Excel$Win32$16.01$vi-VN" });
    const heard: string[] = [];
    state.onOffice((s) => heard.push(`early ${s}`));
    head.children[0].onload?.();
    state.onOffice((s) => heard.push(`late ${s}`));
    expect(heard).toEqual(["early loaded", "late loaded"]);
    expect(state.office).toBe("loaded");

    const failed = run({ search: "?_host_Info=Excel$Win32$16.01$vi-VN" });
    failed.head.children[0].onerror?.();
    expect(failed.state.office).toBe("failed");
  });

  test("an old webview gets the message in Vietnamese and English, and no office.js", () => {
    const { state, head, elements, documentElement, domReady } = run({
      search: "?_host_Info=Excel$Win32$16.01$vi-VN",
      old: true,
      loading: true,
    });
    expect(state).toMatchObject({ supported: false, hosted: true, office: "none" });
    expect(head.children).toEqual([]);
    expect(elements["host-status"].children).toEqual([]); // the body is not parsed yet
    domReady();
    const lines = elements["host-status"].children.map((c) => [c.lang, c.textContent]);
    expect(lines).toEqual([
      ["vi", message("vi", "boot.unsupported")],
      ["en", message("en", "boot.unsupported")],
    ]);
    expect(elements.steps.style.display).toBe("none");
    expect(elements.app.getAttribute("aria-busy")).toBe("false");
    expect(documentElement.getAttribute("data-unsupported")).toBe("true");
  });
});
