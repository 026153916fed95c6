/**
 * Replacing sheets all or nothing: new sheets are built under temporary names; only when all are
 * complete are the sheets they replace deleted and the new ones renamed, in one request. On an error
 * or a cancellation the temporary sheets are removed and the workbook is as it was.
 */
import { checkCancelled } from "../port";
import type { OfficeOptions } from "./options";
import type { LogEntry } from "../../core/log/chain";
import { prepareOfficeLog, queueOfficeLog, restoreOfficeLog, type PreparedLog } from "./log";

const TEMPORARY = /^~thidua [0-9a-z]{6}$/;

/** A name for a sheet being built, that no user sheet has and an interrupted run can be known by. */
export function temporaryName(): string {
  return `~thidua ${Math.random().toString(36).slice(2, 8).padEnd(6, "0")}`;
}

export function isTemporaryName(name: string): boolean {
  return TEMPORARY.test(name);
}

/** Removes the sheets an interrupted run left behind (their names say what they are). */
export async function removeTemporarySheets(context: Excel.RequestContext): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const left = worksheets.items.filter((item) => isTemporaryName(item.name));
  if (left.length === 0) return;
  for (const item of left) item.delete();
  await context.sync();
}

export interface Replacement {
  /** The name the new sheet takes once complete. */
  name: string;
  /** The existing sheets it replaces (deleted when it is swapped in). */
  replaces: (existing: string) => boolean;
  /** Writes the new sheet's content into `target`, added under a temporary name. */
  build: (target: Excel.Worksheet) => Promise<void>;
  /**
   * Where the new sheet goes: the place of the sheet it replaces, or after the last sheet `after`
   * accepts; at the end otherwise.
   */
  place?: { replacing: string } | { after: (existing: string) => boolean };
}

/**
 * The positions the new sheets take, in the order to set them: `existing` are the workbook's sheets
 * in order (temporaries excluded) and `deleted` those the swap deletes.
 */
export function placements(
  existing: string[],
  deleted: Set<string>,
  replacements: Replacement[],
): { index: number; position: number }[] {
  const remaining = existing.filter((name) => !deleted.has(name));
  const wanted: { index: number; position: number }[] = [];
  replacements.forEach((r, index) => {
    const place = r.place;
    if (!place) return;
    let position: number;
    if ("replacing" in place) {
      const at = existing.indexOf(place.replacing);
      if (at < 0) return;
      position = existing.slice(0, at).filter((name) => !deleted.has(name)).length;
    } else {
      let last = -1;
      remaining.forEach((name, i) => place.after(name) && (last = i));
      if (last < 0) return;
      position = last + 1;
    }
    wanted.push({ index, position });
  });
  // each sheet placed moves the later ones on by one
  wanted.sort((a, b) => a.position - b.position || a.index - b.index);
  return wanted.map((w, i) => ({ index: w.index, position: w.position + i }));
}

/**
 * Builds new sheets under temporary names; only when all are complete are the sheets they replace
 * deleted and the new ones renamed, in one request. On an error or a cancellation the temporary
 * sheets are removed and the workbook is as it was.
 */
export async function replaceSheetsAtomically(
  context: Excel.RequestContext,
  replacements: Replacement[],
  options: OfficeOptions,
  entry?: LogEntry,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  await removeTemporarySheets(context);
  const temporaries: string[] = [];
  let log: PreparedLog | null = null;
  try {
    if (entry) log = await prepareOfficeLog(context, entry);
    for (const replacement of replacements) {
      const temporary = temporaryName();
      temporaries.push(temporary);
      context.application.suspendApiCalculationUntilNextSync();
      const target = worksheets.add(temporary);
      target.visibility = "Hidden";
      await replacement.build(target);
      checkCancelled(options.signal);
    }
    worksheets.load("items/name");
    await context.sync();
    checkCancelled(options.signal);
    const existing = worksheets.items.map((item) => item.name).filter((name) => !temporaries.includes(name));
    const deleted = new Set(existing.filter((name) => replacements.some((r) => r.replaces(name))));
    for (const item of worksheets.items) if (deleted.has(item.name)) item.delete();
    for (const { index, position } of placements(existing, deleted, replacements)) {
      worksheets.getItem(temporaries[index]).position = position;
    }
    replacements.forEach((r, i) => {
      const sheet = worksheets.getItem(temporaries[i]);
      sheet.visibility = "Visible";
      sheet.name = r.name;
    });
    if (log) queueOfficeLog(context, log); // in the swap's request, after it (./log.ts)
    await context.sync();
  } catch (error) {
    await restoreOfficeLog(context, log);
    await removeTemporarySheets(context).catch(() => undefined); // the original error is the one to report
    throw error;
  }
}
