/**
 * WorkbookHost over Office.js. Large blocks go out in row chunks kept under MAX_SYNC_BYTES per
 * context.sync(): Excel on the web refuses requests of 5 MB and more.
 */
import { CancelledError, type BlockWrite, type ChartSpec, type CellValue, type SelectionInfo, type WorkbookHost, type WriteOptions } from "../taskpane/workbook";
import { cellAddress, columnLetters, parseRangeRef } from "../audit/address";
import { isFormulaLike } from "../census";
import { CHUNK_BUDGET, rowBytes } from "../taskpane/payload";

/** Splits rows into chunks whose payload stays under the budget. */
export function planChunks(values: CellValue[][], budget = CHUNK_BUDGET, rowFormats?: string[]): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    const b = rowBytes(values[r], rowFormats?.[r]);
    if (r > start && bytes + b > budget) {
      chunks.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += b;
  }
  if (start < values.length) chunks.push([start, values.length]);
  return chunks;
}

function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  return `${columnLetters(col)}${row + 1}:${columnLetters(col + cols - 1)}${row + rows}`;
}

export class OfficeWorkbook implements WorkbookHost {
  readonly kind = "excel";

  async sheetNames(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async addSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  }

  /** Payloads not in use; a write takes one (or makes one) and gives it back, so writes at once never share. */
  private readonly idle: Payload[] = [];

  async writeBlock(block: BlockWrite, options: WriteOptions = {}): Promise<void> {
    const cols = block.values.reduce((m, r) => Math.max(m, r.length), 0);
    if (cols === 0) return;
    const payload = this.idle.pop() ?? new Payload();
    try {
      await this.writeChunks(block, cols, payload, options);
    } finally {
      this.idle.push(payload);
    }
  }

