/**
 * The normalised census table every parser produces. It keeps the source's wide layout (header rows, label
 * cells, data cells) together with what each row and each column means (region, industry, period, item,
 * unit), so the tidy long table and the wide table are two views of the same cells.
 */
import type { BiText } from "./errors";

export type CensusFormat = "kosis-standard-csv" | "kosis-bulk-csv" | "kosis-xlsx" | "kosis-api-json" | "generic-csv";

/** 구분 of a row: "합계" a grand total on every hierarchy present, "소계" a total on at least one, else "". */
export type TotalKind = "" | "합계" | "소계";

/** Kind of one data cell. `absent`: no cell at this place in the source (holes of a pivoted API answer). */
export const Kind = { Absent: 0, Number: 1, Symbol: 2, Blank: 3, Text: 4 } as const;
export const KIND_NAMES = ["absent", "number", "symbol", "blank", "text"] as const;

export interface RowInfo {
  /** 1-based line of the source (CSV line, XLSX sheet row, JSON record number). */
  line: number;
  /** Label cells as published, `<br>` made a space (indentation kept), in label-column order. */
  labels: string[];
  regionCode: string;
  region: string;
  parentRegion: string;
  industryCode: string;
  industryName: string;
  /** Period carried by the row (a 시점 column), or "". */
  period: string;
  periodMarker: string;
  /** Item and unit carried by the row (항목 / 단위 columns), or "". */
  item: string;
  unit: string;
  /** Values of the extra classifications (table.extraDims), in order. */
  extra: string[];
  total: TotalKind;
  /** One entry per data column. `null` value for symbols, blanks and text. */
  values: (number | null)[];
  /** Symbol, marker or text exactly as published; "" when none. */
  flags: string[];
  /** Kind of each cell (see Kind). */
  kinds: number[];
  /** Decimal places shown in the source, per data cell (0 for non-numbers). */
  decimals: number[];
}

export interface ColumnInfo {
  /** 1-based column of the source. */
  column: number;
  /** Header cells over this column as published (`<br>` made a space), one per header row. */
  header: string[];
  period: string;
  periodMarker: string;
  item: string;
  unit: string;
  /** Largest number of decimal places seen in this column. */
  decimals: number;
}

export interface KosisMeta {
  orgId?: string;
  tableId?: string;
  tableName?: string;
  /** 조회기간 as published. */
  periodRange?: string;
  source?: string;
  /** 자료다운일자 (XLSX 메타정보) or the latest LST_CHN_DE (Open API). */
  downloadDate?: string;
  url?: string;
  unit?: string;
  notes: string[];
}

export interface CellCounts {
  /** Every cell of the source: headerCells + labelCells + dataCells + noteCells + phantomCells + filteredOut. */
  cellsRead: number;
  headerCells: number;
  labelCells: number;
  /** Title lines above the table and note lines below it. */
  noteCells: number;
  /** Empty cells after a trailing delimiter (KOSIS 대용량 CSV ends every line with a comma). */
  phantomCells: number;
  /** Value cells: numbers + symbols + blanks + texts. One long row each. */
  dataCells: number;
  numbers: number;
  symbols: number;
  blanks: number;
  texts: number;
  /** Records of merged API answers that were exact duplicates and were dropped (not in cellsRead). */
  duplicates: number;
  /** Value cells left out by filters (applyFilters); still part of cellsRead. */
  filteredOut: number;
  /** Each flag part as it appears in the output ("X", "-", "p)", "*"), counted per long row. */
  bySymbol: Record<string, number>;
}

export interface CensusTable {
  fileName: string;
  /** Description of an API request (never with the key), for API imports. */
  request?: string;
  byteLength: number;
  /** SHA-256 of the bytes imported (hex); "" until computed. */
  sha256: string;
  format: CensusFormat;
  /** "utf-8", "utf-8-bom", "cp949", "utf-16le-bom" …; "xlsx" and "json" for those formats. */
  encoding: string;
  /** Delimiter of a CSV/TSV, or "". */
  delimiter: string;
  /** Human description of the layout, for the preview. */
  layout: BiText;
  meta: KosisMeta;
  /** Header rows of the wide layout (label headers first, then one cell per data column). */
  headerRows: string[][];
  /** Header text of each label column (from the last header row). */
  labelHeaders: string[];
  /** Names of classifications other than region and industry (성별, 연령별 …), appended to the long table. */
  extraDims: string[];
  columns: ColumnInfo[];
  rows: RowInfo[];
  counts: CellCounts;
  /** Largest decimals per long-table item. */
  decimalsByItem: Record<string, number>;
  warnings: BiText[];
}

export function emptyCounts(): CellCounts {
  return {
    cellsRead: 0,
    headerCells: 0,
    labelCells: 0,
    noteCells: 0,
    phantomCells: 0,
    dataCells: 0,
    numbers: 0,
    symbols: 0,
    blanks: 0,
    texts: 0,
    duplicates: 0,
    filteredOut: 0,
    bySymbol: {},
  };
}
