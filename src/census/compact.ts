/**
 * The large-file path of the census import: a KOSIS standard CSV read in chunks (decoded and tokenized a piece
 * at a time, never holding the whole text or every field string) into a columnar row store (typed arrays for
 * values, kinds, decimals and flags; shared row heads for the labels). `table.rows` is a view of that store,
 * built the first time it is read (the store is then dropped and the plain rows are used everywhere).
 *
 * Anything this path does not handle exactly as normaliseGrid does (another format, a forced encoding, a
 * phantom column, note-like rows near the top, a tiny file, any error) gives null and the caller takes the
 * general path, which reports the error or reads the file; both produce the same table.
 * Internal module: not exported from the census index.
 */
import { checkTextLike, hasUtf8Bom } from "./decode";
import { fieldEnd, lineBreaks } from "./csv";
import { cleanLabel } from "./labels";
import {
  allEmpty,
  CellTally,
  describeLayout,
  detach,
  GridRow,
  NOTE_PREFIX,
  ParsedNumbers,
  readPlainNumber,
  onlyFirst,
  planGrid,
  ResolvedRows,
  RowBuilder,
  RowSink,
  totalOf,
} from "./grid";
import { BiText } from "./errors";
import { Blocks, WideningBlocks } from "./blocks";
import { CensusFormat, CensusTable, emptyCounts, Kind, RowInfo } from "./model";

/** What rows alike share: everything of a RowInfo but its line, labels and cells. */
export type RowHead = Pick<
  RowInfo,
  "regionCode" | "region" | "parentRegion" | "industryCode" | "industryName" | "period" | "periodMarker" | "item" | "unit" | "extra" | "total"
>;

interface RowMeta {
  item: string;
  unit: string;
  period: string;
  periodMarker: string;
  extra: string[];
}

/** The columnar rows of a table. Cell `c` of row `r` is at r * nData + c. */
export class CompactRows implements RowSink {
  n = 0;
  readonly line = new Blocks((n) => new Int32Array(n));
  readonly labels = new WideningBlocks(
    (n) => new Uint16Array(n),
    (n) => (typeof n === "number" ? new Int32Array(n) : Int32Array.from(n)),
    0xffff,
  );
  /** Each label column's distinct texts (the row builder's tables, given at finish). */
  private labelTables: string[][] = [];
  /** Number values (0 where the cell is no number: read only for numbers). */
  readonly values = new WideningBlocks(
    (n) => new Int32Array(n),
    (n) => (typeof n === "number" ? new Float64Array(n) : Float64Array.from(n)),
    "int32",
  );
  /** kind * 32 + decimals. */
  readonly kd = new Blocks((n) => new Uint8Array(n));
  /** Index into flagStrings ("" is 0). */
  readonly flag = new WideningBlocks(
    (n) => new Uint8Array(n),
    (n) => (typeof n === "number" ? new Uint16Array(n) : Uint16Array.from(n)),
    255,
  );
  readonly flagStrings: string[] = [""];
  private readonly flagIds = new Map<string, number>([["", 0]]);
  private readonly meta = new WideningBlocks(
    (n) => new Uint16Array(n),
    (n) => (typeof n === "number" ? new Int32Array(n) : Int32Array.from(n)),
    0xffff,
  );
  private readonly metas: RowMeta[] = [];
  private readonly metaIds = new Map<string, number>();
  /** Index into heads, per row (after finish). */
  readonly head = new Blocks((n) => new Int32Array(n));
  readonly heads: RowHead[] = [];

  constructor(
    readonly nLabels: number,
    readonly nData: number,
  ) {}

