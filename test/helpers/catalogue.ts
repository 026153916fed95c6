/** What every message catalogue must hold to (the engine's, the shell's, the command line's). */
import type { Lang } from "../../src/core/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The keys whose Vietnamese and English messages use different placeholders. */
export function differingPlaceholders(catalogues: Record<Lang, Record<string, string>>): string[] {
  return Object.keys(catalogues.vi).filter(
    (key) => placeholders(catalogues.vi[key] ?? "").join() !== placeholders(catalogues.en[key] ?? "").join(),
  );
}
