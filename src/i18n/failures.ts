/**
 * What a failure means to the user, in the catalogue's words: the libraries the doors use (jszip,
 * exceljs, papaparse, zod, node's argument parser) speak English to programmers, and their text is
 * never shown. A failure the software knows about is a `NoteError`; a library failure while
 * reading a file is named by what it most likely means; anything else gets the last-resort message
 * (the file could not be read or written, and what to do), never a stack trace.
 */
import { NoteError, message, note, render, type Lang, type ShellMsg } from "./index";

/** Why a file could not be read as a workbook, from the reader's failure. */
export function readFailureReason(error: unknown): ShellMsg {
  if (error instanceof NoteError) return error.msg;
  const text = String((error as { message?: unknown })?.message ?? error);
  // jszip: not a zip at all (an old .xls, an encrypted workbook, a text or PDF file renamed)
  if (/central directory|is this a zip|not a zip|signature/i.test(text)) return note("file.notZip");
  if (/encrypt|password/i.test(text)) return note("file.encrypted");
  return note("file.cannotParse");
}

/** A failure as one line for the task pane's status, in `lang`. */
export function failureText(lang: Lang, error: unknown): string {
  if (error instanceof NoteError) return render(lang, error.msg);
  return message(lang, "ui.error", { message: { msg: note("file.unexpected") } });
}
