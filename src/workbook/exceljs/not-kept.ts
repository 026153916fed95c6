/** What the result file could not keep of the input (./preserve.ts), as the doors say it: a line a sheet. */
import { message, type Lang } from "../../i18n";
import type { NotKept } from "./preserve";

export function notKeptLines(lang: Lang, notKept: NotKept[]): string[] {
  return notKept.map(({ sheet, kinds }) =>
    message(lang, "keep.notKept", {
      where: sheet === null ? message(lang, "keep.workbook") : message(lang, "keep.sheet", { sheet }),
      what: kinds.map((kind) => message(lang, `keep.${kind}`)).join(", "),
    }),
  );
}
