/**
 * Where the task pane runs, as Office itself says it: ../boot/boot.js reads Office's host
 * information before anything else (the `_host_Info` query parameter and the other places
 * office.js reads) and loads office.js only inside Office. The pane never decides from a timer:
 * a slow Excel keeps the pane waiting for Excel (with a note), and a page outside Office works in
 * file mode at once, without office.js.
 */

export type OfficeState = "none" | "loading" | "loaded" | "failed";

/** What ../boot/boot.js leaves in `window.ThiDuaBoot`. */
export interface Boot {
  hostInfo: string | null;
  hosted: boolean;
  supported: boolean;
  office: OfficeState;
  onOffice(callback: (state: OfficeState) => void): void;
}

export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string };
}

/**
 * Office's host information "Excel$Win32$16.01$vi-VN$…" (or "|"-separated on the web), as office.js
 * splits it: application, platform, version, locale.
 */
export function parseHostInfo(hostInfo: string): {
  app: string;
  platform: string;
  version: string;
  locale: string | null;
} {
  let items = hostInfo.split("$");
  if (items[2] === undefined) items = hostInfo.split("|");
  return {
    app: (items[0] ?? "").toLowerCase(),
    platform: (items[1] ?? "").toLowerCase(),
    version: items[2] ?? "",
    locale: items[3] ? items[3] : null,
  };
}

export type Host =
  /** boot.js showed its "too old" message: the pane does nothing. */
  | { kind: "unsupported" }
  /** Outside Office: the browser file mode. */
  | { kind: "file" }
  /** Inside Excel: office.js is ready. */
  | { kind: "excel"; displayLanguage: string | null }
  /** Inside Office, but office.js could not be loaded (a network filter, a proxy). */
  | { kind: "officeFailed" }
  /** Inside Office, but not in Excel (the manifest admits only workbooks; kept for safety). */
  | { kind: "otherHost"; host: string };

function officeLoaded(boot: Boot): Promise<OfficeState> {
  return new Promise((resolve) => boot.onOffice(resolve));
}

/**
 * Resolves where the pane runs. Outside Office this is immediate; inside Office it waits for
 * office.js and `Office.onReady` as long as they take.
 */
export async function detectHost(
  boot: Boot | undefined,
  office: () => OfficeLike | undefined,
): Promise<Host> {
  if (!boot) return { kind: "file" };
  if (!boot.supported) return { kind: "unsupported" };
  if (!boot.hosted) return { kind: "file" };
  if ((await officeLoaded(boot)) !== "loaded") return { kind: "officeFailed" };
  const api = office();
  if (!api || typeof api.onReady !== "function") return { kind: "officeFailed" };
  const info = await api.onReady();
  const host = info.host ? String(info.host) : null;
  // office.js answers host null only outside Office, although Office's host information was there
  if (host === null) return { kind: "file" };
  if (host.toLowerCase() !== "excel") return { kind: "otherHost", host };
  return { kind: "excel", displayLanguage: api.context?.displayLanguage ?? null };
}
