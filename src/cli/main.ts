/**
 * The command line, a door like the task pane: each command loads the workbook on the exceljs port,
 * runs the same job as Excel and the browser (../jobs), prints the job's report and writes files
 * whole or not at all. Exit codes: 0 done; 1 structural error or a file that cannot be imported
 * (the JSON is still written, no workbook); 2 wrong usage or an unreadable file.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod/mini";
import { NoteError, message, render, type Lang } from "../i18n";
import { compute } from "../jobs/compute";
import { generateScoreSheets } from "../jobs/score-sheets";
import { addBallotRows } from "../jobs/ballots";
import { loadWorkbook, saveWorkbook } from "../workbook/exceljs/file";
import { ExcelJsPort } from "../workbook/exceljs/port";
import { templateWorkbook } from "../workbook/exceljs/sheets";
import { besideInput, checkOutputs, defaultOutput, readInput, writeAtomically } from "./files";
import { defaultImportOutput, planRegistrationsFile, planScoresFiles, type ImportOutcome } from "./import";
import { reportLines } from "./render";
import { UsageError } from "./usage";

export { defaultOutput, writeAtomically };

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The year of an empty template, and the default `Năm thi đua` (default: this year). */
  currentYear?: number;
}

export const VERSION = "0.1.0";

const LangSchema = z.enum(["vi", "en"]);
const FileName = z.string().check(z.minLength(1));

function langOf(values: Record<string, unknown>): Lang {
  const parsed = LangSchema.safeParse(values.lang ?? "vi");
  if (!parsed.success) throw new UsageError("cli.badOption", { detail: `--lang ${String(values.lang)}` });
  return parsed.data;
}

function parse(
  args: string[],
  options: ParseArgsConfig["options"],
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (error) {
    throw new UsageError("cli.badOption", { detail: (error as Error).message });
  }
}

async function openWorkbook(file: string): Promise<ExcelJsPort> {
  const data = await readInput(file);
  try {
    return new ExcelJsPort(await loadWorkbook(data));
  } catch (error) {
    throw new UsageError("cli.notXlsx", { file, reason: (error as Error).message });
  }
}

