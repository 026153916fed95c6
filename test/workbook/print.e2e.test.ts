/**
 * WORKBOOK.md §11.2–§11.3 on paper: the result workbooks printed to PDF by LibreOffice (Debian's
 * libreoffice-calc-nogui, with fonts-liberation for Times New Roman's metrics and
 * fonts-crosextra-carlito for Calibri's, installed by .ci/run), read back with poppler's pdftotext
 * and pdfinfo. The sample's award list is one signable A4 page; with an error it is a DỰ THẢO with
 * no signature block; a ballot of 40 candidates is one A4 page; and nothing is cut: no text runs
 * into another's place (a row too short for its lines would overflow it) and no column is left off.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { compute } from "../../src/jobs/compute";
import { loadWorkbook, saveWorkbook } from "../../src/workbook/exceljs/file";
import { ExcelJsPort } from "../../src/workbook/exceljs/port";
import { templateWorkbook } from "../../src/workbook/exceljs/sheets";
import { makeWorkbook, type Rows } from "../helpers/xlsx";

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Printed {
  pages: number;
  /** Page size in points, e.g. "595.304 x 841.89". */
  size: string;
  /** The text of each page, as laid out. */
  text: string[];
  words: Word[];
}

const run = (dir: string, command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd: dir,
    encoding: "utf8",
    timeout: 150_000,
    stdio: ["ignore", "pipe", "ignore"],
  });

/** Computes `workbook` as the command line does, then prints each of `sheets` alone to PDF. */
async function printResults(workbook: ExcelJS.Workbook, sheets: string[]): Promise<Record<string, Printed>> {
  const port = new ExcelJsPort(workbook);
  const outcome = await compute(port, { lang: "vi", currentYear: 2023 });
  expect(outcome.written).toBe(true);
  const bytes = await port.save();
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-print-"));
  const files = await Promise.all(
    sheets.map(async (name, i) => {
      const copy = await loadWorkbook(bytes);
      for (const ws of [...copy.worksheets]) if (ws.name !== name) copy.removeWorksheet(ws.id);
      const file = `sheet${i}.xlsx`;
      writeFileSync(path.join(dir, file), await saveWorkbook(copy));
      return file;
    }),
  );
  run(dir, "soffice", [
    "--headless",
    "--norestore",
    `-env:UserInstallation=file://${dir}/profile`,
    "--convert-to",
    "pdf",
    ...files,
  ]);
  const printed: Record<string, Printed> = {};
  sheets.forEach((name, i) => {
    const pdf = `sheet${i}.pdf`;
    const info = run(dir, "pdfinfo", [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const size = /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? "";
    const text = run(dir, "pdftotext", ["-layout", pdf, "-"]).split("\f").slice(0, pages);
    run(dir, "pdftotext", ["-bbox", pdf, `sheet${i}.html`]);
    const html = readFileSync(path.join(dir, `sheet${i}.html`), "utf8");
    const words: Word[] = [];
    html
      .split("<page")
      .slice(1)
      .forEach((page, p) => {
        for (const m of page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        )) {
          const word = { page: p + 1, x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: decode(m[5]) };
          // pdftotext cuts a word where a letter with marks is placed on its own ("T", "Ổ", "NG"):
          // the pieces touch, on one line
          const last = words[words.length - 1];
          if (
            last &&
            last.page === word.page &&
            Math.abs(last.y0 - word.y0) < 0.5 &&
            word.x0 - last.x1 < 0.5
          ) {
            last.text += word.text;
            last.x1 = word.x1;
            last.y1 = Math.max(last.y1, word.y1);
          } else words.push(word);
        }
      });
    printed[name] = { pages, size, text, words };
  });
  return printed;
}

const A4 = /^595\.\d+ x 841\.\d+$/;
const decode = (html: string) =>
  html
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .normalize("NFC");

/** Spaces as one: a line of the document as pdftotext lays it out. */
const flat = (text: string) => text.replace(/\s+/g, " ");

/** Two words overlap: a line ran into another's place (a row too short for its lines). */
function overlaps(words: Word[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      if (a.page !== b.page) continue;
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      // the lines of a wrapped cell touch (a box is a little higher than the line pitch): more than
      // half a line over another is text drawn where other text is
      if (w > 1 && h > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0))
        found.push(`${a.text} / ${b.text} (page ${a.page})`);
    }
  }
  return found;
}

