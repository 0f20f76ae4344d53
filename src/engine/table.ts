/**
 * Reads a census table argument (header row first) into records: one record per value cell, with its region,
 * industry, period, measure, unit and flag. Two layouts:
 *  - long, as the import writes it: 지역코드 | 지역 | 상위지역 | 산업코드 | 산업명 | 시점 | 항목 | 단위 | 값 | 표시 | 구분
 *  - wide: region and industry columns, then one column per measure such as "종사자수 (명)".
 */
import { CellKind, parseCell } from "../census/symbols";
import { cleanText, looseKey, toMatrix } from "./coerce";
import { valueError } from "./explain";
import { ALL_INDUSTRIES, findKsicByName, isTotalWord, normaliseKsic } from "./reference/ksic";

export type Role =
  | "regionCode"
  | "region"
  | "parent"
  | "industryCode"
  | "industry"
  | "period"
  | "measure"
  | "unit"
  | "value"
  | "flag"
  | "level";

/** Header names per role, compared without spaces and case; earlier names win when two columns match. */
export const HEADER_SYNONYMS: Record<Role, string[]> = {
  regionCode: ["지역코드", "행정구역코드", "행정코드", "시도코드", "시군구코드", "regioncode", "region_code", "areacode", "regionid"],
  region: [
    "지역", "지역명", "지역별", "행정구역", "행정구역별", "행정구역명", "시도", "시도별", "시도명", "시군구", "시군구별", "시군구명",
    "region", "regionname", "area", "산업단지", "산업단지명", "산단", "단지명", "complex", "industrialcomplex",
  ],
  parent: ["상위지역", "상위지역명", "상위행정구역", "상위", "소속시도", "parentregion", "parent", "parentregionname"],
  industryCode: ["산업코드", "산업분류코드", "업종코드", "ksic", "ksiccode", "industrycode", "industry_code"],
  industry: ["산업", "산업명", "산업분류", "산업분류별", "산업별", "업종", "업종명", "산업중분류", "industry", "industryname"],
  period: ["시점", "연도", "년도", "기준연도", "기간", "period", "year", "time"],
  measure: ["항목", "항목명", "지표", "item", "measure", "indicator", "itemname"],
  unit: ["단위", "unit"],
  value: ["값", "데이터", "수치", "value", "data", "dt"],
  flag: ["표시", "부호", "통계부호", "기호", "flag", "symbol"],
  level: ["구분", "level", "수준"],
};

const ROLE_LABEL: Record<Role, { ko: string; en: string }> = {
  regionCode: { ko: "지역코드", en: "region code" },
  region: { ko: "지역", en: "region" },
  parent: { ko: "상위지역", en: "parent region" },
  industryCode: { ko: "산업코드", en: "industry code" },
  industry: { ko: "산업", en: "industry" },
  period: { ko: "시점", en: "period" },
  measure: { ko: "항목", en: "item/measure" },
  unit: { ko: "단위", en: "unit" },
  value: { ko: "값", en: "value" },
  flag: { ko: "표시", en: "flag" },
  level: { ko: "구분", en: "level" },
};

const SIDO_KEYS = new Set(["시도", "시도별", "시도명"]);
const SIGUNGU_KEYS = new Set(["시군구", "시군구별", "시군구명"]);
const TOTAL_LEVEL = new Set(["합계", "소계", "계", "총계", "total", "subtotal"]);

export interface TableRecord {
  /** Row of the value cell within the table argument (header row = 0). */
  row: number;
  /** Column of the value cell. */
  col: number;
  region: string;
  regionCode: string;
  parent: string;
  /** Normalised KSIC code, "*" for a grand-total row, null when the industry could not be recognised. */
  code: string | null;
  /** The industry as written in the table. */
  industry: string;
  period: string;
  measure: string;
  measureKey: string;
  unit: string;
  value: number | null;
  flag: string;
  kind: CellKind;
  text?: string;
  /** Marked 합계/소계 in the 구분 column. */
  total: boolean;
}

