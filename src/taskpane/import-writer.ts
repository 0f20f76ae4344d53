/**
 * Writes a prepared import into the workbook: a new sheet (never over anything), its table, and a row on
 * the provenance sheet. All or nothing: a cancelled or failed write removes the sheet it created.
 */
import { EXCEL_MAX_ROWS } from "../census";
import { CancelledError, uniqueSheetName, type CellValue, type WorkbookHost, type WriteOptions } from "./workbook";

export const PROVENANCE_SHEET = "출처";

export interface PreparedImport {
  /** Wanted sheet name (made unique before writing). */
  sheetName: string;
  header: string[];
  rows: CellValue[][];
  /** Number format per column ("" leaves the column as it is). */
  columnFormats: string[];
  /** Number formats per data row for one column (not counting the header row). */
  rowFormats?: { col: number; formats: string[] };
  /** Header and values of this import's row on the provenance sheet. */
  provenance: { header: string[]; values: CellValue[] };
}

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

export async function writeImport(host: WorkbookHost, prepared: PreparedImport, options: WriteOptions = {}): Promise<ImportOutcome> {
  const total = prepared.rows.length + 1;
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
      const rowFormats = prepared.rowFormats && { col: prepared.rowFormats.col, formats: ["@", ...prepared.rowFormats.formats] };
      await host.writeBlock({ sheet, row: 0, col: 0, values: [prepared.header, ...prepared.rows], columnFormats: prepared.columnFormats, rowFormats }, options);
      await host.addTable(sheet, 0, 0, total, prepared.header.length, tableName(sheet));
      await appendProvenance(host, [...names, sheet], sheet, prepared.provenance);
    });
  } catch (e) {
    await host.deleteSheet(sheet).catch(() => undefined);
    throw e;
  }
  return { sheet, rows: prepared.rows.length, cells: prepared.rows.length * prepared.header.length };
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
