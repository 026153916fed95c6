import { en } from "./en";
import { vi, type MessageKey } from "./vi";

export type Lang = "vi" | "en";
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** BCP-47 locale used to format numbers and to collate names for each language. */
export const locales: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/**
 * Renders a message: `{name}` placeholders are replaced by the parameter of that name.
 * Numbers are written with the language's decimal mark (95,5 in Vietnamese, 95.5 in English).
 * An unknown placeholder is left as it is, so a missing parameter is visible, never silent.
 */
export function message(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2, useGrouping: false }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2, useGrouping: false }),
};

export function formatNumber(lang: Lang, value: number): string {
  return numberFormats[lang].format(value);
}

/** Picks the language: an explicit choice wins; otherwise Vietnamese for a `vi*` locale or none. */
export function chooseLanguage(
  explicit: string | null | undefined,
  officeLocale: string | null | undefined,
): Lang {
  const pick = (value: string | null | undefined): Lang | null => {
    if (!value) return null;
    const lower = value.toLowerCase();
    if (lower.startsWith("vi")) return "vi";
    if (lower.startsWith("en")) return "en";
    return null;
  };
  const chosen = pick(explicit);
  if (chosen) return chosen;
  if (officeLocale) return pick(officeLocale) === "vi" ? "vi" : "en";
  return "vi";
}