export interface ParsedTable {
  layout: "long" | "wide";
  headers: string[];
  columns: Partial<Record<Role, number>>;
  /** Wide layout: the measure columns. */
  measureColumns: { col: number; measure: string; unit: string }[];
  /** Columns neither recognised nor used as measures. */
  ignored: number[];
  records: TableRecord[];
  /** Data rows whose industry matched no KSIC code or name. */
  unknownIndustries: { row: number; text: string }[];
  /** All periods, in order of first appearance. */
  periods: string[];
  hasParentColumn: boolean;
}

/** Splits "종사자수 (명)" into the name and the unit; "(명)", "[명]" and full-width brackets are accepted. */
export function splitUnit(text: string): { name: string; unit: string } {
  const t = cleanText(text);
  const m = /^(.*?)\s*[([（［]([^()[\]（）［］]*)[)\]）］]$/.exec(t);
  if (m && m[1].trim() !== "") return { name: m[1].trim(), unit: m[2].trim() };
  return { name: t, unit: "" };
}

/** Key of a measure for matching: unit suffix, spaces and case ignored. */
export function measureKey(text: string): string {
  return looseKey(splitUnit(text).name).replace(/[_]/g, "");
}

/** Key of a period: 2022, "2022", "2022 p)", "2022년" are the same period. */
export function periodKey(x: unknown): string {
  if (x === null || x === undefined) return "";
  if (typeof x === "number") return String(x);
  const s = cleanText(x).replace(/년$/, "");
  const p = parseCell(s);
  if (p.kind === "number" && p.value !== null) return String(p.value);
  return s.replace(/ /g, "");
}

function headerRole(text: string): { role: Role; rank: number } | null {
  const { name } = splitUnit(text);
  const k = looseKey(name);
  const k2 = k.replace(/[_\-.]/g, "");
  let best: { role: Role; rank: number } | null = null;
  for (const role of Object.keys(HEADER_SYNONYMS) as Role[]) {
    const list = HEADER_SYNONYMS[role];
    for (let i = 0; i < list.length; i++) {
      const s = list[i].replace(/[_\-.]/g, "");
      if (s === k || s === k2) {
        if (!best || i < best.rank) best = { role, rank: i };
      }
    }
  }
  return best;
}

function missingHeader(role: Role, headers: string[], extra?: { ko: string; en: string }): Error {
  const names = HEADER_SYNONYMS[role].filter((s) => !s.includes("_")).slice(0, 6);
  const label = ROLE_LABEL[role];
  const shown = headers.filter((h) => h !== "").join(", ") || "(없음)";
  return valueError(
    `표의 머리글(첫 행)에 ${label.ko} 열이 없습니다. ${names.map((n) => `'${n}'`).join(", ")} 같은 머리글이 필요합니다${extra ? ` (${extra.ko})` : ""}. 현재 머리글: ${shown}`,
    `The table's header row has no ${label.en} column; expected a header such as ${names.map((n) => `'${n}'`).join(", ")}${extra ? ` (${extra.en})` : ""}. Headers found: ${shown}`,
    { arg: "table", row: 0, col: 0 },
  );
}

function industryOf(codeCell: unknown, nameCell: unknown): { code: string | null; text: string } {
  const codeText = cleanText(codeCell);
  const nameText = cleanText(nameCell);
  const text = [codeText, nameText].filter((t) => t !== "").join(" ");
  if (codeText !== "") {
    const c = typeof codeCell === "number" ? normaliseKsic(codeCell) : normaliseKsic(codeText);
    if (c) return { code: c, text };
    if (isTotalWord(codeText)) return { code: ALL_INDUSTRIES, text };
  }
  if (nameText !== "") {
    const c = typeof nameCell === "number" ? normaliseKsic(nameCell) : normaliseKsic(nameText);
    if (c) return { code: c, text };
    const lead = /^([A-Ua-u]?\s?\d{2,5})[\s.:)]+(.+)$/.exec(nameText);
    if (lead) {
      const lc = normaliseKsic(lead[1]);
      if (lc) return { code: lc, text };
    }
    const byName = findKsicByName(nameText);
    if (byName) return { code: byName, text };
    if (isTotalWord(nameText)) return { code: ALL_INDUSTRIES, text };
  }
  return { code: null, text };
}

