/**
 * Entry points: detect the format of some bytes, and parse them into a CensusTable.
 */
import { BiText, guard, guardAsync, importError, ImportError } from "./errors";
import { checkTextLike, decodeText, EncodingOption, hasUtf8Bom, isZip } from "./decode";
import { CsvRow, sniffDelimiter, tokenizeCsv, tokenizeRows } from "./csv";
import { GridRow, normaliseGrid } from "./grid";
import { cleanLabel, parsePeriodLabel, splitItemUnit } from "./labels";
import { readXlsx } from "./xlsx";
import { parseCompactCsv } from "./compact";
import {
  describeKosisRequest,
  KosisFetch,
  kosisQuery,
  kosisRecords,
  kosisRecordsToTable,
  KosisRequest,
  KosisRunResult,
  mergeKosisAnswers,
  parseKosisJson,
} from "./kosisApi";
import type { CensusFormat, CensusTable } from "./model";
import { sha256Hex, sha256HexAsync } from "./sha256";

export interface ParseOptions {
  /** Force a format instead of detecting it. */
  format?: CensusFormat | "auto";
  /** Force a text encoding (CSV/TSV) instead of detecting it. */
  encoding?: EncodingOption;
  /** Force a delimiter (CSV/TSV): ",", "\t", ";", "|". */
  delimiter?: string;
  /** XLSX: the sheet to read instead of `데이터`. */
  sheet?: string;
  /** API imports: the request (without any key), recorded in provenance. */
  request?: string;
}

export interface Detection {
  format: CensusFormat;
  /** Text encoding for CSV/TSV ("utf-8", "utf-8-bom", "cp949" …), "xlsx" or "json". */
  encoding: string;
  delimiter: string;
  reason: BiText;
}

function firstNonSpace(b: Uint8Array): number {
  let i = hasUtf8Bom(b) ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return i < b.length ? b[i] : -1;
}

function looksJson(b: Uint8Array): boolean {
  const c = firstNonSpace(b);
  return c === 0x5b || c === 0x7b; // [ {
}

/** Which CSV flavour the first rows show. */
export function classifyCsv(rows: CsvRow[], firstRowAllQuoted: boolean): { format: CensusFormat; reason: BiText } {
  if (rows.length === 0) return { format: "generic-csv", reason: { ko: "빈 표", en: "empty table" } };
  const head = rows[0].fields.map(cleanLabel);
  const hasItem = head.includes("항목") || head.includes("단위");
  const periodCells = head.filter((h) => parsePeriodLabel(h) !== null).length;
  const trailingEmpty = head.length > 1 && head[head.length - 1] === "";
  if (hasItem && periodCells > 0 && (firstRowAllQuoted || trailingEmpty)) {
    return {
      format: "kosis-bulk-csv",
      reason: {
        ko: "머리글 한 줄에 항목·단위·시점 열이 있고 모든 칸이 따옴표로 싸여 있어 KOSIS 대용량 CSV로 보았습니다.",
        en: "One header row with 항목, 단위 and period columns, every field quoted: KOSIS bulk CSV.",
      },
    };
  }
  if (rows.length >= 2) {
    const second = rows[1].fields.map(cleanLabel);
    if (head[0] !== "" && second[0] === head[0]) {
      const units = second.filter((s) => splitItemUnit(s).unit !== "").length;
      if (periodCells > 0 || units > 0) {
        return {
          format: "kosis-standard-csv",
          reason: {
            ko: "분류 머리글이 두 줄에 되풀이되고 시점/항목(단위) 머리글이 있어 KOSIS 표준 CSV로 보았습니다.",
            en: "Classification headers repeated over two header rows with period and item (unit) headers: KOSIS standard CSV.",
          },
        };
      }
    }
  }
  return {
    format: "generic-csv",
    reason: { ko: "KOSIS 형식이 아닌 일반 CSV/TSV로 보았습니다.", en: "A general CSV/TSV (not a KOSIS layout)." },
  };
}