  row(
    line: number,
    labelIds: Int32Array,
    _reg: unknown,
    _ind: unknown,
    item: string,
    unit: string,
    period: string,
    periodMarker: string,
    extra: string[],
    values: (number | null)[],
    kinds: number[],
    flags: string[],
    decimals: number[],
  ): void {
    this.n++;
    this.line.push(line);
    for (let g = 0; g < labelIds.length; g++) this.labels.push(labelIds[g]);
    const mkey = extra.length || item || unit || period || periodMarker ? `${item}\u0001${unit}\u0001${period}\u0001${periodMarker}\u0001${extra.join("\u0001")}` : "";
    let mid = this.metaIds.get(mkey);
    if (mid === undefined) {
      mid = this.metas.length;
      this.metas.push({ item: detach(item), unit: detach(unit), period: detach(period), periodMarker, extra: extra.map(detach) });
      this.metaIds.set(mkey, mid);
    }
    this.meta.push(mid);
    const nData = this.nData;
    for (let x = 0; x < nData; x++) {
      const kind = kinds[x];
      this.values.push(kind === Kind.Number ? (values[x] as number) : 0);
      this.kd.push(kind * 32 + decimals[x]);
      const f = flags[x];
      let fid = f === "" ? 0 : this.flagIds.get(f);
      if (fid === undefined) {
        fid = this.flagStrings.length;
        if (fid > 0xffff) throw FALLBACK;
        const own = detach(f);
        this.flagStrings.push(own);
        this.flagIds.set(own, fid);
      }
      this.flag.push(fid);
    }
  }

  finish(regionRes: ResolvedRows, industryRes: ResolvedRows, hasRegion: boolean, hasIndustry: boolean, labelTables: string[][]): void {
    this.labelTables = labelTables;
    // values numbered in the order rows first use them: below 2^26 (a row takes two bytes or more of at most
    // MAX_INPUT_BYTES), so a region and an industry make one exact number
    const numbering = (res: ResolvedRows) => {
      const ids = new Int32Array(res.distinct.length).fill(-1);
      let next = 0;
      return (k: number): number => {
        const d = res.idAt(k);
        return ids[d] < 0 ? (ids[d] = next++) : ids[d];
      };
    };
    const regionId = numbering(regionRes);
    const industryId = numbering(industryRes);
    const headIds = new Map<number, Map<number, number>>(); // by region and industry, then by meta
    for (let k = 0; k < this.n; k++) {
      const reg = regionRes.get(k);
      const ind = industryRes.get(k);
      const mid = this.meta.get(k);
      const pair = regionId(k) * 0x4000000 + industryId(k);
      let byMeta = headIds.get(pair);
      if (byMeta === undefined) headIds.set(pair, (byMeta = new Map()));
      let hid = byMeta.get(mid);
      if (hid === undefined) {
        hid = this.heads.length;
        const m = this.metas[mid];
        this.heads.push({
          regionCode: reg.code,
          region: reg.name,
          parentRegion: reg.parent,
          industryCode: ind.code,
          industryName: ind.name,
          period: m.period,
          periodMarker: m.periodMarker,
          item: m.item,
          unit: m.unit,
          extra: m.extra,
          total: totalOf(hasRegion ? reg : null, hasIndustry ? ind : null),
        });
        byMeta.set(mid, hid);
      }
      this.head.push(hid);
    }
  }

  /** Per value column: whether any of its numbers carries a marker ("37*"). */
  numberFlagColumns(): boolean[] {
    const out: boolean[] = new Array(this.nData).fill(false);
    for (let c = 0, end = this.n * this.nData; c < end; c++) {
      if (this.flag.get(c) !== 0 && this.kd.get(c) >> 5 === Kind.Number) out[c % this.nData] = true;
    }
    return out;
  }

  /** Row k as a RowInfo of its own (for readers that take one row at a time). */
  rowAt(k: number): RowInfo {
    return this.rowInfo(k, this.cellsAt(k));
  }

  /** The rows as RowInfo objects (kinds, flags and decimals shared by rows alike, as normaliseGrid does). */
  toRows(): RowInfo[] {
    const out: RowInfo[] = new Array(this.n);
    const shapes = new Map<string, Cells>();
    for (let k = 0; k < this.n; k++) {
      let shape = "";
      for (let c = k * this.nData, end = c + this.nData; c < end; c++) shape += `${this.kd.get(c)},${this.flag.get(c)};`;
      let cells = shapes.get(shape);
      if (cells === undefined) {
        cells = this.cellsAt(k);
        if (shapes.size < 200000) shapes.set(shape, cells);
      }
      out[k] = this.rowInfo(k, cells);
    }
    return out;
  }