/** What parseTable learns from the header row and the column kinds, before reading any record. */
interface TableShape {
  layout: "long" | "wide";
  headers: string[];
  columns: Partial<Record<Role, number>>;
  measureColumns: { col: number; measure: string; unit: string }[];
  ignored: number[];
  /** Rows below the header. */
  data: unknown[][];
  splitRegion: boolean;
  valueHeaderUnit: string;
}

function readShape(tableArg: unknown): TableShape {
  const m = toMatrix(tableArg);
  if (m.length === 0 || m[0].length === 0) {
    throw valueError("table 인수가 비어 있습니다. 머리글 행이 있는 표 범위를 지정하세요.", "The table argument is empty; give a range with its header row.", {
      arg: "table",
      row: 0,
      col: 0,
    });
  }
  let width = 0;
  for (const r of m) if (r.length > width) width = r.length;
  const headers = Array.from({ length: width }, (_, c) => cleanText(m[0][c]));
  if (m.length < 2) {
    throw valueError("table 인수에 머리글 행만 있고 자료 행이 없습니다.", "The table argument has a header row but no data rows.", { arg: "table", row: 0, col: 0 });
  }

  // Role candidates per column.
  const cands: Partial<Record<Role, { col: number; rank: number }[]>> = {};
  headers.forEach((h, col) => {
    if (h === "") return;
    const r = headerRole(h);
    if (!r) return;
    (cands[r.role] ??= []).push({ col, rank: r.rank });
  });
  const columns: Partial<Record<Role, number>> = {};
  const used = new Set<number>();
  let splitRegion = false;
  // 시도 + 시군구 columns: the 시군구 column is the region, the 시도 column its parent.
  const regionCands = cands.region ?? [];
  const sido = regionCands.find((c) => SIDO_KEYS.has(looseKey(splitUnit(headers[c.col]).name)));
  const sigungu = regionCands.find((c) => SIGUNGU_KEYS.has(looseKey(splitUnit(headers[c.col]).name)));
  if (sido && sigungu && !cands.parent) {
    columns.region = sigungu.col;
    columns.parent = sido.col;
    used.add(sigungu.col).add(sido.col);
    splitRegion = true;
  }
  for (const role of Object.keys(HEADER_SYNONYMS) as Role[]) {
    if (columns[role] !== undefined) continue;
    const list = (cands[role] ?? []).filter((c) => !used.has(c.col)).sort((a, b) => a.rank - b.rank || a.col - b.col);
    if (list.length > 0) {
      columns[role] = list[0].col;
      used.add(list[0].col);
    }
  }

  if (columns.region === undefined && columns.regionCode === undefined) throw missingHeader("region", headers);
  if (columns.industry === undefined && columns.industryCode === undefined) throw missingHeader("industry", headers);

  const data = m.slice(1);
  const isTextColumn = (col: number) => {
    let text = 0;
    let other = 0;
    for (const r of data) {
      const p = parseCell(r[col]);
      if (p.kind === "text") text++;
      else if (p.kind !== "blank") other++;
    }
    return text > 0 && other === 0;
  };

  let layout: "long" | "wide";
  const measureColumns: { col: number; measure: string; unit: string }[] = [];
  const ignored: number[] = [];
  if (columns.value !== undefined) {
    layout = "long";
    if (columns.measure === undefined) {
      throw missingHeader("measure", headers, { ko: "값 열이 있는 긴 형식 표", en: "a long table with a value column" });
    }
    headers.forEach((h, col) => {
      if (!used.has(col)) ignored.push(col);
    });
  } else {
    layout = "wide";
    headers.forEach((h, col) => {
      if (used.has(col)) return;
      if (h === "" || isTextColumn(col)) {
        ignored.push(col);
        return;
      }
      const { name, unit } = splitUnit(h);
      measureColumns.push({ col, measure: name, unit });
    });
    if (measureColumns.length === 0) {
      throw missingHeader("value", headers, {
        ko: "긴 형식이면 '값' 열, 넓은 형식이면 '종사자수 (명)' 같은 항목별 열",
        en: "a 'value' column for a long table, or one column per measure such as '종사자수 (명)' for a wide table",
      });
    }
  }
  const valueHeaderUnit = columns.value !== undefined ? splitUnit(headers[columns.value]).unit : "";
  return { layout, headers, columns, measureColumns, ignored, data, splitRegion, valueHeaderUnit };
}