  private async writeChunks(block: BlockWrite, cols: number, payload: Payload, options: WriteOptions): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(block.sheet);
      const total = block.values.length;
      for (const [from, to] of planChunks(block.values, CHUNK_BUDGET, block.rowFormats?.formats)) {
        if (options.signal?.aborted) throw new CancelledError();
        const rows = payload.values(block.values, from, to, cols);
        const top = block.row + from;
        // One format per column (a scalar applies to every cell of the range), then "@" for the rare
        // formula-looking text so that Excel keeps it as text.
        block.columnFormats?.forEach((format, c) => {
          if (format && c < cols) setScalar(sheet.getRange(rangeAddress(top, block.col + c, to - from, 1)), "numberFormat", format);
        });
        if (block.rowFormats && block.rowFormats.col < cols) {
          sheet.getRange(rangeAddress(top, block.col + block.rowFormats.col, to - from, 1)).numberFormat = payload.rowFormats(block.rowFormats.formats, from, to);
        }
        rows.forEach((r, i) =>
          r.forEach((v, c) => {
            if (isFormulaLike(v) && block.columnFormats?.[c] !== "@") setScalar(sheet.getRange(rangeAddress(top + i, block.col + c, 1, 1)), "numberFormat", "@");
          }),
        );
        sheet.getRange(rangeAddress(top, block.col, to - from, cols)).values = rows;
        await context.sync();
        options.onProgress?.(to, total);
      }
    });
  }

  async writeFormulas(sheetName: string, row: number, col: number, formulas: string[][]): Promise<void> {
    const cols = formulas.reduce((m, r) => Math.max(m, r.length), 0);
    if (cols === 0) return;
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress(row, col, formulas.length, cols));
      range.formulas = new Payload().values(formulas, 0, formulas.length, cols);
      await context.sync();
    });
  }

  async addTable(sheetName: string, row: number, col: number, rows: number, cols: number, name: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const table = sheet.tables.add(sheet.getRange(rangeAddress(row, col, rows, cols)), true);
      table.name = name;
      sheet.freezePanes.freezeRows(row + 1);
      await context.sync();
    });
  }

  async addChart(spec: ChartSpec): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(spec.sheet);
      const data = sheet.getRange(rangeAddress(spec.row, spec.col, spec.rows, spec.series + 1));
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, data, Excel.ChartSeriesBy.columns);
      chart.title.text = spec.title;
      chart.setPosition(`${columnLetters(spec.anchorCol)}${spec.anchorRow + 1}`);
      await context.sync();
    });
  }

  async readRange(sheetName: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]> {
    return Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(rangeAddress(row, col, rows, cols)).load("values");
      await context.sync();
      return range.values as CellValue[][];
    });
  }

  async usedRows(sheetName: string): Promise<number> {
    return Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true).load(["rowIndex", "rowCount"]);
      await context.sync();
      return used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    });
  }

  async getSelection(): Promise<SelectionInfo> {
    return Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell().load(["address", "formulas", "values"]);
      // A cell of a dynamic-array spill shows its anchor's formula (ExcelApi 1.12; older Excel: the cell alone).
      const parent = spillsSupported() ? cell.getSpillParentOrNullObject().load(["address", "formulas"]) : undefined;
      await context.sync();
      const ref = parseRangeRef(cell.address);
      const own = String(cell.formulas[0][0] ?? "");
      const anchor = !own.startsWith("=") && parent && !parent.isNullObject ? parent : undefined;
      const anchorRef = anchor ? parseRangeRef(anchor.address) : undefined;
      const formula = anchor ? String(anchor.formulas[0][0] ?? "") : own;
      return {
        address: ref ? cellAddress(ref) : cell.address,
        sheet: ref?.sheet ?? "",
        row: ref?.row ?? 0,
        col: ref?.col ?? 0,
        formula: formula.startsWith("=") ? formula : "",
        formulaRow: anchorRef?.row ?? ref?.row ?? 0,
        formulaCol: anchorRef?.col ?? ref?.col ?? 0,
        value: cell.values[0][0] as CellValue,
      };
    });
  }

  async selectCell(sheetName: string, row: number, col: number): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(rangeAddress(row, col, 1, 1)).select();
      await context.sync();
    });
  }

  onSelectionChanged(listener: () => void): void {
    void Excel.run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => listener());
      await context.sync();
    });
  }

  async withCalculationSuspended<T>(work: () => Promise<T>): Promise<T> {
    const previous = await Excel.run(async (context) => {
      const app = context.application.load("calculationMode");
      await context.sync();
      const mode = app.calculationMode;
      app.calculationMode = Excel.CalculationMode.manual;
      await context.sync();
      return mode;
    });
    try {
      return await work();
    } finally {
      await Excel.run(async (context) => {
        context.application.calculationMode = previous;
        await context.sync();
      });
    }
  }
}

function spillsSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.12");
  } catch {
    return false;
  }
}

/** Office.js applies a single (non-array) value to every cell of a range. */
function setScalar(range: Excel.Range, property: "numberFormat", value: string): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}

/**
 * The arrays one write sends, kept from sync to sync: Office.js has serialized a request once its sync has
 * resolved, so they are filled again for the next. Fresh arrays for ~20,000 rows, alive across a sync, would
 * be moved to the collector's old generation and left there until a full collection.
 */
class Payload {
  private readonly rows: CellValue[][] = [];
  private readonly rowsOut: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly formatsOut: string[][] = [];

  /** Rows from..to as Excel takes them: every row `cols` wide, empty cells as "" (null would leave the cell as it was). */
  values(values: CellValue[][], from: number, to: number, cols: number): CellValue[][] {
    const out = this.rowsOut;
    const n = to - from;
    for (let k = 0; k < n; k++) {
      const src = values[from + k];
      let row = this.rows[k];
      if (!row) this.rows[k] = row = new Array(cols);
      else row.length = cols;
      for (let c = 0; c < cols; c++) {
        const v = src[c];
        row[c] = v === null || v === undefined ? "" : v;
      }
      out[k] = row;
    }
    out.length = n;
    return out;
  }

  /** One number format per row, as a one-column range takes them ("" leaves Excel's General). */
  rowFormats(formats: string[], from: number, to: number): string[][] {
    const out = this.formatsOut;
    const n = to - from;
    for (let k = 0; k < n; k++) {
      let cell = this.formats[k];
      if (!cell) this.formats[k] = cell = [""];
      cell[0] = formats[from + k] || "General";
      out[k] = cell;
    }
    out.length = n;
    return out;
  }
}
