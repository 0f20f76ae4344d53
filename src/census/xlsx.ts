/**
 * KOSIS XLSX: unzip with fflate (with limits against zip bombs), read the workbook, its relationships, the
 * shared strings and the sheets with the small XML tokenizer, and return the `데이터` sheet as a grid (with
 * merged cells) and the `메타정보` sheet as provenance facts.
 */
import { unzipSync, UnzipFileInfo } from "fflate";
import { BiText, importError } from "./errors";
import { scanXml, XmlSyntaxError } from "./xml";
import type { GridRow } from "./grid";
import type { KosisMeta } from "./model";
import { cleanLabel } from "./labels";

export interface XlsxLimits {
  /** Largest total uncompressed size of the parts read (bytes). Default 512 MB. */
  maxTotalBytes: number;
  /** Largest ratio of uncompressed to compressed size of any part read. Default 1000. */
  maxRatio: number;
  /** Largest number of grid cells (rows × columns) of the data sheet. Default 40 million. */
  maxGridCells: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = { maxTotalBytes: 512 * 1024 * 1024, maxRatio: 1000, maxGridCells: 40_000_000 };

export interface XlsxRead {
  sheetName: string;
  sheetNames: string[];
  rows: GridRow[];
  fill: (rowIndex: number, col: number) => string | undefined;
  meta: KosisMeta;
  warnings: BiText[];
}

const utf8 = new TextDecoder("utf-8");

function damaged(fileName: string, detail: string) {
  return importError(
    "xlsx",
    fileName,
    { ko: `XLSX 파일을 읽을 수 없습니다 (${detail}).`, en: `The XLSX file cannot be read (${detail}).` },
    {
      ko: "파일이 손상되었을 수 있습니다. Excel에서 열어 다시 저장하거나 KOSIS에서 다시 내려받으세요.",
      en: "The file may be damaged. Open and save it again in Excel, or download it again from KOSIS.",
    },
  );
}

function xmlText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes);
  }
  return utf8.decode(bytes);
}