/** Whether cleanText(x) is "": null, undefined or a string of white space only. */
function isBlankCell(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x === "string") return x.trim() === ""; // trim and \s remove the same white space
  if (typeof x === "number") return false;
  return cleanText(x) === "";
}

/** Region, parent and region code of a data row as parseTable reads them; null for a row it skips. */
function regionKeys(
  s: TableShape,
  r: unknown[],
  clean: (x: unknown) => string,
): { region: string; parent: string; regionCode: string } | null {
  let blank = true;
  for (let c = 0; c < r.length; c++) {
    if (!isBlankCell(r[c])) {
      blank = false;
      break;
    }
  }
  if (blank) return null;
  const cols = s.columns;
  let region = cols.region === undefined ? "" : clean(r[cols.region]);
  let parent = cols.parent === undefined ? "" : clean(r[cols.parent]);
  const regionCode = cols.regionCode === undefined ? "" : clean(r[cols.regionCode]);
  if (s.splitRegion && (region === "" || TOTAL_LEVEL.has(looseKey(region)) || isTotalWord(region))) {
    region = parent;
    parent = "";
  }
  if (region === "" && regionCode === "") return null;
  return { region, parent, regionCode };
}

/** Appends the records of data row `i` (row i + 1 of the table) to `records`; false for a row that is skipped. */
function readRow(
  s: TableShape,
  i: number,
  keyOfMeasure: (m: string) => string,
  records: TableRecord[],
  unknownIndustries: { row: number; text: string }[],
  periods: string[],
): boolean {
  const r = s.data[i];
  const row = i + 1;
  const keys = regionKeys(s, r, cleanText);
  if (keys === null) return false;
  const { region, parent, regionCode } = keys;
  const { columns } = s;
  const get = (r: unknown[], role: Role): unknown => (columns[role] === undefined ? null : r[columns[role] as number]);
  const ind = industryOf(get(r, "industryCode"), get(r, "industry"));
  const levelText = looseKey(get(r, "level"));
  const total = TOTAL_LEVEL.has(levelText);
  let code = ind.code;
  if (code === null && total && ind.text === "") code = ALL_INDUSTRIES;
  if (code === null) unknownIndustries.push({ row, text: ind.text });
  const period = periodKey(get(r, "period"));
  if (period !== "" && !periods.includes(period)) periods.push(period);
  const industry = ind.text || (code ?? "");

  const cell = (raw: unknown, col: number, measure: string, unit: string, flagCol: string) => {
    const p = parseCell(raw);
    const flag = flagCol !== "" ? flagCol : p.flag;
    const rec: TableRecord = {
      region,
      regionCode,
      parent,
      code,
      industry,
      period,
      total,
      row,
      col,
      measure,
      measureKey: keyOfMeasure(measure),
      unit,
      value: p.kind === "number" ? p.value : null,
      flag,
      kind: p.kind === "blank" && flagCol !== "" ? "symbol" : p.kind,
    };
    if (p.kind === "text") rec.text = p.text;
    records.push(rec);
  };

  if (s.layout === "long") {
    const measureText = cleanText(get(r, "measure"));
    const split = splitUnit(measureText);
    const unit = cleanText(get(r, "unit")) || split.unit || s.valueHeaderUnit;
    cell(get(r, "value"), columns.value as number, split.name || measureText, unit, cleanText(get(r, "flag")));
  } else {
    const rowUnit = cleanText(get(r, "unit"));
    for (const mc of s.measureColumns) cell(r[mc.col], mc.col, mc.measure, mc.unit || rowUnit, "");
  }
  return true;
}

