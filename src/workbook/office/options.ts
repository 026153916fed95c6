/** What every Office.js job side takes: the host's requirement sets, request bounds, progress, cancel. */
import type { Signal } from "../port";

export interface OfficeOptions {
  /** `Office.context.requirements.isSetSupported` in Excel. */
  isSetSupported: (name: string, version: string) => boolean;
  /** Largest write request, in bytes of its payload (Excel on the web refuses 5 MB). */
  maxRequestBytes?: number;
  /** Largest number of cells read in one request. */
  maxReadCells?: number;
  /** Largest response a read asks for, estimated in bytes (Excel on the web refuses 5 MB). */
  maxResponseBytes?: number;
  /** Called as work advances: the fraction done, in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /** Set `cancelled` to stop between requests (writes are then undone). */
  signal?: Signal;
}

export const DEFAULT_MAX_REQUEST = 4 * 1024 * 1024;
export const DEFAULT_MAX_READ_CELLS = 200_000;
