/**
 * From a grid of text cells (a CSV/TSV file or an XLSX sheet) to a CensusTable: title and note lines,
 * phantom trailing columns, ragged rows, header rows, label and value columns, what each label column means,
 * region and industry hierarchies (level columns, U+3000 indentation, codes), totals, and every value cell
 * parsed into value + flag with its decimals. Every source cell is counted.
 */
import { Blocks } from "./blocks";
import { parseCell } from "./symbols";
import { BiText, importError } from "./errors";
import {
  cleanLabel,
  dimName,
  indentDepth,
  isGrandTotalLabel,
  isSubtotalLabel,
  parsePeriodLabel,
  PROVINCE_NAMES,
  Role,
  roleOfHeader,
  splitItemUnit,
  splitPeriodPrefix,
  splitRegionCode,
} from "./labels";
import { isAllIndustries, ksicCode, parseIndustryLabel } from "./ksic";
import {
  CellCounts,
  CensusFormat,
  CensusTable,
  ColumnInfo,
  emptyCounts,
  Kind,
  KosisMeta,
  RowInfo,
  TotalKind,
} from "./model";

export interface GridRow {
  /** 1-based source line / sheet row. */
  line: number;
  cells: string[];
}

export interface GridSource {
  fileName: string;
  format: CensusFormat;
  /** Whether the user chose the format (then its expectations are checked strictly). */
  forced: boolean;
  rows: GridRow[];
  /** Value of a merged cell's anchor for covered cells (XLSX), used for header rows and label columns only. */
  fill?: (rowIndex: number, col: number) => string | undefined;
  byteLength: number;
  encoding: string;
  delimiter: string;
  meta: KosisMeta;
  warnings: BiText[];
}

export const NOTE_PREFIX = /^(주\s*[)）:：\d]|주석|※|\*|자료\s*[:：]|출처|source|note|비고\s*[:：])/i;
const VALUE_WORD = /^(값|value|dt|수치|데이터|data|자료|통계치)$/i;
const CODE_HEADER = /코드|code|(^|_)id$/i;

export function nonEmpty(cells: string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== "") n++;
  return n;
}

/** Whether a cell holds something besides white space (what `c.trim() !== ""` says, without trimming most cells). */
export function filled(c: string): boolean {
  if (c === "") return false;
  const a = c.charCodeAt(0);
  // a first character that trim() never removes: the cell is filled
  if (a > 32 && a < 127) return true;
  return c.trim() !== "";
}

export function allEmpty(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (filled(cells[i])) return false;
  return true;
}

export function onlyFirst(cells: string[]): boolean {
  if (!cells.length || cells[0].trim() === "") return false;
  for (let i = 1; i < cells.length; i++) if (cells[i].trim() !== "") return false;
  return true;
}

function isPeriodLike(s: string): boolean {
  return parsePeriodLabel(s) !== null;
}

/** Keeps `<br>` out and nothing else: the wide layout shows labels as published (indentation kept). */
function wideLabel(s: string): string {
  return s.indexOf("<") >= 0 ? s.replace(/<br\s*\/?>/gi, " ") : s;
}

function decimalsOf(s: string): number {
  const t = s.trim();
  const dot = t.indexOf(".");
  if (dot < 0) return 0;
  let n = 0;
  for (let i = dot + 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
    else break;
  }
  return Math.min(n, 15);
}

const MEMO_MAX = 200000;

/**
 * The string as a copy of its own. A substring of a chunk of decoded text can keep the whole chunk alive;
 * strings kept for the life of a table (labels, flags, memo keys) are detached from it.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1); // V8 copies substrings under 13 characters anyway
}

/** What a hierarchy makes of the levels it resolved. */
type Refined = Pick<Resolved, "name" | "parent" | "code" | "status">;

/** Resolved labels by raw cells (their label indexes, a Map per level), with the texts they were filled in as. */
interface CellMemo {
  root: Map<number, unknown>;
  size: number;
}
interface Remembered {
  resolved: Resolved;
  texts: string[];
}
function newCellMemo(): CellMemo {
  return { root: new Map(), size: 0 };
}
/** The extra classifications of a row when the table has none (shared, never written to). */
const NO_EXTRA: string[] = [];

/**
 * Fast path for the common cell: a plain number (an optional minus, digits, at most one point: "8075536",
 * "15.6", "-3"; 20 characters at most) at text[q…], ending at `end` or at the delimiter code `d` (-1: none).
 * Its value (exactly Number() of the field) and decimals go to parsed[x] and its end is returned; -1 for
 * anything else (parseCell then decides, so the result always agrees with parseCell).
 */
export function readPlainNumber(text: string, q: number, end: number, d: number, parsed: ParsedNumbers, x: number): number {
  let k = q;
  const negative = k < end && text.charCodeAt(k) === 45;
  if (negative) k++;
  let m = 0;
  let digits = 0;
  let dot = -1;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && dot < 0) dot = k;
    else if (c === d) break;
    else return -1;
  }
  if (digits === 0 || k - q > 20) return -1;
  const decimals = dot < 0 ? 0 : k - dot - 1;
  // up to 15 digits the integer is exact, and divided by a power of ten it is correctly rounded: Number() itself
  const v = digits > 15 ? Number(text.slice(q, k)) : decimals ? m / POW10[decimals] : m;
  parsed.value[x] = negative && digits <= 15 ? -v : v;
  parsed.decimals[x] = decimals;
  return k;
}
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

const ONE_NUMBER: ParsedNumbers = { value: new Float64Array(1), decimals: new Int8Array(1) };

/** readPlainNumber over a whole cell: its value, or NaN; its decimals are left in plainDecimals. */
function plainNumber(raw: string): number {
  if (readPlainNumber(raw, 0, raw.length, -1, ONE_NUMBER, 0) !== raw.length) return NaN;
  plainDecimals = ONE_NUMBER.decimals[0];
  return ONE_NUMBER.value[0];
}
let plainDecimals = 0;

