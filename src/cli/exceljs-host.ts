/**
 * The task pane's WorkbookHost over an exceljs workbook, so that `sandan import` writes the sheet, its table
 * and the 출처 provenance row through the same writeImport code as the task pane.
 */
import { columnLetters } from "../audit/address";
import { ValueType, type Workbook, type Worksheet } from "exceljs";
import { isFormulaLike } from "../census";
import { storedFormula } from "../audit/formula";
import { CancelledError, type BlockWrite, type CellValue, type SelectionInfo, type WorkbookHost, type WriteOptions } from "../taskpane/workbook";
import { storedValueOf } from "./exceljs-book";
import { isErrorValue } from "./book-model";

const CHUNK_ROWS = 5000;

export class ExcelJsWorkbook implements WorkbookHost {
  readonly kind = "exceljs";

  constructor(readonly workbook: Workbook) {}

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`No sheet named ${name}`);
    return ws;
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((w) => w.name);
  }

  async addSheet(name: string): Promise<void> {
    if (this.workbook.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase())) throw new Error(`A sheet named ${name} exists`);
    this.workbook.addWorksheet(name);
  }

  async deleteSheet(name: string): Promise<void> {
    this.workbook.removeWorksheet(this.sheet(name).id);
  }

  async writeBlock(block: BlockWrite, options: WriteOptions = {}): Promise<void> {
    const ws = this.sheet(block.sheet);
    const total = block.values.length;
    for (let from = 0; from < total; from += CHUNK_ROWS) {
      if (options.signal?.aborted) throw new CancelledError();
      const to = Math.min(total, from + CHUNK_ROWS);
      for (let i = from; i < to; i++) {
        const values = block.values[i];
        const row = ws.getRow(block.row + i + 1);
        const width = Math.max(values.length, block.columnFormats?.length ?? 0);
        for (let c = 0; c < width; c++) {
          const v = c < values.length ? values[c] : undefined;
          const columnFormat = block.columnFormats?.[c];
          const rowFormat = block.rowFormats && block.rowFormats.col === c ? block.rowFormats.formats[i] : undefined;
          const format = rowFormat || columnFormat || (isFormulaLike(v) ? "@" : "");
          if (v === undefined && !format) continue;
          const cell = row.getCell(block.col + c + 1);
          if (v !== undefined) cell.value = v === "" ? null : v;
          if (format) cell.numFmt = format;
        }
      }
      options.onProgress?.(to, total);
    }
  }

  async writeFormulas(sheet: string, row: number, col: number, formulas: string[][]): Promise<void> {
    const ws = this.sheet(sheet);
    formulas.forEach((r, i) =>
      r.forEach((f, c) => {
        const cell = ws.getCell(row + i + 1, col + c + 1);
        cell.value = f && f.startsWith("=") ? { formula: storedFormula(f.slice(1)) } : f || null;
      }),
    );
  }

  async addTable(sheet: string, row: number, col: number, rows: number, cols: number, name: string): Promise<void> {
    const ws = this.sheet(sheet);
    const grid = await this.readRange(sheet, row, col, rows, cols);
    const header = grid[0].map((h, i) => (h === null || h === "" ? `열${i + 1}` : String(h)));
    const formats = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, c) => ws.getCell(row + i + 1, col + c + 1).numFmt));
    ws.addTable({
      name,
      displayName: name,
      ref: `${cellName(row, col)}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((h) => ({ name: h, filterButton: true })),
      rows: grid.slice(1).map((r) => r.map((v) => (v === null ? null : v))) as never,
    });
    // The table writes its cells again; keep the formats the block was written with.
    formats.forEach((r, i) =>
      r.forEach((f, c) => {
        if (f) ws.getCell(row + i + 1, col + c + 1).numFmt = f;
      }),
    );
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: row + 1, topLeftCell: cellName(row + 1, 0) }];
  }

  async readRange(sheet: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]> {
    const ws = this.sheet(sheet);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, c) => {
        const cell = ws.getCell(row + i + 1, col + c + 1);
        const raw = cell.type === ValueType.Formula ? (cell.value as { result?: unknown }).result : cell.value;
        const v = storedValueOf(raw);
        return isErrorValue(v) ? v.error : v;
      }),
    );
  }

  async usedRows(sheet: string): Promise<number> {
    const ws = this.sheet(sheet);
    let last = 0;
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      if (r.hasValues) last = Math.max(last, n);
    });
    return last;
  }

  async getSelection(): Promise<SelectionInfo> {
    const sheet = this.workbook.worksheets[0]?.name ?? "";
    // Not an object literal, so that it fits SelectionInfo with or without the spill-anchor fields.
    const selection = { address: `${sheet}!A1`, sheet, row: 0, col: 0, formula: "", formulaRow: 0, formulaCol: 0, value: null };
    return selection;
  }

  async selectCell(): Promise<void> {
    // A file has no selection to move.
  }

  onSelectionChanged(): void {
    // A file has no selection to follow.
  }

  async withCalculationSuspended<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }
}

function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
