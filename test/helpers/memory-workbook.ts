/** A WorkbookHost in memory, for testing the pane's flows without Excel. */
import { CancelledError, type BlockWrite, type ChartSpec, type CellValue, type SelectionInfo, type WorkbookHost, type WriteOptions } from "../../src/taskpane/workbook";

export class MemoryWorkbook implements WorkbookHost {
  readonly kind = "memory";
  sheets = new Map<string, CellValue[][]>();
  tables: { sheet: string; rows: number; cols: number; name: string }[] = [];
  charts: ChartSpec[] = [];
  formulas = new Map<string, string>();
  selection: SelectionInfo = { address: "Sheet1!A1", sheet: "Sheet1", row: 0, col: 0, formula: "", formulaRow: 0, formulaCol: 0, value: null };
  listeners: (() => void)[] = [];
  /** Makes the n-th writeBlock call fail, to test clean-up. */
  failOnWrite?: number;
  private writes = 0;

  constructor(names: string[] = ["Sheet1"]) {
    for (const n of names) this.sheets.set(n, []);
  }
  async sheetNames() {
    return [...this.sheets.keys()];
  }
  async addSheet(name: string) {
    if (this.sheets.has(name)) throw new Error(`sheet ${name} exists`);
    this.sheets.set(name, []);
  }
  async deleteSheet(name: string) {
    this.sheets.delete(name);
  }
  async writeBlock(block: BlockWrite, options: WriteOptions = {}) {
    if (++this.writes === this.failOnWrite) throw new Error("write failed");
    const grid = this.sheets.get(block.sheet);
    if (!grid) throw new Error(`no sheet ${block.sheet}`);
    const chunk = 1000;
    for (let from = 0; from < block.values.length; from += chunk) {
      if (options.signal?.aborted) throw new CancelledError();
      block.values.slice(from, from + chunk).forEach((r, i) => {
        const row = (grid[block.row + from + i] ??= []);
        r.forEach((v, c) => (row[block.col + c] = v));
      });
      options.onProgress?.(Math.min(from + chunk, block.values.length), block.values.length);
    }
  }
  async writeFormulas(sheet: string, row: number, col: number, formulas: string[][]) {
    formulas.forEach((r, i) => r.forEach((f, j) => this.formulas.set(`${sheet}!${row + i},${col + j}`, f)));
  }
  async addTable(sheet: string, _row: number, _col: number, rows: number, cols: number, name: string) {
    this.tables.push({ sheet, rows, cols, name });
  }
  async addChart(spec: ChartSpec) {
    this.charts.push(spec);
  }
  async readRange(sheet: string, row: number, col: number, rows: number, cols: number) {
    const grid = this.sheets.get(sheet) ?? [];
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => grid[row + i]?.[col + j] ?? null));
  }
  async usedRows(sheet: string) {
    return (this.sheets.get(sheet) ?? []).length;
  }
  async getSelection() {
    return this.selection;
  }
  async selectCell(sheet: string, row: number, col: number) {
    this.selection = { ...this.selection, sheet, row, col, address: `${sheet}!R${row + 1}C${col + 1}` };
    this.listeners.forEach((l) => l());
  }
  onSelectionChanged(listener: () => void) {
    this.listeners.push(listener);
  }
  async withCalculationSuspended<T>(work: () => Promise<T>) {
    return work();
  }
}
