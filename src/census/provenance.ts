/**
 * Provenance of an import: one row of the `출처` sheet. Never holds an API key.
 */
import { redactApiKey } from "./kosisApi";
import type { CensusTable } from "./model";
import { observations } from "./output";

export interface Provenance {
  /** File name, or the API request(s) without any key. */
  source: string;
  sha256: string;
  format: string;
  encoding: string;
  orgId: string;
  tableId: string;
  tableName: string;
  periods: string[];
  units: string[];
  /** 자료다운일자 (XLSX 메타정보) or latest LST_CHN_DE (API). */
  downloadDate: string;
  /** ISO 8601 time of the import. */
  importedAt: string;
  /** Long rows (value cells) in the result. */
  rows: number;
  /** Every cell read from the source. */
  cellsRead: number;
  numbers: number;
  symbols: number;
  blanks: number;
  texts: number;
  filteredOut: number;
  bySymbol: Record<string, number>;
  layout: string;
  notes: string[];
}

export const PROVENANCE_HEADER = [
  "파일 또는 요청",
  "SHA-256",
  "형식",
  "인코딩",
  "기관ID",
  "통계표ID",
  "통계표명",
  "시점",
  "단위",
  "자료다운일자",
  "가져온 시각",
  "행 수",
  "읽은 셀 수",
  "숫자",
  "부호",
  "빈칸",
  "문자",
  "필터로 뺀 셀",
  "부호별 개수",
  "구성",
  "주석",
] as const;

/** The provenance of a (possibly filtered) table. */
export function provenance(table: CensusTable, importedAt: Date = new Date()): Provenance {
  const periods = new Set<string>();
  const units = new Set<string>();
  for (const o of observations(table)) {
    if (o.period) periods.add(o.period);
    if (o.unit) units.add(o.unit);
  }
  const c = table.counts;
  return {
    source: table.request ? redactApiKey(table.request) : table.fileName,
    sha256: table.sha256,
    format: table.format,
    encoding: table.encoding,
    orgId: table.meta.orgId ?? "",
    tableId: table.meta.tableId ?? "",
    tableName: table.meta.tableName ?? "",
    periods: [...periods],
    units: [...units],
    downloadDate: table.meta.downloadDate ?? "",
    importedAt: importedAt.toISOString(),
    rows: c.dataCells,
    cellsRead: c.cellsRead,
    numbers: c.numbers,
    symbols: c.symbols,
    blanks: c.blanks,
    texts: c.texts,
    filteredOut: c.filteredOut,
    bySymbol: { ...c.bySymbol },
    layout: table.layout.ko,
    notes: [...table.meta.notes],
  };
}

function summarisePeriods(ps: string[]): string {
  if (ps.length <= 6) return ps.join(", ");
  const sorted = [...ps].sort();
  return `${sorted[0]} ~ ${sorted[sorted.length - 1]} (${ps.length})`;
}

/** The provenance as one row of the `출처` sheet, in PROVENANCE_HEADER order. */
export function provenanceRow(p: Provenance): (string | number)[] {
  return [
    p.source,
    p.sha256,
    p.format,
    p.encoding,
    p.orgId,
    p.tableId,
    p.tableName,
    summarisePeriods(p.periods),
    p.units.join(", "),
    p.downloadDate,
    p.importedAt,
    p.rows,
    p.cellsRead,
    p.numbers,
    p.symbols,
    p.blanks,
    p.texts,
    p.filteredOut,
    Object.entries(p.bySymbol)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", "),
    p.layout,
    p.notes.join(" / "),
  ];
}
