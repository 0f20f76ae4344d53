/**
 * What rows cost in the request Office.js sends to Excel. Excel on the web refuses requests of 5 MB and more,
 * so every writer keeps each sync under MAX_SYNC_BYTES; the import writer also uses it to cut a long sheet
 * into pieces that are built, written and dropped one at a time.
 */
import type { CellValue } from "./workbook";

export const MAX_SYNC_BYTES = 4 * 1024 * 1024;
/** Headroom under the limit for the request envelope around the values. */
export const CHUNK_BUDGET = Math.floor(MAX_SYNC_BYTES * 0.9);

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? (c === 0x22 || c === 0x5c || c < 0x20 ? 2 : 1) : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** Bytes a row costs in the JSON of the request (its values, and its own number format if it has one). */
export function rowBytes(values: CellValue[], extra = ""): number {
  let n = 2 + (extra ? utf8Length(extra) + 6 : 0);
  for (const v of values) n += 1 + (v === null ? 2 : typeof v === "string" ? utf8Length(v) + 2 : String(v).length);
  return n;
}