/** Column letters to a 0-based index: "A" → 0, "AA" → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** "B12" → { row: 11, col: 1 } (0-based); null when not a cell reference. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: colIndex(m[1].toUpperCase()) };
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export function readXlsx(bytes: Uint8Array, fileName: string, sheet?: string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): XlsxRead {
  // 1. the central directory
  const infos = new Map<string, UnzipFileInfo>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (infos.size < 100000) infos.set(f.name, f);
        return false;
      },
    });
  } catch (e) {
    throw damaged(fileName, e instanceof Error ? e.message : "zip");
  }
  if (!infos.has("[Content_Types].xml") && ![...infos.keys()].some((n) => n.startsWith("xl/"))) {
    throw importError(
      "unsupported",
      fileName,
      { ko: "ZIP 압축 파일이지만 Excel 통합 문서(XLSX)가 아닙니다.", en: "This is a ZIP archive but not an Excel workbook (XLSX)." },
      { ko: "압축을 풀어 안의 CSV나 XLSX 파일을 가져오세요.", en: "Unzip it and import the CSV or XLSX file inside." },
    );
  }
  let total = 0;
  const extract = (names: string[]): Record<string, Uint8Array> => {
    const want = new Set(names.filter((n) => infos.has(n)));
    for (const n of want) {
      const f = infos.get(n)!;
      total += f.originalSize;
      const ratio = f.originalSize / Math.max(f.size, 1);
      if (total > limits.maxTotalBytes || (f.originalSize > 1024 * 1024 && ratio > limits.maxRatio)) {
        throw importError(
          "zip-bomb",
          fileName,
          {
            ko: `압축을 풀면 너무 커지는 파일입니다 (${n}: ${Math.round(f.originalSize / 1048576)} MB, 압축률 ${Math.round(ratio)}배).`,
            en: `The archive would expand too much (${n}: ${Math.round(f.originalSize / 1048576)} MB, ratio ${Math.round(ratio)}:1).`,
          },
          {
            ko: `${Math.round(limits.maxTotalBytes / 1048576)} MB보다 작은 표만 가져올 수 있습니다. KOSIS에서 기간이나 지역을 나누어 받으세요.`,
            en: `Only tables under ${Math.round(limits.maxTotalBytes / 1048576)} MB can be imported. Download them from KOSIS split by period or region.`,
          },
        );
      }
      if (f.compression !== 0 && f.compression !== 8) throw damaged(fileName, `${n}: compression ${f.compression}`);
    }
    try {
      return unzipSync(bytes, { filter: (f) => want.has(f.name) });
    } catch (e) {
      throw damaged(fileName, e instanceof Error ? e.message : "inflate");
    }
  };
  const scan = (xml: string, part: string, h: Parameters<typeof scanXml>[1]) => {
    try {
      scanXml(xml, h);
    } catch (e) {
      if (e instanceof XmlSyntaxError) throw damaged(fileName, `${part}: ${e.message}`);
      throw e;
    }
  };

  // 2. workbook, relationships, shared strings
  let workbookPath = "xl/workbook.xml";
  const root = extract(["_rels/.rels"])["_rels/.rels"];
  if (root) {
    scan(xmlText(root), "_rels/.rels", {
      open(name, a) {
        if (name === "Relationship" && /officeDocument$/.test(a.Type ?? "") && a.Target) workbookPath = resolvePath("", a.Target);
      },
    });
  }
  const wbRels = relsPathOf(workbookPath);
  const parts = extract([workbookPath, wbRels]);
  if (!parts[workbookPath]) throw damaged(fileName, "no workbook");
  const sheets: { name: string; rid: string }[] = [];
  scan(xmlText(parts[workbookPath]), workbookPath, {
    open(name, a) {
      if (name === "sheet") sheets.push({ name: a.name ?? "", rid: a.id ?? "" });
    },
  });
  const targets = new Map<string, string>();
  let sharedPath = "";
  if (parts[wbRels]) {
    scan(xmlText(parts[wbRels]), wbRels, {
      open(name, a) {
        if (name !== "Relationship" || !a.Target) return;
        const p = resolvePath(workbookPath, a.Target);
        targets.set(a.Id ?? "", p);
        if (/sharedStrings$/.test(a.Type ?? "")) sharedPath = p;
      },
    });
  }
  if (!sharedPath && infos.has("xl/sharedStrings.xml")) sharedPath = "xl/sharedStrings.xml";
  const sheetNames = sheets.map((s) => s.name);
  if (sheets.length === 0) throw damaged(fileName, "no sheets");
  const warnings: BiText[] = [];
  let dataSheet = sheet ? sheets.find((s) => s.name === sheet) : sheets.find((s) => s.name.trim() === "데이터");
  if (!dataSheet) {
    if (sheet) {
      throw importError(
        "xlsx",
        fileName,
        { ko: `"${sheet}" 시트가 없습니다 (있는 시트: ${sheetNames.join(", ")}).`, en: `There is no sheet "${sheet}" (sheets: ${sheetNames.join(", ")}).` },
        { ko: "시트 이름을 확인하세요.", en: "Check the sheet name." },
      );
    }
    dataSheet = sheets.find((s) => s.name.trim() !== "메타정보") ?? sheets[0];
    warnings.push({
      ko: `'데이터' 시트가 없어 첫 시트 '${dataSheet.name}'를 읽었습니다.`,
      en: `No '데이터' sheet; read the first sheet '${dataSheet.name}'.`,
    });
  }
  const metaSheet = sheets.find((s) => s.name.trim() === "메타정보");
  const pathOf = (s: { rid: string; name: string }, index: number) => targets.get(s.rid) ?? `xl/worksheets/sheet${index + 1}.xml`;
  const dataPath = pathOf(dataSheet, sheets.indexOf(dataSheet));
  const metaPath = metaSheet ? pathOf(metaSheet, sheets.indexOf(metaSheet)) : "";
  const more = extract([sharedPath, dataPath, metaPath].filter(Boolean));
  if (!more[dataPath]) throw damaged(fileName, `no part ${dataPath}`);

  const shared: string[] = [];
  if (sharedPath && more[sharedPath]) {
    let inSi = false;
    let inT = 0;
    let inRph = 0;
    let cur = "";
    scan(xmlText(more[sharedPath]), sharedPath, {
      open(name, _a, self) {
        if (self) return;
        if (name === "si") {
          inSi = true;
          cur = "";
        } else if (name === "t") inT++;
        else if (name === "rPh") inRph++;
      },
      close(name) {
        if (name === "si") {
          shared.push(cur);
          inSi = false;
        } else if (name === "t") inT = Math.max(0, inT - 1);
        else if (name === "rPh") inRph = Math.max(0, inRph - 1);
      },
      text(t) {
        if (inSi && inT > 0 && inRph === 0) cur += t;
      },
    });
  }

  const data = readSheet(xmlText(more[dataPath]), dataPath, shared, fileName, scan, limits);
  const meta: KosisMeta = { notes: [] };
  if (metaPath && more[metaPath]) {
    const m = readSheet(xmlText(more[metaPath]), metaPath, shared, fileName, scan, limits);
    readMeta(m.rows, meta);
  }
  return { sheetName: dataSheet.name, sheetNames, rows: data.rows, fill: data.fill, meta, warnings };
}

function readSheet(
  xml: string,
  part: string,
  shared: string[],
  fileName: string,
  scan: (xml: string, part: string, h: Parameters<typeof scanXml>[1]) => void,
  limits: XlsxLimits,
): { rows: GridRow[]; fill: XlsxRead["fill"] } {
  const cells = new Map<number, Map<number, string>>();
  const merges: { r0: number; c0: number; r1: number; c1: number }[] = [];
  let row = -1;
  let col = -1;
  let type = "";
  let inV = false;
  let inIs = false;
  let inT = false;
  let inRph = 0;
  let text = "";
  let hasValue = false;
  let maxRow = -1;
  let maxCol = -1;
  const put = (r: number, c: number, v: string) => {
    if (v === "") return;
    let m = cells.get(r);
    if (!m) cells.set(r, (m = new Map()));
    m.set(c, v);
    if (r > maxRow) maxRow = r;
    if (c > maxCol) maxCol = c;
  };
  scan(xml, part, {
    open(name, a, self) {
      if (name === "row") {
        const r = a.r ? Number(a.r) - 1 : row + 1;
        row = Number.isInteger(r) && r >= 0 ? r : row + 1;
        col = -1;
      } else if (name === "c") {
        const ref = a.r ? parseRef(a.r) : null;
        if (ref) {
          if (row < 0) row = ref.row;
          col = ref.col;
        } else col = col + 1;
        if (row < 0) row = 0;
        type = a.t ?? "n";
        text = "";
        hasValue = false;
      } else if (name === "v" && !self) {
        inV = true;
        hasValue = true;
      } else if (name === "is" && !self) {
        inIs = true;
        hasValue = true;
      } else if (name === "t" && inIs && !self) inT = true;
      else if (name === "rPh" && !self) inRph++;
      else if (name === "mergeCell" && a.ref) {
        const [p, q] = a.ref.split(":");
        const s = parseRef(p);
        const e = parseRef(q ?? p);
        if (s && e) merges.push({ r0: s.row, c0: s.col, r1: e.row, c1: e.col });
      }
    },
    close(name) {
      if (name === "v") inV = false;
      else if (name === "t") inT = false;
      else if (name === "is") inIs = false;
      else if (name === "rPh") inRph = Math.max(0, inRph - 1);
      else if (name === "c") {
        if (hasValue && col >= 0) {
          let v = text;
          if (type === "s") v = shared[Number(text.trim())] ?? "";
          else if (type === "b") v = text.trim() === "1" ? "TRUE" : "FALSE";
          put(row, col, v);
        }
      }
    },
    text(t) {
      if ((inV && !inIs) || (inIs && inT && inRph === 0)) text += t;
    },
  });
  const height = maxRow + 1;
  const width = maxCol + 1;
  if (height * width > limits.maxGridCells) {
    throw importError(
      "too-large",
      fileName,
      {
        ko: `시트가 너무 큽니다 (${height}행 × ${width}열).`,
        en: `The sheet is too large (${height} rows × ${width} columns).`,
      },
      { ko: "KOSIS에서 기간이나 지역을 나누어 받으세요.", en: "Download it from KOSIS split by period or region." },
    );
  }
  const rows: GridRow[] = [];
  for (let r = 0; r < height; r++) {
    const m = cells.get(r);
    const line: string[] = new Array(width).fill("");
    if (m) for (const [c, v] of m) line[c] = v;
    rows.push({ line: r + 1, cells: line });
  }
  const anchor = new Map<number, string>();
  let covered = 0;
  for (const g of merges) {
    const v = cells.get(g.r0)?.get(g.c0) ?? "";
    if (v === "") continue;
    for (let r = g.r0; r <= Math.min(g.r1, height - 1); r++) {
      for (let c = g.c0; c <= Math.min(g.c1, width - 1); c++) {
        if (r === g.r0 && c === g.c0) continue;
        if (++covered > 5_000_000) break;
        anchor.set(r * width + c, v);
      }
    }
  }
  return { rows, fill: (r, c) => anchor.get(r * width + c) };
}

const META_KEYS: Record<string, keyof KosisMeta> = {
  통계표id: "tableId",
  통계표명: "tableName",
  조회기간: "periodRange",
  수록기간: "periodRange",
  출처: "source",
  자료다운일자: "downloadDate",
  다운로드일자: "downloadDate",
  url: "url",
  단위: "unit",
  기관id: "orgId",
};

/** 메타정보: rows of "key | value" (or "key : value" in one cell). Notes (주석) may continue on later rows. */
export function readMeta(rows: GridRow[], meta: KosisMeta): void {
  let last: string | null = null;
  for (const r of rows) {
    const cells = r.cells.map((c) => cleanLabel(c)).filter((c) => c !== "");
    if (cells.length === 0) continue;
    let key = cells[0];
    let value = cells.slice(1).join(" ");
    if (cells.length === 1) {
      const m = /^([^:：]{1,20})\s*[:：]\s*(.*)$/.exec(cells[0]);
      if (m) {
        key = m[1];
        value = m[2];
      } else if (last === "notes") {
        meta.notes.push(cells[0]);
        continue;
      } else {
        meta.notes.push(cells[0]);
        continue;
      }
    }
    const k = key.replace(/[\s\u3000]/g, "").toLowerCase();
    const field = META_KEYS[k];
    if (field && field !== "notes") {
      (meta as unknown as Record<string, string>)[field] = value;
      last = field;
    } else if (k === "주석" || k === "주" || k === "비고") {
      if (value) meta.notes.push(value);
      last = "notes";
    } else {
      meta.notes.push(value ? `${key}: ${value}` : key);
      last = null;
    }
  }
}
