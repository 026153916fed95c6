/** What the result file could not keep of the input (../workbook/exceljs/preserve.ts): a line a sheet. */
import { message, type Lang } from "../i18n";
import type { NotKept } from "../workbook/exceljs/preserve";

export function notKeptLines(lang: Lang, notKept: NotKept[]): string[] {
  return notKept.map(({ sheet, kinds }) =>
    message(lang, "cli.notKept", {
      where:
        sheet === null
          ? message(lang, "cli.notKept.workbook")
          : message(lang, "cli.notKept.sheet", { sheet }),
      what: kinds.map((kind) => message(lang, `keep.${kind}`)).join(", "),
    }),
  );
}
