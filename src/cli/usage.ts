/** Wrong usage of the command line (exit 2), with the message to show. */
import { NoteError } from "../i18n";
import type { CliKey as Key, CliParams as Params } from "./messages";
import { readFailureReason } from "../i18n/failures";

export class UsageError extends Error {
  constructor(
    readonly key: Key,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

/** A file the loader refused (what it is, what to do) or could not read, as a usage error (exit 2). */
export function unreadable(file: string, error: unknown): UsageError {
  if (error instanceof NoteError)
    return new UsageError("file.cannotRead", { file, reason: { msg: error.msg } });
  return new UsageError("file.notXlsx", { file, reason: { msg: readFailureReason(error) } });
}
