/**
 * KOSIS Open API (statisticsParameterData.do, format=json, jsonVD=Y): answers to CensusTables, error answers
 * to readable ImportErrors, request planning under the 40,000-cell limit, and merging of several answers.
 * No HTTP here: the pane (or CLI) passes a fetch function to runKosisPlan.
 */
import { BiText, importError, ImportError } from "./errors";
import { apiPeriod, cleanLabel, roleOfHeader, splitRegionCode } from "./labels";
import { isAllIndustries, ksicCode, parseIndustryLabel } from "./ksic";
import { CensusTable, ColumnInfo, emptyCounts, Kind, RowInfo } from "./model";
import { parseCell } from "./symbols";
import { finishCounts, regionCodeKey, totalOf } from "./grid";

/** One record of a statisticsParameterData answer. Fields are strings in the JSON. */
export interface KosisRecord {
  ORG_ID?: string;
  TBL_ID?: string;
  TBL_NM?: string;
  ITM_ID?: string;
  ITM_NM?: string;
  UNIT_NM?: string;
  PRD_SE?: string;
  PRD_DE?: string;
  DT?: string | number | null;
  LST_CHN_DE?: string;
  [key: string]: unknown;
}

export const KOSIS_MAX_CELLS = 40000;

const API_ERRORS: Record<string, { ko: string; en: string; adviceKo: string; adviceEn: string }> = {
  "10": {
    ko: "인증키가 없습니다",
    en: "No API key was sent",
    adviceKo: "설정에서 KOSIS Open API 인증키를 입력하세요.",
    adviceEn: "Enter your KOSIS Open API key in the settings.",
  },
  "11": {
    ko: "인증키 기간이 만료되었습니다",
    en: "The API key has expired",
    adviceKo: "KOSIS 공유서비스(openapi) 누리집에서 인증키를 다시 발급받아 입력하세요.",
    adviceEn: "Get a new key on the KOSIS Open API site and enter it.",
  },
  "20": {
    ko: "필수 요청변수가 빠졌습니다",
    en: "A required request parameter is missing",
    adviceKo: "통계표 ID, 항목, 분류, 주기와 기간을 모두 골랐는지 확인하세요.",
    adviceEn: "Check that the table ID, items, classifications, period type and range are all chosen.",
  },
  "21": {
    ko: "요청변수 값이 잘못되었습니다",
    en: "A request parameter has a wrong value",
    adviceKo: "통계표 ID, 분류 코드, 주기(년·월·분기)와 기간 형식을 확인하세요.",
    adviceEn: "Check the table ID, classification codes, period type (year, month, quarter) and period format.",
  },
  "30": {
    ko: "조회 결과가 없습니다",
    en: "The query returned no data",
    adviceKo: "기간이나 분류를 넓혀 보세요. 그 기간에 공표된 자료가 없을 수 있습니다.",
    adviceEn: "Widen the period or the classifications; nothing may be published for that period.",
  },
  "31": {
    ko: "조회 결과가 너무 큽니다 (한 번에 40,000셀까지)",
    en: "The result is too large (at most 40,000 cells per call)",
    adviceKo: "기간이나 지역을 나누어 여러 번 요청하세요. 자동 나누기를 켜면 Sandan이 나누어 받습니다.",
    adviceEn: "Split the request by period or region. With automatic splitting on, Sandan does this for you.",
  },
  "40": {
    ko: "하루 호출 한도를 넘었습니다",
    en: "The daily call limit is exceeded",
    adviceKo: "내일 다시 시도하거나, 한 번에 받는 범위를 넓혀 호출 수를 줄이세요.",
    adviceEn: "Try again tomorrow, or fetch wider ranges per call to make fewer calls.",
  },
  "41": {
    ko: "호출 가능한 자료 수를 넘었습니다",
    en: "The number of records you may fetch is exceeded",
    adviceKo: "잠시 뒤 다시 시도하거나 범위를 줄이세요.",
    adviceEn: "Try again later, or request less.",
  },
  "42": {
    ko: "이용이 제한된 인증키입니다",
    en: "This API key is restricted",
    adviceKo: "KOSIS 공유서비스에 문의하거나 다른 인증키를 쓰세요.",
    adviceEn: "Contact the KOSIS Open API service, or use another key.",
  },
  "50": {
    ko: "KOSIS 서버 오류입니다",
    en: "KOSIS server error",
    adviceKo: "잠시 뒤 다시 시도하세요.",
    adviceEn: "Try again in a while.",
  },
};

