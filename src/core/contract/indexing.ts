/**
 * Index reads whose element the engine knows to exist (tsconfig.core.json checks src/core with
 * `noUncheckedIndexedAccess`). Each one checks its invariant and throws an internal `Error` when
 * it is broken: that is a bug in the engine, never a fault in the workbook, so it is not an Issue.
 * Lists read this way never hold `undefined` as a value.
 *
 * Typed arrays in the hot loops (scores/scoring.ts, scores/aggregate.ts) use `!` instead, with a
 * comment saying why the index is in range: a call per element would slow the engine down.
 */

/** `list[index]`, which must exist. `what` names the list in the error. */
export function at<T>(list: ArrayLike<T>, index: number, what = "list"): T {
  const value = list[index];
  if (value === undefined) {
    throw new Error(`Internal error: ${what}[${index}] is out of range (length ${list.length})`);
  }
  return value;
}

/** The last element of `list`, which must not be empty. */
export function last<T>(list: readonly T[], what = "list"): T {
  return at(list, list.length - 1, what);
}

/** The element of a list of exactly one element; undefined for none or several. */
export function only<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
