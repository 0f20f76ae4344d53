/**
 * Reading plain numeric ranges for the toolbox functions (HHI, KRUGMAN, LEONTIEF, AHP …): every value is a
 * number, a published statistical symbol is never silently turned into 0 unless it means "nothing to report"
 * ("-"), and every error names the argument and the cell.
 */
import { flagMeaning, parseCell } from "../../census/symbols";
import { describe, fmt, isBlank, toMatrix } from "../coerce";
import { CellPos, Explained, Text, notAvailable, valueError } from "../explain";

export interface NumberCell {
  value: number;
  cell: CellPos;
}

/**
 * One cell as a number. Numbers and numeric text pass; "-" (nothing to report) is 0 with a note; "X" (suppressed)
 * and "…" (not known) are #N/A; other text, booleans and errors are #VALUE!. Blank cells return null.
 */
export function cellNumber(raw: unknown, cell: CellPos, notes: Text[]): number | null {
  if (isBlank(raw)) return null;
  if (typeof raw === "number") {
    if (Number.isFinite(raw)) return raw;
    throw valueError(
      `${cell.arg} ${cell.row + 1}행 ${cell.col + 1}열의 값 ${String(raw)}은(는) 유한한 숫자가 아닙니다.`,
      `${cell.arg} row ${cell.row + 1}, column ${cell.col + 1} holds ${String(raw)}, not a finite number.`,
      cell,
    );
  }
  if (typeof raw === "string") {
    const p = parseCell(raw);
    if (p.kind === "number" && p.value !== null) {
      if (p.flag !== "") {
        notes.push({
          ko: `${cell.arg} ${cell.row + 1}행 ${cell.col + 1}열의 ${fmt(p.value)}에 표시 '${p.flag}'가 붙어 있습니다(값은 그대로 사용).`,
          en: `${cell.arg} row ${cell.row + 1}, column ${cell.col + 1}: ${fmt(p.value)} carries the marker '${p.flag}' (value used as is).`,
        });
      }
      return p.value;
    }
    if (p.kind === "symbol") {
      const m = flagMeaning(p.flag);
      if (m === "nil") {
        notes.push({
          ko: `${cell.arg} ${cell.row + 1}행 ${cell.col + 1}열의 '-'(해당 없음)을 0으로 계산했습니다.`,
          en: `${cell.arg} row ${cell.row + 1}, column ${cell.col + 1}: '-' (nothing to report) counted as 0.`,
        });
        return 0;
      }
      if (m === "suppressed") {
        throw notAvailable(
          `${cell.arg} ${cell.row + 1}행 ${cell.col + 1}열이 비밀보호(${p.flag}) 칸이어서 계산할 수 없습니다. 0으로 두면 결과가 틀리므로, 값을 알면 직접 넣고 모르면 SANDAN.SUPPRESSED_BOUNDS로 범위를 구하세요.`,
          `${cell.arg} row ${cell.row + 1}, column ${cell.col + 1} is suppressed (${p.flag}), so the result is not known. Counting it as 0 would be wrong: enter the value if you know it, or bound it with SANDAN.SUPPRESSED_BOUNDS.`,
          cell,
        );
      }
      throw notAvailable(
        `${cell.arg} ${cell.row + 1}행 ${cell.col + 1}열의 '${p.flag}'은(는) 공표된 값이 아니어서 계산할 수 없습니다.`,
        `${cell.arg} row ${cell.row + 1}, column ${cell.col + 1} holds '${p.flag}', not a published value, so the result is not known.`,
        cell,
      );
    }
  }
  throw valueError(
    `${cell.arg} ${cell.row + 1}행 ${cell.col + 1}열에 숫자 대신 ${describe(raw)}이(가) 있습니다.`,
    `${cell.arg} row ${cell.row + 1}, column ${cell.col + 1} holds ${describe(raw)} instead of a number.`,
    cell,
  );
}

/** A range as a list of numbers in reading order (rows first); blank cells are skipped. */
export function readVector(arg: unknown, argName: string, notes: Text[]): NumberCell[] {
  const m = toMatrix(arg);
  const out: NumberCell[] = [];
  m.forEach((row, i) =>
    row.forEach((raw, j) => {
      const cell: CellPos = { arg: argName, row: i, col: j };
      const v = cellNumber(raw, cell, notes);
      if (v !== null) out.push({ value: v, cell });
    }),
  );
  if (out.length === 0) {
    throw valueError(`${argName} 인수에 숫자가 하나도 없습니다.`, `The ${argName} argument holds no numbers.`, { arg: argName, row: 0, col: 0 });
  }
  return out;
}

/**
 * Two ranges of the same shape read pairwise; a position blank in both is skipped, a position blank in only one
 * is #VALUE! naming that cell.
 */
