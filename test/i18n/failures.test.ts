/** src/i18n/failures.ts: a library's failure as the catalogue's words (the task pane's status too). */
import { NoteError, note, render } from "../../src/i18n";
import { failureText, readFailureReason } from "../../src/i18n/failures";
import { loadWorkbook } from "../../src/workbook/exceljs/file";

async function failureOf(bytes: Uint8Array): Promise<unknown> {
  try {
    await loadWorkbook(bytes);
  } catch (error) {
    return error;
  }
  throw new Error("expected the load to fail");
}

describe("readFailureReason", () => {
  test("the loader names what a file is (an old .xls, a text file): its NoteError's words are kept", async () => {
    const text = await failureOf(new TextEncoder().encode("Mã đơn vị;Tên đơn vị"));
    const xls = await failureOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(readFailureReason(text)).toEqual(note("file.text"));
    expect(readFailureReason(xls)).toEqual(note("file.xls"));
  });

  test("a library's own failure: 'not a zip', 'password', else 'cannot parse', without the library's text", () => {
    expect(readFailureReason(new Error("End of central directory not found, is this a zip file?"))).toEqual(
      note("file.notZip"),
    );
    expect(readFailureReason(new Error("Encrypted zip are not supported"))).toEqual(note("file.encrypted"));
    const reason = readFailureReason(new TypeError("Cannot read properties of undefined (reading 'sheets')"));
    expect(reason).toEqual(note("file.cannotParse"));
    expect(render("vi", reason)).toMatch(/^tệp bị hỏng/);
    expect(render("en", reason)).toMatch(/^the file is damaged/);
  });

  test("a NoteError keeps its own words", () => {
    const error = new NoteError(note("imp.emptyFile"));
    expect(readFailureReason(error)).toEqual(note("imp.emptyFile"));
  });
});

describe("failureText (the task pane's `busy` status)", () => {
  test("a NoteError is rendered in the pane's language", () => {
    expect(failureText("en", new NoteError(note("imp.emptyFile")))).toBe("The file is empty");
  });

  test("any other failure: the catalogue's 'unexpected error', never the library's English", () => {
    const error = new Error("Worksheet name already exists: Chấm điểm - A");
    for (const lang of ["vi", "en"] as const) {
      const text = failureText(lang, error);
      expect(text).not.toMatch(/Worksheet name|already exists/);
      expect(text).toMatch(
        lang === "vi" ? /^Không làm được: lỗi không mong đợi/ : /^Could not do it: an unexpected error/,
      );
    }
  });
});
