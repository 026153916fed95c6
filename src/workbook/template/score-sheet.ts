/**
 * Council members' score sheets (WORKBOOK.md §2 "Score sheets"; the task pane's step 3 and
 * `thidua score-sheets`): every unit × every criterion, validation 0..max per criterion, a recusal
 * column, a totals column (Σ Chấm điểm + Σ Điểm thưởng − Σ Điểm trừ), and protection with only the
 * score and recusal cells unlocked.
 *
 * The member is the text after the first `-` of the sheet name, and a sheet name holds at most 31
 * characters, so a long name is shortened the way Vietnamese names are written short — the middle
 * names to their initials, then the family name too ("Nguyễn T.T. Hương", "N.T.T. Hương") — and a
 * name still taken gets " (2)", " (3)": two members never share a sheet, and names that differ only
 * in their diacritics ("Hương", "Hường") stay two members. The instruction row keeps the full name.
 */
import { message, type Lang } from "../../i18n";
import { columnLetters } from "../../core/issues";
import type { CouncilInput } from "../../core/contract/input";
import { cellText } from "../../core/contract/text";
import { parseNumber } from "../../core/contract/values";
import { CRITERION_KINDS, findTerm, type CriterionKind } from "../../core/contract/terms";
import { SHEETS } from "../../core/contract/sheets";
import { SHEET_NAME_MAX, sheetNameKey, sheetNameText, uniqueSheetName } from "../sheet-names";
import {
  TEMPLATE_HEADER_ROW,
  column,
  term,
  type TemplateColumn,
  type TemplateSheet,
  type Validation,
} from "./types";

/** The ways of writing a member's name, longest first: full, middle initials, all initials. */
function nameForms(member: string): string[] {
  const words = member.normalize("NFC").replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (words.length <= 2) return [words.join(" ")];
  const initial = (word: string) => `${[...word][0].toUpperCase()}.`;
  const last = words[words.length - 1];
  const middle = words.slice(1, -1).map(initial).join("");
  const all = words.slice(0, -1).map(initial).join("");
  return [words.join(" "), `${words[0]} ${middle} ${last}`, `${all} ${last}`];
}

/**
 * The sheet name of a member's score sheet, `Chấm điểm - <name>` (English: `Scores - <name>`),
 * valid and not among `taken` (compared as Excel compares sheet names).
 */
export function scoreSheetName(member: string, lang: Lang, taken: Iterable<string> = []): string {
  const used = new Set([...taken].map(sheetNameKey));
  const prefix = `${term(SHEETS.scores, lang)} - `;
  // the name's words before any cut, so that a long name is shortened to its initials, not cut
  const clean = sheetNameText(member).replace(/^-+/, "").trim() || "?";
  const forms = nameForms(clean).map((form) => prefix + form);
  for (const form of forms) {
    if (form.length <= SHEET_NAME_MAX && !used.has(sheetNameKey(form))) return form;
  }
  const shortest = forms[forms.length - 1];
  return uniqueSheetName(shortest, used);
}

/**
 * The member's full name in a score sheet's instruction row ("Thành viên: Nguyễn Thị Thanh Hương.
 * …", or in English "Member: …"), or null when the row is not one this software wrote.
 */
export function memberOfInstruction(text: string): string | null {
  for (const lang of ["vi", "en"] as const) {
    const shape = message(lang, "tpl.scoresOf", { member: "\u0000", instruction: "\u0001" });
    const prefix = shape.slice(0, shape.indexOf("\u0000"));
    const separator = shape.slice(shape.indexOf("\u0000") + 1, shape.indexOf("\u0001"));
    if (!text.startsWith(prefix)) continue;
    const end = text.indexOf(separator, prefix.length);
    if (end > prefix.length) return text.slice(prefix.length, end);
  }
  return null;
}

export interface ScoreCriterion {
  code: string;
  max: number;
  kind: CriterionKind;
}

export interface ScoreSheetOptions {
  lang: Lang;
  member: string;
  units: { code: string; name: string }[];
  criteria: ScoreCriterion[];
  /** A score already there (the sample workbook); empty otherwise. */
  scoreOf?: (unit: string, criterion: number) => number | null;
  /** Sheet names already in the workbook. */
  taken?: Iterable<string>;
}

export function scoreSheet(options: ScoreSheetOptions): TemplateSheet {
  const { lang, member, units, criteria } = options;
  const scoreOf = options.scoreOf ?? (() => null);
  const columns: TemplateColumn[] = [
    column("unitCode", lang),
    column("unitName", lang),
    ...criteria.map((c) => ({
      header: c.code,
      width: 8,
      format: "general" as const,
      validation: Number.isNaN(c.max) ? undefined : ({ type: "decimal", min: 0, max: c.max } as Validation),
    })),
    column("recused", lang),
    { header: message(lang, "tpl.total"), width: 9, format: "points" },
  ];
  // criteria start in column C
  const total = (row: number) =>
    criteria
      .map((c, i) => `${c.kind === "deduction" ? "-" : "+"}${columnLetters(3 + i)}${row}`)
      .join("")
      .replace(/^\+/, "");
  return {
    id: "scores",
    name: scoreSheetName(member, lang, options.taken),
    instruction: message(lang, "tpl.scoresOf", { member, instruction: message(lang, "tpl.scores") }),
    columns,
    rows: units.map((u, i) => [
      u.code,
      u.name,
      ...criteria.map((_, c) => scoreOf(u.code, c)),
      null,
      criteria.length > 0 ? { formula: total(TEMPLATE_HEADER_ROW + 1 + i) } : null,
    ]),
    cellValidations: [],
    protection: { inputColumns: [...criteria.map((_, i) => 2 + i), 2 + criteria.length] },
    // every unit's row, and no more: a council of any size
    inputRows: Math.max(1, units.length),
  };
}

/**
 * A blank score sheet for one council member: every unit of `Đơn vị` × every criterion of
 * `Tiêu chí`, from the workbook as read.
 */
export function scoreSheetTemplate(
  input: CouncilInput,
  member: string,
  lang: Lang,
  taken: Iterable<string> = [],
): TemplateSheet {
  const criteria = (input.criteria?.records ?? [])
    .map((r) => ({
      code: cellText(r.code ?? null),
      max: parseNumber(r.maxPoints ?? null),
      kind: findTerm(CRITERION_KINDS, cellText(r.kind ?? null)) ?? ("score" as const),
    }))
    .filter((c) => c.code !== "");
  const units = (input.units?.records ?? [])
    .map((r) => ({ code: cellText(r.code ?? null), name: cellText(r.name ?? null) }))
    .filter((u) => u.code !== "");
  return scoreSheet({ lang, member, units, criteria, taken });
}