  /** Row k's kinds, flags and decimals. */
  private cellsAt(k: number): Cells {
    const { nData } = this;
    const kinds: number[] = new Array(nData);
    const flags: string[] = new Array(nData);
    const decimals: number[] = new Array(nData);
    for (let x = 0; x < nData; x++) {
      const c = k * nData + x;
      const kd = this.kd.get(c);
      kinds[x] = kd >> 5;
      decimals[x] = kd & 31;
      flags[x] = this.flagStrings[this.flag.get(c)];
    }
    return { kinds, flags, decimals };
  }

  /** Row k with its line, labels, row head and values, and the given cells. */
  private rowInfo(k: number, cells: Cells): RowInfo {
    const { nData, nLabels } = this;
    const labels: string[] = new Array(nLabels);
    for (let j = 0; j < nLabels; j++) labels[j] = this.labelTables[j][this.labels.get(k * nLabels + j)];
    const values: (number | null)[] = new Array(nData);
    for (let x = 0; x < nData; x++) {
      const c = k * nData + x;
      values[x] = this.kd.get(c) >> 5 === Kind.Number ? this.values.get(c) : null;
    }
    const h = this.heads[this.head.get(k)];
    return {
      line: this.line.get(k),
      labels,
      regionCode: h.regionCode,
      region: h.region,
      parentRegion: h.parentRegion,
      industryCode: h.industryCode,
      industryName: h.industryName,
      period: h.period,
      periodMarker: h.periodMarker,
      item: h.item,
      unit: h.unit,
      extra: h.extra,
      total: h.total,
      values,
      flags: cells.flags,
      kinds: cells.kinds,
      decimals: cells.decimals,
    };
  }
}

/** A row's kinds, flags and decimals (rows alike share one). */
interface Cells {
  kinds: number[];
  flags: string[];
  decimals: number[];
}

const stores = new WeakMap<CensusTable, CompactRows>();

/** The compact store behind a table's rows, while nobody has read or replaced `table.rows`. */
export function compactOf(t: CensusTable): CompactRows | undefined {
  return stores.get(t);
}

/** Makes `table.rows` a view of the store, built (and the store dropped) the first time it is read. */
function attach(table: CensusTable, store: CompactRows): void {
  stores.set(table, store);
  const settle = (rows: RowInfo[]) => {
    stores.delete(table);
    Object.defineProperty(table, "rows", { value: rows, writable: true, enumerable: true, configurable: true });
    return rows;
  };
  Object.defineProperty(table, "rows", {
    enumerable: true,
    configurable: true,
    get: () => settle(store.toRows()),
    set: (rows: RowInfo[]) => void settle(rows),
  });
}

/** A row as the tokenizer gives it: `numbers` when some of its cells were read into ParsedNumbers. */
type TokenRow = GridRow & { numbers?: boolean };

class Fallback extends Error {}
const FALLBACK = new Fallback("compact path not applicable");
const BAD_TEXT = new Fallback("not in this encoding");

/** Live rows read before the header is analysed: enough for title lines (≤ 10), header rows (≤ 5) and data. */
const HEAD_LIVE = 16;
/** Switches for tests: whether the compact path is tried, and how many bytes are decoded at a time. */
export const compactSettings = { enabled: true, chunk: 1 << 16 };
/** Longest unfinished row carried from one chunk to the next (a quote left open): past it, the general path. */
const MAX_CARRY = 8 << 20;

const QUOTE = 34;
const CR = 13;
const LF = 10;
const INCOMPLETE = 1;

export interface CompactOptions {
  format?: CensusFormat | "auto";
  encoding?: string;
  delimiter?: string;
}

/**
 * Reads a KOSIS standard CSV through the compact path, or returns null when the general path must read it.
 * The table is the one parseCore's general path gives (sha256 "").
 */
export function parseCompactCsv(
  bytes: Uint8Array,
  fileName: string,
  options: CompactOptions,
  sniff: (text: string) => string,
  classify: (rows: { line: number; fields: string[] }[], firstRowAllQuoted: boolean) => { format: CensusFormat },
): CensusTable | null {
  if (!compactSettings.enabled) return null;
  const forced = options.format && options.format !== "auto" ? options.format : undefined;
  if (forced && forced !== "kosis-standard-csv") return null;
  if (options.encoding && options.encoding !== "auto") return null;
  try {
    checkTextLike(bytes, fileName);
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return null;
    const run = (offset: number, label: string, encoding: string) =>
      read(bytes, offset, label, encoding, fileName, forced, options.delimiter, sniff, classify);
    if (hasUtf8Bom(bytes)) return run(3, "utf-8", "utf-8-bom");
    try {
      return run(0, "utf-8", "utf-8");
    } catch (e) {
      if (e !== BAD_TEXT) throw e;
    }
    return run(0, "euc-kr", "cp949");
  } catch {
    return null; // the general path reads it, or reports what is wrong with it
  }
}

