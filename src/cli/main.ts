/**
 * The command line, a door like the task pane: each command loads the workbook on the exceljs port,
 * runs the same job as Excel and the browser (../jobs), prints the job's report and writes files
 * whole or not at all. Exit codes: 0 done; 1 structural error or a file that cannot be imported
 * (the JSON is still written, no workbook); 2 wrong usage or an unreadable file.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod/mini";
import { NoteError, type Lang } from "../i18n";
import { message, note, render, type CliKey as Key } from "./messages";
import { compute } from "../jobs/compute";
import { generateScoreSheets } from "../jobs/score-sheets";
import { addBallotRows } from "../jobs/ballots";
import { verifyLog } from "../jobs/verify";
import { loadWorkbook, saveWorkbook } from "../workbook/exceljs/file";
import { notKeptLines } from "../workbook/exceljs/not-kept";
import { ExcelJsPort } from "../workbook/exceljs/port";
import { templateWorkbook } from "../workbook/exceljs/sheets";
import { besideInput, checkOutputs, defaultOutput, readInput, writeAtomically } from "./files";
import { defaultImportOutput, planRegistrationsFile, planScoresFiles, type ImportOutcome } from "./import";
import { reportLines } from "./render";
import { UsageError, unreadable } from "./usage";

export { defaultOutput, writeAtomically };

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The year of an empty template, and the default `Năm thi đua` (default: this year). */
  currentYear?: number;
}

export const VERSION = "0.1.0";

const Text = z.string().check(z.minLength(1));
/**
 * The options' values, checked at the boundary: a value that fails names its option and what it
 * expects, in the catalogue's words (never zod's).
 */
const OptionsSchema = z.object({
  lang: z.optional(z.enum(["vi", "en"])),
  out: z.optional(Text),
  json: z.optional(Text),
  sheet: z.optional(Text),
  member: z.optional(z.array(Text)),
  by: z.optional(Text),
});
const EXPECTED: Record<string, { expected: Key; example: Key }> = {
  lang: { expected: "cli.expect.lang", example: "cli.expect.lang" },
  out: { expected: "cli.expect.file", example: "cli.example.file" },
  json: { expected: "cli.expect.file", example: "cli.example.file" },
  sheet: { expected: "cli.expect.text", example: "cli.example.text" },
  member: { expected: "cli.expect.text", example: "cli.example.text" },
  password: { expected: "cli.expect.text", example: "cli.example.text" },
  by: { expected: "cli.expect.text", example: "cli.example.text" },
};

/** `--by NAME` of every command that writes the workbook: `Người thực hiện` of its log row. */
const BY_OPTION = { by: { type: "string" } } as const;

function byOf(values: Record<string, unknown>): string | undefined {
  return values.by as string | undefined;
}

/** A zod failure of the options as the catalogue's message: which option, what it expects. */
export function optionError(error: z.core.$ZodError, values: Record<string, unknown>): UsageError {
  const issue = error.issues[0];
  const name = String(issue?.path[0] ?? "");
  const given = values[name];
  const value = Array.isArray(given) ? String(given[Number(issue?.path[1] ?? 0)] ?? "") : String(given ?? "");
  const expected = EXPECTED[name]?.expected ?? "cli.expect.text";
  return new UsageError("cli.badValue", { option: `--${name}`, value, expected: { msg: note(expected) } });
}

function langOf(values: Record<string, unknown>): Lang {
  return (values.lang as Lang | undefined) ?? "vi";
}

/** A message of node's argument parser as the catalogue's: unknown option, missing or extra value. */
export function argumentError(error: unknown): UsageError {
  // duck-typed: the parser's errors may come from another realm (a test's vm context)
  const text = String((error as { message?: unknown })?.message ?? "");
  const code = (error as NodeJS.ErrnoException)?.code;
  const option = /'(-[^' <]*)/.exec(text)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError("cli.unknownOption", { option });
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take/i.test(text)) return new UsageError("cli.noValue", { option });
    const example = EXPECTED[option.replace(/^-+/, "")]?.example ?? "cli.example.text";
    return new UsageError("cli.missingValue", { option, example: { msg: note(example) } });
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return new UsageError("cli.extraArgument", { value: option || "?" });
  return new UsageError("cli.unknownOption", { option: option || "?" });
}

function parse(
  args: string[],
  options: ParseArgsConfig["options"],
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentError(error);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const checked = OptionsSchema.safeParse(values);
  if (!checked.success) throw optionError(checked.error, values);
  return { values, positionals: parsed.positionals };
}

/** The file positional, or "missing argument" naming it. */
function fileArgument(positionals: string[], what: string): string {
  if (positionals.length > 1)
    throw new UsageError("cli.extraArgument", { value: positionals.slice(1).join(" ") });
  const file = positionals[0];
  if (file === undefined || file === "") throw new UsageError("cli.missingArgument", { what });
  return file;
}