/**
 * Plain numbers a tokenizer read straight from the text, by data column: `decimals[x]` ≥ 0 when column x's
 * cell was one (its value in `value[x]`, exactly as plainNumber gives it), -1 when its string is in the cells.
 */
export interface ParsedNumbers {
  value: Float64Array;
  decimals: Int8Array;
}

export interface Resolved {
  name: string;
  parent: string;
  code: string;
  status: "" | "grand" | "sub";
  depth: number;
}

const EMPTY_RESOLVED: Resolved = { name: "", parent: "", code: "", status: "", depth: 0 };

/** Resolves one hierarchy (region or industry) from its level columns' texts. */
function resolveLevels(texts: string[]): Resolved {
  const L = texts.filter((t) => t !== "");
  if (L.length === 0) return EMPTY_RESOLVED;
  const last = L[L.length - 1];
  if (L.length >= 2 && isSubtotalLabel(last)) {
    const name = L[L.length - 2];
    const parent = L.length >= 3 ? L[L.length - 3] : "";
    const status = L.length === 2 && isGrandTotalLabel(name) ? "grand" : "sub";
    return { name, parent, code: "", status, depth: L.length - 2 };
  }
  const parent = L.length >= 2 ? L[L.length - 2] : "";
  const status = L.length === 1 && isGrandTotalLabel(last) ? "grand" : "";
  return { name: last, parent, code: "", status, depth: L.length - 1 };
}

export function normaliseGrid(src: GridSource): CensusTable {
  const { fileName } = src;
  const counts = emptyCounts();
  const notes: string[] = [...src.meta.notes];
  const warnings: BiText[] = [...src.warnings];
  // Work on indices into src.rows so that `fill` (by original row index) stays valid.
  let first = 0;
  let last = src.rows.length - 1;
  const rowsAll = src.rows;
  const empty = new Uint8Array(rowsAll.length);
  let anyFilled = false;
  for (let i = 0; i < rowsAll.length; i++) {
    if (allEmpty(rowsAll[i].cells)) empty[i] = 1;
    else anyFilled = true;
  }
  if (!anyFilled) {
    throw importError(
      "empty",
      fileName,
      { ko: "파일에 내용이 없습니다.", en: "The file has no content." },
      { ko: "내려받기가 끝났는지 확인하고 다시 내려받으세요.", en: "Check that the download finished, and download it again." },
    );
  }
  // entirely empty rows (XLSX) are skipped but counted as cells read
  for (let i = 0; i < rowsAll.length; i++) {
    if (empty[i]) counts.noteCells += rowsAll[i].cells.length; // an empty row: cells read, nothing to keep
  }
  const live = (i: number) => empty[i] === 0;
  while (first <= last && !live(first)) first++;
  while (last >= first && !live(last)) last--;

  // 1. title lines above the table
  for (let k = 0; k < 10 && first < last; k++) {
    const r = rowsAll[first];
    let next = first + 1;
    while (next <= last && !live(next)) next++;
    if (onlyFirst(r.cells) && next <= last && nonEmpty(rowsAll[next].cells) > 1) {
      notes.push(cleanLabel(r.cells[0]));
      counts.noteCells += r.cells.length;
      first = next;
    } else break;
  }
  let width = rowsAll[first].cells.length;

  // 2. phantom trailing column (a delimiter at the end of every line)
  let dropLast = false;
  if (width > 1 && rowsAll[first].cells[width - 1].trim() === "") {
    dropLast = true;
    for (let i = first; i <= last; i++) {
      if (!live(i)) continue;
      const c = rowsAll[i].cells;
      if (c.length >= width && filled(c[width - 1])) {
        dropLast = false;
        break;
      }
    }
  }
  if (dropLast) width--;

  // 3. note lines below the table
  const trailingNotes: string[] = [];
  while (last > first + 1) {
    const r = rowsAll[last];
    const c = r.cells;
    const isNote = onlyFirst(c) && (c.length < width || NOTE_PREFIX.test(c[0].trim()));
    if (!isNote) break;
    trailingNotes.unshift(cleanLabel(c[0]));
    counts.noteCells += c.length;
    last--;
    while (last > first && !live(last)) last--;
  }

  // 4. ragged rows
  const rows: GridRow[] = [];
  const rowIndex: number[] = [];
  for (let i = first; i <= last; i++) {
    const r = rowsAll[i];
    if (!live(i)) continue;
    let cells = r.cells;
    if (cells.length > width) {
      let extraEmpty = true;
      for (let j = width; j < cells.length; j++) if (cells[j].trim() !== "") extraEmpty = false;
      if (!extraEmpty) {
        const j = cells.findIndex((c, k) => k >= width && c.trim() !== "");
        throw importError(
          "ragged",
          fileName,
          {
            ko: `이 행은 칸이 ${cells.length}개인데 머리글 행은 ${width}개입니다.`,
            en: `This row has ${cells.length} fields but the header row has ${width}.`,
          },
          {
            ko: "구분 기호(쉼표)나 따옴표가 빠지거나 더 들어갔는지 이 행을 확인하세요.",
            en: "Check this line for a missing or extra delimiter (comma) or quote.",
          },
          { line: r.line, column: j + 1 },
        );
      }
      counts.phantomCells += cells.length - width;
      cells = cells.slice(0, width);
    } else if (cells.length < width) {
      throw importError(
        "ragged",
        fileName,
        {
          ko: `이 행은 칸이 ${cells.length}개뿐인데 머리글 행은 ${width}개입니다.`,
          en: `This row has only ${cells.length} fields but the header row has ${width}.`,
        },
        {
          ko: "파일이 잘렸거나 구분 기호(쉼표)가 빠졌는지 이 행을 확인하세요.",
          en: "Check whether the file is cut short or this line misses a delimiter (comma).",
        },
        { line: r.line, column: cells.length + 1 },
      );
    }
    rows.push(cells === r.cells ? r : { line: r.line, cells });
    rowIndex.push(i);
  }
  const cellAt = (k: number, j: number): string => {
    const v = rows[k].cells[j];
    if (src.fill && v.trim() === "") return src.fill(rowIndex[k], j) ?? v;
    return v;
  };

  const plan = planGrid(src.fileName, src.format, src.forced, rows, width, cellAt, counts, warnings);
  const { h } = plan;
  const b = new RowBuilder(plan, counts, src.fill ? (k: number, j: number) => cellAt(k, j) : null);
  for (let k = h; k < rows.length; k++) b.add(k, rows[k].line, rows[k].cells);
  const out = b.finish();

  const table: CensusTable = {
    fileName,
    byteLength: src.byteLength,
    sha256: "",
    format: src.format,
    encoding: src.encoding,
    delimiter: src.delimiter,
    layout: describeLayout(h, plan.labelCols.length, plan.dataCols.length, rows.length - h),
    meta: { ...src.meta, notes: [...notes, ...trailingNotes] },
    headerRows: plan.headerRows,
    labelHeaders: plan.labelHeaders,
    extraDims: plan.extraDims,
    columns: plan.columns,
    rows: out,
    counts,
    decimalsByItem: {},
    warnings,
  };
  finishCounts(table);
  return table;
}