function read(
  bytes: Uint8Array,
  offset: number,
  label: string,
  encoding: string,
  fileName: string,
  forced: CensusFormat | undefined,
  delimiterOption: string | undefined,
  sniff: (text: string) => string,
  classify: (rows: { line: number; fields: string[] }[], firstRowAllQuoted: boolean) => { format: CensusFormat },
): CensusTable {
  const dec = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  let pos = offset;
  let text = "";
  let i = 0;
  let line = 1;
  let final = false;
  /** The next CR at or after the row being read (-1: not looked for in this text yet). */
  let crAt = -1;
  const more = (): void => {
    const end = Math.min(bytes.length, pos + compactSettings.chunk);
    let s: string;
    try {
      s = dec.decode(bytes.subarray(pos, end), { stream: end < bytes.length });
    } catch {
      throw BAD_TEXT;
    }
    pos = end;
    if (end >= bytes.length) final = true;
    if (text.length - i > MAX_CARRY) throw FALLBACK;
    text = i > 0 ? text.slice(i) + s : text + s;
    crAt = -1;
    i = 0;
  };
  more();
  while (!final && text.length < 64 * 1024) more();
  const delimiter = delimiterOption ?? sniff(text);
  const d = delimiter.charCodeAt(0);

  let firstRow = true;
  /** Set once the header is known: data columns' plain numbers are read straight from the text. */
  let numberTarget: NumberTarget | null = null;
  let firstRowAllQuoted = false;
  /** One row from position i (committing i and line), null at the end, INCOMPLETE when the text runs out first. */
  const tryRow = (): TokenRow | null | typeof INCOMPLETE => {
    const n = text.length;
    let p = i;
    let ln = line;
    for (;;) {
      if (p >= n) return final ? null : INCOMPLETE;
      if (!firstRow) {
        // the common row: one line read field by field, numbers straight from the text; anything unusual
        // (a lone CR, quotes that are not simple) is read by the loop below
        let nl = text.indexOf("\n", p);
        if (nl < 0) {
          if (!final) return INCOMPLETE;
          nl = n;
        }
        if (crAt < p) crAt = text.indexOf("\r", p) >>> 0; // none: 2^32 - 1, past any text
        const end = crAt === nl - 1 ? nl - 1 : nl;
        const got = crAt < end ? null : fastFields(text, p, end, delimiter, numberTarget);
        if (got !== null) {
          const empty = got.cells.length === 1 && got.cells[0] === "" && text.charCodeAt(p) !== QUOTE;
          i = p = nl + 1;
          line = ++ln;
          if (empty) continue; // an empty line
          return { line: ln - 1, cells: got.cells, numbers: got.numbers };
        }
      }
      const rowLine = ln;
      const fields: string[] = [];
      let anyQuoted = false;
      let allQuoted = true;
      for (;;) {
        let field: string;
        if (text.charCodeAt(p) === QUOTE) {
          anyQuoted = true;
          p++;
          let buf = "";
          let start = p;
          for (;;) {
            const q = text.indexOf('"', p);
            if (q < 0) {
              if (final) throw FALLBACK; // unterminated quote: the general path reports it
              return INCOMPLETE;
            }
            if (q + 1 >= n && !final) return INCOMPLETE;
            ln += lineBreaks(text, p, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              buf += text.slice(start, q + 1);
              p = q + 2;
              start = p;
              continue;
            }
            buf += text.slice(start, q);
            p = q + 1;
            break;
          }
          const s = p;
          p = fieldEnd(text, p, d);
          if (p >= n && !final) return INCOMPLETE;
          field = s < p ? buf + text.slice(s, p) : buf;
        } else {
          const s = p;
          p = fieldEnd(text, p, d);
          if (p >= n && !final) return INCOMPLETE;
          field = text.slice(s, p);
          if (field !== "") allQuoted = false;
        }
        fields.push(field);
        if (p >= n) break;
        const c = text.charCodeAt(p);
        if (c === d) {
          p++;
          if (p >= n) {
            if (!final) return INCOMPLETE;
            fields.push("");
            break;
          }
          continue;
        }
        if (c === CR) {
          if (p + 1 >= n && !final) return INCOMPLETE;
          p += text.charCodeAt(p + 1) === LF ? 2 : 1;
        } else p++;
        ln++;
        break;
      }
      i = p;
      line = ln;
      if (fields.length === 1 && fields[0] === "" && !anyQuoted) continue; // empty line
      if (firstRow) {
        firstRow = false;
        firstRowAllQuoted = anyQuoted && allQuoted;
      }
      return { line: rowLine, cells: fields };
    }
  };
  const nextRow = (): TokenRow | null => {
    for (;;) {
      const r = tryRow();
      if (r !== INCOMPLETE) return r;
      more();
    }
  };

  // the first rows: format, title lines, width, header
  const head: GridRow[] = [];
  let live = 0;
  while (live < HEAD_LIVE) {
    const r = nextRow();
    if (!r) throw FALLBACK; // a small file: the general path
    head.push(r);
    if (!allEmpty(r.cells)) live++;
  }
  const format = forced ?? classify(head.slice(0, 10).map((r) => ({ line: r.line, fields: r.cells })), firstRowAllQuoted).format;
  if (format !== "kosis-standard-csv") throw FALLBACK;
  const counts = emptyCounts();
  const notes: string[] = [];
  const warnings: BiText[] = [];
  for (const r of head) if (allEmpty(r.cells)) counts.noteCells += r.cells.length;
  let f = 0;
  while (allEmpty(head[f].cells)) f++;
  for (let t = 0; t < 10; t++) {
    const r = head[f];
    let next = f + 1;
    while (next < head.length && allEmpty(head[next].cells)) next++;
    if (onlyFirst(r.cells) && next < head.length && nonEmptyMoreThanOne(head[next].cells)) {
      notes.push(cleanLabel(r.cells[0]));
      counts.noteCells += r.cells.length;
      f = next;
    } else break;
  }
  const width = head[f].cells.length;
  if (width > 1 && head[f].cells[width - 1].trim() === "") throw FALLBACK; // a phantom column: the general path
  const trim = (r: GridRow): GridRow => {
    const cells = r.cells;
    if (cells.length === width) return r;
    if (cells.length < width) throw FALLBACK; // ragged: the general path reports it
    for (let j = width; j < cells.length; j++) if (cells[j].trim() !== "") throw FALLBACK;
    counts.phantomCells += cells.length - width;
    return { line: r.line, cells: cells.slice(0, width) };
  };
  const trimmed: GridRow[] = [];
  for (let k = f; k < head.length; k++) if (!allEmpty(head[k].cells)) trimmed.push(trim(head[k]));
  const plan = planGrid(fileName, format, !!forced, trimmed, width, (k, j) => trimmed[k].cells[j], counts, warnings);
  const { h } = plan;
  if (h < 2) throw FALLBACK;
  for (let k = h; k < trimmed.length; k++) if (onlyFirst(trimmed[k].cells)) throw FALLBACK; // maybe notes
  const store = new CompactRows(plan.labelCols.length, plan.dataCols.length);
  const nData = plan.dataCols.length;
  numberTarget = { column: new Int32Array(width), parsed: { value: new Float64Array(nData), decimals: new Int8Array(nData) } };
  plan.dataCols.forEach((j, x) => ((numberTarget as NumberTarget).column[j] = x + 1));
  const parsed = numberTarget.parsed;
  const b = new RowBuilder(plan, counts, null, store);
  let k = 0;
  for (let x = h; x < trimmed.length; x++) b.add(k++, trimmed[x].line, trimmed[x].cells);
  head.length = 0;
  trimmed.length = 0;
  const isNote = (c: string[]) => onlyFirst(c) && (c.length < width || NOTE_PREFIX.test(c[0].trim()));
  const pending: TokenRow[] = [];
  for (;;) {
    const r = nextRow();
    if (!r) break;
    if (allEmpty(r.cells)) {
      counts.noteCells += r.cells.length;
      continue;
    }
    if (isNote(r.cells)) {
      if (pending.length > 10000) throw FALLBACK;
      pending.push(r);
      continue;
    }
    for (const p of pending) {
      const t = trim(p);
      b.add(k++, t.line, t.cells);
    }
    pending.length = 0;
    const t = trim(r);
    b.add(k++, t.line, t.cells, r.numbers ? parsed : undefined);
  }
  const trailingNotes = pending.map((p) => {
    counts.noteCells += p.cells.length;
    return cleanLabel(p.cells[0]);
  });
  b.finish();
  const table: CensusTable = {
    fileName,
    byteLength: bytes.length,
    sha256: "",
    format,
    encoding,
    delimiter,
    layout: describeLayout(h, plan.labelCols.length, plan.dataCols.length, store.n),
    meta: { notes: [...notes, ...trailingNotes] },
    headerRows: plan.headerRows,
    labelHeaders: plan.labelHeaders,
    extraDims: plan.extraDims,
    columns: plan.columns,
    rows: [],
    counts,
    decimalsByItem: {},
    warnings,
  };
  countCompact(table, store);
  attach(table, store);
  return table;
}