/** Detects the format (and for text, the encoding and delimiter) of the bytes. Throws ImportError for unreadable input. */
export function detectFormat(bytes: Uint8Array, fileName: string): Detection {
  return guard(fileName, () => {
    if (bytes.length === 0) checkTextLike(bytes, fileName);
    if (isZip(bytes)) {
      return {
        format: "kosis-xlsx",
        encoding: "xlsx",
        delimiter: "",
        reason: { ko: "ZIP(XLSX) 파일입니다.", en: "A ZIP (XLSX) file." },
      };
    }
    if (looksJson(bytes)) {
      return {
        format: "kosis-api-json",
        encoding: "json",
        delimiter: "",
        reason: { ko: "JSON(KOSIS Open API 응답)입니다.", en: "JSON (a KOSIS Open API answer)." },
      };
    }
    const dec = decodeText(bytes, fileName, "auto");
    // the first lines are enough to classify; cut at a line end to keep this cheap on big files
    let sample = dec.text;
    if (sample.length > 256 * 1024) {
      const cut = sample.lastIndexOf("\n", 256 * 1024);
      sample = sample.slice(0, cut > 0 ? cut : 256 * 1024);
    }
    const delimiter = sniffDelimiter(sample);
    let parsed;
    try {
      parsed = tokenizeCsv(sample, fileName, delimiter);
    } catch (e) {
      if (sample.length === dec.text.length) throw e;
      parsed = { rows: [], firstRowAllQuoted: false };
    }
    const c = classifyCsv(parsed.rows.slice(0, 10), parsed.firstRowAllQuoted);
    return { format: c.format, encoding: dec.encoding, delimiter, reason: c.reason };
  });
}

function formatMismatch(fileName: string, wanted: CensusFormat, found: string): ImportError {
  return importError(
    "format",
    fileName,
    { ko: `${wanted} 형식으로 읽으라고 하셨지만 이 파일은 ${found}입니다.`, en: `You chose ${wanted} but this file is ${found}.` },
    { ko: "형식을 '자동'으로 두고 다시 가져오세요.", en: "Set the format to Auto and import again." },
  );
}

/**
 * The largest file an import reads. A file past it would hold far more than an Excel sheet's 1,048,576 rows
 * and would exhaust the memory of a task pane before a preview could be shown: it is refused up front.
 */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

/** Refuses an input past MAX_INPUT_BYTES; callers that know the size first (a file picker) ask before reading. */
export function checkInputSize(fileName: string, byteLength: number): void {
  if (byteLength <= MAX_INPUT_BYTES) return;
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  throw importError(
    "too-large",
    fileName,
    { ko: `파일이 ${mb(byteLength)}MB로, 한 번에 가져올 수 있는 ${mb(MAX_INPUT_BYTES)}MB를 넘습니다.`, en: `The file is ${mb(byteLength)} MB, more than the ${mb(MAX_INPUT_BYTES)} MB an import reads at once.` },
    { ko: "KOSIS에서 시점이나 지역을 나누어 더 작은 파일로 내려받으세요.", en: "Download it from KOSIS in smaller parts, split by period or region." },
  );
}

/**
 * Parses bytes into a CensusTable, without the SHA-256 (sha256 is ""). Used by parseCensus and
 * parseCensusSync; throws nothing but ImportError.
 */