async function openWorkbook(file: string): Promise<ExcelJsPort> {
  const data = await readInput(file);
  try {
    return new ExcelJsPort(await loadWorkbook(data));
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** The bytes of a workbook to write; a failure of the writer says so, nothing is written. */
export async function workbookBytes<T>(file: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof UsageError || error instanceof NoteError) throw error;
    debug(error);
    throw new UsageError("cli.cannotSave", { file });
  }
}

/** THIDUA_DEBUG=1 shows an unexpected failure's details, for the administrator. */
function debug(error: unknown): void {
  if (process.env.THIDUA_DEBUG) console.error(error);
}

async function template(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    sample: { type: "boolean", default: false },
    lang: { type: "string" },
    force: { type: "boolean", default: false },
  });
  const lang = langOf(values);
  const out = fileArgument(positionals, "OUT.xlsx");
  await checkOutputs([], [out], values.force === true);
  const workbook = templateWorkbook({
    lang,
    sample: values.sample === true,
    year: io.currentYear ?? new Date().getFullYear(),
  });
  await writeAtomically(out, await workbookBytes(out, () => saveWorkbook(workbook)));
  io.stdout(message(lang, "cli.templateWritten", { file: out }));
  return 0;
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    json: { type: "string" },
    lang: { type: "string" },
    force: { type: "boolean", default: false },
    ...BY_OPTION,
  });
  const lang = langOf(values);
  const input = fileArgument(positionals, "IN.xlsx");
  const out = (values.out as string | undefined) ?? defaultOutput(input);
  const json = values.json as string | undefined;
  await checkOutputs([input], json ? [out, json] : [out], values.force === true);

  const port = await openWorkbook(input);
  const outcome = await compute(port, { lang, currentYear: io.currentYear, by: byOf(values) });
  // the result is saved in memory before anything is reported: a save that fails says nothing else
  const saved = outcome.written ? await workbookBytes(out, () => port.saveKeeping()) : null;
  if (json) {
    const text = JSON.stringify(outcome.json, null, 2) + "\n";
    if (json === "-") io.stdout(text.trimEnd());
    else await writeAtomically(json, text);
  }
  // with --json - the JSON alone goes to stdout; the summary to stderr
  const say = json === "-" ? io.stderr : io.stdout;
  for (const line of reportLines(lang, outcome.report)) say(line);
  if (saved) {
    await writeAtomically(out, saved.data);
    say(message(lang, "cli.written", { file: out }));
    for (const line of notKeptLines(lang, saved.notKept)) say(line);
  }
  if (json && json !== "-") io.stdout(message(lang, "cli.jsonWritten", { file: json }));
  return outcome.written ? 0 : 1;
}

async function importCommand(args: string[], io: Io, kind: "registrations" | "scores"): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    json: { type: "string" },
    lang: { type: "string" },
    sheet: { type: "string" },
    member: { type: "string", multiple: true },
    "dry-run": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    ...BY_OPTION,
  });
  const lang = langOf(values);
  if (positionals.length < 2) throw new UsageError("cli.missingArgument", { what: "WORKBOOK.xlsx FILE" });
  if (kind === "registrations" && positionals.length > 2)
    throw new UsageError("cli.extraArgument", { value: positionals.slice(2).join(" ") });
  const [workbook, ...files] = positionals;
  const out = (values.out as string | undefined) ?? defaultImportOutput(workbook);
  const json = values.json as string | undefined;
  const outputs = [...(values["dry-run"] ? [] : [out]), ...(json ? [json] : [])];
  await checkOutputs([workbook, ...files], outputs, values.force === true);
  const members = ((values.member as string[] | undefined) ?? []).map(String);
  const options = {
    workbook,
    files,
    sheet: values.sheet as string | undefined,
    members,
    lang,
    by: byOf(values),
  };
  const outcome: ImportOutcome =
    kind === "registrations" ? await planRegistrationsFile(options) : await planScoresFiles(options);
  if (json) await writeAtomically(json, JSON.stringify(outcome.json, null, 2) + "\n");
  const preview = reportLines(lang, outcome.preview);
  // the summary line last, as a preview reads: what changes, then how much
  for (const line of [...preview.slice(1), preview[0]]) (outcome.fatal ? io.stderr : io.stdout)(line);
  if (outcome.fatal) {
    if (json) io.stdout(message(lang, "cli.jsonWritten", { file: json }));
    return 1;
  }
  if (values["dry-run"]) io.stdout(message(lang, "imp.dryRun"));
  else if (!outcome.changes) io.stdout(message(lang, "imp.nothingToWrite"));
  else {
    const saved = await workbookBytes(out, outcome.apply);
    await writeAtomically(out, saved.data);
    io.stdout(message(lang, "imp.written", { file: out }));
    for (const line of notKeptLines(lang, saved.notKept)) io.stdout(line);
  }
  if (json) io.stdout(message(lang, "cli.jsonWritten", { file: json }));
  return 0;
}