/** Every word of `texts` is printed (as often as it is written): nothing left off or cut. */
function missingWords(printed: Printed, texts: string[]): string[] {
  const count = new Map<string, number>();
  for (const w of printed.words) count.set(w.text, (count.get(w.text) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of texts.flatMap((t) => t.split(/\s+/)).filter((w) => w !== "")) {
    const n = count.get(word) ?? 0;
    if (n === 0) missing.push(word);
    else count.set(word, n - 1);
  }
  return missing;
}

function sample(): ExcelJS.Workbook {
  return templateWorkbook({ lang: "vi", sample: true, year: 2023 });
}

describe("the documents on paper (LibreOffice → PDF)", () => {
  test("the sample: Khen thưởng is one A4 page with the header, the title, the tables and the signature block", async () => {
    const printed = await printResults(sample(), ["Khen thưởng"]);
    const list = printed["Khen thưởng"];
    expect(list.size).toMatch(A4);
    expect(list.pages).toBe(1);
    const page = flat(list.text[0]);
    for (const line of [
      "TỔNG LIÊN ĐOÀN",
      "LAO ĐỘNG VIỆT NAM",
      "LIÊN ĐOÀN LAO ĐỘNG",
      "TỈNH LAI CHÂU",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Lai Châu, ngày … tháng … năm …",
      "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2023",
      "(Kèm theo Quyết định số 15/QĐ-LĐLĐ)",
      "Cờ thi đua của LĐLĐ tỉnh (CTD_TINH) — 1 đơn vị",
      "Bằng khen của LĐLĐ tỉnh (BK_TINH) — 2 đơn vị",
      "Giấy khen của LĐLĐ tỉnh (GK_TINH) — 6 đơn vị",
      "LĐLĐ huyện Than Uyên",
      "Công đoàn ngành Y tế",
      "TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
      "CHỦ TỊCH",
      "(Ký, ghi rõ họ tên)",
      "Nguyễn Văn An",
    ]) {
      expect(page).toContain(line);
    }
    expect(page).not.toContain("DỰ THẢO");
    expect(page).not.toContain("###");
    // the quốc hiệu on one line, right of the issuing body; the signer at the foot, on the right
    const word = (text: string) => list.words.find((w) => w.text === text)!;
    expect(word("CỘNG").y0).toBeCloseTo(word("HÒA").y0, 0);
    expect(word("CỘNG").x0).toBeGreaterThan(list.words.find((w) => w.text === "TỔNG")!.x1);
    expect(word("An").x0).toBeGreaterThan(595 / 2);
    expect(word("An").y0).toBeGreaterThan(word("ngành").y0);
    expect(overlaps(list.words)).toEqual([]);
  });

  test("with an error: Khen thưởng and Kết quả carry DỰ THẢO, and the award list has no signature block", async () => {
    const workbook = sample();
    const scores = workbook.worksheets.find((ws) => ws.name.startsWith("Chấm điểm - "))!;
    scores.getCell(3, 3).value = "nhiều"; // a score that is not a number: an error, the unit invalid
    const printed = await printResults(workbook, ["Khen thưởng", "Kết quả"]);
    const list = flat(printed["Khen thưởng"].text.join(" "));
    expect(list).toMatch(/DỰ THẢO – còn [1-9]\d* lỗi, [1-9]\d* đơn vị chưa xếp hạng/);
    expect(flat(printed["Khen thưởng"].text[0])).toContain("DỰ THẢO");
    expect(list).not.toContain("TM. HỘI ĐỒNG THI ĐUA");
    expect(list).not.toContain("(Ký, ghi rõ họ tên)");
    expect(list).not.toContain("Nguyễn Văn An");
    expect(flat(printed["Kết quả"].text[0])).toMatch(/DỰ THẢO – còn [1-9]\d* lỗi/);
  });

  test("a ballot of 40 candidates fits one A4 page, every name and column printed, nothing cut", async () => {
    const blocs = ["Khối LĐLĐ các huyện, thành phố", "Khối Công đoàn ngành, Công đoàn Viên chức"];
    const names = Array.from({ length: 40 }, (_, i) =>
      i === 7
        ? "Công đoàn Khu kinh tế cửa khẩu Ma Lù Thàng và các khu công nghiệp tỉnh Lai Châu"
        : i % 2 === 0
          ? `Công đoàn Trường THPT số ${i + 1}`
          : `Công đoàn xã Mường Kim ${i + 1}`,
    );
    const units: Rows = [["Mã đơn vị", "Tên đơn vị", "Khối thi đua"]];
    const scores: Rows = [["Mã đơn vị", "TC1"]];
    const registrations: Rows = [["Mã đơn vị", "Danh hiệu đăng ký", "Ngày đăng ký"]];
    names.forEach((name, i) => {
      units.push([`U${i + 1}`, name, blocs[i % 2]]);
      scores.push([`U${i + 1}`, 60 + (i % 30)]);
      registrations.push([`U${i + 1}`, "CTD", "15/01/2023"]);
    });
    const workbook = makeWorkbook({
      "Đơn vị": units,
      "Tiêu chí": [
        ["Mã tiêu chí", "Điểm tối đa", "Loại"],
        ["TC1", 100, "Chấm điểm"],
      ],
      "Chấm điểm - Nguyễn Văn A": scores,
      "Đăng ký": registrations,
      "Danh hiệu": [
        ["Mã", "Tên danh hiệu", "Thứ tự ưu tiên", "Tỷ lệ phiếu tối thiểu (%)"],
        ["CTD", "Cờ thi đua của Ban Chấp hành Liên đoàn Lao động tỉnh", 1, 80],
      ],
      "Cài đặt": [
        ["Tham số", "Giá trị"],
        ["Năm thi đua", 2023],
        ["Số thành viên Hội đồng", 15],
        ["Cơ quan ban hành", "Liên đoàn Lao động tỉnh Lai Châu"],
      ],
    });
    const printed = await printResults(workbook, ["Phiếu biểu quyết"]);
    const ballot = printed["Phiếu biểu quyết"];
    expect(ballot.size).toMatch(A4);
    expect(ballot.pages).toBe(1);
    const page = flat(ballot.text[0]);
    for (const line of [
      "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU",
      "PHIẾU BIỂU QUYẾT",
      "Hội đồng có 15 thành viên",
    ]) {
      expect(page).toContain(line);
    }
    // every unit, its bloc and its number, the two boxes' headers: nothing left off or cut
    expect(
      missingWords(ballot, [
        ...names,
        ...names.map((_, i) => blocs[i % 2]),
        ...names.map((_, i) => String(i + 1)),
        "STT Tên đơn vị Khối thi đua Tổng điểm Đồng ý Không đồng ý",
      ]),
    ).toEqual([]);
    expect(page).not.toContain("###");
    expect(overlaps(ballot.words)).toEqual([]);
  });
});
