/**
 * Coercion of raw Excel-like arguments. Ranges arrive as `unknown[][]`, a scalar may arrive where a range is
 * allowed, blank cells arrive as "" or null, omitted optional arguments as null or undefined.
 */
import { CellPos, Text, valueError } from "./explain";

/** A range argument as a matrix; a scalar becomes 1×1 and a flat array one row. */
export function toMatrix(x: unknown): unknown[][] {
  if (Array.isArray(x)) {
    if (x.length === 0) return [];
    if (x.every((r) => Array.isArray(r))) return x as unknown[][];
    return [x as unknown[]];
  }
  return [[x]];
}

/** Blank cell: null, undefined, or a string of spaces only (U+3000 included). */
export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

/** An omitted optional argument: null, undefined, "", or a range holding only blank cells. */
export function isOmitted(x: unknown): boolean {
  if (Array.isArray(x)) {
    const m = toMatrix(x);
    return m.every((r) => r.every((c) => isBlank(c)));
  }
  return isBlank(x);
}

/** The single value of a scalar argument; a 1×1 range is unwrapped. */
export function scalar(x: unknown, arg: string): unknown {
  if (!Array.isArray(x)) return x;
  const m = toMatrix(x);
  const cells = m.flat();
  if (cells.length === 1) return cells[0];
  const nonBlank = cells.filter((c) => !isBlank(c));
  if (nonBlank.length === 1) return nonBlank[0];
  throw valueError(
    `${arg} 인수에는 값 하나가 필요한데 ${cells.length}칸 범위가 들어왔습니다.`,
    `The ${arg} argument takes a single value but received a range of ${cells.length} cells.`,
    { arg, row: 0, col: 0 },
  );
}

/** Cell text with runs of spaces (U+3000 included) collapsed and the ends trimmed. */
export function cleanText(x: unknown): string {
  if (x === null || x === undefined) return "";
  return String(x).replace(/[\s\u3000]+/g, " ").trim();
}

/** A key for loose comparison: no spaces, lower case. */
export function looseKey(x: unknown): string {
  return cleanText(x).replace(/ /g, "").toLowerCase();
}

export function pos(arg: string, row: number, col: number): CellPos {
  return { arg, row, col };
}

/** "표 5행 3열" / "row 5, column 3" (1-based, as an analyst counts), with the argument name. */
export function where(cell: CellPos): Text {
  return {
    ko: `${cell.arg} ${cell.row + 1}행 ${cell.col + 1}열`,
    en: `${cell.arg} row ${cell.row + 1}, column ${cell.col + 1}`,
  };
}

/** Plain number for formulas: integers as is, others to 10 significant digits. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** Describes a cell value for an error message. */
export function describe(x: unknown): string {
  if (x === null || x === undefined || (typeof x === "string" && x.trim() === "")) return "(빈 칸 / blank)";
  if (typeof x === "string") return `"${x}"`;
  return String(x);
}

/** Sum in ascending order, so the result does not depend on the order of the inputs. */
export function orderFreeSum(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  let t = 0;
  for (const v of s) t += v;
  return t;
}

/** Sum in the given order. */
export function sum(xs: number[]): number {
  let t = 0;
  for (const v of xs) t += v;
  return t;
}
