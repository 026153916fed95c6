/** What the task pane learns about where it runs. `host` is null in a plain browser. */
export interface HostInfo {
  host: string | null;
  displayLanguage: string | null;
  /** True when office.js never answered (blocked or failed to load) within the timeout. */
  timedOut: boolean;
}

interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string };
}

/**
 * Waits for `Office.onReady`, but never forever: a plain browser gets host `null`, and a blocked
 * office.js never answers at all, so after `timeoutMs` the task pane goes on in file mode.
 */
export async function waitForOffice(office: OfficeLike | undefined, timeoutMs: number): Promise<HostInfo> {
  if (!office || typeof office.onReady !== "function") {
    return { host: null, displayLanguage: null, timedOut: true };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { host: null, displayLanguage: null, timedOut: true };
    const host = info.host ? String(info.host) : null;
    const displayLanguage = host ? (office.context?.displayLanguage ?? null) : null;
    return { host, displayLanguage, timedOut: false };
  } catch {
    return { host: null, displayLanguage: null, timedOut: true };
  } finally {
    if (timer) clearTimeout(timer);
  }
}