/** The ImportError for a KOSIS error answer `{"err": code, "errMsg": …}`. */
export function kosisApiError(err: unknown, errMsg: unknown, fileName: string): ImportError {
  const code = String(err ?? "").trim();
  const known = API_ERRORS[code];
  const msg = typeof errMsg === "string" && errMsg.trim() ? ` — KOSIS: "${errMsg.trim()}"` : "";
  return importError(
    "kosis-api",
    fileName,
    known
      ? { ko: `KOSIS 오류 ${code}: ${known.ko}.${msg}`, en: `KOSIS error ${code}: ${known.en}.${msg}` }
      : { ko: `KOSIS 오류 ${code || "(코드 없음)"}.${msg}`, en: `KOSIS error ${code || "(no code)"}.${msg}` },
    known
      ? { ko: known.adviceKo, en: known.adviceEn }
      : { ko: "요청을 확인하고 다시 시도하세요.", en: "Check the request and try again." },
    { apiCode: code },
  );
}

function jsonError(fileName: string, detail: string): ImportError {
  return importError(
    "json",
    fileName,
    { ko: `KOSIS Open API 응답(JSON)으로 읽을 수 없습니다: ${detail}.`, en: `Not readable as a KOSIS Open API answer (JSON): ${detail}.` },
    {
      ko: "요청에 format=json&jsonVD=Y를 넣었는지, 응답이 잘리지 않았는지 확인하세요.",
      en: "Check that the request has format=json&jsonVD=Y and that the answer is complete.",
    },
  );
}

