/**
 * Sheet protection through Office.js, tolerant of a sheet already in the state asked for: Excel
 * refuses to protect a protected sheet and to unprotect an unprotected one with AccessDenied
 * (office-js issue #6784, 2026), and with co-authoring another member may protect or unprotect a
 * sheet between our read and our request. Each call here reads the state first and asks only for a
 * change; a refused change is accepted when a second read shows the sheet is as wanted anyway.
 *
 * An output sheet the secretary protected (without a password) is unprotected to be rewritten and
 * protected again with the same options; one protected with a password is left alone and the run
 * stops before writing anything, saying which sheet.
 */
import { NoteError, note } from "../../i18n";

/** A sheet's protection to restore: its name (renamed by the caller when the sheet is) and options. */
export interface Protection {
  name: string;
  options: Excel.WorksheetProtectionOptions;
}

interface State extends Protection {
  protected: boolean;
}

/** The protection of each named sheet, in one request. */
async function readProtection(context: Excel.RequestContext, names: string[]): Promise<State[]> {
  const sheets = names.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected,options");
    return { name, protection };
  });
  await context.sync();
  return sheets.map(({ name, protection }) => ({
    name,
    protected: protection.protected,
    options: protection.options,
  }));
}

class Stuck extends Error {
  constructor(
    readonly stuck: string[],
    readonly done: Protection[],
  ) {
    super(`still in the other state: ${stuck.join(", ")}`);
  }
}

/**
 * Brings each sheet to `wanted`: reads the states, changes only those that differ, in one request;
 * when that request is refused, reads again and throws `Stuck` only for sheets still not as wanted
 * (a request is not a transaction: some of the changes may have been made).
 */
async function settle(
  context: Excel.RequestContext,
  targets: Protection[],
  wanted: boolean,
  change: (protection: Excel.WorksheetProtection, target: Protection) => void,
): Promise<Protection[]> {
  if (targets.length === 0) return [];
  const states = await readProtection(
    context,
    targets.map((t) => t.name),
  );
  const changing = targets.filter((_, i) => states[i].protected !== wanted);
  if (changing.length === 0) return [];
  // when unprotecting, what to restore afterwards are the options the sheet had
  const restore = changing.map((t) =>
    wanted ? t : { name: t.name, options: states[targets.indexOf(t)].options },
  );
  for (const target of changing) change(context.workbook.worksheets.getItem(target.name).protection, target);
  try {
    await context.sync();
    return restore;
  } catch {
    const now = await readProtection(
      context,
      changing.map((t) => t.name),
    );
    const stuck = now.filter((s) => s.protected !== wanted).map((s) => s.name);
    if (stuck.length === 0) return restore;
    throw new Stuck(
      stuck,
      restore.filter((r) => !stuck.includes(r.name)),
    );
  }
}

/** Protects the sheets that are not protected now, each with its options (and the password, if any). */
export async function protectSheets(
  context: Excel.RequestContext,
  targets: Protection[],
  password?: string,
): Promise<void> {
  await settle(context, targets, true, (protection, target) =>
    protection.protect(target.options, password || undefined),
  );
}

/**
 * Unprotects the sheets among `names` that are protected (without a password), returning what to
 * protect again afterwards. A sheet that stays protected (a password) stops it: the ones it did
 * unprotect are protected again, and the error names the sheet.
 */
export async function unprotectSheets(context: Excel.RequestContext, names: string[]): Promise<Protection[]> {
  try {
    return await settle(
      context,
      names.map((name) => ({ name, options: {} })),
      false,
      (protection) => protection.unprotect(),
    );
  } catch (error) {
    if (!(error instanceof Stuck)) throw error;
    await protectSheets(context, error.done).catch(() => undefined); // the sheet that stays protected is the error to report
    throw new NoteError(note("job.write.protected", { sheet: error.stuck[0] }));
  }
}
