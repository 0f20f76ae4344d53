/**
 * Building blocks of an audit sheet: a grid of cells written at a known place of a known sheet, so that
 * formulas inside the grid can name its own cells, and Excel literals and comparisons for native formulas.
 * Pure: no Office, DOM or Node.
 */
import { cellAddress, columnLetters } from "./address";
import { decimalText, toDecimal } from "../engine/budget";
import type { ArgumentRef } from "./arguments";

/** A cell of the audit sheet: a constant, or a formula (a string beginning with "="), or empty. */
export type AuditCell = string | number | boolean | null;

export interface Origin {
  sheet: string;
  /** 0-based top-left corner where the grid is written. */
  row: number;
  col: number;
}

/**
 * A sheet name as formulas write it, always in single quotes: Excel accepts the quotes on any name, and
 * HyperFormula needs them for names outside ASCII ('표6'!A1).
 */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Text that would read as a formula when typed is kept as text with Excel's leading apostrophe. */
export function text(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}

/** A grid that grows row by row; addresses of its cells are those of the target sheet. */
export class Grid {
  readonly rows: AuditCell[][] = [];
  constructor(readonly origin: Origin) {}

  /** Appends a row and returns its 0-based index within the grid. */
  add(cells: AuditCell[] = []): number {
    this.rows.push(cells.map((c) => (typeof c === "string" && !c.startsWith("=") ? text(c) : c)));
    return this.rows.length - 1;
  }

  set(row: number, col: number, value: AuditCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length < col) r.push(null);
    r[col] = typeof value === "string" && !value.startsWith("=") ? text(value) : value;
  }

  /** A1 address of a grid cell on the target sheet, unqualified (formulas of the grid live on that sheet). */
  addr(row: number, col: number, absolute = false): string {
    const c = columnLetters(this.origin.col + col);
    const r = this.origin.row + row + 1;
    return absolute ? `$${c}$${r}` : `${c}${r}`;
  }

  /** Address of a block of grid cells, e.g. C5:E5. */
  range(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
    const a = this.addr(r1, c1, absolute);
    const b = this.addr(r2, c2, absolute);
    return a === b ? a : `${a}:${b}`;
  }

  /** Sheet-qualified address, for callers outside the sheet. */
  qualified(row: number, col: number): string {
    return `${sheetPrefix(this.origin.sheet)}!${this.addr(row, col, true)}`;
  }

  /** The grid as a rectangle (short rows padded with null). */
  rectangle(): AuditCell[][] {
    const width = Math.max(1, ...this.rows.map((r) => r.length));
    return this.rows.map((r) => [...r, ...new Array<AuditCell>(width - r.length).fill(null)]);
  }
}

/** Absolute, sheet-qualified address of a cell of a source range: `'표 6'!$E$7`. */
export function sourceCell(ref: { sheet: string; row: number; col: number }, row: number, col: number): string {
  const a = cellAddress({ sheet: undefined, row: ref.row + row, col: ref.col + col });
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  return `${sheetPrefix(ref.sheet)}!$${m[1]}$${m[2]}`;
}

/** Absolute, sheet-qualified address of a block of a source range. */
export function sourceRange(ref: { sheet: string; row: number; col: number }, r1: number, c1: number, r2: number, c2: number): string {
  const a = sourceCell(ref, r1, c1);
  if (r1 === r2 && c1 === c2) return a;
  const b = sourceCell(ref, r2, c2).split("!").pop();
  return `${a}:${b}`;
}

/** An Excel number literal. */
export function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  // Plain decimals only: HyperFormula does not read exponents such as 1E-7 in formulas.
  const s = decimalText(toDecimal(n)!);
  return s.startsWith("-") ? `(${s})` : s;
}

/** An Excel string literal. */
export function stringLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The literal that compares equal to a cell holding `v` (a blank cell compares equal to ""). */
export function literalFor(v: unknown): string {
  if (v === null || v === undefined) return '""';
  if (typeof v === "number") return numberLiteral(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return stringLiteral(String(v));
}

function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * Whether Excel (and HyperFormula with its default case- and accent-insensitive settings) finds `cell = literal`
 * TRUE, where the literal was made by literalFor(lit): a blank cell equals "", 0 and FALSE; text compares
 * without case; a number never equals text.
 */
export function excelEquals(cell: unknown, lit: unknown): boolean {
  if (isBlankCell(cell)) {
    return isBlankCell(lit) || lit === 0 || lit === false;
  }
  if (isBlankCell(lit)) return false;
  if (typeof cell === "number" && typeof lit === "number") return cell === lit;
  if (typeof cell === "boolean" && typeof lit === "boolean") return cell === lit;
  if (typeof cell === "string" && typeof lit === "string") return fold(cell) === fold(lit);
  return false;
}

function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** How an argument is shown on the sheet: its range address, or the literal as written. */
export function argumentText(arg: ArgumentRef | undefined): string {
  if (!arg || arg.kind === "omitted") return "";
  if (arg.kind === "range") {
    const top = sourceCell(arg, 0, 0);
    return arg.rows * arg.cols === 1 ? top : `${top}:${sourceCell(arg, arg.rows - 1, arg.cols - 1).split("!").pop()}`;
  }
  return arg.text;
}