/** What steps 5-9 decide from the header rows: the columns and what each means. */
export interface GridPlan {
  h: number;
  width: number;
  labelCols: number[];
  dataCols: number[];
  columns: ColumnInfo[];
  labelHeaders: string[];
  extraDims: string[];
  regionCols: number[];
  industryCols: number[];
  regionCodeCol: number;
  industryCodeCol: number;
  itemCol: number;
  unitCol: number;
  periodCol: number;
  otherCols: number[];
  headerRows: string[][];
}

/** Steps 5-9 of normaliseGrid on the trimmed rows (throws the ImportErrors of those steps). */
export function planGrid(
  fileName: string,
  format: CensusFormat,
  forced: boolean,
  rows: GridRow[],
  width: number,
  cellAt: (k: number, j: number) => string,
  counts: CellCounts,
  warnings: BiText[],
): GridPlan {
  const src = { format, forced };
  // 5. header rows: KOSIS repeats the classification headers on every header row
  let h = 1;
  if (src.format !== "kosis-bulk-csv" || !src.forced) {
    const top = cleanLabel(cellAt(0, 0));
    while (h < rows.length && h < 5 && top !== "" && cleanLabel(cellAt(h, 0)) === top) {
      let numeric = false;
      for (let j = 1; j < width; j++) {
        const t = cellAt(h, j);
        const p = parseCell(t);
        if (p.kind === "number" && !isPeriodLike(t)) {
          numeric = true;
          break;
        }
      }
      if (numeric) break;
      h++;
    }
  }
  if (src.forced && src.format === "kosis-standard-csv" && h < 2) {
    throw importError(
      "format",
      fileName,
      {
        ko: "KOSIS 표준 CSV는 머리글이 두 줄(시점, 항목)인데 이 파일은 한 줄입니다.",
        en: "A KOSIS standard CSV has two header rows (period, item) but this file has one.",
      },
      { ko: "형식을 '자동'으로 두고 다시 가져오세요.", en: "Set the format to Auto and import again." },
      { line: rows[0].line },
    );
  }
  if (rows.length <= h) {
    throw importError(
      "header-only",
      fileName,
      {
        ko: `머리글 ${h}줄만 있고 자료 행이 없습니다.`,
        en: `The file has ${h} header row${h > 1 ? "s" : ""} and no data rows.`,
      },
      {
        ko: "KOSIS에서 항목·분류·시점을 하나 이상 골라 다시 내려받으세요.",
        en: "Select at least one item, classification and period on KOSIS and download again.",
      },
      { line: rows[h - 1].line },
    );
  }
  const headerText = (k: number, j: number) => cleanLabel(cellAt(k, j));

  // 6. label columns and value columns
  const isLabel: boolean[] = new Array(width).fill(false);
  if (h >= 2) {
    let L = 0;
    while (L < width) {
      const t = headerText(0, L);
      let same = true;
      for (let k = 1; k < h; k++) if (headerText(k, L) !== t) same = false;
      if (!same || isPeriodLike(t) || (L > 0 && t === "")) break;
      L++;
    }
    for (let j = 0; j < L; j++) isLabel[j] = true;
  } else {
    for (let j = 0; j < width; j++) {
      const head = headerText(0, j);
      if (isPeriodLike(head) || splitPeriodPrefix(head)) continue;
      const role = roleOfHeader(head);
      if (role !== "other" || CODE_HEADER.test(head)) {
        isLabel[j] = true;
        continue;
      }
      if (VALUE_WORD.test(head.replace(/\s/g, ""))) continue;
      let numbers = 0;
      let textual = false;
      for (let k = 1; k < rows.length; k++) {
        const p = parseCell(rows[k].cells[j]);
        if (p.kind === "number") numbers++;
        else if (p.kind === "text") {
          textual = true;
          break;
        }
      }
      if (textual || (numbers === 0 && j === 0)) isLabel[j] = true;
    }
  }
  const labelCols: number[] = [];
  const dataCols: number[] = [];
  for (let j = 0; j < width; j++) (isLabel[j] ? labelCols : dataCols).push(j);
  if (dataCols.length === 0) {
    throw importError(
      "no-data",
      fileName,
      { ko: "숫자가 든 열을 찾지 못했습니다.", en: "No column with numbers was found." },
      {
        ko: "표에 값 열이 있는지 확인하세요. 형식 선택이 맞는지도 확인하세요.",
        en: "Check that the table has value columns, and that the chosen format is right.",
      },
      { line: rows[h - 1].line },
    );
  }
  if (labelCols.length === 0) {
    warnings.push({
      ko: "분류(행 이름) 열이 없어 행을 행 번호로만 구별합니다.",
      en: "No label column was found; rows are told apart by their line only.",
    });
  }

  // 7. duplicate headers
  const seen = new Map<string, number>();
  for (let j = 0; j < width; j++) {
    const parts: string[] = [];
    for (let k = 0; k < h; k++) parts.push(headerText(k, j));
    const key = parts.join("\u0001");
    if (parts.every((p) => p === "")) continue;
    const prev = seen.get(key);
    if (prev !== undefined) {
      throw importError(
        "duplicate-header",
        fileName,
        {
          ko: `머리글 "${parts.filter(Boolean).join(" / ")}"이(가) ${prev + 1}열과 ${j + 1}열에 두 번 있습니다.`,
          en: `The header "${parts.filter(Boolean).join(" / ")}" appears twice, in columns ${prev + 1} and ${j + 1}.`,
        },
        {
          ko: "어느 열이 어떤 값인지 알 수 없습니다. 머리글을 고치거나 KOSIS에서 다시 내려받으세요.",
          en: "It is unclear which column holds what. Fix the headers or download again from KOSIS.",
        },
        { line: rows[h - 1].line, column: j + 1 },
      );
    }
    seen.set(key, j);
  }
  counts.headerCells = h * width;

  // 8. what each value column means
  const columns: ColumnInfo[] = dataCols.map((j) => {
    const header: string[] = [];
    for (let k = 0; k < h; k++) header.push(wideLabel(cellAt(k, j)));
    let period = "";
    let periodMarker = "";
    let unit = "";
    const itemParts: string[] = [];
    const parts: string[] = [];
    for (let k = 0; k < h; k++) {
      const t = headerText(k, j);
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    for (const t of parts) {
      const p = !period ? parsePeriodLabel(t) : null;
      if (p) {
        period = p.period;
        periodMarker = p.marker;
        continue;
      }
      if (h === 1 && !period) {
        const pre = splitPeriodPrefix(t);
        if (pre) {
          period = pre.period.period;
          periodMarker = pre.period.marker;
          const iu = splitItemUnit(pre.rest);
          itemParts.push(iu.item);
          if (iu.unit) unit = iu.unit;
          continue;
        }
      }
      const iu = splitItemUnit(t);
      itemParts.push(iu.item);
      if (iu.unit) unit = iu.unit;
    }
    return { column: j + 1, header, period, periodMarker, item: itemParts.join(" "), unit, decimals: 0 };
  });

  // 9. what each label column means
  const labelHeaders = labelCols.map((j) => headerText(h - 1, j));
  const roles: Role[] = labelCols.map((j) => roleOfHeader(headerText(0, j)));
  const regionCols: number[] = [];
  const industryCols: number[] = [];
  let regionCodeCol = -1;
  let industryCodeCol = -1;
  let itemCol = -1;
  let unitCol = -1;
  let periodCol = -1;
  const otherCols: number[] = [];
  labelCols.forEach((j, x) => {
    const role = roles[x];
    const head = headerText(0, j);
    const isCode = CODE_HEADER.test(head);
    if (role === "region") {
      if (isCode && regionCodeCol < 0) regionCodeCol = j;
      else regionCols.push(j);
    } else if (role === "industry") {
      if (isCode && industryCodeCol < 0) industryCodeCol = j;
      else industryCols.push(j);
    } else if (role === "item" && itemCol < 0) itemCol = j;
    else if (role === "unit" && unitCol < 0) unitCol = j;
    else if (role === "period" && periodCol < 0) periodCol = j;
    else otherCols.push(j);
  });
  const extraDims: string[] = [];
  for (const j of otherCols) {
    let name = dimName(headerText(0, j)) || `분류${j + 1}`;
    while (extraDims.includes(name)) name += "'";
    extraDims.push(name);
  }

  const headerRows = Array.from({ length: h }, (_, k) => labelCols.map((j) => wideLabel(cellAt(k, j))).concat(columns.map((c) => c.header[k])));
  return { h, width, labelCols, dataCols, columns, labelHeaders, extraDims, regionCols, industryCols, regionCodeCol, industryCodeCol, itemCol, unitCol, periodCol, otherCols, headerRows };
}

/** Receives the rows of a RowBuilder instead of RowInfo objects (the compact store of a large import). */
export interface RowSink {
  /** `labelIds[g]`: the row's text in label column g, as an index into that column's table (see finish). */
  row(
    line: number,
    labelIds: Int32Array,
    reg: Resolved,
    ind: Resolved,
    item: string,
    unit: string,
    period: string,
    periodMarker: string,
    extra: string[],
    values: (number | null)[],
    kinds: number[],
    flags: string[],
    decimals: number[],
  ): void;
  /**
   * After the hierarchies: each row's resolved region and industry, whether each hierarchy is present, and
   * each label column's distinct texts (as the wide layout shows them).
   */
  finish(regionRes: ResolvedRows, industryRes: ResolvedRows, hasRegion: boolean, hasIndustry: boolean, labelTables: string[][]): void;
}

/** Step 10 (one data row at a time) and step 11 (hierarchies) of normaliseGrid. */
export class RowBuilder {
  private readonly out: RowInfo[] = [];
  private readonly regionRes = new ResolvedRows();
  private readonly industryRes = new ResolvedRows();
  /** The last label text of each level column (filled down), by column. */
  private readonly prevText: string[] = [];
  private readonly regionMemo = new Map<string, Resolved>();
  private readonly industryMemo = new Map<string, Resolved>();
  private readonly regionCells = newCellMemo();
  private readonly industryCells = newCellMemo();
  private readonly shapes = new Map<string, { kinds: number[]; flags: string[]; decimals: number[] }>();
  private readonly cellKind: number[];
  private readonly cellFlag: string[];
  private readonly cellDecimals: number[];
  private readonly nData: number;
  private cells: string[] = [];
  private k = 0;
  private readonly scratch: (number | null)[];
  /** Per label column (by position in plan.labelCols): its distinct texts, and the index of each raw cell. */
  private readonly labelTables: string[][];
  private readonly labelIndex: Map<string, number>[];
  private readonly lastRaw: string[];
  private readonly lastId: Int32Array;
  /** The current row's label indexes, and each column's position among the label columns (-1: a value column). */
  private readonly labelIds: Int32Array;
  private readonly labelPos: Int32Array;

  /** `fill(k, j)`: the cell with a merged anchor's value (XLSX); null for a CSV (the cell as it is). */
  constructor(
    private readonly plan: GridPlan,
    private readonly counts: CellCounts,
    private readonly fill: ((k: number, j: number) => string) | null,
    private readonly sink: RowSink | null = null,
  ) {
    this.nData = plan.dataCols.length;
    this.cellKind = new Array(this.nData).fill(0);
    this.cellFlag = new Array(this.nData).fill("");
    this.cellDecimals = new Array(this.nData).fill(0);
    this.scratch = new Array(this.nData).fill(0);
    const nLabels = plan.labelCols.length;
    this.labelTables = plan.labelCols.map(() => []);
    this.labelIndex = plan.labelCols.map(() => new Map());
    this.lastRaw = new Array(nLabels).fill(null);
    this.lastId = new Int32Array(nLabels);
    this.labelIds = new Int32Array(nLabels);
    this.labelPos = new Int32Array(plan.width).fill(-1);
    plan.labelCols.forEach((j, g) => (this.labelPos[j] = g));
  }

  /** A region from its levels: the code split off the name, a "province city" name split in two. */
  private readonly refineRegion = (r: Resolved, codeCell: string): Refined => {
    const nm = splitRegionCode(r.name);
    let name = nm.name;
    let parent = splitRegionCode(r.parent).name;
    if (!parent && name.includes(" ")) {
      const toks = name.split(" ");
      if (PROVINCE_NAMES.has(toks[0])) {
        name = toks[toks.length - 1];
        parent = toks[toks.length - 2];
      }
    }
    const code = this.plan.regionCodeCol >= 0 ? cleanLabel(codeCell) : nm.code;
    return { name, parent, code, status: r.status };
  };

  /** An industry from its levels: the KSIC code from the label or the code column, "all industries" a grand total. */
  private readonly refineIndustry = (r: Resolved, codeCell: string): Refined => {
    const lab = parseIndustryLabel(r.name);
    let code = lab.code;
    if (this.plan.industryCodeCol >= 0) code = ksicCode(cleanLabel(codeCell)) || code;
    const status = r.status || (isAllIndustries(lab.name) ? "grand" : "");
    return { name: lab.name, parent: r.parent, code, status };
  };

  /**
   * The row's region or industry from its level columns (and code column): remembered by raw cells, else by
   * filled-in texts, else resolved from the levels and refined by `refine` (names, parent, code, status).
   */
  private resolveGroup(
    cols: number[],
    codeCol: number,
    cells: CellMemo,
    memo: Map<string, Resolved>,
    refine: (levels: Resolved, codeCell: string) => Refined,
  ): Resolved {
    const recalled = this.recall(cells, cols, codeCol);
    if (recalled) return recalled;
    const texts = this.fillDown(cols);
    const depth = cols.length === 1 ? indentDepth(this.cell(cols[0])) : 0;
    const codeCell = codeCol >= 0 ? this.cell(codeCol) : "";
    const key = `${texts.join("\u0001")}\u0002${depth}\u0002${codeCell}`;
    let r = memo.get(key);
    if (!r) {
      const levels = resolveLevels(texts);
      const f = refine(levels, codeCell);
      r = { ...levels, name: detach(f.name), parent: detach(f.parent), code: detach(f.code), status: f.status, depth: cols.length === 1 ? depth : levels.depth };
      if (memo.size < MEMO_MAX) memo.set(key, r);
    }
    this.remember(cells, cols, codeCol, texts, r);
    return r;
  }

  /** Indexes the row's label cells (a column often repeats the row above: compared before hashing). */
  private indexLabels(): void {
    const { labelCols } = this.plan;
    for (let g = 0; g < labelCols.length; g++) {
      const raw = this.cell(labelCols[g]);
      if (raw === this.lastRaw[g]) {
        this.labelIds[g] = this.lastId[g];
        continue;
      }
      let id = this.labelIndex[g].get(raw);
      if (id === undefined) {
        id = this.labelTables[g].length;
        this.labelTables[g].push(detach(wideLabel(raw)));
        this.labelIndex[g].set(detach(raw), id);
      }
      this.labelIds[g] = id;
      this.lastRaw[g] = raw;
      this.lastId[g] = id;
    }
  }

  private cell(j: number): string {
    return this.fill ? this.fill(this.k, j) : this.cells[j];
  }

  private fillDown(group: number[]): string[] {
    const n = group.length;
    const texts: string[] = new Array(n);
    let lastNonEmpty = -1;
    for (let g = 0; g < n; g++) {
      texts[g] = cleanLabel(this.cell(group[g]));
      if (texts[g] !== "") lastNonEmpty = g;
    }
    const prevText = this.prevText;
    for (let g = 0; g < lastNonEmpty; g++) if (texts[g] === "") texts[g] = prevText[group[g]] ?? "";
    for (let g = 0; g < n; g++) prevText[group[g]] = texts[g];
    return texts;
  }

  /**
   * The row's region or industry as remembered for the same raw cells (level columns, then the code column),
   * or undefined. Only rows whose every level was filled in are remembered, so the raw cells decide it alone.
   */
  private recall(memo: CellMemo, group: number[], codeCol: number): Resolved | undefined {
    const { labelIds, labelPos } = this;
    let m: Map<number, unknown> | undefined = memo.root;
    const last = group.length - 1;
    for (let g = 0; g < last && m; g++) m = m.get(labelIds[labelPos[group[g]]]) as Map<number, unknown> | undefined;
    if (!m) return undefined;
    const at = m.get(labelIds[labelPos[group[last]]]);
    const hit = (codeCol >= 0 ? (at as Map<number, unknown> | undefined)?.get(labelIds[labelPos[codeCol]]) : at) as Remembered | undefined;
    if (!hit) return undefined;
    for (let g = 0; g <= last; g++) this.prevText[group[g]] = hit.texts[g];
    return hit.resolved;
  }

  private remember(memo: CellMemo, group: number[], codeCol: number, texts: string[], r: Resolved): void {
    if (memo.size >= MEMO_MAX || texts.some((t) => t === "")) return;
    const keys = group.map((j) => this.labelIds[this.labelPos[j]]);
    if (codeCol >= 0) keys.push(this.labelIds[this.labelPos[codeCol]]);
    let m = memo.root;
    for (let g = 0; g < keys.length - 1; g++) {
      let next = m.get(keys[g]) as Map<number, unknown> | undefined;
      if (!next) m.set(keys[g], (next = new Map()));
      m = next;
    }
    if (m.has(keys[keys.length - 1])) return;
    m.set(keys[keys.length - 1], { resolved: r, texts });
    memo.size++;
  }

  /** One data row: `k` its index among the trimmed rows (for `fill`), `cells` its cells (width wide). */
  add(k: number, line: number, cells: string[], parsed?: ParsedNumbers): void {
    this.k = k;
    this.cells = cells;
    const { plan, counts, nData, cellKind, cellFlag, cellDecimals } = this;
    const { labelCols, dataCols, columns, regionCols, industryCols, regionCodeCol, industryCodeCol, itemCol, unitCol, periodCol, otherCols } = plan;
    counts.labelCells += labelCols.length;
    this.indexLabels();
    // region
    let reg = EMPTY_RESOLVED;
    if (regionCols.length) {
      reg = this.resolveGroup(regionCols, regionCodeCol, this.regionCells, this.regionMemo, this.refineRegion);
    } else if (regionCodeCol >= 0) {
      const code = cleanLabel(this.cell(regionCodeCol));
      reg = { ...EMPTY_RESOLVED, code };
    }
    this.regionRes.push(reg);
    // industry
    let ind = EMPTY_RESOLVED;
    if (industryCols.length) {
      ind = this.resolveGroup(industryCols, industryCodeCol, this.industryCells, this.industryMemo, this.refineIndustry);
    } else if (industryCodeCol >= 0) {
      const c = cleanLabel(this.cell(industryCodeCol));
      ind = { ...EMPTY_RESOLVED, code: ksicCode(c) };
    }
    this.industryRes.push(ind);
    // item, unit, period, other classifications
    let item = "";
    let unit = "";
    if (itemCol >= 0) {
      const iu = splitItemUnit(this.cell(itemCol));
      item = iu.item;
      unit = iu.unit;
    }
    if (unitCol >= 0) unit = cleanLabel(this.cell(unitCol));
    let period = "";
    let periodMarker = "";
    if (periodCol >= 0) {
      const t = cleanLabel(this.cell(periodCol));
      const p = parsePeriodLabel(t);
      period = p ? p.period : t;
      periodMarker = p ? p.marker : "";
    }
    const extra = otherCols.length ? otherCols.map((j) => cleanLabel(this.cell(j))) : NO_EXTRA;
    // cells
    const sink = this.sink;
    // a sink copies the row's cells out: one scratch array serves every row
    const values: (number | null)[] = sink ? this.scratch : new Array(nData);
    // kinds, flags and decimals repeat from row to row: rows alike share one copy of each (never written to)
    let shape = "";
    let flagged = false;
    for (let x = 0; x < nData; x++) {
      const raw = cells[dataCols[x]]; // value cells never take a merged anchor's value
      let fast: number;
      if (parsed && parsed.decimals[x] >= 0) {
        fast = parsed.value[x];
        plainDecimals = parsed.decimals[x];
      } else fast = plainNumber(raw);
      if (fast === fast) {
        // not NaN: a plain number
        values[x] = fast === 0 ? 0 : fast;
        cellKind[x] = Kind.Number;
        cellFlag[x] = "";
        cellDecimals[x] = plainDecimals;
        if (plainDecimals > columns[x].decimals) columns[x].decimals = plainDecimals;
      } else {
        cellDecimals[x] = 0;
        const p = parseCell(raw);
        values[x] = p.value === 0 ? 0 : p.value; // no -0 in a sheet
        if (p.kind === "number") {
          cellKind[x] = Kind.Number;
          cellFlag[x] = p.flag;
          const d = decimalsOf(raw);
          cellDecimals[x] = d;
          if (d > columns[x].decimals) columns[x].decimals = d;
        } else if (p.kind === "symbol") {
          cellKind[x] = Kind.Symbol;
          cellFlag[x] = p.flag;
        } else if (p.kind === "blank") {
          cellKind[x] = Kind.Blank;
          cellFlag[x] = "";
        } else {
          cellKind[x] = Kind.Text;
          cellFlag[x] = p.text ?? String(raw).trim();
        }
        if (cellFlag[x] !== "") flagged = true;
      }
      if (!sink) shape += String.fromCharCode(cellKind[x] * 32 + cellDecimals[x] + 48); // decimals < 32
    }
    // a sink copies the labels out too
    if (sink) {
      sink.row(line, this.labelIds, reg, ind, item, unit, period, periodMarker, extra, values, cellKind, cellFlag, cellDecimals);
      return;
    }
    if (flagged) for (const f of cellFlag) shape += `${f.length}:${f}`;
    let cellsOf = this.shapes.get(shape);
    if (cellsOf === undefined) {
      cellsOf = { kinds: cellKind.slice(), flags: cellFlag.slice(), decimals: cellDecimals.slice() };
      if (this.shapes.size < MEMO_MAX) this.shapes.set(shape, cellsOf);
    }
    const { kinds, flags, decimals } = cellsOf;
    const labels: string[] = new Array(labelCols.length);
    for (let g = 0; g < labelCols.length; g++) labels[g] = this.labelTables[g][this.labelIds[g]];
    this.out.push({
      line,
      labels,
      regionCode: reg.code,
      region: reg.name,
      parentRegion: reg.parent,
      industryCode: ind.code,
      industryName: ind.name,
      period,
      periodMarker,
      item,
      unit,
      extra,
      total: "",
      values,
      flags,
      kinds,
      decimals,
    });
  }

  /** Step 11: hierarchies from indentation (a single level column) and from codes; the rows (none with a sink). */
  finish(): RowInfo[] {
    const { regionRes, industryRes, plan, out } = this;
    const { regionCols, industryCols, regionCodeCol, industryCodeCol } = plan;
    if (regionCols.length === 1) indentHierarchy(regionRes);
    if (industryCols.length === 1) indentHierarchy(industryRes);
    codeHierarchy(regionRes, regionCodeKey);
    codeHierarchy(industryRes, (c) => c);
    const hasRegion = regionCols.length > 0 || regionCodeCol >= 0;
    const hasIndustry = industryCols.length > 0 || industryCodeCol >= 0;
    if (this.sink) {
      this.sink.finish(regionRes, industryRes, hasRegion, hasIndustry, this.labelTables);
      return out;
    }
    out.forEach((row, k) => {
      const reg = regionRes.get(k);
      row.parentRegion = reg.parent;
      row.total = totalOf(hasRegion ? reg : null, hasIndustry ? industryRes.get(k) : null);
    });
    return out;
  }
}


/** Parent names and subtotal status from U+3000 indentation of a single level column. */
function indentHierarchy(res: ResolvedRows): void {
  if (!res.distinct.some((r) => r.depth > 0)) return;
  const stack: { depth: number; name: string }[] = [];
  const derived = new Map<Resolved, Map<string, Resolved>>(); // rows alike get one object
  for (let k = 0; k < res.length; k++) {
    const r = res.get(k);
    if (r.name === "") continue;
    while (stack.length && stack[stack.length - 1].depth >= r.depth) stack.pop();
    const parent = stack.length ? stack[stack.length - 1].name : "";
    let next = k + 1;
    while (next < res.length && res.get(next).name === "") next++;
    const hasChildren = next < res.length && res.get(next).depth > r.depth;
    let status = r.status;
    if (hasChildren && status === "") status = stack.length === 0 && isGrandTotalLabel(r.name) ? "grand" : "sub";
    if ((r.parent || parent) !== r.parent || status !== r.status) {
      let of = derived.get(r);
      if (!of) derived.set(r, (of = new Map()));
      const key = `${r.parent || parent}\u0001${status}`;
      let d = of.get(key);
      if (!d) of.set(key, (d = { ...r, parent: r.parent || parent, status }));
      res.set(k, d);
    }
    stack.push({ depth: r.depth, name: r.name });
  }
}

/**
 * 10-digit 행정기관코드 carry their level in trailing zeros: 1100000000 (시도) → "11", 1111000000 (시군구) →
 * "11110", 1111051500 (읍면동) → "11110515". Other codes are used as they are.
 */
export function regionCodeKey(code: string): string {
  if (/^\d{10}$/.test(code)) {
    if (code.endsWith("00000000")) return code.slice(0, 2);
    if (code.endsWith("00000")) return code.slice(0, 5);
    if (code.endsWith("00")) return code.slice(0, 8);
  }
  return code;
}

/**
 * A row whose code is a proper prefix of another row's code is a subtotal (C ⊃ C30; 34 ⊃ 34080), and a
 * blank parent is filled from the code's parent.
 */
function codeHierarchy(res: ResolvedRows, keyOf: (code: string) => string): void {
  const names = new Map<string, string>();
  for (let k = 0; k < res.length; k++) {
    const r = res.get(k);
    if (!r.code || !r.name) continue;
    const key = keyOf(r.code);
    if (!names.has(key)) names.set(key, r.name);
  }
  if (names.size < 2 || names.size > 200000) return;
  const parentOf = new Map<string, string>();
  const hasChild = new Set<string>();
  for (const c of names.keys()) {
    for (let len = Math.min(c.length - 1, 12); len >= 1; len--) {
      const p = c.slice(0, len);
      if (names.has(p)) {
        parentOf.set(c, p);
        hasChild.add(p);
        break;
      }
    }
  }
  const derived = new Map<Resolved, Resolved>(); // the outcome depends on the value alone
  for (let k = 0; k < res.length; k++) {
    const r = res.get(k);
    if (!r.code) continue;
    let d = derived.get(r);
    if (d === undefined) {
      const key = keyOf(r.code);
      let { parent, status } = r;
      const p = parentOf.get(key);
      if (!parent && p) parent = names.get(p) ?? "";
      if (hasChild.has(key) && status === "") status = isGrandTotalLabel(r.name) && !p ? "grand" : "sub";
      d = parent !== r.parent || status !== r.status ? { ...r, parent, status } : r;
      derived.set(r, d);
    }
    if (d !== r) res.set(k, d);
  }
}

/** The region (or industry) of every row, as indexes into the distinct values: rows alike share one. */
export class ResolvedRows {
  private readonly ids = new Blocks((n) => new Int32Array(n));
  readonly distinct: Resolved[] = [];
  private readonly idOf = new Map<Resolved, number>();
  private last: Resolved | null = null;
  private lastId = -1;
  get length(): number {
    return this.ids.length;
  }
  push(r: Resolved): void {
    this.ids.push(this.id(r));
  }
  get(k: number): Resolved {
    return this.distinct[this.ids.get(k)];
  }
  /** Index of row k's value in `distinct`. */
  idAt(k: number): number {
    return this.ids.get(k);
  }
  set(k: number, r: Resolved): void {
    this.ids.set(k, this.id(r));
  }
  private id(r: Resolved): number {
    if (r === this.last) return this.lastId;
    let id = this.idOf.get(r);
    if (id === undefined) {
      id = this.distinct.length;
      this.distinct.push(r);
      this.idOf.set(r, id);
    }
    this.last = r;
    this.lastId = id;
    return id;
  }
}

export function totalOf(region: Resolved | null, industry: Resolved | null): TotalKind {
  const present = [region, industry].filter((x): x is Resolved => x !== null && (x.name !== "" || x.code !== ""));
  if (present.length === 0) return "";
  if (present.every((x) => x.status === "grand")) return "합계";
  if (present.some((x) => x.status !== "")) return "소계";
  return "";
}

export function describeLayout(headerRows: number, labelCols: number, dataCols: number, dataRows: number): BiText {
  return {
    ko: `머리글 ${headerRows}줄, 분류 열 ${labelCols}개, 값 열 ${dataCols}개, 자료 행 ${dataRows}개`,
    en: `${headerRows} header row${headerRows > 1 ? "s" : ""}, ${labelCols} label column${labelCols === 1 ? "" : "s"}, ${dataCols} value column${dataCols === 1 ? "" : "s"}, ${dataRows} data row${dataRows === 1 ? "" : "s"}`,
  };
}

/** Recomputes the data-cell counts, flag counts and decimals by item from the rows (after any filter). */
export function finishCounts(t: CensusTable): void {
  const tally = new CellTally(t.columns);
  for (const row of t.rows) {
    for (let x = 0; x < t.columns.length; x++) tally.add(row.item, row.periodMarker, x, row.kinds[x], row.decimals[x], row.flags[x]);
  }
  tally.finish(t);
}

/**
 * The value-cell counts of a table, its flags and markers with their counts, and the most decimals of each
 * item, added one cell at a time (keys in the order the cells first show them) and written by finish.
 */
export class CellTally {
  private dataCells = 0;
  private readonly byKind = [0, 0, 0, 0, 0];
  private readonly symbols = new Map<string, number>();
  /** Most decimals by row item ("" for rows without one) and column (-1: no number yet). */
  private readonly decimals = new Map<string, Int8Array>();
  /** (row item, column) in the order each first showed a number. */
  private readonly firstNumbers: [string, number][] = [];
  private lastItem: string | null = null;
  private dec: Int8Array = new Int8Array(0);

  constructor(private readonly columns: ColumnInfo[]) {}

  add(rowItem: string, rowMarker: string, x: number, kind: number, decimals: number, flag: string): void {
    if (kind === Kind.Absent) return;
    this.dataCells++;
    this.byKind[kind]++;
    if (kind === Kind.Number) {
      if (rowItem !== this.lastItem) {
        this.lastItem = rowItem;
        let d = this.decimals.get(rowItem);
        if (!d) this.decimals.set(rowItem, (d = new Int8Array(this.columns.length).fill(-1)));
        this.dec = d;
      }
      if (this.dec[x] < 0) this.firstNumbers.push([rowItem, x]);
      if (this.dec[x] < decimals) this.dec[x] = decimals;
    }
    if (kind !== Kind.Blank && flag) this.symbols.set(flag, (this.symbols.get(flag) ?? 0) + 1);
    const pm = this.columns[x].periodMarker || rowMarker;
    if (pm) this.symbols.set(pm, (this.symbols.get(pm) ?? 0) + 1);
  }

  finish(t: CensusTable): void {
    const c = t.counts;
    c.dataCells = this.dataCells;
    c.numbers = this.byKind[Kind.Number];
    c.symbols = this.byKind[Kind.Symbol];
    c.blanks = this.byKind[Kind.Blank];
    c.texts = this.byKind[Kind.Text];
    c.bySymbol = {};
    for (const [sym, n] of this.symbols) c.bySymbol[sym] = n;
    const byItem: Record<string, number> = {};
    for (const [rowItem, x] of this.firstNumbers) {
      const item = rowItem ? effectiveItem({ item: rowItem }, this.columns[x]) : this.columns[x].item;
      const d = (this.decimals.get(rowItem) as Int8Array)[x];
      const prev = byItem[item];
      if (prev === undefined || prev < d) byItem[item] = d;
    }
    t.decimalsByItem = byItem;
    c.cellsRead = c.headerCells + c.labelCells + c.dataCells + c.noteCells + c.phantomCells + c.filteredOut;
  }
}

/** Flag parts of a cell in output order: the cell's own symbol or marker, then the period marker. */
export function flagPartsOf(row: RowInfo, col: ColumnInfo, x: number): string[] {
  const parts: string[] = [];
  const kind = row.kinds[x];
  if (kind !== Kind.Blank && kind !== Kind.Absent && row.flags[x]) parts.push(row.flags[x]);
  const pm = col.periodMarker || row.periodMarker;
  if (pm) parts.push(pm);
  return parts;
}

export function effectiveItem(row: Pick<RowInfo, "item">, col: ColumnInfo): string {
  if (row.item && col.item && !VALUE_WORD.test(col.item.replace(/\s/g, ""))) return `${row.item} ${col.item}`;
  return row.item || col.item;
}