/** Measure names repeat on every row of a long table: normalise each distinct one once. */
function measureKeyMemo(): (m: string) => string {
  const measureKeys = new Map<string, string>();
  return (m: string) => {
    let k = measureKeys.get(m);
    if (k === undefined) measureKeys.set(m, (k = measureKey(m)));
    return k;
  };
}

/** Parses a table argument. Throws #VALUE! naming the missing header when a required column is absent. */
export function parseTable(tableArg: unknown): ParsedTable {
  const s = readShape(tableArg);
  const records: TableRecord[] = [];
  const unknownIndustries: { row: number; text: string }[] = [];
  const periods: string[] = [];
  const keyOfMeasure = measureKeyMemo();
  for (let i = 0; i < s.data.length; i++) readRow(s, i, keyOfMeasure, records, unknownIndustries, periods);
  return {
    layout: s.layout,
    headers: s.headers,
    columns: s.columns,
    measureColumns: s.measureColumns,
    ignored: s.ignored,
    records,
    unknownIndustries,
    periods,
    hasParentColumn: s.columns.parent !== undefined,
  };
}

/** The header-level facts of a parsed table (what describeLayout needs). */
export type TableLayout = Pick<ParsedTable, "layout" | "headers" | "columns" | "measureColumns">;

interface MeasureEntry {
  measure: string;
  key: string;
}

/**
 * A table read for one selection (REGIONAL_SHARE, CENSUS_VALUE): the header as parseTable reads it, and per data
 * row only what selecting needs (region keys, measure, period), each distinct cell text normalised once. Full
 * records, exactly as parseTable makes them, are built only for the rows asked for.
 */
export class TableIndex implements TableLayout {
  readonly layout: "long" | "wide";
  readonly headers: string[];
  readonly columns: Partial<Record<Role, number>>;
  readonly measureColumns: { col: number; measure: string; unit: string }[];
  readonly ignored: number[];
  readonly hasParentColumn: boolean;
  /** Number of records parseTable returns for this table. */
  readonly recordCount: number;
  /** Per row parseTable reads (rows it skips left out): index into the data rows (table row − 1). */
  readonly rows: number[] = [];
  readonly region: string[] = [];
  readonly parent: string[] = [];
  readonly regionCode: string[] = [];
  private readonly shape: TableShape;
  private readonly keyOfMeasure = measureKeyMemo();
  /** Long layout: measure and period per row. */
  private readonly rowMeasure: MeasureEntry[] = [];
  private readonly rowPeriod: string[] = [];
  private identities?: string[];

  constructor(tableArg: unknown) {
    const s = readShape(tableArg);
    this.shape = s;
    this.layout = s.layout;
    this.headers = s.headers;
    this.columns = s.columns;
    this.measureColumns = s.measureColumns;
    this.ignored = s.ignored;
    this.hasParentColumn = s.columns.parent !== undefined;
    const clean = memo(cleanText);
    const period = memo(periodKey);
    const measureOf = memo((raw: unknown): MeasureEntry => {
      const measureText = cleanText(raw);
      const measure = splitUnit(measureText).name || measureText;
      return { measure, key: this.keyOfMeasure(measure) };
    });
    const { columns, data } = s;
    for (let i = 0; i < data.length; i++) {
      const r = data[i];
      const keys = regionKeys(s, r, clean);
      if (keys === null) continue;
      this.rows.push(i);
      this.region.push(keys.region);
      this.parent.push(keys.parent);
      this.regionCode.push(keys.regionCode);
      this.rowPeriod.push(columns.period === undefined ? "" : period(r[columns.period]));
      if (s.layout === "long") this.rowMeasure.push(measureOf(columns.measure === undefined ? null : r[columns.measure]));
    }
    this.recordCount = s.layout === "long" ? this.rows.length : this.rows.length * s.measureColumns.length;
  }

