/**
 * Recalculates a workbook model with HyperFormula (Excel-compatible settings, SANDAN functions registered
 * over the same engine as the add-in) and reports, per formula cell, what it evaluates to now. Pure: no
 * files, no console.
 *
 * Array formulas: the cells inside an array formula's range are its spill, so their cached values are not
 * loaded as constants (they would block the spill). A formula that HyperFormula cannot evaluate (a function
 * it does not know, syntax it does not read, a circular reference) is "unsupported": its cached value is kept
 * and the cell is listed, as are the formulas that depend on it.
 */
import { DetailedCellError, HyperFormula, type RawCellContent, type SimpleCellAddress } from "hyperformula";
import { EXCEL_COMPATIBLE, registerSandanFunctions } from "../hyperformula/sandan-plugin";
import { findSandanCalls } from "../audit/formula";
import { isErrorValue, type BookModel, type StoredCell, type StoredValue } from "./book-model";
import { hyperFormulaText } from "./hf-formula";
import type { Text } from "../engine/explain";

export interface FormulaResult {
  sheet: string;
  row: number;
  col: number;
  /** The formula as the file stores it (no "="). */
  stored: string;
  /** The formula as HyperFormula reads it (with "="). */
  formula: string;
  /** Whether the formula calls a SANDAN function. */
  sandan: boolean;
  status: "ok" | "unsupported";
  /** Why the formula could not be evaluated, when it could not. */
  reason?: Text;
  /**
   * What the formula evaluates to: one cell, or its whole spill (top-left first). Absent when unsupported.
   */
  values?: StoredValue[][];
  /** The file held it as an array formula over this many cells (its `ref`). */
  storedArray?: { rows: number; cols: number };
}

export interface Recalculation {
  hf: HyperFormula;
  results: FormulaResult[];
  /** Names the file defines that HyperFormula could not take (their formulas then show as unsupported). */
  skippedNames: string[];
  sheetId(name: string): number;
  destroy(): void;
}

const MAX_ROWS = 1_048_576;
const RANGE_REF = /^(?:(?:'(?:[^']|'')+'|[^\s'!():,{}"]+)!)\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;
const MAX_COLUMNS = 16_384;

/** A constant as HyperFormula should hold it: text stays text even when it looks like a number or formula. */
function constant(v: StoredValue | undefined): RawCellContent {
  if (v === undefined || v === null) return null;
  if (isErrorValue(v)) return v.error;
  if (typeof v === "string") return v === "" ? null : `'${v}`;
  return v;
}

/** HyperFormula's cell value in the form a file caches. */
export function toStored(v: unknown): StoredValue {
  if (v instanceof DetailedCellError) return { error: v.value };
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && v !== null && "value" in v) return { error: String((v as { value: unknown }).value) };
  return String(v);
}

/** HyperFormula's error kinds that mean "cannot evaluate this here", as opposed to an Excel error result. */
function unsupportedReason(v: unknown): Text | undefined {
  if (!(v instanceof DetailedCellError)) return undefined;
  const message = v.message ?? "";
  if (v.type === "NAME") {
    return {
      ko: `HyperFormula가 모르는 함수나 이름입니다 (${message || v.value})`,
      en: `a function or name HyperFormula does not know (${message || v.value})`,
    };
  }
  if (v.type === "ERROR") return { ko: `읽을 수 없는 수식입니다 (${message})`, en: `a formula HyperFormula cannot read (${message})` };
  if (v.type === "CYCLE") return { ko: "순환 참조입니다", en: "a circular reference" };
  if (v.type === "LIC") return { ko: "HyperFormula 라이선스 오류", en: "HyperFormula licence error" };
  return undefined;
}

