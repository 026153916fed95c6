/**
 * The command line's files. Nothing it writes can destroy anything:
 * - no output is one of the command's inputs (the same file on disk — compared by device and
 *   inode, so another spelling, a link or a case-insensitive file system cannot fool it);
 * - an existing output needs `--force`, and must be a regular file (not a folder, a link, a device);
 * - outputs are written whole or not at all: a temporary file beside the destination, then a rename;
 * - a write that fails says which file and why, in the catalogue's words (exit 2), and leaves the
 *   destination as it was.
 */
import { randomBytes } from "node:crypto";
import { lstat, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CliKey as Key } from "./messages";
import { UsageError } from "./usage";

/** Why a file operation failed, as a catalogue key (the system's code is not for a secretary). */
export function reasonKey(error: unknown): Key {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case "EACCES":
    case "EPERM":
      return "cli.reason.denied";
    case "ENOENT":
      return "cli.reason.noFolder";
    case "ENOTDIR":
      return "cli.reason.notFolder";
    case "EISDIR":
      return "cli.reason.isFolder";
    case "ENOSPC":
    case "EDQUOT":
      return "cli.reason.full";
    case "EROFS":
      return "cli.reason.readOnly";
    case "EBUSY":
    case "ETXTBSY":
      return "cli.reason.busy";
    case "ENAMETOOLONG":
      return "cli.reason.nameTooLong";
    default:
      return "cli.reason.other";
  }
}

/** A write failed: exit 2, naming the file and the reason. */
export class WriteError extends UsageError {
  constructor(file: string, error: unknown) {
    super("cli.cannotWrite", { file, reason: { msg: { key: reasonKey(error), params: {} } } });
  }
}

async function identity(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/**
 * Checks every output before anything is written: not an input, not another output, not an
 * existing file unless `force`, and never something that is not a regular file.
 */
export async function checkOutputs(inputs: string[], outputs: string[], force: boolean): Promise<void> {
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    const id = await identity(input);
    if (id) inputIds.set(id, input);
  }
  const seen = new Set<string>();
  for (const output of outputs) {
    if (output === "-") continue;
    const resolved = path.resolve(output);
    if (seen.has(resolved)) throw new UsageError("cli.outputTwice", { file: output });
    seen.add(resolved);
    let entry;
    try {
      entry = await lstat(output);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new WriteError(output, error);
      // a new file: its folder must be a folder (not a file on the way)
      const folder = path.dirname(resolved);
      try {
        if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
      } catch (problem) {
        if ((problem as NodeJS.ErrnoException).code === "ENOENT") continue; // made by the write
        throw new WriteError(output, problem);
      }
      continue;
    }
    const id = await identity(output);
    if (id && inputIds.has(id)) throw new UsageError("cli.wouldOverwrite", { file: output });
    if (!entry.isFile()) throw new UsageError("cli.notRegularFile", { file: output });
    if (!force) throw new UsageError("cli.exists", { file: output });
  }
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  const temporary = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(temporary, data, { flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new WriteError(file, error);
  }
}

/** `so-tinh.xlsx` → `so-tinh.<suffix>.xlsx`, beside the input. */
export function besideInput(input: string, suffix: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}.${suffix}.xlsx`);
}

/** `so-tinh.xlsx` → `so-tinh.ket-qua.xlsx`, beside the input. */
export function defaultOutput(input: string): string {
  return besideInput(input, "ket-qua");
}

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    const entry = await stat(file);
    if (!entry.isFile()) throw Object.assign(new Error(), { code: "EISDIR" });
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError("cli.notFound", { file });
    throw new UsageError("file.cannotRead", { file, reason: { msg: { key: reasonKey(error), params: {} } } });
  }
}
