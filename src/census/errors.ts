/**
 * Import errors are values the user can read: what went wrong (Korean and English), where (file, line,
 * column) and what to do about it. Parsers in src/census throw nothing but ImportError.
 */

export interface BiText {
  ko: string;
  en: string;
}

export type ImportErrorCode =
  | "empty" // no bytes, or only white space
  | "binary" // not text (NUL bytes, control characters, an unknown binary format)
  | "unsupported" // a known format we do not read (XLS 97-2003, PDF, HTML, HWP ...)
  | "encoding" // bytes that are not valid in the chosen or detected encoding
  | "unterminated-quote"
  | "ragged" // a row with more or fewer fields than the header
  | "duplicate-header"
  | "header-only" // headers but no data rows
  | "no-data" // no value columns could be found
  | "xlsx" // a damaged or unexpected XLSX
  | "zip-bomb" // an archive that would expand beyond the limits
  | "json" // JSON that cannot be read, or is not KOSIS-shaped
  | "kosis-api" // an error answer of the KOSIS Open API
  | "conflict" // the same cell twice with different values (merged API answers)
  | "too-large" // the result does not fit in an Excel sheet
  | "format" // an override that does not fit the file
  | "internal"; // a bug: should never happen

export interface ImportErrorInit {
  code: ImportErrorCode;
  text: BiText;
  advice: BiText;
  fileName: string;
  /** 1-based line of the source file, when it applies. */
  line?: number;
  /** 1-based column (field number) of the source file, when it applies. */
  column?: number;
  /** KOSIS Open API error code ("10" … "50"), for kosis-api errors. */
  apiCode?: string;
}

function where(fileName: string, line: number | undefined, column: number | undefined, lang: "ko" | "en"): string {
  const parts: string[] = [];
  if (fileName) parts.push(fileName);
  if (line !== undefined) parts.push(lang === "ko" ? `${line}행` : `line ${line}`);
  if (column !== undefined) parts.push(lang === "ko" ? `${column}열` : `column ${column}`);
  return parts.join(", ");
}

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly text: BiText;
  readonly advice: BiText;
  readonly fileName: string;
  readonly line?: number;
  readonly column?: number;
  readonly apiCode?: string;

  constructor(init: ImportErrorInit) {
    const loc = where(init.fileName, init.line, init.column, "en");
    super(`${loc ? loc + ": " : ""}${init.text.en} ${init.advice.en}`.trim());
    this.name = "ImportError";
    this.code = init.code;
    this.text = init.text;
    this.advice = init.advice;
    this.fileName = init.fileName;
    this.line = init.line;
    this.column = init.column;
    this.apiCode = init.apiCode;
  }

  /** The whole message in one language: place, what went wrong, what to do. */
  describe(lang: "ko" | "en" = "ko"): string {
    const loc = where(this.fileName, this.line, this.column, lang);
    return `${loc ? loc + ": " : ""}${this.text[lang]} ${this.advice[lang]}`.trim();
  }
}

export function importError(
  code: ImportErrorCode,
  fileName: string,
  text: BiText,
  advice: BiText,
  at?: { line?: number; column?: number; apiCode?: string },
): ImportError {
  return new ImportError({ code, fileName, text, advice, line: at?.line, column: at?.column, apiCode: at?.apiCode });
}

/** Runs `f`; anything thrown that is not an ImportError becomes one (code "internal") naming the file. */
export function guard<T>(fileName: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw asImportError(e, fileName);
  }
}

export async function guardAsync<T>(fileName: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw asImportError(e, fileName);
  }
}

export function asImportError(e: unknown, fileName: string): ImportError {
  if (e instanceof ImportError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /memory|Invalid (array|string) length/i.test(detail)) {
    return importError(
      "too-large",
      fileName,
      { ko: "파일이 너무 커서 읽을 수 없습니다.", en: "The file is too large to read." },
      { ko: "기간이나 지역을 나누어 더 작은 파일로 받으세요.", en: "Download smaller files, split by period or region." },
    );
  }
  return importError(
    "internal",
    fileName,
    { ko: `가져오기 중 예상하지 못한 오류가 났습니다 (${detail}).`, en: `Unexpected error while importing (${detail}).` },
    { ko: "파일을 첨부하여 문제를 알려 주세요.", en: "Please report the problem with the file attached." },
  );
}