  /** The distinct measures of the records, in order of first appearance. */
  measures(): string[] {
    if (this.rows.length === 0) return [];
    if (this.layout === "wide") return [...new Set(this.measureColumns.map((m) => m.measure))];
    return [...new Set(this.rowMeasure.map((m) => m.measure))];
  }

  /** The measure of the first record whose measure key is `key`, or undefined. */
  firstMeasure(key: string): string | undefined {
    if (this.rows.length === 0) return undefined;
    if (this.layout === "wide") return this.measureColumns.find((m) => this.keyOfMeasure(m.measure) === key)?.measure;
    return this.rowMeasure.find((m) => m.key === key)?.measure;
  }

  /** The distinct non-empty periods of the records of measure key `key`, in order of first appearance. */
  periodsOf(key: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const wideHit = this.layout === "wide" && this.measureColumns.some((m) => this.keyOfMeasure(m.measure) === key);
    for (let k = 0; k < this.rows.length; k++) {
      if (this.layout === "long" ? this.rowMeasure[k].key !== key : !wideHit) continue;
      const p = this.rowPeriod[k];
      if (p !== "" && !seen.has(p)) {
        seen.add(p);
        out.push(p);
      }
    }
    return out;
  }

  /** Identity of row k's region: its code, or parent|name. */
  identity(k: number): string {
    const ids = (this.identities ??= this.rows.map((_, j) =>
      this.regionCode[j] !== "" ? `#${this.regionCode[j]}` : `${this.parent[j]}|${this.region[j]}`,
    ));
    return ids[k];
  }

  /** The records of rows ks (positions in `rows`), in order, exactly as parseTable makes them. */
  records(ks: number[]): TableRecord[] {
    const out: TableRecord[] = [];
    const unknown: { row: number; text: string }[] = [];
    const periods: string[] = [];
    for (const k of ks) readRow(this.shape, this.rows[k], this.keyOfMeasure, out, unknown, periods);
    return out;
  }
}

/** f with its results kept per distinct argument. */
function memo<T>(f: (x: unknown) => T): (x: unknown) => T {
  const seen = new Map<unknown, T>();
  return (x) => {
    let v = seen.get(x);
    if (v === undefined && !seen.has(x)) seen.set(x, (v = f(x)));
    return v as T;
  };
}

/** A one-line description of how the header was read, for the explanation. */
export function describeLayout(t: TableLayout): { ko: string; en: string } {
  const parts = (Object.keys(t.columns) as Role[]).map((role) => `${ROLE_LABEL[role].ko}=${t.headers[t.columns[role] as number]}`);
  const partsEn = (Object.keys(t.columns) as Role[]).map((role) => `${ROLE_LABEL[role].en}=${t.headers[t.columns[role] as number]}`);
  if (t.layout === "wide") {
    const ms = t.measureColumns.map((m) => (m.unit ? `${m.measure} (${m.unit})` : m.measure)).join(", ");
    return {
      ko: `넓은 형식 표: ${parts.join(", ")}; 항목 열: ${ms}`,
      en: `Wide table: ${partsEn.join(", ")}; measure columns: ${ms}`,
    };
  }
  return { ko: `긴 형식 표: ${parts.join(", ")}`, en: `Long table: ${partsEn.join(", ")}` };
}
