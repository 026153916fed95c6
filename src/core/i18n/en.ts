import type { MessageKey } from "./vi";

/** English message catalogue: the same keys as ./vi.ts, checked by the compiler and by a test. */
export const en: Record<MessageKey, string> = {
  "app.name": "Emulation & Commendation",
  "app.tagline": "Emulation & commendation council: scoring, ranking, awards",
  "app.loading": "Loading…",
  "host.excel": "Working on the open Excel workbook.",
  "host.browser": "File mode: open an Excel file to work on it in the browser.",
  "host.timeout": "Office did not answer; using file mode in the browser.",
  "steps.heading": "The council's steps",
  "step.import.title": "Import registrations",
  "step.import.help": "Import units' registrations from an Excel or CSV file, or from the open sheet.",
  "step.sheets.title": "Generate score sheets",
  "step.sheets.help": "Create one scoring sheet per council member: units × criteria.",
  "step.compute.title": "Compute results",
  "step.compute.help": "Aggregate scores, deduct for late reports, rank units in their bloc, classify.",
  "step.awards.title": "Check awards",
  "step.awards.help": "Check standards, quotas and the council's proposals.",
  "step.print.title": "Print award lists",
  "step.print.help": "Open the ranked award list, ready to print on A4.",
  "lang.switch": "Tiếng Việt",
  "footer.version": "Version {version}",
};
