/** Wrong usage of the command line (exit 2), with the message to show. */
import type { Key, Params } from "../i18n";

export class UsageError extends Error {
  constructor(
    readonly key: Key,
    readonly params: Params = {},
  ) {
    super(key);
  }
}
