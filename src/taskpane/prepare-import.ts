/**
 * Turns a parsed census table into what the workbook receives: the sheet's header and rows, number formats
 * that follow the source's precision (text columns as text, so codes such as "0101" and KOSIS's own "-"
 * stay as published), and the provenance row. Host-free: the task pane and the CLI write the same sheet.
 */
import {
  LONG_HEADER,
  LONG_VALUE_COLUMN,
  PROVENANCE_HEADER,
  applyFilters,
  longRowChunks,
  numberFormatFor,
  provenance,
  provenanceRow,
  toWideRows,
  type CensusFilters,
  type CensusTable,
} from "../census";
import type { PreparedImport, RowChunk } from "./import-writer";

/** Long rows are made this many at a time; the writer gathers them into pieces of one sync each. */
const LONG_CHUNK_ROWS = 2048;

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
  const p = provenance(table, importedAt);
  const provenanceRecord = { header: [...PROVENANCE_HEADER], values: provenanceRow(p) };
  const sheetName = sheetNameFor(table);
  if (layout === "long") {
    const t = applyFilters(table, filters);
    const header = [...LONG_HEADER, ...t.extraDims];
    const c = t.counts;
    // One long row per value cell: the counts say how many before any row is made.
    return {
      sheetName,
      header,
      rowCount: c.dataCells,
      rowChunks: () => longChunks(t),
      columnFormats: header.map((_, i) => (i === LONG_VALUE_COLUMN ? "" : "@")),
      rowFormatColumn: LONG_VALUE_COLUMN,
      provenance: provenanceRecord,
      summary: { cellsRead: c.dataCells, numbers: c.numbers, symbols: c.symbols, blanks: c.blanks, texts: c.texts, cellsWritten: c.dataCells },
    };
  }
  const wide = toWideRows(table, filters);
  const header = flattenHeader(wide.header);
  let numbers = 0;
  let written = 0;
  for (const row of wide.rows) for (let c = 0; c < row.length; c++) if (wide.columnKinds[c] === "number") {
    written++;
    if (typeof row[c] === "number") numbers++;
  }
  return {
    sheetName,
    header,
    rowCount: wide.rows.length,
    rowChunks: () => [{ rows: wide.rows }],
    columnFormats: wide.columnKinds.map((k, c) => (k === "text" ? "@" : numberFormatFor(wide.decimals[c]))),
    provenance: provenanceRecord,
    summary: {
      cellsRead: table.counts.dataCells,
      numbers: table.counts.numbers,
      symbols: table.counts.symbols,
      blanks: table.counts.blanks,
      texts: table.counts.texts,
      cellsWritten: written,
    },
  };
}

/** The long rows with their value cell's number format (the source's precision for its item). */
function* longChunks(table: CensusTable): Generator<RowChunk> {
  const byDecimals: string[] = [];
  for (const chunk of longRowChunks(table, LONG_CHUNK_ROWS)) {
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
