/**
 * The audit of SANDAN cells: for every cell whose formula calls a SANDAN function, the value the file
 * stores, the value recomputed, whether they agree, and the working of each SANDAN call (its arguments
 * resolved from the recalculated workbook, then the engine's explained result). Pure: no files, no console.
 */
import { parseArgument } from "../audit/arguments";
import { DetailedCellError } from "hyperformula";
import { parseRangeRef, cellAddress, rangeAddress } from "../audit/address";
import { sandanFunction } from "../audit/catalog";
import { isSandanError, type Explained, type SourceRow, type Step, type Text } from "../engine/explain";
import { displayFormula, findSandanCalls } from "../audit/formula";
import { isErrorValue, sameValue, type StoredValue } from "./book-model";
import { address } from "./exceljs-book";
import { toStored, type FormulaResult, type Recalculation } from "./recalc";

export interface ArgumentAudit {
  name: string;
  /** The argument as written ("" when omitted). */
  text: string;
  kind: "reference" | "literal" | "expression" | "omitted";
  /** A reference, sheet-qualified, e.g. `'표6'!A1:K40`. */
  address?: string;
  /** What the argument evaluates to: a value, or a 2-D block for a range. */
  value: StoredValue | StoredValue[][];
}

/** A step of the engine's working, its input cells named as worksheet addresses. */
export type StepAudit = Omit<Step, "cells"> & {
  /** The worksheet cells the step read. */
  cells?: string[];
};

/** A source row the engine looked at, named by its worksheet address. */
export type SourceAudit = Omit<SourceRow, "row"> & { address?: string };

export interface CallAudit {
  function: string;
  arguments: ArgumentAudit[];
  /** The engine's answer for this call, or its error. */
  value?: StoredValue | StoredValue[][];
  error?: { kind: string; text: Text };
  steps: StepAudit[];
  warnings: Text[];
  sources?: SourceAudit[];
}

export interface CellMismatch {
  address: string;
  stored: StoredValue | undefined;
  recomputed: StoredValue;
}

export interface CellAudit {
  sheet: string;
  address: string;
  /** As Excel shows it: `=SANDAN.BUDGET_SPLIT(A1,A2:B2)`. */
  formula: string;
  /** As the file stores it: `_xldudf_SANDAN_BUDGET_SPLIT(A1,A2:B2)`. */
  storedFormula: string;
  /** What the file holds: one value, or the block of a spill. */
  stored: (StoredValue | undefined)[][];
  /** What the workbook evaluates to now (absent when it cannot be recomputed). */
  recomputed?: StoredValue[][];
  /** "match": agree; "differs": a stored value differs; "unverified": could not be recomputed. */
  status: "match" | "differs" | "unverified";
  mismatches: CellMismatch[];
  reason?: Text;
  calls: CallAudit[];
}

export interface AuditReport {
  cells: CellAudit[];
  counts: { cells: number; match: number; differs: number; unverified: number };
}

/** Reads stored cell values of a block: the host knows the file. */
export type StoredReader = (sheet: string, row: number, col: number, rows: number, cols: number) => (StoredValue | undefined)[][];

export function auditWorkbook(recalc: Recalculation, readStored: StoredReader): AuditReport {
  const cells = recalc.results.filter((r) => r.sandan).map((r) => auditCell(recalc, r, readStored));
  const count = (s: CellAudit["status"]) => cells.filter((c) => c.status === s).length;
  return { cells, counts: { cells: cells.length, match: count("match"), differs: count("differs"), unverified: count("unverified") } };
}

function auditCell(recalc: Recalculation, r: FormulaResult, readStored: StoredReader): CellAudit {
  const base = {
    sheet: r.sheet,
    address: address(r.sheet, r.row, r.col),
    formula: `=${displayFormula(r.stored.replace(/^=/, ""))}`,
    storedFormula: r.stored,
  };
  const calls = auditCalls(recalc, r);
  if (r.status !== "ok" || !r.values) {
    const stored = readStored(r.sheet, r.row, r.col, r.storedArray?.rows ?? 1, r.storedArray?.cols ?? 1);
    return { ...base, stored, status: "unverified", mismatches: [], reason: r.reason, calls };
  }
  const rows = Math.max(r.values.length, r.storedArray?.rows ?? 1);
  const cols = Math.max(r.values[0].length, r.storedArray?.cols ?? 1);
  const stored = readStored(r.sheet, r.row, r.col, rows, cols);
  const recomputed = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, k) => r.values![i]?.[k] ?? null));
  const mismatches: CellMismatch[] = [];
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < cols; k++) {
      const s = stored[i][k];
      const v = recomputed[i][k];
      // A spill cell the file leaves empty where the answer is empty agrees; the formula cell itself must hold a value.
      if ((i || k) && s === undefined && v === null) continue;
      if (!sameValue(i || k ? s ?? null : s, v)) mismatches.push({ address: address(r.sheet, r.row + i, r.col + k), stored: s, recomputed: v });
    }
  }
  const reason: Text | undefined =
    mismatches.length === 0
      ? undefined
      : stored[0][0] === undefined && mismatches[0].address === base.address
        ? { ko: "파일에 저장된 값이 없습니다", en: "the file holds no cached value" }
        : { ko: "저장된 값이 재계산한 값과 다릅니다", en: "the stored value differs from its recomputation" };
  return { ...base, stored, recomputed, status: mismatches.length ? "differs" : "match", mismatches, reason, calls };
}

