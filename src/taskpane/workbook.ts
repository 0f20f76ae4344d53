/**
 * The workbook as the task pane sees it. Excel implements it with Office.js (src/excel/), the browser
 * workbench over HyperFormula; the pane never knows which one it talks to.
 */

export type CellValue = string | number | boolean | null;

export interface SelectionInfo {
  /** Sheet-qualified address of the active cell, e.g. `'표6'!C7`. */
  address: string;
  sheet: string;
  row: number;
  col: number;
  /**
   * The formula as the user sees it (`=SANDAN.REGIONAL_SHARE(…)`), or "" for a constant or empty cell. For
   * a cell of a spill, the formula of the cell the spill comes from, which `formulaRow`/`formulaCol` name.
   */
  formula: string;
  formulaRow: number;
  formulaCol: number;
  value: CellValue;
}

/** A block of cells to write. Its arrays are the caller's again once writeBlock resolves: a host copies what it keeps. */
export interface BlockWrite {
  sheet: string;
  /** 0-based top-left corner. */
  row: number;
  col: number;
  values: CellValue[][];
  /** Number formats per column, e.g. "#,##0" or "0.0"; "@" writes text; "" leaves the column as it is. */
  columnFormats?: string[];
  /** Number formats per row for one column (a long table's value column, whose items differ in precision). */
  rowFormats?: { col: number; formats: string[] };
}

export interface WriteOptions {
  /** Called after each chunk with the rows written so far. */
  onProgress?: (rowsWritten: number, rowsTotal: number) => void;
  /** Stops the write between chunks; the write then rejects with a CancelledError. */
  signal?: AbortSignal;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

/** A native column chart over a block of a sheet: its header row, a label column, then `series` columns. */
export interface ChartSpec {
  sheet: string;
  title: string;
  row: number;
  col: number;
  rows: number;
  series: number;
  /** Where the chart's top-left corner goes. */
  anchorRow: number;
  anchorCol: number;
}

export interface WorkbookHost {
  /** "excel" or "workbench", for the pane's footer only. */
  readonly kind: string;
  sheetNames(): Promise<string[]>;
  /** Adds a sheet at the end; fails if the name exists (callers choose a unique one first). */
  addSheet(name: string): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** Writes values as constants: text that looks like a formula is written as text. */
  writeBlock(block: BlockWrite, options?: WriteOptions): Promise<void>;
  /** Writes formulas (strings beginning with "=") into a block. */
  writeFormulas(sheet: string, row: number, col: number, formulas: string[][]): Promise<void>;
  /** Turns a written block into a table (Excel ListObject) with a frozen header row. */
  addTable(sheet: string, row: number, col: number, rows: number, cols: number, name: string): Promise<void>;
  readRange(sheet: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]>;
  /** Rows from the top of the sheet to its last used row (0 for an empty sheet). */
  usedRows(sheet: string): Promise<number>;
  getSelection(): Promise<SelectionInfo>;
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  onSelectionChanged(listener: () => void): void;
  /** Runs a batch of writes with calculation suspended where the host supports it. */
  withCalculationSuspended<T>(work: () => Promise<T>): Promise<T>;
  /** Inserts a native chart, where the host has charts (Excel, the workbench). */
  addChart?(spec: ChartSpec): Promise<void>;
  /** Evaluates an expression as a formula on a sheet would, where the host can (the audit view uses it). */
  evaluate?(sheet: string, expression: string): Promise<unknown>;
}

/** A sheet name that is not taken yet: "표6", "표6 (2)", "표6 (3)" … within Excel's 31-character limit. */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const clean = wanted.replace(/[\\/?*[\]:]/g, " ").trim().slice(0, 31) || "Sheet";
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
