/**
 * The command line: `thidua template`, `thidua run` (and, later, the imports). Exit codes:
 * 0 results produced; 1 structural error (the JSON is still written, no workbook); 2 wrong usage
 * or an unreadable file.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod/mini";
import { message, type Lang, type MessageKey, type MessageParams } from "../core/i18n";
import { templateWorkbook } from "../workbook/exceljs-template";
import { loadWorkbook, runOnWorkbook, saveWorkbook } from "../workbook/exceljs-run";
import { summaryLines } from "./summary";
import { defaultImportOutput, planRegistrationsFile, planScoresFiles, type ImportOutcome } from "./import";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The year of an empty template (default: this year). */
  currentYear?: number;
}

export const VERSION = "0.1.0";

class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

const LangSchema = z.enum(["vi", "en"]);

const FileName = z.string().check(z.minLength(1));

const RunOptions = z.object({
  input: FileName,
  out: z.optional(FileName),
  json: z.optional(FileName),
  lang: LangSchema,
});

const TemplateOptions = z.object({
  out: FileName,
  sample: z.boolean(),
  lang: LangSchema,
});

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** `so-tinh.xlsx` → `so-tinh.ket-qua.xlsx`, beside the input. */
export function defaultOutput(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}.ket-qua.xlsx`);
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

function langOf(values: Record<string, string | boolean | undefined>): Lang {
  const parsed = LangSchema.safeParse(values.lang ?? "vi");
  if (!parsed.success) throw new UsageError("cli.badOption", { detail: `--lang ${values.lang}` });
  return parsed.data;
}

function parse(
  args: string[],
  options: ParseArgsConfig["options"],
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError("cli.badOption", { detail: (error as Error).message });
  }
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError("cli.notFound", { file });
    throw new UsageError("cli.cannotRead", { file, reason: code ?? String(error) });
  }
}

async function template(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    sample: { type: "boolean", default: false },
    lang: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError("cli.missingArgument", { what: "OUT.xlsx" });
  const lang = langOf(values);
  const options = TemplateOptions.parse({ out: positionals[0], sample: values.sample, lang });
  const workbook = templateWorkbook({
    lang,
    sample: options.sample,
    year: io.currentYear ?? new Date().getFullYear(),
  });
  await writeAtomically(options.out, await saveWorkbook(workbook));
  io.stdout(message(lang, "cli.templateWritten", { file: options.out }));
  return 0;
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    json: { type: "string" },
    lang: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError("cli.missingArgument", { what: "IN.xlsx" });
  const lang = langOf(values);
  const options = RunOptions.parse({ input: positionals[0], out: values.out, json: values.json, lang });
  const out = options.out ?? defaultOutput(options.input);
  if (samePath(out, options.input)) throw new UsageError("cli.wouldOverwrite", { file: out });

  const data = await readInput(options.input);
  let workbook;
  try {
    workbook = await loadWorkbook(data);
  } catch (error) {
    throw new UsageError("cli.notXlsx", { file: options.input, reason: (error as Error).message });
  }
  const outcome = runOnWorkbook(workbook, lang, { currentYear: io.currentYear });
  if (options.json) {
    const text = JSON.stringify(outcome.json, null, 2) + "\n";
    if (options.json === "-") io.stdout(text.trimEnd());
    else await writeAtomically(options.json, text);
  }
  // with --json - the JSON alone goes to stdout; the summary to stderr
  const say = options.json === "-" ? io.stderr : io.stdout;
  for (const line of summaryLines(outcome.result, lang)) say(line);
  if (!outcome.written) {
    io.stderr(message(lang, "cli.structural"));
    if (options.json && options.json !== "-")
      io.stdout(message(lang, "cli.jsonWritten", { file: options.json }));
    return 1;
  }
  await writeAtomically(out, await saveWorkbook(workbook));
  say(message(lang, "cli.written", { file: out }));
  if (options.json && options.json !== "-")
    io.stdout(message(lang, "cli.jsonWritten", { file: options.json }));
  return 0;
}

async function importCommand(args: string[], io: Io, kind: "registrations" | "scores"): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    json: { type: "string" },
    lang: { type: "string" },
    sheet: { type: "string" },
    member: { type: "string", multiple: true },
    "dry-run": { type: "boolean", default: false },
  });
  const lang = langOf(values);
  if (positionals.length < 2) throw new UsageError("cli.missingArgument", { what: "WORKBOOK.xlsx FILE" });
  if (kind === "registrations" && positionals.length > 2)
    throw new UsageError("cli.badOption", { detail: positionals.slice(2).join(" ") });
  const [workbook, ...files] = positionals;
  const out = (values.out as string | undefined) ?? defaultImportOutput(workbook);
  if (samePath(out, workbook)) throw new UsageError("cli.wouldOverwrite", { file: out });
  for (const file of [workbook, ...files]) await readInput(file);
  const members = ((values.member as unknown as string[] | undefined) ?? []).map(String);
  const options = { workbook, files, sheet: values.sheet as string | undefined, members, lang };
  let outcome: ImportOutcome;
  try {
    outcome =
      kind === "registrations" ? await planRegistrationsFile(options) : await planScoresFiles(options);
  } catch (error) {
    throw new UsageError("cli.notXlsx", { file: workbook, reason: (error as Error).message });
  }
  const json = values.json as string | undefined;
  if (json) await writeAtomically(json, JSON.stringify(outcome.report, null, 2) + "\n");
  for (const line of outcome.lines) (outcome.fatal ? io.stderr : io.stdout)(line);
  if (outcome.fatal) return 1;
  if (values["dry-run"]) io.stdout(message(lang, "imp.dryRun"));
  else if (!outcome.changes) io.stdout(message(lang, "imp.nothingToWrite"));
  else {
    await writeAtomically(out, await outcome.save());
    io.stdout(message(lang, "imp.written", { file: out }));
  }
  if (json) io.stdout(message(lang, "cli.jsonWritten", { file: json }));
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
      if (
        error.key === "cli.unknownCommand" ||
        error.key === "cli.missingArgument" ||
        error.key === "cli.badOption"
      ) {
        io.stderr("");
        io.stderr(usage(langHint));
      }
      return 2;
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