/** The working of every SANDAN call of a formula, from the engine. */
function auditCalls(recalc: Recalculation, r: FormulaResult): CallAudit[] {
  const sheetId = recalc.sheetId(r.sheet);
  const calls: CallAudit[] = [];
  // The HyperFormula text evaluates (Korean sheet names quoted); the file's text is what the analyst wrote.
  const written = findSandanCalls(displayFormula(r.stored.replace(/^=/, "")));
  for (const [index, call] of findSandanCalls(r.formula).entries()) {
    const shown = written[index]?.id === call.id ? written[index].args : call.args;
    const fn = sandanFunction(call.id);
    if (!fn) {
      calls.push({ function: call.id, arguments: [], steps: [], warnings: [], error: { kind: "name", text: { ko: `알 수 없는 SANDAN 함수 ${call.id}`, en: `unknown SANDAN function ${call.id}` } } });
      continue;
    }
    const args: ArgumentAudit[] = [];
    const engineArgs: unknown[] = [];
    let argError: StoredValue | undefined;
    fn.params.forEach((name, i) => {
      const text = call.args[i] ?? "";
      const raw = text === "" ? null : evaluateArgument(recalc, sheetId, text);
      const value = Array.isArray(raw) ? raw.map((row) => row.map(toStored)) : toStored(raw);
      const parsed = parseArgument(text, r.sheet);
      args.push({
        name,
        text: shown[i] ?? text,
        kind: parsed.kind === "range" ? "reference" : parsed.kind,
        address: parsed.kind === "range" ? rangeAddress(parsed) : undefined,
        value,
      });
      const found = firstError(raw);
      if (found && argError === undefined) argError = found;
      engineArgs.push(engineArg(raw, fn.ranges.includes(name)));
    });
    if (argError !== undefined) {
      calls.push({
        function: fn.id,
        arguments: args,
        value: argError,
        steps: [],
        warnings: [],
        error: { kind: "argument", text: { ko: `인수에 오류 ${showError(argError)}가 있습니다`, en: `an argument holds the error ${showError(argError)}` } },
      });
      continue;
    }
    let explained: Explained<unknown>;
    try {
      explained = fn.run(engineArgs);
    } catch (e) {
      const text = isSandanError(e) ? e.text : { ko: String(e instanceof Error ? e.message : e), en: String(e instanceof Error ? e.message : e) };
      const kind = isSandanError(e) ? e.kind : "value";
      calls.push({ function: fn.id, arguments: args, value: { error: kind === "na" ? "#N/A" : "#VALUE!" }, error: { kind, text }, steps: [], warnings: [] });
      continue;
    }
    const cellOfArg = (arg: string, row: number, col: number): string | undefined => {
      const a = args.find((x) => x.name === arg);
      const top = a?.address ? parseRangeRef(a.address) : undefined;
      return top ? cellAddress(top, row, col) : undefined;
    };
    calls.push({
      function: fn.id,
      arguments: args,
      value: Array.isArray(explained.value) ? (explained.value as unknown[][]).map((row) => row.map(toStored)) : toStored(explained.value),
      steps: explained.steps.map((s: Step) => ({
        id: s.id,
        label: s.label,
        formula: s.formula,
        value: s.value,
        cells: s.cells?.map((c) => cellOfArg(c.arg, c.row, c.col) ?? `${c.arg}[${c.row},${c.col}]`),
      })),
      warnings: explained.warnings,
      sources: explained.sources?.map(({ row, ...source }) => ({ address: cellOfArg("table", row, 0), ...source })),
    });
  }
  return calls;
}

/** The engine's form of an argument, as the HyperFormula plugin passes it. */
function engineArg(raw: unknown, asRange: boolean): unknown {
  if (Array.isArray(raw)) return raw.map((row: unknown[]) => row.map(plain));
  const p = plain(raw);
  return asRange && p !== null ? [[p]] : p;
}

function plain(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof DetailedCellError) return { error: v.value };
  return v;
}

function firstError(raw: unknown): StoredValue | undefined {
  if (raw instanceof DetailedCellError) return { error: raw.value };
  if (Array.isArray(raw)) for (const row of raw) for (const v of row as unknown[]) if (v instanceof DetailedCellError) return { error: v.value };
  return undefined;
}

function showError(v: StoredValue): string {
  return isErrorValue(v) ? v.error : String(v);
}

/**
 * An argument's value as the plugin receives it: a reference reads its cells (an empty cell is null, not the
 * 0 a formula would give), anything else is evaluated as a formula on the call's sheet.
 */
function evaluateArgument(recalc: Recalculation, sheetId: number, text: string): unknown {
  const hf = recalc.hf;
  if (parseArgument(text, "").kind === "range") {
    if (!text.includes(":")) {
      const cell = hf.simpleCellAddressFromString(text.trim(), sheetId);
      if (cell) return hf.getCellValue(cell);
    }
    const range = hf.simpleCellRangeFromString(text.trim(), sheetId);
    if (range) return hf.getRangeValues(range);
  }
  return hf.calculateFormula(`=${text}`, sheetId);
}
