import { en } from "./en";
import { vi, type MessageKey } from "./vi";
import { formatDay } from "../day";
import type { Msg, Param } from "../issues";

export type Lang = "vi" | "en";
export type { MessageKey };
export type MessageParams = Record<string, Param>;

export const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

export const LANGS: readonly Lang[] = ["vi", "en"];

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2, useGrouping: false }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2, useGrouping: false }),
};
const pointFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }),
  en: new Intl.NumberFormat("en-GB", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }),
};

/** A number with the language's decimal mark: 95,5 in Vietnamese, 95.5 in English. */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormats[lang].format(value);
}

/** Points from hundredths: whole points without decimals (2), others with two (1,50). */
export function formatPoints(lang: Lang, hundredths: number): string {
  return hundredths % 100 === 0
    ? formatNumber(lang, hundredths / 100)
    : pointFormats[lang].format(hundredths / 100);
}

function renderParam(lang: Lang, value: Param): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(lang, value);
  if ("points" in value) return formatPoints(lang, value.points);
  if ("day" in value) return formatDay(value.day);
  if ("msg" in value) return render(lang, value.msg);
  return value.list.map((item) => render(lang, item)).join("; ");
}

/**
 * Renders a message: `{name}` placeholders are replaced by the parameter of that name.
 * An unknown placeholder is left as it is, so a missing parameter is visible, never silent.
 */
export function message(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : renderParam(lang, value);
  });
}

export function render(lang: Lang, msg: Msg): string {
  return message(lang, msg.key, msg.params);
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
