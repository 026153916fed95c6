/**
 * Rendering messages in the user's language. A message is a catalogue key and its parameters
 * (../issues.ts `Msg`); numbers get the language's decimal mark, points their 2 decimals, days
 * dd/mm/yyyy. The engine's catalogues are ./vi.ts and ./en.ts; the shell (src/i18n) builds its own
 * renderer over the engine's keys and its own with `createRenderer`.
 */
import { en } from "./en";
import { vi, type MessageKey } from "./vi";
import { formatDay } from "../contract/dates";
import type { Msg, Param } from "../issues";
import { toHundredths } from "../contract/points";
import { at } from "../contract/indexing";

export type Lang = "vi" | "en";
export type { MessageKey };
export type MessageParams<K extends string = MessageKey> = Record<string, Param<K>>;

const DECIMAL_MARK: Record<Lang, string> = { vi: ",", en: "." };

function fromHundredths(lang: Lang, hundredths: number, minDecimals: 0 | 2): string {
  const magnitude = Math.abs(hundredths);
  const whole = Math.floor(magnitude / 100);
  const fraction = magnitude % 100;
  const sign = hundredths < 0 ? "-" : "";
  if (fraction === 0 && minDecimals === 0) return `${sign}${whole}`;
  const digits =
    minDecimals === 2 || fraction % 10 !== 0 ? String(fraction).padStart(2, "0") : String(fraction / 10);
  return `${sign}${whole}${DECIMAL_MARK[lang]}${digits}`;
}

/** A number with at most 2 decimals and the language's mark: 95,5 in Vietnamese, 95.5 in English. */
export function formatNumber(lang: Lang, value: number): string {
  if (Number.isInteger(value)) return String(value);
  return fromHundredths(lang, toHundredths(value), 0);
}

/** Points from hundredths: whole points without decimals (2), others with two (1,50). */
export function formatPoints(lang: Lang, hundredths: number): string {
  return fromHundredths(lang, hundredths, hundredths % 100 === 0 ? 0 : 2);
}

export interface Renderer<K extends string> {
  readonly catalogues: Record<Lang, Record<K, string>>;
  /**
   * Renders a message: `{name}` placeholders are replaced by the parameter of that name. An unknown
   * placeholder is left as it is, so a missing parameter is visible, never silent.
   */
  message(lang: Lang, key: K, params?: MessageParams<K>): string;
  render(lang: Lang, msg: Msg<K>): string;
}

/** A template split at its placeholders: the text before the first, then each name and the text after it. */
interface Template {
  head: string;
  slots: { name: string; tail: string }[];
}

function compile(text: string): Template {
  const parts = text.split(/\{(\w+)\}/); // text, name, text, …, name, text: an odd count
  const slots: Template["slots"] = [];
  for (let i = 1; i < parts.length; i += 2) slots.push({ name: at(parts, i), tail: at(parts, i + 1) });
  return { head: at(parts, 0), slots };
}

export function createRenderer<K extends string>(catalogues: Record<Lang, Record<K, string>>): Renderer<K> {
  const compiled: Record<Lang, Map<K, Template>> = { vi: new Map(), en: new Map() };
  const templateOf = (lang: Lang, key: K): Template => {
    let template = compiled[lang].get(key);
    if (!template) {
      template = compile(catalogues[lang][key]);
      compiled[lang].set(key, template);
    }
    return template;
  };
  const renderParam = (lang: Lang, value: Param<K>): string => {
    if (typeof value === "string") return value;
    if (typeof value === "number") return formatNumber(lang, value);
    if ("points" in value) return formatPoints(lang, value.points);
    if ("day" in value) return formatDay(value.day);
    if ("msg" in value) return render(lang, value.msg);
    return value.list.map((item) => render(lang, item)).join("; ");
  };
  const message = (lang: Lang, key: K, params: MessageParams<K> = {}): string => {
    const template = templateOf(lang, key);
    let text = template.head;
    for (const { name, tail } of template.slots) {
      const value = params[name];
      text += (value === undefined ? `{${name}}` : renderParam(lang, value)) + tail;
    }
    return text;
  };
  const render = (lang: Lang, msg: Msg<K>): string => message(lang, msg.key, msg.params);
  return { catalogues, message, render };
}

const engine = createRenderer<MessageKey>({ vi, en });

/** The engine's catalogues. */
export const catalogues = engine.catalogues;
export const message = engine.message;
export const render = engine.render;

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
