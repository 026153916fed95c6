/** The command line's files: reading inputs, writing outputs whole or not at all. */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "./usage";

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

/** `so-tinh.xlsx` → `so-tinh.<suffix>.xlsx`, beside the input. */
export function besideInput(input: string, suffix: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}.${suffix}.xlsx`);
}

/** `so-tinh.xlsx` → `so-tinh.ket-qua.xlsx`, beside the input. */
export function defaultOutput(input: string): string {
  return besideInput(input, "ket-qua");
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError("cli.notFound", { file });
    throw new UsageError("cli.cannotRead", { file, reason: code ?? String(error) });
  }
}
