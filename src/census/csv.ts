/**
 * A small RFC 4180 CSV/TSV tokenizer: quoted fields (with "" escapes and line breaks inside), CR, LF or CRLF
 * line ends, any one-character delimiter. Linear in the input; reports the line each row starts on.
 */
import { importError } from "./errors";

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  fields: string[];
}

export interface CsvParse {
  rows: CsvRow[];
  /** Whether every field of the first row was quoted (a trait of KOSIS 대용량 CSV). */
  firstRowAllQuoted: boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Splits text into rows of fields. Entirely empty lines are skipped. Throws ImportError on an unterminated quote. */
export function tokenizeCsv(text: string, fileName: string, delimiter = ","): CsvParse {
  return tokenizeRows(text, fileName, delimiter, (line, fields) => ({ line, fields }));
}

/** tokenizeCsv with each row made by `make` (the import builds its grid rows directly). */
export function tokenizeRows<R>(
  text: string,
  fileName: string,
  delimiter: string,
  make: (line: number, fields: string[]) => R,
): { rows: R[]; firstRowAllQuoted: boolean } {
  const rows: R[] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  let firstRowAllQuoted = false;
  while (i < n) {
    const rowLine = line;
    const fields: string[] = [];
    let anyQuoted = false;
    let allQuoted = true;
    // parse one row
    for (;;) {
      let field: string;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        anyQuoted = true;
        const openLine = line;
        i++;
        let buf = "";
        let start = i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            throw importError(
              "unterminated-quote",
              fileName,
              {
                ko: "큰따옴표(\")로 시작한 칸이 파일 끝까지 닫히지 않았습니다.",
                en: "A field that starts with a double quote (\") is never closed.",
              },
              {
                ko: "파일이 중간에 잘렸을 수 있습니다. 다시 내려받거나, 이 행의 따옴표를 고치세요.",
                en: "The file may be truncated. Download it again, or fix the quotes on this line.",
              },
              { line: openLine, column: fields.length + 1 },
            );
          }
          line += lineBreaks(text, i, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            buf += text.slice(start, q + 1);
            i = q + 2;
            start = i;
            continue;
          }
          buf += text.slice(start, q);
          i = q + 1;
          break;
        }
        // text after the closing quote up to the delimiter is kept (lenient, as spreadsheet programs do)
        const s = i;
        i = fieldEnd(text, i, d);
        field = s < i ? buf + text.slice(s, i) : buf;
      } else {
        const s = i;
        i = fieldEnd(text, i, d);
        field = text.slice(s, i);
        if (field !== "") allQuoted = false;
      }
      fields.push(field);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n) {
          fields.push("");
          break;
        }
        continue;
      }
      // line end
      if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
      else i++;
      line++;
      break;
    }
    if (fields.length === 1 && fields[0] === "" && !anyQuoted) continue; // empty line
    if (rows.length === 0) firstRowAllQuoted = anyQuoted && allQuoted;
    rows.push(make(rowLine, fields));
  }
  return { rows, firstRowAllQuoted };
}

/** Where an unquoted run from `i` ends: the delimiter (its char code `d`), a line end, or the end of the text. */
export function fieldEnd(text: string, i: number, d: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === d || c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** Line breaks (LF, CRLF or a lone CR) in text[from, to). */
export function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) breaks++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) breaks++;
  }
  return breaks;
}

/**
 * Picks the delimiter (comma, tab, semicolon or bar) that splits the first lines into the same number of
 * fields most consistently. Looks at most at the first 64 KB and 50 lines, ignoring quoted text.
 */
export function sniffDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  const candidates = [",", "\t", ";", "|"];
  const counts: number[][] = candidates.map(() => []);
  let inQuote = false;
  const cur = candidates.map(() => 0);
  let lines = 0;
  for (let i = 0; i < sample.length && lines < 50; i++) {
    const ch = sample[i];
    if (ch === '"') {
      inQuote = !inQuote;
      continue;
    }
    if (inQuote) continue;
    if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && sample[i + 1] === "\n") i++;
      if (cur.some((c) => c > 0)) {
        cur.forEach((c, k) => counts[k].push(c));
        lines++;
      }
      cur.fill(0);
      continue;
    }
    const k = candidates.indexOf(ch);
    if (k >= 0) cur[k]++;
  }
  if (cur.some((c) => c > 0)) cur.forEach((c, k) => counts[k].push(c));
  let best = ",";
  let bestScore = -1;
  candidates.forEach((cand, k) => {
    const cs = counts[k];
    if (cs.length === 0) return;
    const first = cs[0];
    if (first === 0) return;
    const same = cs.filter((c) => c === first).length;
    // consistency first, then more fields
    const score = (same / cs.length) * 1000 + Math.min(first, 999) / 1000;
    if (score > bestScore) {
      bestScore = score;
      best = cand;
    }
  });
  return best;
}

/** Quotes a field for CSV output when needed. */
export function csvField(v: string | number | null | undefined, delimiter = ","): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  if (s.includes('"') || s.includes(delimiter) || s.includes("\n") || s.includes("\r")) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** Writes rows as CSV text with CRLF line ends (as KOSIS does). */
export function writeCsv(rows: (string | number | null | undefined)[][], delimiter = ","): string {
  return rows.map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter)).join("\r\n") + "\r\n";
}
