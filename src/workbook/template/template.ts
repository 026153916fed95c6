/**
 * The council workbook's input sheets as a template (WORKBOOK.md §2): every sheet with a short
 * instruction row above its headers and data validation where it helps. Plain data, rendered by
 * the exceljs writer (command line, browser) and later by Office.js (the task pane's "add missing
 * sheets").
 *
 * `Biểu quyết` and `Đề nghị` are left out: their mere presence changes the computation (votes are
 * checked; proposals are checked instead of allocated), so an empty one would do harm. They are
 * added when the council has voted or proposed.
 */
import { dayFromYmd, serialFromDay } from "../../core/contract/dates";
import { message, type Key, type Lang } from "../../i18n";
import {
  AGGREGATIONS,
  CRITERION_KINDS,
  DEFAULT_CLASSES,
  DEFAULT_DEADLINES,
  MISSING_RULES,
  ROUNDINGS,
  SCOPES,
  SETTINGS,
  SHEETS,
  TIE_PREFERENCES,
  type SheetId,
  type Term,
} from "../../core/contract/terms";
import { sampleCouncil, type SampleCouncil } from "./sample";
import { scoreSheet } from "./score-sheet";
import {
  column,
  term,
  yesNo,
  type TemplateColumn,
  type TemplateSheet,
  type TemplateValue,
  type Validation,
  inputRowsFor,
  TEMPLATE_ROWS,
} from "./types";

function date(day: number, month: number, year: number): { date: number } {
  return { date: serialFromDay(dayFromYmd(year, month, day) as number) };
}

export interface TemplateOptions {
  lang: Lang;
  /** The Lai Châu 2023 example instead of empty sheets. */
  sample: boolean;
  /** Year of the empty template's deadlines and settings. */
  year: number;
}

