/**
 * A workbook as the recalculation sees it, independent of the xlsx library: per sheet, the cells that hold
 * something, with formulas as files store them (no leading "=", `_xldudf_SANDAN_…` names) and their cached
 * results. Pure.
 */

/** A value as a file caches it: a number, text, a boolean, an error such as `#VALUE!`, or nothing. */
export type StoredValue = number | string | boolean | null | { error: string };

export interface StoredCell {
  /** 0-based. */
  row: number;
  col: number;
  /** The constant, or the cached result of a formula (undefined: the file holds no cached result). */
  value?: StoredValue;
  /** The formula as stored in the file, without "=" (shared formulas already translated to this cell). */
  formula?: string;
  /** For an array formula (dynamic or legacy): the size of its `ref` range. */
  array?: { rows: number; cols: number };
}

export interface SheetModel {
  name: string;
  cells: StoredCell[];
}

export interface DefinedName {
  name: string;
  /** What the name stands for, as a formula without "=", e.g. `'표6'!$A$1:$K$40`. */
  refersTo: string;
}

export interface BookModel {
  sheets: SheetModel[];
  names: DefinedName[];
  /** Dates count from 1904 (old Mac workbooks). */
  date1904?: boolean;
}

export function isErrorValue(v: unknown): v is { error: string } {
  return typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";
}

/**
 * Whether a stored and a recomputed value agree: numbers within 1e-9 (absolute, or relative to the larger
 * magnitude), text and booleans exactly, errors by their code, an empty cell only with an empty cell.
 */
export function sameValue(stored: StoredValue | undefined, recomputed: StoredValue): boolean {
  if (stored === undefined) return false;
  if (typeof stored === "number" && typeof recomputed === "number") {
    const diff = Math.abs(stored - recomputed);
    return diff <= 1e-9 || diff <= 1e-9 * Math.max(Math.abs(stored), Math.abs(recomputed));
  }
  if (isErrorValue(stored) || isErrorValue(recomputed)) {
    return isErrorValue(stored) && isErrorValue(recomputed) && stored.error.toUpperCase() === recomputed.error.toUpperCase();
  }
  const blank = (v: StoredValue) => v === null || v === "";
  if (blank(stored) || blank(recomputed)) return blank(stored) && blank(recomputed);
  return stored === recomputed;
}

/** A value for messages and tables: numbers in full precision, text quoted, errors as Excel shows them. */
export function showValue(v: StoredValue | undefined): string {
  if (v === undefined) return "(없음/none)";
  if (v === null) return "";
  if (isErrorValue(v)) return v.error;
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