export function recalculate(model: BookModel): Recalculation {
  registerSandanFunctions();
  const sheetNames = model.sheets.map((s) => s.name);
  const hf = HyperFormula.buildEmpty({
    ...EXCEL_COMPATIBLE,
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
    ...(model.date1904 ? { nullDate: { year: 1904, month: 1, day: 1 }, leapYear1900: false } : {}),
  });
  const ids = new Map<string, number>();
  // Names of plain ranges are written into the formulas as their ranges (see hyperFormulaText).
  const inlineNames = new Map<string, string>();
  for (const n of model.names) {
    const ref = n.refersTo.trim().replace(/^=/, "");
    if (RANGE_REF.test(ref)) inlineNames.set(n.name.toLowerCase(), hyperFormulaText(ref, sheetNames).slice(1));
  }
  const formulas: { sheet: string; cell: StoredCell; formula: string }[] = [];
  const skippedNames: string[] = [];
  hf.suspendEvaluation();
  for (const sheet of model.sheets) {
    const name = hf.addSheet(sheet.name);
    const id = hf.getSheetId(name) as number;
    ids.set(sheet.name, id);
    // Cells covered by an array formula's range, other than its top-left: the spill, left empty.
    const spill = new Set<string>();
    for (const c of sheet.cells) {
      if (c.formula === undefined || !c.array) continue;
      for (let r = 0; r < c.array.rows; r++) for (let k = 0; k < c.array.cols; k++) if (r || k) spill.add(`${c.row + r},${c.col + k}`);
    }
    let height = 0;
    let width = 0;
    for (const c of sheet.cells) {
      height = Math.max(height, c.row + 1);
      width = Math.max(width, c.col + 1);
    }
    const grid: RawCellContent[][] = Array.from({ length: height }, () => []);
    for (const c of sheet.cells) {
      if (c.formula !== undefined) {
        const formula = hyperFormulaText(c.formula, sheetNames, inlineNames);
        grid[c.row][c.col] = formula;
        formulas.push({ sheet: sheet.name, cell: c, formula });
      } else if (!spill.has(`${c.row},${c.col}`)) grid[c.row][c.col] = constant(c.value);
    }
    if (height > 0) hf.setSheetContent(id, grid);
  }
  for (const n of model.names) {
    try {
      if (!hf.isItPossibleToAddNamedExpression(n.name, hyperFormulaText(n.refersTo, sheetNames))) throw new Error("refused");
      hf.addNamedExpression(n.name, hyperFormulaText(n.refersTo, sheetNames));
    } catch {
      skippedNames.push(n.name);
    }
  }
  hf.resumeEvaluation();

  const results: FormulaResult[] = formulas.map(({ sheet, cell, formula }) => {
    const address: SimpleCellAddress = { sheet: ids.get(sheet) as number, row: cell.row, col: cell.col };
    const sandan = findSandanCalls(formula).length > 0;
    const base = { sheet, row: cell.row, col: cell.col, stored: cell.formula as string, formula, sandan, storedArray: cell.array };
    const top = hf.getCellValue(address);
    const reason = unsupportedReason(top);
    if (reason) return { ...base, status: "unsupported", reason };
    return { ...base, status: "ok", values: valuesAt(hf, address, sandan) };
  });

  return {
    hf,
    results,
    skippedNames,
    sheetId: (name: string) => {
      const id = ids.get(name);
      if (id === undefined) throw new Error(`no sheet ${name}`);
      return id;
    },
    destroy: () => hf.destroy(),
  };
}

/** The values of a formula cell: its spill when it spills, else the one value. */
function valuesAt(hf: HyperFormula, address: SimpleCellAddress, sandan: boolean): StoredValue[][] {
  if (hf.getCellType(address) !== "ARRAYFORMULA") {
    const v = toStored(hf.getCellValue(address));
    // A formula whose result is an empty cell shows 0 in Excel.
    return [[v === null ? 0 : v]];
  }
  const size = spillSize(hf, address);
  const grid = hf
    .getRangeValues({ start: address, end: { ...address, row: address.row + size.rows - 1, col: address.col + size.cols - 1 } })
    .map((r) => r.map(toStored));
  // SANDAN functions announce an upper bound for their spill and pad the rest with empty cells: Excel's
  // spill is only as large as the answer.
  return sandan ? trimEmpty(grid) : grid;
}

function spillSize(hf: HyperFormula, address: SimpleCellAddress): { rows: number; cols: number } {
  try {
    const vertex = (hf.dependencyGraph as unknown as { arrayMapping: { getArrayByCorner(a: SimpleCellAddress): { array: { size: { width: number; height: number } } } | undefined } })
      .arrayMapping.getArrayByCorner(address);
    if (vertex) return { rows: vertex.array.size.height, cols: vertex.array.size.width };
  } catch {
    // fall through to scanning
  }
  const partOf = (row: number, col: number) => hf.getCellType({ ...address, row, col }) === "ARRAY";
  let cols = 1;
  while (partOf(address.row, address.col + cols)) cols++;
  let rows = 1;
  while (partOf(address.row + rows, address.col)) rows++;
  return { rows, cols };
}

function trimEmpty(grid: StoredValue[][]): StoredValue[][] {
  let rows = grid.length;
  while (rows > 1 && grid[rows - 1].every((v) => v === null)) rows--;
  let cols = grid[0]?.length ?? 1;
  while (cols > 1 && grid.slice(0, rows).every((r) => r[cols - 1] === null)) cols--;
  return grid.slice(0, rows).map((r) => r.slice(0, cols));
}
