/**
 * The shell's messages: the task pane, the command line, the output and template sheets and the
 * jobs' summaries render the engine's keys and the shell's own (./vi.ts, ./en.ts) with one renderer.
 */
import { catalogues as engine, createRenderer, type Lang, type MessageKey } from "../core/i18n";
import type { Msg, Param } from "../core/issues";
import { shellEn } from "./en";
import { shellVi, type ShellKey } from "./vi";

export { chooseLanguage, formatNumber, formatPoints, type Lang } from "../core/i18n";

/** Any key: the engine's or the shell's. */
export type Key = MessageKey | ShellKey;
export type { ShellKey };
/** A message of the shell (its key may be the engine's). */
export type ShellMsg = Msg<Key>;
export type Params = Record<string, Param<Key>>;

const renderer = createRenderer<Key>({
  vi: { ...engine.vi, ...shellVi },
  en: { ...engine.en, ...shellEn },
});

export const catalogues = renderer.catalogues;
/** The shell's own keys, in both languages (the engine's are checked in src/core). */
export const shellCatalogues: Record<Lang, Record<ShellKey, string>> = { vi: shellVi, en: shellEn };
export const message = renderer.message;
export const render = renderer.render;

/** A shell message to render later. */
export function note(key: Key, params: Params = {}): ShellMsg {
  return { key, params };
}

/**
 * An error the user can act on, with its words in the catalogue: the doors render it in the pane's
 * language (its `message` is the English text, for logs).
 */
export class NoteError extends Error {
  constructor(readonly msg: ShellMsg) {
    super(render("en", msg));
    this.name = "NoteError";
  }
}
