/**
 * Bytes to text: encoding detection (UTF-8 with or without BOM, UTF-16 with BOM, CP949/EUC-KR), binary
 * detection, and the line of the first undecodable byte when an encoding is wrong.
 */
import { importError } from "./errors";

export type TextEncoding = "utf-8" | "cp949" | "utf-16le" | "utf-16be";
export type EncodingOption = "auto" | TextEncoding;

export interface Decoded {
  text: string;
  /** Encoding used, with "-bom" when a byte-order mark was present ("utf-8-bom"). */
  encoding: string;
  warnings: { ko: string; en: string }[];
}

const LABEL: Record<TextEncoding, string> = {
  "utf-8": "utf-8",
  cp949: "euc-kr", // the WHATWG "euc-kr" decoder is CP949 (Unified Hangul Code)
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};

function decoderFor(enc: TextEncoding, fatal: boolean): TextDecoder {
  return new TextDecoder(LABEL[enc], { fatal, ignoreBOM: true });
}

export function hasUtf8Bom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

function utf16Bom(b: Uint8Array): TextEncoding | null {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/** Known binary signatures that are not ours to read, with a message for each. */
const SIGNATURES: { magic: number[]; ko: string; en: string; adviceKo: string; adviceEn: string }[] = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    ko: "Excel 97-2003 통합 문서(XLS)나 한글(HWP) 같은 옛 형식의 파일입니다.",
    en: "This is an old binary format (Excel 97-2003 XLS, HWP or similar).",
    adviceKo: "Excel에서 열어 XLSX나 CSV로 저장한 뒤 가져오세요.",
    adviceEn: "Open it in Excel, save it as XLSX or CSV, and import that.",
  },
  {
    magic: [0x25, 0x50, 0x44, 0x46],
    ko: "PDF 파일입니다.",
    en: "This is a PDF file.",
    adviceKo: "KOSIS에서 같은 표를 CSV나 XLSX로 내려받으세요.",
    adviceEn: "Download the same table from KOSIS as CSV or XLSX.",
  },
  {
    magic: [0x1f, 0x8b],
    ko: "gzip으로 압축된 파일입니다.",
    en: "This is a gzip-compressed file.",
    adviceKo: "압축을 푼 뒤 안의 CSV를 가져오세요.",
    adviceEn: "Decompress it and import the CSV inside.",
  },
];

function startsWith(b: Uint8Array, magic: number[]): boolean {
  if (b.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[i] !== magic[i]) return false;
  return true;
}

export function isZip(b: Uint8Array): boolean {
  return startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]);
}

/** An HTML document: `<!DOCTYPE html`, `<html` or `<head` first, after a BOM and white space. */
function looksLikeHtml(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  let head = "";
  for (let k = i; k < Math.min(b.length, i + 15); k++) head += String.fromCharCode(b[k]);
  return /^<(!doctype\s+html|html[\s>]|head[\s>])/i.test(head);
}

/** Throws an ImportError when the bytes are empty or plainly not text. UTF-16 text with a BOM passes. */
export function checkTextLike(b: Uint8Array, fileName: string): void {
  if (b.length === 0) {
    throw importError(
      "empty",
      fileName,
      { ko: "빈 파일입니다 (0바이트).", en: "The file is empty (0 bytes)." },
      { ko: "내려받기가 끝났는지 확인하고 다시 내려받으세요.", en: "Check that the download finished, and download it again." },
    );
  }
  for (const s of SIGNATURES) {
    if (startsWith(b, s.magic)) {
      throw importError("unsupported", fileName, { ko: s.ko, en: s.en }, { ko: s.adviceKo, en: s.adviceEn });
    }
  }
  if (utf16Bom(b)) return;
  if (looksLikeHtml(b)) {
    throw importError(
      "unsupported",
      fileName,
      { ko: "통계표가 아니라 웹 페이지(HTML)입니다. 내려받기나 KOSIS 요청이 오류 페이지를 돌려준 것입니다.", en: "This is a web page (HTML), not a table: the download or the KOSIS request returned an error page." },
      { ko: "KOSIS에서 다시 내려받거나, 잠시 뒤 다시 요청하세요.", en: "Download the table from KOSIS again, or retry the request later." },
    );
  }
  const n = Math.min(b.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) {
      throw binaryError(fileName, lineOfOffset(b, i));
    }
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) control++;
  }
  if (control > 8 && control * 100 > n) throw binaryError(fileName);
}

function binaryError(fileName: string, line?: number) {
  return importError(
    "binary",
    fileName,
    { ko: "텍스트(CSV) 파일이 아니라 이진 파일로 보입니다.", en: "This looks like a binary file, not a text (CSV) file." },
    {
      ko: "KOSIS에서 CSV, XLSX 또는 Open API(JSON) 형식으로 내려받은 파일을 고르세요.",
      en: "Choose a file downloaded from KOSIS as CSV, XLSX or Open API JSON.",
    },
    { line },
  );
}

