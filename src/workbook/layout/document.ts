/**
 * WORKBOOK.md §11.2 — the parts of an administrative document (Nghị định 30/2020/NĐ-CP) the council
 * signs, shared by `Khen thưởng` and `Phiếu biểu quyết`: the header's two blocks, the place and date,
 * the draft line of a result that is not final, the signature block. Each row's height comes from
 * the real widths of Times New Roman (./metrics.ts), so nothing is cut on paper.
 */
import type { CouncilResult } from "../../core/result/evaluate";
import { message, type Lang } from "../../i18n";
import { ROLE_STYLES } from "../styles";
import { balanced, columnPoints, lineHeight, wrappedLines } from "./metrics";
import { text, type CellStyle, type OutCell, type OutColumn, type OutRow } from "./sheet";

/** A piece of text in a block of columns `[first, last]` (0-based). */
export interface Piece {
  value: string | null;
  from: number;
  to: number;
  style?: CellStyle;
}

function blockPoints(columns: OutColumn[], from: number, to: number): number {
  return columnPoints(columns.slice(from, to + 1).reduce((sum, c) => sum + c.width, 0));
}

/** The number of wrapped lines of `cell` across the columns `[from, to]`, in the role's font. */
export function linesIn(
  columns: OutColumn[],
  role: OutRow["role"],
  value: string,
  from: number,
  to: number,
  style: CellStyle = {},
): { lines: number; size: number } {
  const font = ROLE_STYLES[role].font;
  const size = style.size ?? font.size;
  const bold = style.bold ?? font.bold === true;
  return { lines: wrappedLines(value, blockPoints(columns, from, to), { size, bold }), size };
}

/** A row of pieces, each merged across its columns, as high as its tallest piece needs. */
export function documentRow(
  columns: OutColumn[],
  pieces: Piece[],
  role: OutRow["role"] = "document",
): OutRow {
  const cells: OutCell[] = columns.map(() => text(null));
  const merges: [number, number][] = [];
  let height = lineHeight(ROLE_STYLES[role].font.size, 1);
  for (const piece of pieces) {
    cells[piece.from] = { ...text(piece.value), ...(piece.style ? { style: piece.style } : {}) };
    if (piece.to > piece.from) merges.push([piece.from, piece.to]);
    if (piece.value !== null) {
      const { lines, size } = linesIn(columns, role, piece.value, piece.from, piece.to, piece.style);
      height = Math.max(height, lineHeight(size, lines));
    }
  }
  return { role, cells, merges, height };
}

/** A row of one piece across every column. */
export function wideRow(
  columns: OutColumn[],
  value: string,
  style?: CellStyle,
  role: OutRow["role"] = "document",
): OutRow {
  return documentRow(columns, [{ value, from: 0, to: columns.length - 1, style }], role);
}

/** An empty row of `height` points. */
export const spaceRow = (height: number): OutRow => ({ role: "blank", cells: [], height });

/**
 * The header: on the left the superior body and the issuing body (bold, a short rule under it), on
 * the right the quốc hiệu and the tiêu ngữ (bold, underlined as long as itself); the place and date
 * line (italic) under the right block when `dated`.
 */
export function headerBlocks(
  result: CouncilResult,
  lang: Lang,
  columns: OutColumn[],
  split: number,
  dated: boolean,
): OutRow[] {
  const s = result.settings;
  const last = columns.length - 1;
  // the header's lines are broken where a typesetter would, not where the cell runs out
  const left = (value: string | null, style: CellStyle = {}): Piece => ({
    value:
      value === null
        ? null
        : balanced(value, blockPoints(columns, 0, split - 1), { size: style.size ?? 13, bold: style.bold }),
    from: 0,
    to: split - 1,
    style,
  });
  const right = (value: string | null, style?: CellStyle): Piece => ({ value, from: split, to: last, style });
  const issuer = s?.issuingBody ?? message(lang, "out.doc.issuingBody");
  const superior = s?.superiorBody ?? null;
  const lefts: Piece[] = [
    ...(superior === null ? [] : [left(superior.toUpperCase(), { size: 12 })]),
    left(issuer.toUpperCase(), { size: 12, bold: true }),
    left("__________", { size: 12 }),
  ];
  const rights: Piece[] = [
    right(message(lang, "out.doc.nation"), { size: 12, bold: true }),
    right(message(lang, "out.doc.motto"), { size: 13, bold: true, underline: true }),
    ...(dated
      ? [
          right(message(lang, "out.doc.date", { place: s?.place ?? message(lang, "out.doc.noPlace") }), {
            size: 13,
            italic: true,
          }),
        ]
      : []),
  ];
  const rows: OutRow[] = [];
  for (let r = 0; r < Math.max(lefts.length, rights.length); r++) {
    rows.push(documentRow(columns, [lefts[r] ?? left(null), rights[r] ?? right(null)]));
  }
  return rows;
}

/** `DỰ THẢO – còn N lỗi, M đơn vị chưa xếp hạng`, or null when the result is final (§11.2). */
export function draftText(result: CouncilResult, lang: Lang): string | null {
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const unranked = result.units.filter((u) => u.status !== "ranked").length;
  if (errors === 0 && unranked === 0) return null;
  return message(lang, "out.draft", { errors, unranked });
}

/**
 * The signature block on the right (`TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG`, the signer's title,
 * `(Ký, ghi rõ họ tên)`, room to sign, the signer), or, while the result is not final, the DỰ THẢO
 * line in its place.
 */
export function signatureBlock(
  result: CouncilResult,
  lang: Lang,
  columns: OutColumn[],
  split: number,
): OutRow[] {
  const draft = draftText(result, lang);
  if (draft !== null) return [spaceRow(12), wideRow(columns, draft, undefined, "draft")];
  const s = result.settings;
  const last = columns.length - 1;
  const right = (value: string | null, style: CellStyle): OutRow =>
    documentRow(columns, [{ value, from: split, to: last, style }]);
  return [
    spaceRow(12),
    right(message(lang, "out.sign.council"), { size: 13, bold: true }),
    right((s?.signerTitle ?? message(lang, "out.sign.chair")).toUpperCase(), { size: 13, bold: true }),
    right(message(lang, "out.sign.note"), { size: 13, italic: true }),
    spaceRow(66),
    right(s?.signer ?? null, { size: 13, bold: true }),
  ];
}
