/**
 * Turns a parsed census table into what the workbook receives: the sheet's header and rows (made a chunk at a
 * time), number formats that follow the source's precision (text columns as text, so codes such as "0101" and
 * KOSIS's own "-" stay as published), and the provenance row. The task pane and the CLI write the same sheet.
 */
import { LONG_HEADER, LONG_VALUE_COLUMN, applyFilters, longRowChunks, numberFormatFor, wideLayout, type CensusFilters, type OutCell } from "./output";
import { PROVENANCE_HEADER, provenance, provenanceRow } from "./provenance";
import type { CensusTable } from "./model";

/** Data rows in sheet order, with the number format of each row's `rowFormatColumn` cell where there is one. */
export interface RowChunk {
  rows: OutCell[][];
  formats?: string[];
}

export interface PreparedImport {
  /** Wanted sheet name (made unique before writing). */
  sheetName: string;
  header: string[];
  /** Data rows the sheet will hold (not counting the header row). */
  rowCount: number;
  /**
   * The data rows, a chunk at a time, made as they are read: a long sheet is written a piece at a time and
   * never held whole. Each call starts again from the first row.
   */
  rowChunks(): Iterable<RowChunk>;
  /** Number format per column ("" leaves the column as it is). */
  columnFormats: string[];
  /** The column whose number format goes row by row (a long table's 값: its items differ in precision). */
  rowFormatColumn?: number;
  /** Header and values of this import's row on the provenance sheet. */
  provenance: { header: string[]; values: OutCell[] };
}

/** Rows are made this many at a time; the writer gathers them into pieces of one sync each. */
const CHUNK_ROWS = 2048;

export type ImportLayout = "long" | "wide";

export interface ImportSummary {
  /** Value cells read from the source (after filters). */
  cellsRead: number;
  numbers: number;
  symbols: number;
  blanks: number;
  texts: number;
  /** Value cells the sheet will hold. */
  cellsWritten: number;
}

export function prepareImport(
  table: CensusTable,
  layout: ImportLayout,
  filters?: CensusFilters,
  importedAt = new Date(),
): PreparedImport & { summary: ImportSummary } {
  const t = applyFilters(table, filters);
  // The provenance of what is written: a filtered import records its own periods, units and the cells left out.
  const p = provenance(t, importedAt);
  const provenanceRecord = { header: [...PROVENANCE_HEADER], values: provenanceRow(p) };
  const sheetName = sheetNameFor(table);
  const c = t.counts;
  const counts = { cellsRead: c.dataCells, numbers: c.numbers, symbols: c.symbols, blanks: c.blanks, texts: c.texts };
  if (layout === "long") {
    const header = [...LONG_HEADER, ...t.extraDims];
    // One long row per value cell: the counts say how many before any row is made.
    return {
      sheetName,
      header,
      rowCount: c.dataCells,
      rowChunks: () => longChunks(t),
      columnFormats: header.map((_, i) => (i === LONG_VALUE_COLUMN ? "" : "@")),
      rowFormatColumn: LONG_VALUE_COLUMN,
      provenance: provenanceRecord,
      summary: { ...counts, cellsWritten: c.dataCells },
    };
  }
  const wide = wideLayout(t);
  const valueColumns = wide.columnKinds.filter((k) => k === "number").length;
  return {
    sheetName,
    header: flattenHeader(wide.header),
    rowCount: wide.rowCount,
    rowChunks: function* () {
      for (const rows of wide.rowChunks(CHUNK_ROWS)) yield { rows };
    },
    columnFormats: wide.columnKinds.map((k, col) => (k === "text" ? "@" : numberFormatFor(wide.decimals[col]))),
    provenance: provenanceRecord,
    summary: { ...counts, cellsWritten: wide.rowCount * valueColumns },
  };
}

/** The long rows with their value cell's number format (the source's precision for its item). */
function* longChunks(table: CensusTable): Generator<RowChunk> {
  const byDecimals: string[] = [];
  for (const chunk of longRowChunks(table, CHUNK_ROWS)) {
    const formats = chunk.decimals.map((d) => (byDecimals[d] ??= numberFormatFor(d)));
    yield { rows: chunk.rows, formats };
  }
}

/** Header rows of a wide table as one row (an Excel table has one), each name unique. */
export function flattenHeader(rows: string[][]): string[] {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const r of rows) {
      const p = (r[c] ?? "").trim();
      if (p && parts[parts.length - 1] !== p) parts.push(p);
    }
    const name = parts.join(" ") || `열${c + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** The sheet is named after the KOSIS table, or the file without its extension. */
export function sheetNameFor(table: CensusTable): string {
  const name = table.meta.tableName || table.fileName.replace(/\.[^.]+$/, "");
  return name.trim() || "KOSIS";
}
