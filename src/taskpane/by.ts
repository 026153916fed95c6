/**
 * The pane's "Người thực hiện" field (WORKBOOK.md §11.4): the name every writing action puts in the
 * `Nhật ký` row, remembered on this computer. Storage can be absent or refuse (private windows, some
 * Office webviews, a full quota): the name is then kept for this session only, never an error.
 */
import { MAX_BY } from "../jobs/log";

const KEY = "thidua.by";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // a sandboxed frame throws on the very access
  }
}

export function loadBy(): string {
  try {
    return storage()?.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveBy(name: string): void {
  try {
    const store = storage();
    if (!store) return;
    if (name === "") store.removeItem(KEY);
    else store.setItem(KEY, name);
  } catch {
    // kept in the field for this session only
  }
}

/** Wires the field: filled from storage, saved on every change; `current` is what a job gets. */
export function mountBy(input: HTMLInputElement): { current: () => string } {
  input.maxLength = MAX_BY;
  input.value = loadBy();
  input.addEventListener("change", () => saveBy(input.value.trim()));
  return { current: () => input.value.trim() };
}
