import { MAX_ROW_HEIGHT } from "../styles";

/**
 * How much room text takes on paper, from the real widths of Times New Roman (the advance widths
 * of the Adobe Times AFM files, which Times New Roman and its metric-compatible Liberation Serif
 * share), so that the printed documents (`Khen thưởng`, `Phiếu biểu quyết`) get rows high enough
 * for their wrapped text: nothing cut. A Vietnamese letter is as wide as its base letter (the marks
 * sit above or below it); ơ and ư are a little wider (the horn).
 */

/** Widths in thousandths of an em of the printable ASCII characters, from space (32) to ~ (126). */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
  500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
/** Letters and signs outside ASCII that the documents use. */
const OTHER: Record<string, [number, number]> = {
  đ: [500, 556],
  Đ: [722, 722],
  "–": [500, 500],
  "—": [1000, 1000],
  "…": [1000, 1000],
  "×": [564, 570],
  "≥": [549, 549],
  "“": [444, 500],
  "”": [444, 500],
  "’": [333, 333],
  "·": [250, 250],
};

function charWidth(ch: string, bold: boolean): number {
  const other = OTHER[ch];
  if (other) return bold ? other[1] : other[0];
  // the base letter of a Vietnamese letter: ế → e, Ợ → O; the horn (U+031B) widens ơ and ư
  const parts = ch.normalize("NFD");
  const code = parts.codePointAt(0) ?? 0;
  const table = bold ? BOLD : REGULAR;
  const width = code >= 32 && code <= 126 ? (table[code - 32] ?? 600) : 600;
  return parts.includes("\u031B") ? width + 60 : width;
}

export interface FontSpec {
  size: number;
  bold?: boolean;
}

/** The width of `text` on one line, in points. */
export function textWidth(text: string, font: FontSpec): number {
  let sum = 0;
  for (const ch of text.normalize("NFC")) sum += charWidth(ch, font.bold === true);
  return (sum * font.size) / 1000;
}

/** The lines `text` wraps to in `width` points, at word boundaries as Excel and LibreOffice wrap. */
export function wrappedLines(text: string, width: number, font: FontSpec): number {
  const space = textWidth(" ", font);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const w = textWidth(word, font);
      if (used > 0 && used + space + w > width) {
        lines++;
        used = 0;
      }
      // a word wider than the line breaks inside it
      if (used === 0 && w > width) {
        lines += Math.ceil(w / width) - 1;
        used = w % width;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/**
 * A column width (in characters of the workbook's default font, Calibri 11: 7 pixels each) as the
 * points its text can use: the width less the cell's padding (2 pixels each side and the grid line).
 */
export function columnPoints(characters: number): number {
  return (Math.trunc(characters * 7) - 5) * 0.75;
}

/**
 * The height of a row of `lines` lines of a `size`-point font: 1.3 em a line (Times New Roman's
 * ascent and descent are 1.107 em; Vietnamese capitals carry their marks above that), and a point;
 * never over Excel's 409 points a row.
 */
export function lineHeight(size: number, lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * 1.3 + 1));
}

/**
 * Vietnamese words of two syllables that the names of councils and bodies use: a header line is
 * not broken inside one ("LAO" / "ĐỘNG").
 */
const WORDS = new Set(
  [
    "LIÊN ĐOÀN",
    "LAO ĐỘNG",
    "CÔNG ĐOÀN",
    "VIỆT NAM",
    "HỘI ĐỒNG",
    "THI ĐUA",
    "KHEN THƯỞNG",
    "THÀNH PHỐ",
    "NHÂN DÂN",
    "ỦY BAN",
    "UỶ BAN",
    "CHỦ TỊCH",
    "VIÊN CHỨC",
    "GIÁO DỤC",
    "Y TẾ",
    "CÔNG THƯƠNG",
  ].map((w) => w.normalize("NFC")),
);

/**
 * `text` as the lines a typesetter would break it into: unchanged when it fits on one line or has
 * its own line breaks; else, for two lines, broken at a space not inside a word of two syllables,
 * the one that makes the longer line shortest ("LIÊN ĐOÀN LAO ĐỘNG" / "TỈNH LAI CHÂU", not "LIÊN
 * ĐOÀN LAO ĐỘNG TỈNH LAI" / "CHÂU"), never before a dash.
 */
export function balanced(text: string, width: number, font: FontSpec): string {
  if (text.includes("\n") || wrappedLines(text, width, font) !== 2) return text;
  const words = text.split(" ");
  let best: { at: number; longest: number } | null = null;
  for (let at = 1; at < words.length; at++) {
    if (/^[–—-]$/.test(words[at] ?? "")) continue; // a dash ends a line, never starts one
    const pair = `${words[at - 1] ?? ""} ${words[at] ?? ""}`.toLocaleUpperCase("vi").normalize("NFC");
    if (WORDS.has(pair)) continue;
    const longest = Math.max(
      textWidth(words.slice(0, at).join(" "), font),
      textWidth(words.slice(at).join(" "), font),
    );
    if (longest <= width && (best === null || longest < best.longest)) best = { at, longest };
  }
  if (best === null) return text;
  return `${words.slice(0, best.at).join(" ")}\n${words.slice(best.at).join(" ")}`;
}