/** Where a tokenizer puts the plain numbers of data columns: `column[j]` is x + 1 for data column x, else 0. */
interface NumberTarget {
  column: Int32Array;
  parsed: ParsedNumbers;
}

/** Stands in the cells for a number read straight into ParsedNumbers (non-empty, so no row looks empty). */
const NUMBER_CELL = "0";

/**
 * The fields of the line text[p, end) (no CR inside), plain numbers of data columns read straight into
 * `target` (their cells NUMBER_CELL), or null when the line needs the character-by-character reader: a quote
 * left open to the next line, a doubled quote or text after a closing quote, or a number standing alone
 * in the first column (a row that may be a note). Returns whether any number was read as `numbers`.
 */
function fastFields(text: string, p: number, end: number, delimiter: string, target: NumberTarget | null): { cells: string[]; numbers: boolean } | null {
  const d = delimiter.charCodeAt(0);
  const cells: string[] = [];
  let numbers = false;
  if (target) target.parsed.decimals.fill(-1);
  let q = p;
  for (;;) {
    if (q < end && text.charCodeAt(q) === QUOTE) {
      const close = text.indexOf('"', q + 1);
      if (close < 0 || close >= end) return null;
      if (close + 1 < end && text.charCodeAt(close + 1) !== d) return null;
      cells.push(text.slice(q + 1, close));
      q = close + 1;
    } else {
      const x = target && cells.length < target.column.length ? target.column[cells.length] - 1 : -1;
      const e = x >= 0 ? readPlainNumber(text, q, end, d, (target as NumberTarget).parsed, x) : -1;
      if (e >= 0) {
        cells.push(NUMBER_CELL);
        numbers = true;
        q = e;
      } else {
        let f = text.indexOf(delimiter, q);
        if (f < 0 || f > end) f = end;
        cells.push(text.slice(q, f));
        q = f;
      }
    }
    if (q >= end) break;
    q++; // the delimiter
    if (q >= end) {
      cells.push("");
      break;
    }
  }
  if (numbers && (target as NumberTarget).parsed.decimals[0] >= 0 && (target as NumberTarget).column[0] === 1) {
    let alone = true;
    for (let j = 1; j < cells.length && alone; j++) if (cells[j].trim() !== "") alone = false;
    if (alone) return null;
  }
  return { cells, numbers };
}

function nonEmptyMoreThanOne(cells: string[]): boolean {
  let n = 0;
  for (const c of cells) if (c.trim() !== "" && ++n > 1) return true;
  return false;
}

/** finishCounts over the store (the same tally, without building rows). */
function countCompact(t: CensusTable, store: CompactRows): void {
  const tally = new CellTally(t.columns);
  const nCols = t.columns.length;
  const { heads, flagStrings } = store;
  for (let k = 0; k < store.n; k++) {
    const row = heads[store.head.get(k)];
    for (let x = 0, c = k * nCols; x < nCols; x++, c++) {
      const kd = store.kd.get(c);
      tally.add(row.item, row.periodMarker, x, kd >> 5, kd & 31, flagStrings[store.flag.get(c)]);
    }
  }
  tally.finish(t);
}
