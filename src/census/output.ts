/**
 * Views of a CensusTable for the writer: the tidy long table (the layout the engine's REGIONAL_SHARE reads),
 * the source's wide layout, filters, a preview, number formats from the source's precision, and the check
 * that the result fits in an Excel sheet.
 */
import { importError, ImportError } from "./errors";
import { effectiveItem, finishCounts, flagPartsOf } from "./grid";
import { isFormulaLike } from "./labels";
import { compactOf, CompactRows, type RowHead } from "./compact";
import { CensusTable, ColumnInfo, Kind, RowInfo } from "./model";

/** Header of the long table. Extra classifications (table.extraDims) follow these columns. */
export const LONG_HEADER = ["지역코드", "지역", "상위지역", "산업코드", "산업명", "시점", "항목", "단위", "값", "표시", "구분"] as const;
/** Index of the value column (값) in a long row. */
export const LONG_VALUE_COLUMN = 8;

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export type OutCell = string | number | null;

export interface Observation {
  regionCode: string;
  region: string;
  parentRegion: string;
  industryCode: string;
  industryName: string;
  period: string;
  item: string;
  unit: string;
  value: number | null;
  /** Symbol or marker exactly as published; the cell's own first, then the period's ("X", "37*" → "*", "p)"). */
  flag: string;
  total: "" | "합계" | "소계";
  extra: string[];
  /** "number" | "symbol" | "blank" | "text". */
  kind: "number" | "symbol" | "blank" | "text";
  /** Decimal places shown in the source for this cell. */
  decimals: number;
  /** Source position: 1-based line and column. */
  line: number;
  column: number;
}

export interface CensusFilters {
  /** Region names, codes or "상위지역 지역" (e.g. "부산광역시 동구"). */
  regions?: string[];
  /** KSIC codes ("C30") or industry names. */
  industries?: string[];
  periods?: string[];
  /** Items, or "항목 (단위)". */
  items?: string[];
}

const KIND_NAME = ["absent", "number", "symbol", "blank", "text"] as const;

function observationOf(row: RowInfo, col: ColumnInfo, x: number): Observation {
  const kind = KIND_NAME[row.kinds[x]] as Observation["kind"];
  return {
    regionCode: row.regionCode,
    region: row.region,
    parentRegion: row.parentRegion,
    industryCode: row.industryCode,
    industryName: row.industryName,
    period: col.period || row.period,
    item: effectiveItem(row, col),
    unit: col.unit || row.unit,
    value: row.kinds[x] === Kind.Number ? row.values[x] : null,
    flag: flagPartsOf(row, col, x).join(" "),
    total: row.total,
    extra: row.extra,
    kind,
    decimals: row.decimals[x],
    line: row.line,
    column: col.column,
  };
}

/**
 * The table's rows one at a time. Rows in the compact store are made one by one as they are read (and die
 * young); reading `table.rows` would build every row at once and keep them.
 */
function rowReader(table: CensusTable): { n: number; at: (k: number) => RowInfo } {
  const store = compactOf(table);
  if (store) return { n: store.n, at: (k) => store.rowAt(k) };
  const rows = table.rows;
  return { n: rows.length, at: (k) => rows[k] };
}

/** Rows of the table (data rows of the source), counted without building them. */
export function rowCount(table: CensusTable): number {
  return rowReader(table).n;
}

/** Every value cell of the table as an observation, in source order (row by row). */
export function* observations(table: CensusTable): Generator<Observation> {
  const unit = table.meta.unit ?? "";
  const { n, at } = rowReader(table);
  for (let k = 0; k < n; k++) {
    const row = at(k);
    for (let x = 0; x < table.columns.length; x++) {
      if (row.kinds[x] === Kind.Absent) continue;
      const o = observationOf(row, table.columns[x], x);
      if (!o.unit && unit) o.unit = unit;
      yield o;
    }
  }
}

function norm(s: string): string {
  return s.replace(/[\s\u3000]+/g, " ").trim();
}

function makePredicate(f: CensusFilters | undefined): ((o: Observation) => boolean) | null {
  if (!f) return null;
  const set = (xs?: string[]) => (xs && xs.length ? new Set(xs.map(norm)) : null);
  const regions = set(f.regions);
  const industries = set(f.industries);
  const periods = set(f.periods);
  const items = set(f.items);
  if (!regions && !industries && !periods && !items) return null;
  return (o) =>
    (!regions ||
      regions.has(o.region) ||
      (o.regionCode !== "" && regions.has(o.regionCode)) ||
      regions.has(norm(`${o.parentRegion} ${o.region}`))) &&
    (!industries || industries.has(o.industryName) || (o.industryCode !== "" && industries.has(o.industryCode))) &&
    (!periods || periods.has(o.period)) &&
    (!items || items.has(o.item) || items.has(norm(`${o.item} (${o.unit})`)));
}