/** JSON.parse, falling back to quoting bare keys (KOSIS answers without jsonVD=Y: `[{ORG_ID:"101",…}]`). */
export function parseKosisJson(text: string, fileName: string): unknown {
  const t = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(t);
  } catch (e) {
    if (t.length < 200 * 1024 * 1024) {
      const quoted = t.replace(/([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:/g, '$1"$2":');
      try {
        return JSON.parse(quoted);
      } catch {
        // report the first error
      }
    }
    throw jsonError(fileName, e instanceof Error ? e.message : "syntax");
  }
}

/** Checks an answer: an error object becomes an ImportError; an array of records is returned. */
export function kosisRecords(answer: unknown, fileName: string): KosisRecord[] {
  if (answer && typeof answer === "object" && !Array.isArray(answer)) {
    const o = answer as Record<string, unknown>;
    if ("err" in o || "errMsg" in o) throw kosisApiError(o.err, o.errMsg, fileName);
    throw jsonError(fileName, "an object where an array of records was expected");
  }
  if (!Array.isArray(answer)) throw jsonError(fileName, "not an array of records");
  if (answer.length === 0) throw kosisApiError("30", "", fileName);
  answer.forEach((r, i) => {
    if (!r || typeof r !== "object" || Array.isArray(r)) throw jsonError(fileName, `record ${i + 1} is not an object`);
    const rec = r as Record<string, unknown>;
    if (!("DT" in rec) || !("PRD_DE" in rec)) throw jsonError(fileName, `record ${i + 1} has no DT or PRD_DE`);
  });
  return answer as KosisRecord[];
}

function str(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

function recordKey(r: KosisRecord): string {
  const parts = [str(r.ORG_ID), str(r.TBL_ID)];
  for (let n = 1; n <= 8; n++) parts.push(str(r[`C${n}`]));
  parts.push(str(r.ITM_ID), str(r.PRD_SE), str(r.PRD_DE));
  return parts.join("\u0001");
}

export interface MergedRecords {
  records: KosisRecord[];
  /** Exact duplicates dropped (the same cell with the same value in two answers). */
  duplicates: number;
}

/**
 * Merges several answers (parsed JSON, arrays of records) into one list. The same cell twice with the same
 * value is dropped once; with different values it is an ImportError ("conflict").
 */
export function mergeKosisAnswers(answers: unknown[], fileName = "KOSIS Open API"): MergedRecords {
  const seen = new Map<string, string>();
  const records: KosisRecord[] = [];
  let duplicates = 0;
  for (const a of answers) {
    for (const r of kosisRecords(a, fileName)) {
      const k = recordKey(r);
      const dt = str(r.DT);
      const prev = seen.get(k);
      if (prev !== undefined) {
        if (prev !== dt) {
          throw importError(
            "conflict",
            fileName,
            {
              ko: `같은 칸(${str(r.TBL_ID)} ${str(r.ITM_NM)} ${str(r.PRD_DE)})이 두 응답에서 다른 값(${prev}, ${dt})입니다.`,
              en: `The same cell (${str(r.TBL_ID)} ${str(r.ITM_NM)} ${str(r.PRD_DE)}) has different values (${prev}, ${dt}) in two answers.`,
            },
            {
              ko: "자료가 그사이 수정되었을 수 있습니다. 다시 한 번에 받아 보세요.",
              en: "The data may have been revised in between. Fetch it again.",
            },
          );
        }
        duplicates++;
        continue;
      }
      seen.set(k, dt);
      records.push(r);
    }
  }
  return { records, duplicates };
}

/** Builds a CensusTable from API records: rows are classification × item combinations, columns periods. */
export function kosisRecordsToTable(
  merged: MergedRecords,
  fileName: string,
  byteLength: number,
  request?: string,
): CensusTable {
  const recs = merged.records;
  // classification levels present
  const levels: number[] = [];
  for (let n = 1; n <= 8; n++) if (recs.some((r) => r[`C${n}`] !== undefined && r[`C${n}`] !== null)) levels.push(n);
  const objName = (n: number) => cleanLabel(str(recs.find((r) => r[`C${n}_OBJ_NM`])?.[`C${n}_OBJ_NM`] ?? `분류${n}`));
  const roles = levels.map((n) => roleOfHeader(objName(n)));
  const regionLv = levels.filter((_, i) => roles[i] === "region");
  const industryLv = levels.filter((_, i) => roles[i] === "industry");
  const otherLv = levels.filter((_, i) => roles[i] !== "region" && roles[i] !== "industry");
  // columns: periods in order of first appearance, sorted by PRD_DE
  const periodKeys = new Map<string, { se: string; de: string }>();
  for (const r of recs) {
    const k = `${str(r.PRD_SE)}\u0001${str(r.PRD_DE)}`;
    if (!periodKeys.has(k)) periodKeys.set(k, { se: str(r.PRD_SE), de: str(r.PRD_DE) });
  }
  const periodList = [...periodKeys.entries()].sort((a, b) => (a[1].de < b[1].de ? -1 : a[1].de > b[1].de ? 1 : 0));
  const colOf = new Map<string, number>();
  const columns: ColumnInfo[] = periodList.map(([k, p], i) => {
    colOf.set(k, i);
    const label = apiPeriod(p.se, p.de);
    return { column: levels.length + 3 + i, header: [label], period: label, periodMarker: "", item: "", unit: "", decimals: 0 };
  });
  // rows: one per classification codes × item
  const rowOf = new Map<string, number>();
  const rows: RowInfo[] = [];
  const nCols = columns.length;
  let lastChange = "";
  recs.forEach((r, idx) => {
    const rk = [...levels.map((n) => str(r[`C${n}`])), str(r.ITM_ID), str(r.UNIT_NM)].join("\u0001");
    let ri = rowOf.get(rk);
    if (ri === undefined) {
      ri = rows.length;
      rowOf.set(rk, ri);
      const name = (n: number) => cleanLabel(str(r[`C${n}_NM`]));
      const code = (n: number) => cleanLabel(str(r[`C${n}`]));
      const regN = regionLv[regionLv.length - 1];
      const indN = industryLv[industryLv.length - 1];
      const regionName = regN ? splitRegionCode(name(regN)).name : "";
      const ind = indN ? parseIndustryLabel(name(indN)) : { name: "", code: "" };
      const industryCode = indN ? ksicCode(code(indN)) || ind.code : "";
      rows.push({
        line: idx + 1,
        labels: [...levels.map(name), cleanLabel(str(r.ITM_NM)), cleanLabel(str(r.UNIT_NM))],
        regionCode: regN ? code(regN) : "",
        region: regionName,
        parentRegion: regionLv.length >= 2 ? name(regionLv[regionLv.length - 2]) : "",
        industryCode,
        industryName: ind.name,
        period: "",
        periodMarker: "",
        item: cleanLabel(str(r.ITM_NM)),
        unit: cleanLabel(str(r.UNIT_NM)),
        extra: otherLv.map(name),
        total: "",
        values: new Array(nCols).fill(null),
        flags: new Array(nCols).fill(""),
        kinds: new Array(nCols).fill(Kind.Absent),
        decimals: new Array(nCols).fill(0),
      });
    }
    const row = rows[ri];
    const x = colOf.get(`${str(r.PRD_SE)}\u0001${str(r.PRD_DE)}`)!;
    if (row.kinds[x] !== Kind.Absent) {
      throw importError(
        "conflict",
        fileName,
        {
          ko: `같은 칸이 응답에 두 번 있습니다 (${idx + 1}번째 자료: ${row.item} ${columns[x].period}).`,
          en: `The same cell appears twice in the answer (record ${idx + 1}: ${row.item} ${columns[x].period}).`,
        },
        { ko: "요청을 확인하고 다시 받으세요.", en: "Check the request and fetch it again." },
        { line: idx + 1 },
      );
    }
    const raw = r.DT;
    const p = parseCell(raw);
    row.values[x] = p.value === 0 ? 0 : p.value; // no -0 in a sheet
    if (p.kind === "number") {
      row.kinds[x] = Kind.Number;
      row.flags[x] = p.flag;
      const s = typeof raw === "string" ? raw.trim() : String(raw);
      const dot = s.indexOf(".");
      const d = dot < 0 ? 0 : Math.min(15, s.slice(dot + 1).replace(/[^0-9].*$/, "").length);
      row.decimals[x] = d;
      if (d > columns[x].decimals) columns[x].decimals = d;
    } else if (p.kind === "symbol") {
      row.kinds[x] = Kind.Symbol;
      row.flags[x] = p.flag;
    } else if (p.kind === "blank") {
      row.kinds[x] = Kind.Blank;
    } else {
      row.kinds[x] = Kind.Text;
      row.flags[x] = p.text ?? str(raw);
    }
    const ch = str(r.LST_CHN_DE);
    if (ch > lastChange) lastChange = ch;
  });
  // hierarchy: region parents from codes (34 ⊃ 34080), industry subtotals from KSIC codes, totals by name
  const regionKeys = new Map<string, string>();
  for (const row of rows) if (row.regionCode) regionKeys.set(regionCodeKey(row.regionCode), row.region);
  const regionHasChild = new Set<string>();
  const regionParent = new Map<string, string>();
  for (const k of regionKeys.keys()) {
    for (let len = Math.min(k.length - 1, 12); len >= 1; len--) {
      if (regionKeys.has(k.slice(0, len))) {
        regionParent.set(k, k.slice(0, len));
        regionHasChild.add(k.slice(0, len));
        break;
      }
    }
  }
  const industryCodes = new Set(rows.map((r) => r.industryCode).filter(Boolean));
  for (const row of rows) {
    const key = regionCodeKey(row.regionCode);
    const pk = regionParent.get(key);
    if (!row.parentRegion && pk) row.parentRegion = regionKeys.get(pk) ?? "";
    const regionStatus =
      regionLv.length === 0
        ? null
        : /^(전국|계|합계|총계|전체)$/.test(row.region) && !pk
          ? "grand"
          : regionHasChild.has(key)
            ? "sub"
            : "";
    let indStatus: "" | "grand" | "sub" | null = null;
    if (industryLv.length) {
      if (isAllIndustries(row.industryName)) indStatus = "grand";
      else if (row.industryCode && [...industryCodes].some((c) => c.length > row.industryCode.length && c.startsWith(row.industryCode)))
        indStatus = "sub";
      else indStatus = "";
    }
    const asRes = (name: string, code: string, status: "" | "grand" | "sub") => ({ name, code, parent: "", status, depth: 0 });
    row.total = totalOf(
      regionStatus === null ? null : asRes(row.region, row.regionCode, regionStatus),
      indStatus === null ? null : asRes(row.industryName, row.industryCode, indStatus),
    );
  }
  const first = recs[0] ?? {};
  const units = [...new Set(rows.map((r) => r.unit).filter(Boolean))];
  const counts = emptyCounts();
  counts.duplicates = merged.duplicates;
  const warnings: BiText[] = [];
  const table: CensusTable = {
    fileName,
    request,
    byteLength,
    sha256: "",
    format: "kosis-api-json",
    encoding: "json",
    delimiter: "",
    layout: {
      ko: `Open API 자료 ${recs.length}개: 분류 ${levels.length}개, 시점 ${columns.length}개, 행 ${rows.length}개`,
      en: `Open API: ${recs.length} records, ${levels.length} classification${levels.length === 1 ? "" : "s"}, ${columns.length} period${columns.length === 1 ? "" : "s"}, ${rows.length} rows`,
    },
    meta: {
      orgId: str(first.ORG_ID) || undefined,
      tableId: str(first.TBL_ID) || undefined,
      tableName: str(first.TBL_NM) || undefined,
      periodRange: columns.length ? `${columns[0].period} ~ ${columns[columns.length - 1].period}` : undefined,
      downloadDate: lastChange || undefined,
      unit: units.length === 1 ? units[0] : undefined,
      notes: [],
    },
    headerRows: [[...levels.map(objName), "항목", "단위", ...columns.map((c) => c.period)]],
    labelHeaders: [...levels.map(objName), "항목", "단위"],
    extraDims: otherLv.map(objName),
    columns,
    rows,
    counts,
    decimalsByItem: {},
    warnings,
  };
  finishCounts(table);
  return table;
}

// --- request planning ----------------------------------------------------------------------------------

/** A statisticsParameterData request without the key. `objL[i]` are the codes of level i+1 ("ALL" allowed). */
export interface KosisRequest {
  orgId: string;
  tblId: string;
  /** Item ids (ITM_ID), or ["ALL"]. */
  itmId: string[];
  /** Classification codes per level (objL1…objL8). */
  objL: string[][];
  /** Period type: Y, H, Q, M, D, IR, F, S. */
  prdSe: string;
  startPrdDe: string;
  endPrdDe: string;
}

export interface KosisPlanInput {
  orgId: string;
  tblId: string;
  itmId: string[];
  objL: string[][];
  prdSe: string;
  /** Every period to fetch, in order, in KOSIS form ("2020", "202001"). */
  periods: string[];
  /** Which level holds regions (0-based index into objL); the one split after periods. Default: the largest. */
  regionLevel?: number;
  maxCells?: number;
}

function product(ns: number[]): number {
  return ns.reduce((a, b) => a * b, 1);
}

function chunk<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Cells a request asks for: items × codes of every level × periods (ALL counted as 1: unknown in advance). */
export function requestCells(itmId: string[], objL: string[][], periods: number): number {
  return product([itmId.length, ...objL.map((l) => l.length), periods]);
}

/**
 * Plans requests so that each asks for at most `maxCells` (40,000) cells: periods are split into consecutive
 * ranges first; when one period is still too large, the region level is split, then the other levels, then
 * the items. Lists containing "ALL" cannot be split (their size is unknown): name the codes instead.
 */
export function planKosisRequests(input: KosisPlanInput): KosisRequest[] {
  const max = input.maxCells ?? KOSIS_MAX_CELLS;
  const periods = input.periods.length ? input.periods : [""];
  const base = { orgId: input.orgId, tblId: input.tblId, prdSe: input.prdSe };
  const perPeriod = requestCells(input.itmId, input.objL, 1);
  if (perPeriod <= max) {
    const size = Math.max(1, Math.floor(max / perPeriod));
    return chunk(periods, size).map((ps) => ({
      ...base,
      itmId: input.itmId,
      objL: input.objL,
      startPrdDe: ps[0],
      endPrdDe: ps[ps.length - 1],
    }));
  }
  // one period is too large: split dimensions in order region level, other levels (largest first), items
  const order: number[] = [];
  const levelsBySize = input.objL.map((l, i) => ({ i, n: l.length })).sort((a, b) => b.n - a.n);
  const region = input.regionLevel ?? levelsBySize[0]?.i;
  if (region !== undefined && input.objL[region]) order.push(region);
  for (const { i } of levelsBySize) if (i !== region) order.push(i);
  order.push(-1); // items
  let parts: { itmId: string[]; objL: string[][] }[] = [{ itmId: input.itmId, objL: input.objL }];
  for (const dim of order) {
    const next: typeof parts = [];
    for (const p of parts) {
      const cells = requestCells(p.itmId, p.objL, 1);
      const list = dim < 0 ? p.itmId : p.objL[dim];
      if (cells <= max || list.length <= 1 || list.includes("ALL")) {
        next.push(p);
        continue;
      }
      const others = cells / list.length;
      const size = Math.max(1, Math.floor(max / others));
      for (const c of chunk(list, size)) {
        next.push(dim < 0 ? { itmId: c, objL: p.objL } : { itmId: p.itmId, objL: p.objL.map((l, i) => (i === dim ? c : l)) });
      }
    }
    parts = next;
  }
  const out: KosisRequest[] = [];
  for (const p of parts) {
    const cells = requestCells(p.itmId, p.objL, 1);
    const size = Math.max(1, Math.floor(max / cells));
    for (const ps of chunk(periods, size)) out.push({ ...base, ...p, startPrdDe: ps[0], endPrdDe: ps[ps.length - 1] });
  }
  return out;
}

/**
 * Query string of a request. The key is added only when given; never store the result with the key: use
 * describeKosisRequest for provenance.
 */
export function kosisQuery(req: KosisRequest, apiKey?: string): string {
  const q: [string, string][] = [["method", "getList"]];
  if (apiKey !== undefined) q.push(["apiKey", apiKey]);
  // codes are separated (and ended) by spaces, which the query encodes as "+": itmId=T1+T2+
  q.push(["itmId", req.itmId.join(" ") + " "]);
  req.objL.forEach((l, i) => q.push([`objL${i + 1}`, l.join(" ") + " "]));
  q.push(["format", "json"], ["jsonVD", "Y"], ["prdSe", req.prdSe]);
  if (req.startPrdDe) q.push(["startPrdDe", req.startPrdDe]);
  if (req.endPrdDe) q.push(["endPrdDe", req.endPrdDe]);
  q.push(["orgId", req.orgId], ["tblId", req.tblId]);
  return new URLSearchParams(q).toString();
}

/** The request as recorded in provenance: the query without any key. */
export function describeKosisRequest(req: KosisRequest): string {
  return `statisticsParameterData.do?${kosisQuery(req)}`;
}

/** Removes an apiKey parameter from a URL or query string. */
export function redactApiKey(url: string): string {
  return url.replace(/([?&])apiKey=[^&#]*(&?)/gi, (_m, pre: string, amp: string) => (amp ? pre : "")).replace(/[?&]$/, "");
}

/** Fetches one request and returns the answer body; supplied by the host (pane: same-origin /kosis proxy). */
export type KosisFetch = (query: string, req: KosisRequest) => Promise<string | Uint8Array>;

export interface KosisRunResult {
  table: CensusTable;
  /** Requests that answered "no data" (code 30) and were skipped. */
  empty: KosisRequest[];
}
