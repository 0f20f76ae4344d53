/**
 * Writes a prepared import into the workbook: a new sheet (never over anything), its table, and a row on
 * the provenance sheet. All or nothing: a cancelled or failed write removes the sheet it created.
 */
import { EXCEL_MAX_ROWS, type PreparedImport } from "../census";
import { CHUNK_BUDGET, rowBytes } from "./payload";
import { CancelledError, uniqueSheetName, type CellValue, type WorkbookHost, type WriteOptions } from "./workbook";

export const PROVENANCE_SHEET = "출처";

export interface ImportOutcome {
  sheet: string;
  rows: number;
  cells: number;
}

export class ImportRefused extends Error {
  constructor(
    readonly ko: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "ImportRefused";
  }
}

/**
 * The sheet's rows (the header first) in pieces whose request stays under the budget of one Office.js sync,
 * each with its row formats: a writer takes a piece and writes it before asking for the next.
 *
 * A piece is valid until the next one is asked for: its rows are copied into arrays kept from piece to piece.
 * A piece lives until it is written, long enough for the collector to move fresh arrays into its old
 * generation, where they would pile up until a full collection; the chunks they are copied from (at most
 * 2,048 rows, one of them held across a write) are short-lived.
 */
export function* sheetPieces(prepared: PreparedImport, budget = CHUNK_BUDGET): Generator<{ rows: CellValue[][]; formats?: string[] }> {
  const byRow = prepared.rowFormatColumn !== undefined;
  const kept: CellValue[][] = [];
  const rows: CellValue[][] = [];
  const formats: string[] | undefined = byRow ? [] : undefined;
  let count = 0;
  let bytes = rowBytes(prepared.header, byRow ? "@" : "");
  const add = (row: CellValue[], format: string) => {
    let into = kept[count];
    if (!into) kept[count] = into = new Array(row.length);
    else into.length = row.length;
    for (let c = 0; c < row.length; c++) into[c] = row[c];
    rows[count] = into;
    if (formats) formats[count] = format;
    count++;
  };
  const piece = () => {
    rows.length = count;
    if (formats) formats.length = count;
    count = 0;
    bytes = 0;
    return { rows, formats };
  };
  add(prepared.header, byRow ? "@" : "");
  for (const chunk of prepared.rowChunks()) {
    for (let i = 0; i < chunk.rows.length; i++) {
      const row = chunk.rows[i];
      const format = byRow ? (chunk.formats?.[i] ?? "") : "";
      const b = rowBytes(row, format);
      if (count > 0 && bytes + b > budget) yield piece();
      add(row, format);
      bytes += b;
    }
  }
  if (count) yield piece();
}

export async function writeImport(host: WorkbookHost, prepared: PreparedImport, options: WriteOptions = {}): Promise<ImportOutcome> {
  const total = prepared.rowCount + 1;
  if (total > EXCEL_MAX_ROWS) {
    throw new ImportRefused(
      `결과가 ${total.toLocaleString("ko-KR")}행으로 Excel 한 시트의 한도(1,048,576행)를 넘습니다. 지역·산업·시점·항목을 골라 줄이거나 넓은 형식으로 가져오세요.`,
      `The result has ${total.toLocaleString("en-US")} rows, more than an Excel sheet holds (1,048,576). Filter regions, industries, periods or items, or import the wide layout.`,
    );
  }
  if (options.signal?.aborted) throw new CancelledError();
  const names = await host.sheetNames();
  const sheet = uniqueSheetName(prepared.sheetName, names);
  await host.addSheet(sheet);
  try {
    await host.withCalculationSuspended(async () => {
      await writeSheetRows(host, sheet, prepared, options);
      await host.addTable(sheet, 0, 0, total, prepared.header.length, tableName(sheet));
      await appendProvenance(host, [...names, sheet], sheet, prepared.provenance);
    });
  } catch (e) {
    await host.deleteSheet(sheet).catch(() => undefined);
    throw e;
  }
  return { sheet, rows: prepared.rowCount, cells: prepared.rowCount * prepared.header.length };
}

/** The header and data rows, a piece at a time, from the sheet's top-left corner. */
export async function writeSheetRows(host: WorkbookHost, sheet: string, prepared: PreparedImport, options: WriteOptions = {}): Promise<void> {
  const total = prepared.rowCount + 1;
  const col = prepared.rowFormatColumn;
  let written = 0;
  for (const piece of sheetPieces(prepared)) {
    if (options.signal?.aborted) throw new CancelledError();
    const top = written;
    await host.writeBlock(
      { sheet, row: top, col: 0, values: piece.rows, columnFormats: prepared.columnFormats, rowFormats: piece.formats && col !== undefined ? { col, formats: piece.formats } : undefined },
      { signal: options.signal, onProgress: (done) => options.onProgress?.(top + done, total) },
    );
    written += piece.rows.length;
  }
  // The table and the summary were sized from the row count: a sheet of any other size is not kept.
  if (written !== total) throw new Error(`The import made ${written} rows where ${total} were counted`);
}

async function appendProvenance(host: WorkbookHost, names: string[], sheet: string, provenance: PreparedImport["provenance"]): Promise<void> {
  const values: CellValue[] = [sheet, ...provenance.values];
  if (!names.includes(PROVENANCE_SHEET)) {
    await host.addSheet(PROVENANCE_SHEET);
    await host.writeBlock({ sheet: PROVENANCE_SHEET, row: 0, col: 0, values: [["시트", ...provenance.header], values] });
    return;
  }
  const row = await host.usedRows(PROVENANCE_SHEET);
  await host.writeBlock({ sheet: PROVENANCE_SHEET, row: Math.max(row, 1), col: 0, values: [values] });
}

/** A table name Excel accepts and that will not collide: letters, digits and underscores. */
export function tableName(sheet: string): string {
  const base = sheet.replace(/[^\p{L}\p{N}_]/gu, "_").replace(/^[^\p{L}_]/u, "_$&").slice(0, 40);
  return `${base}_${Date.now().toString(36)}`;
}