/** Everything of a table but its rows, read without touching `rows` (spreading would build them all). */
function tableWithoutRows(table: CensusTable): Omit<CensusTable, "rows"> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(table)) if (key !== "rows") out[key] = (table as unknown as Record<string, unknown>)[key];
  return out as unknown as Omit<CensusTable, "rows">;
}

/**
 * Keeps the cells that pass every filter given (an empty or absent list does not filter). Rows and columns
 * left without cells are dropped; the counts keep the cells read and add `filteredOut`.
 */
export function applyFilters(table: CensusTable, filters?: CensusFilters): CensusTable {
  const pred = makePredicate(filters);
  if (!pred) return table;
  const unit = table.meta.unit ?? "";
  const nCols = table.columns.length;
  const keepCol = new Uint8Array(nCols);
  const keptRows: { row: RowInfo; keep: Uint8Array }[] = [];
  let dropped = 0;
  const { n, at } = rowReader(table);
  for (let k = 0; k < n; k++) {
    const row = at(k);
    const keep = new Uint8Array(nCols);
    let any = false;
    for (let x = 0; x < nCols; x++) {
      if (row.kinds[x] === Kind.Absent) continue;
      const o = observationOf(row, table.columns[x], x);
      if (!o.unit && unit) o.unit = unit;
      if (pred(o)) {
        keep[x] = 1;
        keepCol[x] = 1;
        any = true;
      } else dropped++;
    }
    if (any) keptRows.push({ row, keep });
  }
  const cols: number[] = [];
  for (let x = 0; x < nCols; x++) if (keepCol[x]) cols.push(x);
  const nLabels = table.labelHeaders.length;
  const t: CensusTable = {
    ...tableWithoutRows(table),
    headerRows: table.headerRows.map((h) => [...h.slice(0, nLabels), ...cols.map((x) => h[nLabels + x])]),
    columns: cols.map((x) => table.columns[x]),
    rows: keptRows.map(({ row, keep }) => {
      const kinds: number[] = new Array(cols.length);
      const decimals: number[] = new Array(cols.length);
      cols.forEach((x, i) => {
        kinds[i] = keep[x] ? row.kinds[x] : Kind.Absent;
        decimals[i] = row.decimals[x];
      });
      return { ...row, values: cols.map((x) => row.values[x]), flags: cols.map((x) => row.flags[x]), kinds, decimals };
    }),
    counts: { ...table.counts, filteredOut: table.counts.filteredOut + dropped, bySymbol: {} },
    warnings: [...table.warnings],
  };
  finishCounts(t);
  return t;
}

