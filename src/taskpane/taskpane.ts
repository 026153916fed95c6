import "./taskpane.css";
import { chooseLanguage, message, type Lang, type MessageKey } from "../core/i18n";
import { waitForOffice, type HostInfo } from "./office-ready";

declare const APP_VERSION: string;

const OFFICE_TIMEOUT_MS = 4000;

function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = message(lang, "app.name");
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    // textContent, never innerHTML: catalogue strings and data are text.
    element.textContent = message(lang, element.dataset.i18n as MessageKey);
  }
  const other: Lang = lang === "vi" ? "en" : "vi";
  const switcher = document.getElementById("lang-switch") as HTMLAnchorElement | null;
  if (switcher) {
    const url = new URL(window.location.href);
    url.searchParams.set("lang", other);
    switcher.href = url.search;
    switcher.lang = other;
  }
  const version = document.getElementById("version");
  if (version) version.textContent = message(lang, "footer.version", { version: APP_VERSION });
}

function showHost(lang: Lang, info: HostInfo): void {
  const status = document.getElementById("host-status");
  if (!status) return;
  const key: MessageKey = info.host ? "host.excel" : info.timedOut ? "host.timeout" : "host.browser";
  status.dataset.i18n = key;
  status.textContent = message(lang, key);
  document.body.dataset.host = info.host ?? "browser";
}

async function start(): Promise<void> {
  const explicit = new URLSearchParams(window.location.search).get("lang");
  // Show the page at once in the URL's language (or Vietnamese), then adjust to Office's.
  applyLanguage(chooseLanguage(explicit, null));
  const office = (globalThis as { Office?: Parameters<typeof waitForOffice>[0] }).Office;
  const info = await waitForOffice(office, OFFICE_TIMEOUT_MS);
  const lang = chooseLanguage(explicit, info.displayLanguage);
  applyLanguage(lang);
  showHost(lang, info);
  document.getElementById("app")?.setAttribute("aria-busy", "false");
}

void start();