export function templateSheets(options: TemplateOptions): TemplateSheet[] {
  const { lang } = options;
  const sample: SampleCouncil | null = options.sample ? sampleCouncil() : null;
  const year = sample ? sample.year : options.year;
  const sheetName = (id: SheetId) => term(SHEETS[id], lang);
  const sheets: TemplateSheet[] = [];
  const add = (id: SheetId, columns: TemplateColumn[], rows: TemplateValue[][], name = sheetName(id)) => {
    const sheet: TemplateSheet = {
      id,
      name,
      instruction: message(lang, `tpl.${id === "selfScores" ? "scores" : id}` as Key),
      columns,
      rows,
      cellValidations: [],
      inputRows: inputRowsFor(rows.length + TEMPLATE_ROWS),
    };
    sheets.push(sheet);
    return sheet;
  };

  add(
    "units",
    [
      column("unitCode", lang, 12, "text"),
      column("unitName", lang, 34, "text"),
      column("bloc", lang, 36, "text"),
      column("unitType", lang, 16, "text"),
      column("members", lang, 14, "integer", { type: "whole", min: 0 }),
      column("womenShare", lang, 12, "general", { type: "decimal", min: 0, max: 100 }),
    ],
    sample ? sample.units.map((u) => [u.code, u.name, u.bloc, u.type, u.members, u.women]) : [],
  );

  const kinds = Object.values(CRITERION_KINDS).map((k) => term(k, lang));
  add(
    "criteria",
    [
      column("criterionCode", lang, 14, "text"),
      column("group", lang, 26, "text"),
      column("description", lang, 56, "text"),
      column("maxPoints", lang, 12, "general", { type: "decimal", min: 0.01 }),
      column("kind", lang, 14, "text", { type: "list", values: kinds }),
    ],
    sample
      ? sample.criteria.map((c) => [
          c.code,
          c.group,
          c.description,
          c.max,
          term(CRITERION_KINDS[c.kind], lang),
        ])
      : [],
  );

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
    // the template's score sheets are for typing in, not protected; the sample's are not either
    sheets.push({
      ...sheet,
      protection: undefined,
      inputRows: inputRowsFor(sheet.rows.length + TEMPLATE_ROWS),
    });
  }

  add("selfScores", [column("unitCode", lang, 12, "text"), column("unitName", lang, 30, "text")], []);

  add(
    "registrations",
    [
      column("unitCode", lang, 12, "text"),
      column("unitName", lang, 34, "text"),
      column("registeredAwards", lang, 30, "text"),
      column("registrationDate", lang, 16, "date", { type: "date" }),
    ],
    sample
      ? sample.registrations.map((r) => [
          r.code,
          sample.units.find((u) => u.code === r.code)?.name ?? null,
          r.awards,
          date(r.date[0], r.date[1], year),
        ])
      : [],
  );

  const deadlineSheet = sheetName("deadlines");
  add(
    "reports",
    [
      column("unitCode", lang, 12, "text"),
      column("reportType", lang, 30, "text", { type: "listRange", sheet: deadlineSheet, column: "A" }),
      column("submittedOn", lang, 16, "date", { type: "date" }),
    ],
    sample
      ? sample.reports.map((r) => [r.code, r.type, r.date ? date(r.date[0], r.date[1], year) : null])
      : [],
  );

  add(
    "deadlines",
    [
      column("reportType", lang, 30, "text"),
      column("due", lang, 14, "date", { type: "date" }),
      column("lateDeduction", lang, 18, "general", { type: "decimal", min: 0 }),
      column("missingDeduction", lang, 18, "general", { type: "decimal", min: 0 }),
    ],
    DEFAULT_DEADLINES.map((d) => [d.type, date(d.day, d.month, year), d.late / 100, d.missing / 100]),
  );

  const classSheet = sheetName("classes");
  add(
    "classes",
    [
      column("className", lang, 32, "text"),
      column("fromPoints", lang, 12, "general", { type: "decimal", min: 0 }),
    ],
    DEFAULT_CLASSES.map((c) => [c.name, c.from / 100]),
  );

  const scopes = Object.values(SCOPES).map((s) => term(s, lang));
  add(
    "awards",
    [
      column("awardCode", lang, 12, "text"),
      column("awardName", lang, 36, "text"),
      column("priority", lang, 10, "integer", { type: "whole", min: 0 }),
      column("minPoints", lang, 10, "general", { type: "decimal", min: 0 }),
      column("minClass", lang, 28, "text", { type: "listRange", sheet: classSheet, column: "A" }),
      column("maxRank", lang, 10, "integer", { type: "whole", min: 1 }),
      column("registrationRequired", lang, 12, "text", yesNo(lang)),
      column("onTimeRequired", lang, 10, "text", yesNo(lang)),
      column("minVotePct", lang, 14, "general", { type: "decimal", min: 0, max: 100 }),
      column("scope", lang, 10, "text", { type: "list", values: scopes }),
      column("maxCount", lang, 12, "integer", { type: "whole", min: 0 }),
      column("maxSharePct", lang, 12, "general", { type: "decimal", min: 0, max: 100 }),
    ],
    sample
      ? sample.awards.map((a) => [
          a.code,
          a.name,
          a.priority,
          a.minPoints,
          a.minClass,
          a.maxRank,
          a.registrationRequired === null ? null : yesNoText(a.registrationRequired, lang),
          a.onTimeRequired === null ? null : yesNoText(a.onTimeRequired, lang),
          a.minVotePct,
          term(SCOPES[a.scope], lang),
          a.maxCount,
          a.maxSharePct,
        ])
      : [],
  );

  if (sample) {
    add(
      "votes",
      [
        column("unitCode", lang, 12, "text"),
        column("award", lang, 14, "text"),
        column("votes", lang, 16, "integer", { type: "whole", min: 0 }),
      ],
      sample.votes.map((v) => [v.code, v.award, v.votes]),
    );
  }

  const settings = add(
    "settings",
    [column("setting", lang, 30, "text"), column("value", lang, 22, "text")],
    [],
  );
  const settingRows: [keyof typeof SETTINGS, TemplateValue, Validation][] = [
    ["year", year, { type: "whole", min: 1900, max: 9999 }],
    ["aggregation", term(AGGREGATIONS.mean, lang), list(AGGREGATIONS, lang)],
    ["missing", term(MISSING_RULES.notRanked, lang), list(MISSING_RULES, lang)],
    ["discrepancy", 30, { type: "decimal", min: 0 }],
    ["selfGap", 10, { type: "decimal", min: 0 }],
    ["quotaRounding", term(ROUNDINGS.down, lang), list(ROUNDINGS, lang)],
    ["councilSize", sample ? sample.councilSize : null, { type: "whole", min: 1 }],
    ["tiePreference", term(TIE_PREFERENCES.none, lang), list(TIE_PREFERENCES, lang)],
  ];
  settingRows.forEach(([id, value, validation], row) => {
    settings.rows.push([term(SETTINGS[id], lang), value]);
    settings.cellValidations.push({ row, col: 1, validation });
  });
  return sheets;
}

function list(terms: Record<string, Term>, lang: Lang): Validation {
  return { type: "list", values: Object.values(terms).map((t) => term(t, lang)) };
}

function yesNoText(value: boolean, lang: Lang): string {
  return lang === "vi" ? (value ? "Có" : "Không") : value ? "Yes" : "No";
}