/** 1-based line number of a byte offset (counting LF). */
export function lineOfOffset(b: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, b.length);
  for (let i = 0; i < end; i++) if (b[i] === 0x0a) line++;
  return line;
}

/** Whether the bytes are valid UTF-8 (strict). */
export function isValidUtf8(b: Uint8Array): boolean {
  try {
    decoderFor("utf-8", true).decode(b);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return true;
  return false;
}

/** The first line (1-based) that does not decode in `enc`, found line by line (only on the error path). */
function firstBadLine(b: Uint8Array, enc: TextEncoding): number | undefined {
  if (enc === "utf-16le" || enc === "utf-16be") return undefined;
  const dec = decoderFor(enc, true);
  let start = 0;
  let line = 1;
  for (let i = 0; i <= b.length; i++) {
    if (i === b.length || b[i] === 0x0a) {
      try {
        dec.decode(b.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return undefined;
}

/** Advice for a forced encoding that failed: which encoding the bytes do fit, when one does. */
function guessAdvice(b: Uint8Array): { ko: string; en: string } {
  let fits = "";
  if (hasUtf8Bom(b) || isValidUtf8(b)) fits = "UTF-8";
  else {
    try {
      decoderFor("cp949", true).decode(b);
      fits = "CP949(EUC-KR)";
    } catch {
      fits = "";
    }
  }
  return fits
    ? {
        ko: `이 파일은 ${fits}로 보입니다. 인코딩을 '자동'이나 ${fits}로 바꾸세요.`,
        en: `The file looks like ${fits}. Set the encoding to Auto or ${fits}.`,
      }
    : {
        ko: "인코딩을 '자동'으로 두거나 다른 인코딩을 고르세요.",
        en: "Leave the encoding on Auto, or choose another one.",
      };
}

const ENC_NAME: Record<TextEncoding, string> = { "utf-8": "UTF-8", cp949: "CP949(EUC-KR)", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE" };

/**
 * Decodes bytes to text. "auto": a UTF-8 BOM means UTF-8; a UTF-16 BOM means UTF-16; otherwise valid UTF-8
 * is UTF-8 and anything else must be valid CP949 (what KOSIS writes). A forced encoding that does not fit the
 * bytes is an ImportError naming the first bad line.
 */
export function decodeText(b: Uint8Array, fileName: string, option: EncodingOption = "auto"): Decoded {
  checkTextLike(b, fileName);
  const warnings: Decoded["warnings"] = [];
  const bom16 = utf16Bom(b);
  let enc: TextEncoding;
  let offset = 0;
  let bom = false;
  if (option === "auto") {
    if (hasUtf8Bom(b)) {
      enc = "utf-8";
      offset = 3;
      bom = true;
    } else if (bom16) {
      enc = bom16;
      offset = 2;
      bom = true;
    } else {
      try {
        const text = decoderFor("utf-8", true).decode(b);
        return { text, encoding: "utf-8", warnings };
      } catch {
        enc = "cp949";
      }
    }
  } else {
    enc = option;
    if (enc === "utf-8" && hasUtf8Bom(b)) {
      offset = 3;
      bom = true;
    } else if (bom16 && bom16 === enc) {
      offset = 2;
      bom = true;
    }
    if (enc === "cp949" && !bom && hasNonAscii(b) && isValidUtf8(b)) {
      warnings.push({
        ko: "CP949로 읽으라고 하셨지만 이 파일은 UTF-8로 보입니다. 글자가 깨졌으면 인코딩을 '자동'으로 바꾸세요.",
        en: "You chose CP949 but the file looks like UTF-8. If the text looks garbled, set the encoding to Auto.",
      });
    }
  }
  const body = b.subarray(offset);
  let text: string;
  try {
    text = decoderFor(enc, true).decode(body);
  } catch {
    const badLine = firstBadLine(body, enc);
    const auto = option === "auto";
    throw importError(
      "encoding",
      fileName,
      auto
        ? {
            ko: "UTF-8도 CP949(EUC-KR)도 아닌 바이트가 있어 글자를 읽을 수 없습니다.",
            en: "The file has bytes that are neither UTF-8 nor CP949 (EUC-KR); its text cannot be read.",
          }
        : {
            ko: `이 파일은 ${ENC_NAME[enc]} 인코딩이 아닙니다.`,
            en: `This file is not in the ${ENC_NAME[enc]} encoding.`,
          },
      auto
        ? {
            ko: "파일이 손상되지 않았는지 확인하고, KOSIS에서 CSV로 다시 내려받으세요.",
            en: "Check that the file is not damaged, and download the CSV from KOSIS again.",
          }
        : guessAdvice(b),
      { line: badLine },
    );
  }
  return { text, encoding: bom ? `${enc}-bom` : enc, warnings };
}