async function scoreSheets(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    lang: { type: "string" },
    member: { type: "string", multiple: true },
    password: { type: "string" },
    force: { type: "boolean", default: false },
    ...BY_OPTION,
  });
  const lang = langOf(values);
  const workbook = fileArgument(positionals, "WORKBOOK.xlsx");
  const members = (values.member as string[] | undefined) ?? [];
  if (members.length === 0) throw new UsageError("cli.missingArgument", { what: "--member NAME" });
  const out = (values.out as string | undefined) ?? besideInput(workbook, "phieu-cham");
  await checkOutputs([workbook], [out], values.force === true);
  const port = await openWorkbook(workbook);
  const outcome = await generateScoreSheets(port, {
    members,
    password: values.password as string | undefined,
    lang,
    by: byOf(values),
  });
  const ok = outcome.report.tone !== "error";
  for (const line of reportLines(lang, outcome.report)) (ok ? io.stdout : io.stderr)(line);
  if (!ok) return 1;
  if (outcome.created.length === 0) {
    io.stdout(message(lang, "imp.nothingToWrite"));
    return 0;
  }
  const saved = await workbookBytes(out, () => port.saveKeeping());
  await writeAtomically(out, saved.data);
  io.stdout(message(lang, "imp.written", { file: out }));
  for (const line of notKeptLines(lang, saved.notKept)) io.stdout(line);
  return 0;
}

/** §11.3 `thidua votes`: the ballots' candidates as rows of `Biểu quyết`, for the counts. */
async function votes(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    lang: { type: "string" },
    force: { type: "boolean", default: false },
    ...BY_OPTION,
  });
  const lang = langOf(values);
  if (positionals.length !== 1) throw new UsageError("cli.missingArgument", { what: "WORKBOOK.xlsx" });
  const workbook = positionals[0];
  const out = (values.out as string | undefined) ?? besideInput(workbook, "bieu-quyet");
  await checkOutputs([workbook], [out], values.force === true);
  const port = await openWorkbook(workbook);
  const outcome = await addBallotRows(port, { lang, currentYear: io.currentYear, by: byOf(values) });
  const ok = outcome.report.tone !== "error";
  for (const line of reportLines(lang, outcome.report)) (ok ? io.stdout : io.stderr)(line);
  if (!ok) return 1;
  if (!outcome.written) return 0;
  await writeAtomically(out, await port.save());
  io.stdout(message(lang, "imp.written", { file: out }));
  return 0;
}

/** §11.4 `thidua verify`: the log's chain, and today's input and result against the last compute. */
async function verify(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { lang: { type: "string" } });
  const lang = langOf(values);
  const workbook = fileArgument(positionals, "WORKBOOK.xlsx");
  const port = await openWorkbook(workbook);
  const outcome = await verifyLog(port, { lang, currentYear: io.currentYear });
  const say = outcome.ok ? io.stdout : io.stderr;
  for (const line of reportLines(lang, outcome.report)) say(line);
  return outcome.ok ? 0 : 1;
}

function usage(lang: Lang): string {
  return `${message(lang, "cli.usage")}\n${message(lang, "cli.importUsage")}\n${message(lang, "cli.verifyUsage")}`;
}

function help(): string {
  return `Thi Đua ${VERSION}\n\n${usage("vi")}\n\n${usage("en")}`;
}

/** Wrong usage: the message, then how to use the command. */
const USAGE_KEYS: readonly Key[] = [
  "cli.unknownCommand",
  "cli.missingArgument",
  "cli.badOption",
  "cli.unknownOption",
  "cli.missingValue",
  "cli.noValue",
  "cli.badValue",
  "cli.extraArgument",
];

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const at = argv.indexOf("--lang");
  const langHint: Lang = argv.includes("--lang=en") || (at >= 0 && argv[at + 1] === "en") ? "en" : "vi";
  try {
    switch (command) {
      case "template":
        return await template(rest, io);
      case "run":
        return await run(rest, io);
      case "import":
        return await importCommand(rest, io, "registrations");
      case "import-scores":
        return await importCommand(rest, io, "scores");
      case "votes":
        return await votes(rest, io);
      case "verify":
        return await verify(rest, io);
      case "score-sheets":
        return await scoreSheets(rest, io);
      case "--help":
      case "-h":
      case "help":
        io.stdout(help());
        return 0;
      case "--version":
      case "-v":
        io.stdout(VERSION);
        return 0;
      case undefined:
        io.stderr(help());
        return 2;
      default:
        throw new UsageError("cli.unknownCommand", { command });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(message(langHint, error.key, error.params));
      if (error.key === "cli.exists") io.stderr(message(langHint, "cli.useForce"));
      if (USAGE_KEYS.includes(error.key)) {
        io.stderr("");
        io.stderr(usage(langHint));
      }
      return 2;
    }
    if (error instanceof NoteError) {
      io.stderr(render(langHint, error.msg));
      return 1;
    }
    // the last resort: in both languages (the failure may be before the language is known), never
    // a library's text or a stack trace
    debug(error);
    io.stderr(message("vi", "cli.lastResort"));
    io.stderr(message("en", "cli.lastResort"));
    return 2;
  }
}
