import { render } from "../../../src/i18n";
import { readCsv } from "../../../src/workbook/exceljs/csv";

const bytes = (text: string) => new TextEncoder().encode(text);
const rows = (text: string | Uint8Array) => {
  const result = readCsv(typeof text === "string" ? bytes(text) : text, "x.csv");
  if ("error" in result) throw new Error(render("en", result.error));
  return result.sheet.rows;
};

describe("CSV files units send", () => {
  test("semicolons with a BOM and CRLF line ends", () => {
    expect(rows("\ufeffMã đơn vị;Danh hiệu;Ngày\r\nTD;BK;10/1/2023\r\n")).toEqual([
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ["TD", "BK", "10/1/2023"],
      [null],
    ]);
  });

  test("commas with quoted fields holding commas and line breaks", () => {
    expect(rows('a,b,c\n1,"CO, BK","x\ny"\n')).toEqual([["a", "b", "c"], ["1", "CO, BK", "x\ny"], [null]]);
  });

  test("quoted line breaks in the first data row do not fool the delimiter choice", () => {
    expect(rows('Mã đơn vị;Danh hiệu;Ngày\n"TD";"CO;\nBK";10/1/2023\nPT;BK;11/1/2023')).toEqual([
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ["TD", "CO;\nBK", "10/1/2023"],
      ["PT", "BK", "11/1/2023"],
    ]);
  });

  test("tabs", () => {
    expect(rows("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  test("decomposed Vietnamese (NFD) is normalised to NFC", () => {
    expect(rows("Tên\nTam Đường".normalize("NFD"))[1][0]).toBe("Tam Đường");
  });

  test("a file that is not UTF-8 (Windows-1258) is refused with a clear message, never read as garbled text", () => {
    // "Đường" in Windows-1258: D0 FD 1E? — any byte sequence invalid in UTF-8 will do: 0xD0 0x75 …
    const windows1258 = Uint8Array.from([0x54, 0xea, 0x6e, 0x3b, 0xd0, 0x75, 0xf5, 0x6e, 0x67, 0x0d, 0x0a]);
    const result = readCsv(windows1258, "x.csv");
    expect("error" in result && render("vi", result.error)).toMatch(/không phải văn bản UTF-8/);
  });

  test("an empty file is refused", () => {
    expect("error" in readCsv(bytes(" \n"), "x.csv")).toBe(true);
  });
});