/** Excel number format for a number of decimals: 0 → "#,##0", 2 → "#,##0.00". */
export function numberFormatFor(decimals: number): string {
  const d = Math.max(0, Math.min(15, Math.floor(decimals)));
  return d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`;
}

export interface LongTable {
  header: string[];
  rows: OutCell[][];
  /** Decimals for the 값 cell of each row: the largest seen in the source for that row's item. */
  decimals: number[];
  /** Per column: "number" for 값 (write as a number), "text" for every other column (write with format "@"). */
  columnKinds: ("text" | "number")[];
  /** Value cells written, and what they are. numbers + symbols + blanks + texts = rows.length. */
  counts: { rows: number; numbers: number; symbols: number; blanks: number; texts: number };
}

/** The long row of an observation, in LONG_HEADER order (then the extra classifications). */
export function longRowOf(o: Observation): OutCell[] {
  return [
    o.regionCode,
    o.region,
    o.parentRegion,
    o.industryCode,
    o.industryName,
    o.period,
    o.item,
    o.unit,
    o.value,
    o.flag,
    o.total,
    ...o.extra,
  ];
}

type LongCounts = LongTable["counts"];

interface ItemColumns {
  items: string[];
  decimals: (number | undefined)[];
}


/**
 * The long rows of a table, one per value cell, exactly as longRowOf(observation) gives them, with each row's
 * decimals: built straight from the rows (no Observation objects), for toLongRows, longRowChunks and preview.
 * `fill` appends up to `max` rows and returns false once every row is out.
 */
class LongRows {
  private r = 0;
  private x = 0;
  private readonly unit: string;
  private readonly colPeriod: string[];
  private readonly colUnit: string[];
  private readonly colMarker: string[];
  /** Each column's item and its decimals, for rows without an item of their own; by row item otherwise. */
  private readonly colItem: ItemColumns;
  private readonly rowItem = new Map<string, ItemColumns>();

  constructor(private readonly t: CensusTable) {
    this.unit = t.meta.unit ?? "";
    this.colPeriod = t.columns.map((c) => c.period);
    this.colUnit = t.columns.map((c) => c.unit);
    this.colMarker = t.columns.map((c) => c.periodMarker);
    this.colItem = this.itemColumns("");
  }

  private itemColumns(rowItem: string): ItemColumns {
    const items = this.t.columns.map((col) => (rowItem ? effectiveItem({ item: rowItem }, col) : col.item));
    const known = this.t.decimalsByItem;
    return { items, decimals: items.map((item) => (Object.prototype.hasOwnProperty.call(known, item) ? known[item] : undefined)) };
  }

  fill(max: number, rows: OutCell[][], decimals: number[] | null, counts: LongCounts | null): boolean {
    const t = this.t;
    const store = compactOf(t);
    if (store) return this.fillCompact(store, max, rows, decimals, counts);
    const cols = t.columns;
    const nCols = cols.length;
    const all = t.rows;
    let n = 0;
    for (; this.r < all.length; this.r++, this.x = 0) {
      const r = all[this.r];
      const { kinds, flags } = r;
      for (; this.x < nCols; this.x++) {
        if (n >= max) return true;
        const x = this.x;
        const kind = kinds[x];
        if (kind === Kind.Absent) continue;
        this.emit(r, x, kind, kind === Kind.Number ? r.values[x] : null, kind !== Kind.Blank ? flags[x] : "", r.decimals[x], rows, decimals, counts);
        n++;
      }
    }
    return false;
  }

  /** Appends the long row of one value cell (both row stores end here), with its decimals and counts. */
  private emit(
    r: RowHead,
    x: number,
    kind: number,
    value: number | null,
    flag: string | undefined,
    cellDecimals: number,
    rows: OutCell[][],
    decimals: number[] | null,
    counts: LongCounts | null,
  ): void {
    let of = this.colItem;
    if (r.item) {
      const known = this.rowItem.get(r.item);
      if (known) of = known;
      else this.rowItem.set(r.item, (of = this.itemColumns(r.item)));
    }
    const item = of.items[x];
    const own = flag || "";
    const pm = this.colMarker[x] || r.periodMarker;
    const row: OutCell[] = [
      r.regionCode,
      r.region,
      r.parentRegion,
      r.industryCode,
      r.industryName,
      this.colPeriod[x] || r.period,
      item,
      this.colUnit[x] || r.unit || this.unit,
      value,
      own ? (pm ? `${own} ${pm}` : own) : pm,
      r.total,
    ];
    for (const e of r.extra) row.push(e);
    rows.push(row);
    if (decimals) decimals.push(of.decimals[x] ?? cellDecimals);
    if (counts) {
      counts.rows++;
      if (kind === Kind.Number) counts.numbers++;
      else if (kind === Kind.Symbol) counts.symbols++;
      else if (kind === Kind.Blank) counts.blanks++;
      else counts.texts++;
    }
  }

  /** fill over a compact store (the same rows, read from its typed arrays and shared row heads). */
  private fillCompact(store: CompactRows, max: number, rows: OutCell[][], decimals: number[] | null, counts: LongCounts | null): boolean {
    const cols = this.t.columns;
    const nCols = cols.length;
    const { heads, flagStrings } = store;
    const nRows = store.n;
    let n = 0;
    for (; this.r < nRows; this.r++, this.x = 0) {
      const r = heads[store.head.get(this.r)];
      const base = this.r * nCols;
      for (; this.x < nCols; this.x++) {
        if (n >= max) return true;
        const x = this.x;
        const kd = store.kd.get(base + x);
        const kind = kd >> 5;
        if (kind === Kind.Absent) continue;
        const flag = kind !== Kind.Blank ? flagStrings[store.flag.get(base + x)] : "";
        this.emit(r, x, kind, kind === Kind.Number ? store.values.get(base + x) : null, flag, kd & 31, rows, decimals, counts);
        n++;
      }
    }
    return false;
  }
}

/** The tidy long table: one row per value cell (after filters). */
export function toLongRows(table: CensusTable, filters?: CensusFilters): LongTable {
  const t = applyFilters(table, filters);
  const header = [...LONG_HEADER, ...t.extraDims];
  const rows: OutCell[][] = [];
  const decimals: number[] = [];
  const counts = { rows: 0, numbers: 0, symbols: 0, blanks: 0, texts: 0 };
  new LongRows(t).fill(Infinity, rows, decimals, counts);
  return { header, rows, decimals, columnKinds: header.map((_, i) => (i === LONG_VALUE_COLUMN ? "number" : "text")), counts };
}

/** Long rows in chunks (for writers that sync in pieces): each chunk has at most `size` rows. */
export function* longRowChunks(table: CensusTable, size: number, filters?: CensusFilters): Generator<{ rows: OutCell[][]; decimals: number[] }> {
  const t = applyFilters(table, filters);
  const long = new LongRows(t);
  const max = size <= 0 ? 1 : size; // a chunk holds at least one row, as before
  for (;;) {
    const rows: OutCell[][] = [];
    const decimals: number[] = [];
    const more = long.fill(max, rows, decimals, null);
    if (rows.length) yield { rows, decimals };
    if (!more) return;
  }
}

export interface WideTable {
  /** Header rows: label headers, then per value column its header (and "표시" for a flag column). */
  header: string[][];
  rows: OutCell[][];
  /** Per column: "number" for value columns, "text" for labels and flag columns. */
  columnKinds: ("text" | "number")[];
  /** Per column: decimals for value columns (0 for text columns). */
  decimals: number[];
}

/** Value columns that have numbers with markers ("37*"): each gets a "표시" column after it. */
function flagColumns(t: CensusTable): boolean[] {
  const store = compactOf(t);
  if (store) return store.numberFlagColumns();
  return t.columns.map((_, x) => t.rows.some((r) => r.kinds[x] === Kind.Number && r.flags[x] !== ""));
}

/** The wide layout's shape (header, column kinds and decimals) and its rows, made a chunk at a time. */
export interface WideLayout extends Omit<WideTable, "rows"> {
  rowCount: number;
  /** The rows in chunks of at most `size`, made as they are read. */
  rowChunks(size: number): Generator<OutCell[][]>;
}

/**
 * The source's wide layout: labels as published (indentation kept, `<br>` made a space), numbers as numbers,
 * symbol-only cells as their symbol, text as text. A value column that has numbers with markers ("37*") gets
 * a flag column ("표시") right after it, so no marker is lost. Filtered-out cells are empty.
 */
export function wideLayout(table: CensusTable, filters?: CensusFilters): WideLayout {
  const t = applyFilters(table, filters);
  const nL = t.labelHeaders.length;
  const withFlag = flagColumns(t);
  const header = t.headerRows.map((h, k) => {
    const out: string[] = h.slice(0, nL);
    t.columns.forEach((_, x) => {
      out.push(h[nL + x]);
      if (withFlag[x]) out.push(k === t.headerRows.length - 1 ? `${h[nL + x]} 표시` : h[nL + x]);
    });
    return out;
  });
  const columnKinds: ("text" | "number")[] = new Array(nL).fill("text");
  const decimals: number[] = new Array(nL).fill(0);
  t.columns.forEach((c, x) => {
    columnKinds.push("number");
    decimals.push(c.decimals);
    if (withFlag[x]) {
      columnKinds.push("text");
      decimals.push(0);
    }
  });
  const nCols = t.columns.length;
  const wideRow = (r: RowInfo): OutCell[] => {
    const out: OutCell[] = r.labels.slice();
    for (let x = 0; x < nCols; x++) {
      const k = r.kinds[x];
      if (k === Kind.Number) out.push(r.values[x]);
      else if (k === Kind.Symbol || k === Kind.Text) out.push(r.flags[x]);
      else out.push(null);
      if (withFlag[x]) out.push(k === Kind.Number ? r.flags[x] : "");
    }
    return out;
  };
  const { n, at } = rowReader(t);
  return {
    header,
    columnKinds,
    decimals,
    rowCount: n,
    rowChunks: function* (size: number) {
      const max = Math.max(1, size);
      for (let from = 0; from < n; from += max) {
        const rows: OutCell[][] = new Array(Math.min(max, n - from));
        for (let i = 0; i < rows.length; i++) rows[i] = wideRow(at(from + i));
        yield rows;
      }
    },
  };
}

/** The whole wide table at once (see wideLayout). */
export function toWideRows(table: CensusTable, filters?: CensusFilters): WideTable {
  const wide = wideLayout(table, filters);
  const rows: OutCell[][] = [];
  for (const chunk of wide.rowChunks(4096)) for (const r of chunk) rows.push(r);
  return { header: wide.header, rows, columnKinds: wide.columnKinds, decimals: wide.decimals };
}

export interface FilterOptions {
  regions: { code: string; name: string; parent: string; total: string }[];
  industries: { code: string; name: string }[];
  periods: string[];
  items: { item: string; unit: string }[];
}

/** The distinct regions, industries, periods and items of a table, in source order, for the filter lists. */
export function filterOptions(table: CensusTable): FilterOptions {
  const regions = new Map<string, FilterOptions["regions"][number]>();
  const industries = new Map<string, FilterOptions["industries"][number]>();
  const periods = new Set<string>();
  const items = new Map<string, FilterOptions["items"][number]>();
  for (const o of observations(table)) {
    const rk = `${o.regionCode}\u0001${o.parentRegion}\u0001${o.region}`;
    if (o.region || o.regionCode) {
      if (!regions.has(rk)) regions.set(rk, { code: o.regionCode, name: o.region, parent: o.parentRegion, total: o.total });
    }
    if (o.industryName || o.industryCode) {
      const ik = `${o.industryCode}\u0001${o.industryName}`;
      if (!industries.has(ik)) industries.set(ik, { code: o.industryCode, name: o.industryName });
    }
    if (o.period) periods.add(o.period);
    const itk = `${o.item}\u0001${o.unit}`;
    if (!items.has(itk)) items.set(itk, { item: o.item, unit: o.unit });
  }
  return { regions: [...regions.values()], industries: [...industries.values()], periods: [...periods], items: [...items.values()] };
}

/** Rows and columns the chosen layout would take in a sheet (header rows included). */
export function outputSize(table: CensusTable, layout: "long" | "wide", filters?: CensusFilters): { rows: number; columns: number } {
  const t = applyFilters(table, filters);
  if (layout === "long") return { rows: t.counts.dataCells + 1, columns: LONG_HEADER.length + t.extraDims.length };
  const flagCols = flagColumns(t).filter(Boolean).length;
  return { rows: t.headerRows.length + rowReader(t).n, columns: t.labelHeaders.length + t.columns.length + flagCols };
}

/**
 * Null when the result fits in one Excel sheet (1,048,576 rows, 16,384 columns); otherwise an ImportError
 * ("too-large") saying by how much and what to do. The writer must refuse to write then.
 */
export function checkExcelFit(table: CensusTable, layout: "long" | "wide", filters?: CensusFilters): ImportError | null {
  const { rows, columns } = outputSize(table, layout, filters);
  if (rows <= EXCEL_MAX_ROWS && columns <= EXCEL_MAX_COLUMNS) return null;
  const what = rows > EXCEL_MAX_ROWS ? "rows" : "columns";
  const n = what === "rows" ? rows : columns;
  const max = what === "rows" ? EXCEL_MAX_ROWS : EXCEL_MAX_COLUMNS;
  const fmt = (x: number) => x.toLocaleString("en-US");
  return importError(
    "too-large",
    table.fileName,
    {
      ko: `결과가 ${fmt(n)}${what === "rows" ? "행" : "열"}이라 Excel 시트 한 장(${fmt(max)}${what === "rows" ? "행" : "열"})에 들어가지 않습니다.`,
      en: `The result has ${fmt(n)} ${what}, more than an Excel sheet holds (${fmt(max)}).`,
    },
    {
      ko: "필터로 지역·산업·시점·항목을 줄이거나, 기간을 나누어 여러 번 가져오세요." + (layout === "long" ? " 넓은 표(원본 모양)로 가져오면 행이 줄어듭니다." : ""),
      en: "Use the filters to keep fewer regions, industries, periods or items, or import in several parts by period." + (layout === "long" ? " The wide (source) layout needs fewer rows." : ""),
    },
  );
}

export interface Preview {
  format: CensusTable["format"];
  encoding: string;
  layout: CensusTable["layout"];
  header: string[];
  rows: OutCell[][];
  counts: CensusTable["counts"];
  meta: CensusTable["meta"];
  warnings: CensusTable["warnings"];
  /** Rows the long layout would take without filters (header included). */
  longRows: number;
}

/** What the pane shows before writing: the first long rows, the detected format, counts and warnings. */
export function preview(table: CensusTable, n = 20, filters?: CensusFilters): Preview {
  const t = applyFilters(table, filters);
  const header = [...LONG_HEADER, ...t.extraDims];
  const rows: OutCell[][] = [];
  new LongRows(t).fill(Math.max(0, n), rows, null, null);
  return {
    format: t.format,
    encoding: t.encoding,
    layout: t.layout,
    header,
    rows,
    counts: t.counts,
    meta: t.meta,
    warnings: t.warnings,
    longRows: t.counts.dataCells + 1,
  };
}

/** Cells of a row that must be written as text because Excel would read them as formulas. */
export function formulaLikeCells(row: OutCell[]): number[] {
  const out: number[] = [];
  row.forEach((v, i) => {
    if (isFormulaLike(v)) out.push(i);
  });
  return out;
}