async function template(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    sample: { type: "boolean", default: false },
    lang: { type: "string" },
    force: { type: "boolean", default: false },
  });
  if (positionals.length !== 1) throw new UsageError("cli.missingArgument", { what: "OUT.xlsx" });
  const lang = langOf(values);
  const out = FileName.parse(positionals[0]);
  await checkOutputs([], [out], values.force === true);
  const workbook = templateWorkbook({
    lang,
    sample: values.sample === true,
    year: io.currentYear ?? new Date().getFullYear(),
  });
  await writeAtomically(out, await saveWorkbook(workbook));
  io.stdout(message(lang, "cli.templateWritten", { file: out }));
  return 0;
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    json: { type: "string" },
    lang: { type: "string" },
    force: { type: "boolean", default: false },
  });
  if (positionals.length !== 1) throw new UsageError("cli.missingArgument", { what: "IN.xlsx" });
  const lang = langOf(values);
  const input = FileName.parse(positionals[0]);
  const out = (values.out as string | undefined) ?? defaultOutput(input);
  const json = values.json as string | undefined;
  await checkOutputs([input], json ? [out, json] : [out], values.force === true);

  const port = await openWorkbook(input);
  const outcome = await compute(port, { lang, currentYear: io.currentYear });
  if (json) {
    const text = JSON.stringify(outcome.json, null, 2) + "\n";
    if (json === "-") io.stdout(text.trimEnd());
    else await writeAtomically(json, text);
  }
  // with --json - the JSON alone goes to stdout; the summary to stderr
  const say = json === "-" ? io.stderr : io.stdout;
  for (const line of reportLines(lang, outcome.report)) say(line);
  if (outcome.written) {
    await writeAtomically(out, await port.save());
    say(message(lang, "cli.written", { file: out }));
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
  });
  const lang = langOf(values);
  if (positionals.length < 2) throw new UsageError("cli.missingArgument", { what: "WORKBOOK.xlsx FILE" });
  if (kind === "registrations" && positionals.length > 2)
    throw new UsageError("cli.badOption", { detail: positionals.slice(2).join(" ") });
  const [workbook, ...files] = positionals;
  const out = (values.out as string | undefined) ?? defaultImportOutput(workbook);
  const json = values.json as string | undefined;
  const outputs = [...(values["dry-run"] ? [] : [out]), ...(json ? [json] : [])];
  await checkOutputs([workbook, ...files], outputs, values.force === true);
  const members = ((values.member as string[] | undefined) ?? []).map(String);
  const options = { workbook, files, sheet: values.sheet as string | undefined, members, lang };
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
    await writeAtomically(out, await outcome.apply());
    io.stdout(message(lang, "imp.written", { file: out }));
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
  });
  const lang = langOf(values);
  if (positionals.length !== 1) throw new UsageError("cli.missingArgument", { what: "WORKBOOK.xlsx" });
  const members = (values.member as string[] | undefined) ?? [];
  if (members.length === 0) throw new UsageError("cli.missingArgument", { what: "--member NAME" });
  const workbook = positionals[0];
  const out = (values.out as string | undefined) ?? besideInput(workbook, "phieu-cham");
  await checkOutputs([workbook], [out], values.force === true);
  const port = await openWorkbook(workbook);
  const outcome = await generateScoreSheets(port, {
    members,
    password: values.password as string | undefined,
    lang,
  });
  const ok = outcome.report.tone !== "error";
  for (const line of reportLines(lang, outcome.report)) (ok ? io.stdout : io.stderr)(line);
  if (!ok) return 1;
  if (outcome.created.length === 0) {
    io.stdout(message(lang, "imp.nothingToWrite"));
    return 0;
  }
  await writeAtomically(out, await port.save());
  io.stdout(message(lang, "imp.written", { file: out }));
  return 0;
}

/** §11.3 `thidua votes`: the ballots' candidates as rows of `Biểu quyết`, for the counts. */
async function votes(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    lang: { type: "string" },
    force: { type: "boolean", default: false },
  });
  const lang = langOf(values);
  if (positionals.length !== 1) throw new UsageError("cli.missingArgument", { what: "WORKBOOK.xlsx" });
  const workbook = positionals[0];
  const out = (values.out as string | undefined) ?? besideInput(workbook, "bieu-quyet");
  await checkOutputs([workbook], [out], values.force === true);
  const port = await openWorkbook(workbook);
  const outcome = await addBallotRows(port, { lang, currentYear: io.currentYear });
  const ok = outcome.report.tone !== "error";
  for (const line of reportLines(lang, outcome.report)) (ok ? io.stdout : io.stderr)(line);
  if (!ok) return 1;
  if (!outcome.written) return 0;
  await writeAtomically(out, await port.save());
  io.stdout(message(lang, "imp.written", { file: out }));
  return 0;
}

function usage(lang: Lang): string {
  return `${message(lang, "cli.usage")}\n${message(lang, "cli.importUsage")}`;
}

function help(): string {
  return `Thi Đua ${VERSION}\n\n${usage("vi")}\n\n${usage("en")}`;
}

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
      if (["cli.unknownCommand", "cli.missingArgument", "cli.badOption"].includes(error.key)) {
        io.stderr("");
        io.stderr(usage(langHint));
      }
      return 2;
    }
    if (error instanceof NoteError) {
      io.stderr(render(langHint, error.msg));
      return 1;
    }
    if (error instanceof z.core.$ZodError) {
      io.stderr(
        message(langHint, "cli.badOption", { detail: error.issues.map((i) => i.message).join("; ") }),
      );
      return 2;
    }
    throw error;
  }
}
