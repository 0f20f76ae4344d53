/**
 * The bridge between exceljs workbooks and the recalculation's model: reading cells, constants and cached
 * formula results out, and writing recomputed results back in as cached values (formulas kept, stored in
 * the `_xldudf_SANDAN_…` form Excel uses in files; spills written into their cells).
 */
import { ValueType, type Cell, type CellValue as ExcelValue, type Workbook, type Worksheet } from "exceljs";
import { displayFormula, storedFormula } from "../audit/formula";
import { columnIndex, columnLetters } from "../audit/address";
import { isErrorValue, type BookModel, type DefinedName, type StoredCell, type StoredValue } from "./book-model";
import type { FormulaResult } from "./recalc";

const DAY_MS = 86_400_000;

/** A JavaScript date as Excel's serial number (exceljs reads date-formatted numbers as UTC dates). */
export function dateSerial(d: Date, date1904 = false): number {
  return 25569 + d.getTime() / DAY_MS - (date1904 ? 1462 : 0);
}

/** A cached value (constant or formula result) in the recalculation's form. */
export function storedValueOf(v: unknown, date1904 = false): StoredValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateSerial(v, date1904);
  if (isErrorValue(v)) return { error: v.error };
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: unknown; hyperlink?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
    if (typeof o.text === "string") return o.text;
  }
  return String(v);
}

function parseRef(ref: string): { row: number; col: number; rows: number; cols: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

function cellOf(cell: Cell, date1904: boolean): StoredCell | undefined {
  const row = Number(cell.row) - 1;
  const col = Number(cell.col) - 1;
  if (cell.type === ValueType.Merge || cell.type === ValueType.Null) return undefined;
  if (cell.type === ValueType.Formula) {
    const value = cell.value as { formula?: string; sharedFormula?: string; result?: unknown; shareType?: string; ref?: string };
    const formula = cell.formula;
    if (!formula) return { row, col, value: storedValueOf(value.result, date1904) };
    const out: StoredCell = { row, col, formula, value: value.result === undefined ? undefined : storedValueOf(value.result, date1904) };
    if (value.shareType === "array" && value.ref) {
      const r = parseRef(value.ref);
      if (r && r.row === row && r.col === col && r.rows * r.cols > 1) out.array = { rows: r.rows, cols: r.cols };
    }
    return out;
  }
  return { row, col, value: storedValueOf(cell.value, date1904) };
}

export function readModel(wb: Workbook): BookModel {
  const date1904 = Boolean(wb.properties?.date1904);
  const sheets = wb.worksheets.map((ws) => {
    const cells: StoredCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const c = cellOf(cell, date1904);
        if (c) cells.push(c);
      });
    });
    return { name: ws.name, cells };
  });
  const names: DefinedName[] = [];
  try {
    for (const n of wb.definedNames.model) {
      if (n.name.startsWith("_xlnm.") || n.ranges.length !== 1) continue;
      names.push({ name: n.name, refersTo: n.ranges[0] });
    }
  } catch {
    // names exceljs cannot list are left to show up as unsupported formulas
  }
  return { sheets, names, date1904 };
}

/** A value as exceljs writes it into a cell. */
function excelValue(v: StoredValue): ExcelValue {
  if (v === null) return null;
  if (isErrorValue(v)) return { error: v.error } as ExcelValue;
  return v;
}

function resultValue(v: StoredValue): number | string | boolean | { error: string } | undefined {
  if (v === null) return 0;
  return v;
}

export interface WriteSummary {
  formulas: number;
  /** Formula cells whose cached value changed (first cell of a spill included). */
  changed: string[];
  /** Cells written as part of spills. */
  spillCells: number;
}

export function address(sheet: string, row: number, col: number): string {
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetters(col)}${row + 1}`;
}

/**
 * Writes the recomputed values as cached results. Unsupported formulas keep what the file had. A spill
 * becomes an array formula over exactly the spill's cells, whose values are written; cells of the file's old
 * array range outside the new spill are cleared. Legacy array formulas whose result is one value over a
 * larger range repeat it, as Excel does.
 */
export function applyResults(wb: Workbook, results: readonly FormulaResult[]): WriteSummary {
  const summary: WriteSummary = { formulas: 0, changed: [], spillCells: 0 };
  for (const r of results) {
    const ws = wb.getWorksheet(r.sheet) as Worksheet;
    const cell = ws.getCell(r.row + 1, r.col + 1);
    const current = cell.value as { formula?: string; sharedFormula?: string; result?: unknown; shareType?: string; ref?: string };
    summary.formulas++;
    if (r.status !== "ok" || !r.values) continue;
    let values = r.values;
    const old = r.storedArray;
    if (old && values.length === 1 && values[0].length === 1) {
      values = Array.from({ length: old.rows }, () => Array.from({ length: old.cols }, () => r.values![0][0]));
    }
    const top = values[0][0];
    const before = current.result === undefined ? undefined : storedValueOf(current.result);
    if (before === undefined || JSON.stringify(before) !== JSON.stringify(top)) summary.changed.push(address(r.sheet, r.row, r.col));
    const formula = storedFormula(displayFormula(current.formula ?? cell.formula));
    const multi = values.length * values[0].length > 1;
    if (!multi && !old) {
      if (current.sharedFormula !== undefined) cell.value = { sharedFormula: current.sharedFormula, result: resultValue(top) } as ExcelValue;
      else if (current.shareType === "shared") cell.value = { formula, result: resultValue(top), shareType: "shared", ref: current.ref } as ExcelValue;
      else cell.value = { formula, result: resultValue(top) } as ExcelValue;
      continue;
    }
    const rows = values.length;
    const cols = values[0].length;
    // Clear the old array range first, then write the new spill.
    if (old) {
      for (let i = 0; i < old.rows; i++) for (let k = 0; k < old.cols; k++) if ((i || k) && (i >= rows || k >= cols)) ws.getCell(r.row + i + 1, r.col + k + 1).value = null;
    }
    const ref = `${columnLetters(r.col)}${r.row + 1}:${columnLetters(r.col + cols - 1)}${r.row + rows}`;
    cell.value = { formula, result: resultValue(top), shareType: "array", ref } as ExcelValue;
    for (let i = 0; i < rows; i++) {
      for (let k = 0; k < cols; k++) {
        if (!i && !k) continue;
        const target = ws.getCell(r.row + i + 1, r.col + k + 1);
        const before = storedValueOf(target.value);
        if (JSON.stringify(before) !== JSON.stringify(values[i][k])) summary.changed.push(address(r.sheet, r.row + i, r.col + k));
        target.value = excelValue(values[i][k]);
        summary.spillCells++;
      }
    }
  }
  return summary;
}

/** Stored values of a block of cells (for the audit's comparison of spills). */
export function readBlock(wb: Workbook, sheet: string, row: number, col: number, rows: number, cols: number): (StoredValue | undefined)[][] {
  const ws = wb.getWorksheet(sheet);
  const date1904 = Boolean(wb.properties?.date1904);
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, k) => {
      if (!ws) return null;
      const cell = ws.getCell(row + i + 1, col + k + 1);
      if (cell.type === ValueType.Formula) {
        const result = (cell.value as { result?: unknown }).result;
        return result === undefined ? undefined : storedValueOf(result, date1904);
      }
      return storedValueOf(cell.value, date1904);
    }),
  );
}
