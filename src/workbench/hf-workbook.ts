/**
 * WorkbookHost over HyperFormula: the workbench's workbook, with the SANDAN functions registered from the
 * same engine as in Excel. Number formats and tables are kept beside the formulas for display.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { EXCEL_COMPATIBLE, registerSandanFunctions } from "../hyperformula/sandan-plugin";
import { cellAddress } from "../audit/address";
import { CancelledError, type BlockWrite, type ChartSpec, type CellValue, type SelectionInfo, type WorkbookHost, type WriteOptions } from "../taskpane/workbook";

export interface TableInfo {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  name: string;
}

const CHUNK_ROWS = 5000;

export class HfWorkbook implements WorkbookHost {
  readonly kind = "workbench";
  readonly hf: HyperFormula;
  readonly tables: TableInfo[] = [];
  readonly charts: ChartSpec[] = [];
  /** Number formats by sheet, then "row,col" (cell) or "col" (whole column). */
  private formats = new Map<string, Map<string, string>>();
  private selection = { sheet: "", row: 0, col: 0 };
  private selectionListeners: (() => void)[] = [];
  private changeListeners: (() => void)[] = [];

  constructor(sheets: Record<string, RawCellContent[][]> = { Sheet1: [] }) {
    registerSandanFunctions();
    this.hf = HyperFormula.buildFromSheets(sheets, { ...EXCEL_COMPATIBLE, maxRows: 1_048_576, maxColumns: 16_384 });
    this.selection.sheet = this.hf.getSheetNames()[0] ?? "";
  }

  /** Called after anything in the workbook changes (values, sheets, selection excluded). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private changed(): void {
    // While calculation is suspended the grid would read stale values; it redraws on resume.
    if (this.hf.isEvaluationSuspended()) return;
    for (const l of this.changeListeners) l();
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`No sheet named ${name}`);
    return id;
  }

  async sheetNames(): Promise<string[]> {
    return this.hf.getSheetNames();
  }

  async addSheet(name: string): Promise<void> {
    if (this.hf.doesSheetExist(name)) throw new Error(`A sheet named ${name} exists`);
    this.hf.addSheet(name);
    this.changed();
  }

  async deleteSheet(name: string): Promise<void> {
    this.hf.removeSheet(this.sheetId(name));
    this.formats.delete(name);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === name) this.tables.splice(i, 1);
    if (this.selection.sheet === name) this.selection = { sheet: this.hf.getSheetNames()[0] ?? "", row: 0, col: 0 };
    this.changed();
  }

  async writeBlock(block: BlockWrite, options: WriteOptions = {}): Promise<void> {
    const sheet = this.sheetId(block.sheet);
    const formats = this.formatsOf(block.sheet);
    block.columnFormats?.forEach((f, c) => f && formats.set(String(block.col + c), f));
    const total = block.values.length;
    for (let from = 0; from < total; from += CHUNK_ROWS) {
      if (options.signal?.aborted) throw new CancelledError();
      const rows = block.values.slice(from, from + CHUNK_ROWS).map((r) => r.map(asConstant));
      this.hf.setCellContents({ sheet, row: block.row + from, col: block.col }, rows);
      if (block.rowFormats) {
        const { col, formats: rowFormats } = block.rowFormats;
        for (let i = from; i < Math.min(total, from + CHUNK_ROWS); i++) {
          if (rowFormats[i]) formats.set(`${block.row + i},${block.col + col}`, rowFormats[i]);
        }
      }
      options.onProgress?.(Math.min(total, from + CHUNK_ROWS), total);
      // Let the page breathe between chunks, as Office.js does between syncs.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.changed();
  }

  async writeFormulas(sheetName: string, row: number, col: number, formulas: string[][]): Promise<void> {
    this.hf.setCellContents({ sheet: this.sheetId(sheetName), row, col }, formulas);
    this.changed();
  }

  async addTable(sheet: string, row: number, col: number, rows: number, cols: number, name: string): Promise<void> {
    this.tables.push({ sheet, row, col, rows, cols, name });
    this.changed();
  }

  async addChart(spec: ChartSpec): Promise<void> {
    this.charts.push(spec);
    this.changed();
  }

  async readRange(sheetName: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]> {
    const sheet = this.sheetId(sheetName);
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.value(sheet, row + i, col + j)));
  }

  async usedRows(sheetName: string): Promise<number> {
    return this.hf.getSheetDimensions(this.sheetId(sheetName)).height;
  }

  async getSelection(): Promise<SelectionInfo> {
    const { sheet, row, col } = this.selection;
    const id = this.hf.getSheetId(sheet);
    const anchor = id === undefined ? undefined : this.formulaCellOf(id, row, col);
    return {
      address: cellAddress({ sheet, row, col }),
      sheet,
      row,
      col,
      formula: anchor?.formula ?? "",
      formulaRow: anchor?.row ?? row,
      formulaCol: anchor?.col ?? col,
      value: id === undefined ? null : this.value(id, row, col),
    };
  }

  /** The formula of a cell, or of the cell whose spill covers it. */
  private formulaCellOf(sheet: number, row: number, col: number): { row: number; col: number; formula: string } | undefined {
    const own = this.hf.getCellFormula({ sheet, row, col });
    if (own) return { row, col, formula: own };
    if (!this.hf.isCellPartOfArray({ sheet, row, col })) return undefined;
    // The spill's anchor is the nearest array formula up and to the left.
    for (let r = row; r >= Math.max(0, row - 10_000); r--) {
      for (let c = col; c >= Math.max(0, col - 256); c--) {
        const f = this.hf.getCellFormula({ sheet, row: r, col: c });
        if (f && this.hf.isCellPartOfArray({ sheet, row: r, col: c })) return { row: r, col: c, formula: f };
      }
    }
    return undefined;
  }

  async evaluate(sheetName: string, expression: string): Promise<unknown> {
    const v = this.hf.calculateFormula(`=${expression}`, this.sheetId(sheetName));
    return Array.isArray(v) ? v : v !== null && typeof v === "object" && "value" in v ? (v as { value: string }).value : v;
  }

  async selectCell(sheet: string, row: number, col: number): Promise<void> {
    this.select(sheet, row, col);
  }

  /** Moves the selection (the grid calls this on a click) and tells the listeners. */
  select(sheet: string, row: number, col: number): void {
    this.selection = { sheet, row, col };
    for (const l of this.selectionListeners) l();
  }

  get selected(): { sheet: string; row: number; col: number } {
    return { ...this.selection };
  }

  onSelectionChanged(listener: () => void): void {
    this.selectionListeners.push(listener);
  }

  async withCalculationSuspended<T>(work: () => Promise<T>): Promise<T> {
    this.hf.suspendEvaluation();
    try {
      return await work();
    } finally {
      this.hf.resumeEvaluation();
      this.changed();
    }
  }

  /** What the analyst typed into a cell: a formula, a number, or text. */
  enter(sheetName: string, row: number, col: number, input: string): void {
    const trimmed = input.trim();
    const content: RawCellContent = trimmed === "" ? null : trimmed.startsWith("=") ? trimmed : input;
    this.hf.setCellContents({ sheet: this.sheetId(sheetName), row, col }, [[content]]);
    this.changed();
  }

  value(sheet: number, row: number, col: number): CellValue {
    if (this.hf.isEvaluationSuspended()) return null;
    const v = this.hf.getCellValue({ sheet, row, col });
    if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
    return (v as { value: string }).value;
  }

  /** Error details of a cell (type and message) or undefined when it holds no error. */
  errorAt(sheet: number, row: number, col: number): { value: string; message: string } | undefined {
    if (this.hf.isEvaluationSuspended()) return undefined;
    const v = this.hf.getCellValue({ sheet, row, col });
    if (v && typeof v === "object" && "value" in v) return { value: String(v.value), message: String((v as { message?: string }).message ?? "") };
    return undefined;
  }

  formatAt(sheetName: string, row: number, col: number): string {
    const f = this.formats.get(sheetName);
    return f?.get(`${row},${col}`) ?? f?.get(String(col)) ?? "";
  }

  private formatsOf(sheet: string): Map<string, string> {
    let f = this.formats.get(sheet);
    if (!f) this.formats.set(sheet, (f = new Map()));
    return f;
  }
}

/** A value written as a constant: strings keep their text even when they look like numbers or formulas. */
function asConstant(v: CellValue): RawCellContent {
  return typeof v === "string" ? (v === "" ? null : `'${v}`) : v;
}