export function readPair(a: unknown, aName: string, b: unknown, bName: string, notes: Text[]): { a: NumberCell[]; b: NumberCell[] } {
  const ma = flatCells(a, aName);
  const mb = flatCells(b, bName);
  if (ma.length !== mb.length) {
    throw valueError(
      `${aName}(${ma.length}칸)와 ${bName}(${mb.length}칸)의 크기가 다릅니다. 같은 산업(또는 지역) 목록을 같은 순서로 넣으세요.`,
      `${aName} (${ma.length} cells) and ${bName} (${mb.length} cells) differ in size; give the same list of industries (or regions) in the same order.`,
      { arg: bName, row: 0, col: 0 },
    );
  }
  const outA: NumberCell[] = [];
  const outB: NumberCell[] = [];
  for (let k = 0; k < ma.length; k++) {
    const x = cellNumber(ma[k].raw, ma[k].cell, notes);
    const y = cellNumber(mb[k].raw, mb[k].cell, notes);
    if (x === null && y === null) continue;
    if (x === null || y === null) {
      const blank = x === null ? ma[k].cell : mb[k].cell;
      throw valueError(
        `${blank.arg} ${blank.row + 1}행 ${blank.col + 1}열이 비어 있는데 짝이 되는 칸에는 값이 있습니다. 0이면 0을 넣으세요.`,
        `${blank.arg} row ${blank.row + 1}, column ${blank.col + 1} is blank but its counterpart holds a value; enter 0 if it is zero.`,
        blank,
      );
    }
    outA.push({ value: x, cell: ma[k].cell });
    outB.push({ value: y, cell: mb[k].cell });
  }
  if (outA.length === 0) {
    throw valueError(`${aName}와 ${bName}에 숫자가 없습니다.`, `${aName} and ${bName} hold no numbers.`, { arg: aName, row: 0, col: 0 });
  }
  return { a: outA, b: outB };
}

function flatCells(arg: unknown, argName: string): { raw: unknown; cell: CellPos }[] {
  const out: { raw: unknown; cell: CellPos }[] = [];
  toMatrix(arg).forEach((row, i) => row.forEach((raw, j) => out.push({ raw, cell: { arg: argName, row: i, col: j } })));
  return out;
}

/** A rectangular range of numbers; blank cells are #VALUE! (a matrix has no holes). */
export function readMatrix(arg: unknown, argName: string, notes: Text[]): { x: number[][]; rows: number; cols: number } {
  const m = toMatrix(arg);
  if (m.length === 0 || m.every((r) => r.length === 0)) {
    throw valueError(`${argName} 인수가 비어 있습니다.`, `The ${argName} argument is empty.`, { arg: argName, row: 0, col: 0 });
  }
  const cols = Math.max(...m.map((r) => r.length));
  const x = m.map((row, i) =>
    Array.from({ length: cols }, (_, j) => {
      const cell: CellPos = { arg: argName, row: i, col: j };
      const v = cellNumber(row[j], cell, notes);
      if (v === null) {
        throw valueError(
          `${argName} ${i + 1}행 ${j + 1}열이 비어 있습니다. 행렬의 모든 칸에 숫자가 필요합니다(0이면 0을 넣으세요).`,
          `${argName} row ${i + 1}, column ${j + 1} is blank; every cell of the matrix needs a number (enter 0 for zero).`,
          cell,
        );
      }
      return v;
    }),
  );
  return { x, rows: m.length, cols };
}

/** Non-negative check with a readable error naming the cell. */
export function requireNonNegative(cells: NumberCell[], what: Text): void {
  for (const c of cells) {
    if (c.value < 0) {
      throw valueError(
        `${c.cell.arg} ${c.cell.row + 1}행 ${c.cell.col + 1}열의 ${fmt(c.value)}이(가) 음수입니다. ${what.ko}은(는) 0 이상이어야 합니다.`,
        `${c.cell.arg} row ${c.cell.row + 1}, column ${c.cell.col + 1} holds ${fmt(c.value)}, a negative number; ${what.en} must be 0 or more.`,
        c.cell,
      );
    }
  }
}

/** "a, b, c" of numbers for a formula, shortened in the middle when long. */
export function list(xs: number[], max = 12): string {
  if (xs.length <= max) return xs.map(fmt).join(", ");
  const head = xs.slice(0, max - 2).map(fmt);
  return `${head.join(", ")}, …, ${fmt(xs[xs.length - 1])} (${xs.length}개/values)`;
}

/** Rounds for display in a step matrix (full precision stays in the value). */
export function round(x: number, digits = 10): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}

function allFinite(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(allFinite);
  return true;
}

/** The function, refusing with a readable #VALUE! any result that is not a finite number. */
export function finiteOnly<A extends unknown[], T>(f: (...args: A) => Explained<T>): (...args: A) => Explained<T> {
  return (...args: A) => {
    const r = f(...args);
    if (!allFinite(r.value)) {
      throw valueError(
        "값이 너무 크거나 작아 결과가 수의 범위를 벗어났습니다. 단위를 바꾸어(예: 명 대신 천 명) 넣으세요.",
        "The values are too large or too small: the result leaves the range of numbers. Enter them in another unit (say thousands).",
      );
    }
    return r;
  };
}