function parseCore(bytes: Uint8Array, fileName: string, options: ParseOptions): CensusTable {
  checkInputSize(fileName, bytes.length);
  const forced = options.format && options.format !== "auto" ? options.format : undefined;
  if (bytes.length === 0) checkTextLike(bytes, fileName);
  if (isZip(bytes)) {
    if (forced && forced !== "kosis-xlsx") throw formatMismatch(fileName, forced, "XLSX(ZIP)");
    const x = readXlsx(bytes, fileName, options.sheet);
    const t = normaliseGrid({
      fileName,
      format: "kosis-xlsx",
      forced: false,
      rows: x.rows,
      fill: x.fill,
      byteLength: bytes.length,
      encoding: "xlsx",
      delimiter: "",
      meta: x.meta,
      warnings: x.warnings,
    });
    t.layout = { ko: `시트 '${x.sheetName}': ${t.layout.ko}`, en: `sheet '${x.sheetName}': ${t.layout.en}` };
    return t;
  }
  if (forced === "kosis-xlsx") throw formatMismatch(fileName, forced, "XLSX가 아닌 파일 / not an XLSX");
  if (forced === "kosis-api-json" || (!forced && looksJson(bytes))) {
    const dec = decodeText(bytes, fileName, options.encoding ?? "auto");
    const answer = parseKosisJson(dec.text, fileName);
    const merged = mergeKosisAnswers([answer], fileName);
    return kosisRecordsToTable(merged, fileName, bytes.length, options.request);
  }
  const compact = parseCompactCsv(bytes, fileName, options, sniffDelimiter, classifyCsv);
  if (compact) return compact;
  const dec = decodeText(bytes, fileName, options.encoding ?? "auto");
  const delimiter = options.delimiter ?? sniffDelimiter(dec.text);
  const csv = tokenizeRows(dec.text, fileName, delimiter, (line, cells): GridRow => ({ line, cells }));
  const found = classifyCsv(
    csv.rows.slice(0, 10).map((r) => ({ line: r.line, fields: r.cells })),
    csv.firstRowAllQuoted,
  );
  const format = forced ?? found.format;
  const t = normaliseGrid({
    fileName,
    format,
    forced: !!forced,
    rows: csv.rows,
    byteLength: bytes.length,
    encoding: dec.encoding,
    delimiter,
    meta: { notes: [] },
    warnings: dec.warnings,
  });
  return t;
}

/** Parses bytes into a CensusTable, SHA-256 computed synchronously (pure). Throws nothing but ImportError. */
export function parseCensusSync(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): CensusTable {
  return guard(fileName, () => {
    const t = parseCore(bytes, fileName, options);
    t.sha256 = sha256Hex(bytes);
    return t;
  });
}

/** Parses bytes into a CensusTable (SHA-256 with Web Crypto when present). Rejects with nothing but ImportError. */
export async function parseCensus(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<CensusTable> {
  return guardAsync(fileName, async () => {
    const t = parseCore(bytes, fileName, options);
    t.sha256 = await sha256HexAsync(bytes);
    return t;
  });
}

const utf8 = new TextEncoder();

/**
 * Runs planned API requests through `fetchAnswer` (injected: the pane's same-origin /kosis proxy, a CLI client, a
 * fake server in tests), merges the answers and returns one table. Answers "no data" (30) are skipped unless
 * all are; any other error answer stops with that error. The key never reaches provenance.
 */
export async function runKosisPlan(
  requests: KosisRequest[],
  fetchAnswer: KosisFetch,
  apiKey: string,
  name = "KOSIS Open API",
): Promise<KosisRunResult> {
  return guardAsync(name, async () => {
    const answers: unknown[] = [];
    const empty: KosisRequest[] = [];
    const bodies: Uint8Array[] = [];
    for (const req of requests) {
      const body = await fetchAnswer(kosisQuery(req, apiKey), req);
      const bytes = typeof body === "string" ? utf8.encode(body) : body;
      bodies.push(bytes);
      const text = typeof body === "string" ? body : decodeText(bytes, name, "auto").text;
      const answer = parseKosisJson(text, name);
      try {
        kosisRecords(answer, name);
        answers.push(answer);
      } catch (e) {
        if (e instanceof ImportError && e.apiCode === "30") {
          empty.push(req);
          continue;
        }
        throw e;
      }
    }
    if (answers.length === 0) {
      const e = mergeKosisAnswers([[]], name); // throws the "no data" error
      void e;
    }
    const merged = mergeKosisAnswers(answers, name);
    const total = bodies.reduce((a, b) => a + b.length, 0);
    const all = new Uint8Array(total);
    let off = 0;
    for (const b of bodies) {
      all.set(b, off);
      off += b.length;
    }
    const request = requests.map(describeKosisRequest).join("\n");
    const table = kosisRecordsToTable(merged, name, total, request);
    table.sha256 = await sha256HexAsync(all);
    if (empty.length) {
      table.warnings.push({
        ko: `요청 ${requests.length}개 중 ${empty.length}개는 자료가 없었습니다.`,
        en: `${empty.length} of ${requests.length} requests returned no data.`,
      });
    }
    return { table, empty };
  });
}
