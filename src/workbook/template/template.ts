/**
 * The council workbook's input sheets as a template (WORKBOOK.md §2), derived from the contract's one
 * description (src/core/contract/sheets.ts): every sheet of it that the template has, its columns in
 * order with their formats and data validation, a short instruction row above the headers, the
 * default deadlines, classes and settings. Plain data, rendered by both adapters.
 *
 * `Biểu quyết` and `Đề nghị` are left out of the empty template: their mere presence changes the
 * computation (votes are checked; proposals are checked instead of allocated). The sample has its
 * council's votes.
 */
import { dayFromYmd, serialFromDay } from "../../core/contract/dates";
import { CONTRACT, SETTING_SPECS, SHEETS, type SheetId } from "../../core/contract/sheets";
import {
  CRITERION_KINDS,
  DEFAULT_CLASSES,
  DEFAULT_DEADLINES,
  SCOPES,
  SETTINGS,
} from "../../core/contract/terms";
import { message, type Key, type Lang } from "../../i18n";
import type { SampleCouncil } from "./sample";
import { scoreSheet } from "./score-sheet";
import {
  TEMPLATE_ROWS,
  cellsOf,
  column,
  fieldColumn,
  inputRowsFor,
  term,
  type ListSheets,
  type TemplateSheet,
  type TemplateValue,
} from "./types";

export interface TemplateOptions {
  lang: Lang;
  /** The Lai Châu 2023 example instead of empty sheets. */
  sample: boolean;
  /** Year of the empty template's deadlines and settings. */
  year: number;
}

/** The template's options with the example itself (null or absent: empty sheets). */
export type SheetsOptions = Omit<TemplateOptions, "sample"> & { sample?: SampleCouncil | null };

function date(day: number, month: number, year: number): { date: number } {
  return { date: serialFromDay(dayFromYmd(year, month, day) as number) };
}

const yesNoText = (value: boolean | null, lang: Lang): string | null =>
  value === null ? null : lang === "vi" ? (value ? "Có" : "Không") : value ? "Yes" : "No";

/** A table sheet of the contract with its rows, each a record of its fields. */
function tableSheet(
  id: SheetId,
  lang: Lang,
  lists: ListSheets,
  records: Record<string, TemplateValue | undefined>[],
): TemplateSheet {
  const fields = CONTRACT[id].fields;
  return {
    id,
    name: term(SHEETS[id], lang),
    instruction: message(lang, `tpl.${id}` as Key),
    columns: fields.map((field) => fieldColumn(field, lang, lists)),
    rows: records.map((record) => fields.map((field) => record[field.field] ?? null)),
    cellValidations: [],
    inputRows: inputRowsFor(records.length + TEMPLATE_ROWS),
  };
}

/** The rows of each table sheet: the sample's, or the empty template's defaults. */
function records(sample: SampleCouncil | null, lang: Lang, year: number) {
  const scope = (id: keyof typeof SCOPES) => term(SCOPES[id], lang);
  return {
    units: (sample?.units ?? []).map((u) => ({ ...u, womenShare: u.women })),
    criteria: (sample?.criteria ?? []).map((c) => ({
      ...c,
      maxPoints: c.max,
      kind: term(CRITERION_KINDS[c.kind], lang),
    })),
    registrations: (sample?.registrations ?? []).map((r) => ({
      code: r.code,
      name: sample?.units.find((u) => u.code === r.code)?.name ?? null,
      awards: r.awards,
      date: date(r.date[0], r.date[1], year),
    })),
    reports: (sample?.reports ?? []).map((r) => ({
      code: r.code,
      type: r.type,
      date: r.date ? date(r.date[0], r.date[1], year) : null,
    })),
    deadlines: DEFAULT_DEADLINES.map((d) => ({
      type: d.type,
      due: date(d.day, d.month, year),
      late: d.late / 100,
      missing: d.missing / 100,
    })),
    classes: DEFAULT_CLASSES.map((c) => ({
      name: c.name,
      from: c.from / 100,
      maxSharePct: sample?.classShares[c.name] ?? null,
    })),
    awards: (sample?.awards ?? []).map((a) => ({
      ...a,
      registrationRequired: yesNoText(a.registrationRequired, lang),
      onTimeRequired: yesNoText(a.onTimeRequired, lang),
      scope: scope(a.scope),
    })),
    votes: (sample?.votes ?? []).map((v) => ({ ...v })),
  };
}

/**
 * The template's sheets: empty, or filled with `sample` (./sample.ts, passed in by the file writer
 * so that the task pane's first script, which never writes the sample, does not carry it).
 */
export function templateSheets(options: SheetsOptions): TemplateSheet[] {
  const { lang } = options;
  const sample = options.sample ?? null;
  const year = sample ? sample.year : options.year;
  const lists: ListSheets = { classes: term(SHEETS.classes, lang), deadlines: term(SHEETS.deadlines, lang) };
  const rows = records(sample, lang, year);
  const sheets: TemplateSheet[] = [];
  for (const id of Object.keys(CONTRACT) as SheetId[]) {
    const spec = CONTRACT[id];
    if (spec.kind === "output" || (!spec.inTemplate && !(sample && id === "votes"))) continue;
    if (id === "scores") {
      const members = sample?.members ?? [{ name: lang === "vi" ? "Thành viên 1" : "Member 1", scores: {} }];
      for (const member of members) {
        const sheet = scoreSheet({
          lang,
          member: member.name,
          units: sample?.units ?? [],
          criteria: sample?.criteria ?? [],
          scoreOf: (unit, c) => member.scores[unit]?.[c] ?? null,
          taken: sheets.map((s) => s.name),
        });
        // the template's score sheets are for typing in: not protected
        sheets.push({
          ...sheet,
          protection: undefined,
          inputRows: inputRowsFor(sheet.rows.length + TEMPLATE_ROWS),
        });
      }
      continue;
    }
    if (id === "selfScores") {
      sheets.push({
        ...tableSheet(id, lang, lists, []),
        instruction: message(lang, "tpl.selfScores"),
        columns: [column("unitCode", lang), column("unitName", lang)],
      });
      continue;
    }
    if (id === "settings") {
      sheets.push(settingsSheet(lang, lists, year, sample));
      continue;
    }
    sheets.push(
      tableSheet(id, lang, lists, (rows as Record<string, Record<string, TemplateValue>[]>)[id] ?? []),
    );
  }
  return sheets;
}

/** An empty input sheet of the contract as the template would make it (a sheet an action creates). */
export function emptyInputSheet(id: SheetId, lang: Lang): TemplateSheet {
  const lists: ListSheets = { classes: term(SHEETS.classes, lang), deadlines: term(SHEETS.deadlines, lang) };
  return tableSheet(id, lang, lists, []);
}

/** `Cài đặt`: one row per setting, its default (or the sample's value) and the validation of its kind. */
function settingsSheet(
  lang: Lang,
  lists: ListSheets,
  year: number,
  sample: SampleCouncil | null,
): TemplateSheet {
  const sheet = tableSheet("settings", lang, lists, []);
  SETTING_SPECS.forEach((spec, row) => {
    const fromSample = sample?.settings[spec.id];
    const value: TemplateValue =
      fromSample !== undefined
        ? fromSample
        : spec.template === "year"
          ? year
          : spec.template === null || typeof spec.template === "number"
            ? spec.template
            : spec.template[lang];
    sheet.rows.push([term(SETTINGS[spec.id], lang), value]);
    const { validation } = cellsOf(spec.value, lang, lists);
    if (validation) sheet.cellValidations.push({ row, col: 1, validation });
  });
  return sheet;
}
