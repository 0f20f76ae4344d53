/**
 * Puts source data, a SANDAN formula and its audit sheet into one HyperFormula workbook, so that an
 * independent formula engine checks ours.
 */
import { HyperFormula } from "hyperformula";
import { EXCEL_COMPATIBLE, registerSandanFunctions } from "../../src/hyperformula/sandan-plugin";
import { buildAuditSheet, type AuditSheet } from "../../src/audit/audit-sheet";
import { parseArgument } from "../../src/audit/arguments";
import { sandanFunction } from "../../src/audit/catalog";
import { firstSandanCall } from "../../src/audit/formula";
import { parseRangeRef } from "../../src/audit/address";
import type { Explained } from "../../src/engine/explain";

registerSandanFunctions();

export type Sheets = Record<string, unknown[][]>;

export interface Evaluated {
  hf: HyperFormula;
  audit: AuditSheet;
  /** Value of a cell given as a qualified address. */
  value(address: string): unknown;
  /** The engine's value at the SANDAN cell. */
  sandan: unknown;
  check: unknown;
  native: unknown[];
  explained: Explained<unknown>;
}

/** Reads a range's values back from HyperFormula as the engine receives them (null for blanks). */
function values(hf: HyperFormula, sheet: string, row: number, col: number, rows: number, cols: number): unknown[][] {
  const id = hf.getSheetId(sheet)!;
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < cols; c++) {
      const v = hf.getCellValue({ sheet: id, row: row + r, col: col + c });
      line.push(v === null ? null : v);
    }
    out.push(line);
  }
  return out;
}

/**
 * `sheets` holds the source data and, at `at` on `sheet`, the SANDAN formula. The audit sheet is built from
 * the engine's explained result and written to a new sheet "감사"; `tamper` replaces the SANDAN cell with a
 * constant afterwards (a wrong value the check must catch).
 */
let shared: HyperFormula | undefined;

/** One workbook for all cases (building a HyperFormula instance costs more than refilling its sheets). */
function workbook(sheets: Sheets): HyperFormula {
  shared ??= HyperFormula.buildEmpty(EXCEL_COMPATIBLE as never);
  const hf = shared;
  hf.batch(() => {
    for (const name of hf.getSheetNames()) if (!(name in sheets)) hf.removeSheet(hf.getSheetId(name)!);
    for (const [name, content] of Object.entries(sheets)) {
      if (!hf.doesSheetExist(name)) hf.addSheet(name);
      hf.setSheetContent(hf.getSheetId(name)!, content as never);
    }
  });
  return hf;
}

export function evaluate(sheets: Sheets, sheet: string, at: string, opts: { tamper?: (v: number) => number; target?: { row: number; col: number } } = {}): Evaluated {
  const hf = workbook(sheets);
  const sheetId = hf.getSheetId(sheet)!;
  const ref = parseRangeRef(at)!;
  const formula = hf.getCellFormula({ sheet: sheetId, row: ref.row, col: ref.col })!;
  const call = firstSandanCall(formula)!;
  const fn = sandanFunction(call.id)!;
  const args = fn.params.map((_, i) => parseArgument(call.args[i] ?? "", sheet));
  const vals = args.map((a, i) => {
    if (a.kind === "range") {
      const m = values(hf, a.sheet, a.row, a.col, a.rows, a.cols);
      return fn.ranges.includes(fn.params[i]) || a.rows * a.cols > 1 ? m : m[0][0];
    }
    // As the plugin hands them over: a literal for a range parameter arrives as a 1×1 range.
    if (a.kind === "literal") return fn.ranges.includes(fn.params[i]) && !Array.isArray(a.value) ? [[a.value]] : a.value;
    return null;
  });
  const explained = fn.run(vals);
  const audit = buildAuditSheet({
    fn,
    args,
    values: vals,
    explained,
    resultCell: { sheet, row: ref.row, col: ref.col },
    target: { sheet: "감사", row: opts.target?.row, col: opts.target?.col },
  });
  if (opts.tamper) {
    const v = hf.getCellValue({ sheet: sheetId, row: ref.row, col: ref.col }) as number;
    hf.setCellContents({ sheet: sheetId, row: ref.row, col: ref.col }, [[opts.tamper(v)]]);
  }
  hf.addSheet("감사");
  const auditId = hf.getSheetId("감사")!;
  if (opts.target) hf.setSheetContent(auditId, []);
  const top = { row: opts.target?.row ?? 0, col: opts.target?.col ?? 0 };
  hf.setCellContents({ sheet: auditId, row: top.row, col: top.col }, audit.cells as never);
  const value = (address: string) => {
    const r = parseRangeRef(address)!;
    return hf.getCellValue({ sheet: hf.getSheetId(r.sheet ?? "감사")!, row: r.row, col: r.col });
  };
  return {
    hf,
    audit,
    value,
    sandan: explained.value,
    explained,
    check: audit.check ? value(audit.check) : undefined,
    native: audit.native.map(value),
  };
}

/** The audit sheet's formulas that HyperFormula could not evaluate (an error value), with their cells. */
export function errors(e: Evaluated): string[] {
  const id = e.hf.getSheetId("감사")!;
  const out: string[] = [];
  e.audit.cells.forEach((row, r) =>
    row.forEach((c, col) => {
      const v = e.hf.getCellValue({ sheet: id, row: r, col });
      if (v && typeof v === "object" && "type" in v) out.push(`${r},${col}: ${String(c)} → ${(v as { type: string }).type} ${(v as { message?: string }).message ?? ""}`);
    }),
  );
  return out;
}
