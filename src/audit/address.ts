/**
 * A1-style address arithmetic, so that a position inside an argument's range (row 6, column 8 of `table`)
 * can be shown as the cell the analyst sees (`'표6'!I7`).
 */

export interface RangeRef {
  sheet?: string;
  /** 0-based top-left corner. */
  row: number;
  col: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses `Sheet1!A1:K20`, `'표 6'!$B$3`, `A1`; undefined when the text is not an A1 reference. */
export function parseRangeRef(address: string): RangeRef | undefined {
  const bang = address.lastIndexOf("!");
  let sheet: string | undefined;
  let rest = address;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = address.slice(bang + 1);
  }
  const first = rest.split(":")[0];
  const m = CELL.exec(first);
  if (!m) return undefined;
  return { sheet, row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Quotes a sheet name where Excel would: spaces, punctuation, a leading digit, or a name that reads as a cell. */
export function quoteSheet(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^R\d*C\d*$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function cellAddress(ref: RangeRef, rowOffset = 0, colOffset = 0): string {
  const a1 = `${columnLetters(ref.col + colOffset)}${ref.row + rowOffset + 1}`;
  return ref.sheet !== undefined ? `${quoteSheet(ref.sheet)}!${a1}` : a1;
}

/** `Sheet!A2:B2` for a block of cells (`Sheet!A2` for one cell). */
export function rangeAddress(ref: RangeRef & { rows: number; cols: number }): string {
  const first = cellAddress(ref);
  return ref.rows * ref.cols === 1 ? first : `${first}:${columnLetters(ref.col + ref.cols - 1)}${ref.row + ref.rows}`;
}
