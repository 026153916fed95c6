/**
 * WORKBOOK.md §11.4: "All hashes are SHA-256 in lowercase hex." SHA-256 of a text's UTF-8 bytes,
 * the same in Node, the browser and Excel's webview (a pure-JavaScript implementation: the
 * webview's `crypto.subtle` is asynchronous and absent outside secure contexts).
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The first row's `Mã trước`: 64 zeros. */
export const NO_PREVIOUS = "0".repeat(64);
