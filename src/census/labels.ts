/**
 * Label conventions of Korean statistical tables: `<br>` in labels, U+3000 indentation, `항목 (단위)`
 * headers, period labels with markers (`2024 p)`), codes inside names (`서울특별시  (1100000000)`), total rows
 * (소계, 계, 전국), and the role of a classification column from its header (region, industry, item …).
 * Every function here is linear in its input (labels longer than a few hundred characters are not matched).
 */
import { PROVINCES } from "../engine/reference/regions";

const MAX_MATCH = 300;

/** `<br>` (any case, `<br/>`, `<br />`) becomes a space; runs of spaces collapse; ends trimmed (U+3000 too). */
export function cleanLabel(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  // fast path: nothing to trim or collapse (most labels)
  if (a > 32 && b > 32 && a !== 0x3000 && b !== 0x3000 && a !== 0xa0 && b !== 0xa0 && a !== 0xfeff && s.indexOf("<") < 0 && s.indexOf("  ") < 0 && !/[\t\r\n\u2028\u2029\u1680\u2000-\u200a\u202f\u205f]/.test(s)) return s;
  if (s.indexOf("<") >= 0) s = s.replace(/<br\s*\/?>/gi, " ");
  return s.replace(/[ \t\r\n]+/g, " ").replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/** Indentation depth: one level per U+3000, and one per two ASCII spaces, at the start of the label. */
export function indentDepth(s: string): number {
  let depth = 0;
  let spaces = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3000) depth++;
    else if (c === 0x20 || c === 0xa0) spaces++;
    else if (c === 0x09) depth++;
    else break;
  }
  return depth + Math.floor(spaces / 2);
}

export type Role = "region" | "industry" | "item" | "unit" | "period" | "other";

/** Classification header without its level suffix: "행정구역별(1)" → "행정구역별", level 1. */
export function splitLevel(header: string): { name: string; level: number } {
  const h = cleanLabel(header);
  const m = /^(.*?)\s*\((\d)\)$/.exec(h.length > MAX_MATCH ? "" : h);
  return m ? { name: m[1], level: Number(m[2]) } : { name: h, level: 0 };
}

const REGION_HEADER = /행정구역|지역|시도|시·도|시ㆍ도|시군구|시·군·구|시군|읍면동|자치단체|행정기관|광역|region|area|province|sido|sigungu/i;
const INDUSTRY_HEADER = /산업|업종|ksic|industry|업태/i;
const ITEM_HEADER = /^(항목|item|itm_nm|지표|통계항목)$/i;
const UNIT_HEADER = /^(단위|unit|unit_nm)$/i;
const PERIOD_HEADER = /^(시점|기간|연도|년도|년|연월|기준연도|기준년도|기준일|조사연도|period|year|date|prd_de)$/i;

/** The role of a label column, from its header text. */
export function roleOfHeader(header: string): Role {
  const { name } = splitLevel(header);
  const n = name.replace(/\s/g, "");
  if (ITEM_HEADER.test(n)) return "item";
  if (UNIT_HEADER.test(n)) return "unit";
  if (PERIOD_HEADER.test(n) || PERIOD_HEADER.test(n.replace(/별$/, ""))) return "period";
  if (n.length > MAX_MATCH) return "other";
  // 산업 before 지역: "지역별 산업" tables name the industry column "산업별"; "산업단지" is a place
  if (INDUSTRY_HEADER.test(n) && !/산업단지|산단/.test(n)) return "industry";
  if (REGION_HEADER.test(n) || /산업단지|산단/.test(n)) return "region";
  return "other";
}

/** A name for an extra classification column: "성별(1)" → "성별". */
export function dimName(header: string): string {
  return splitLevel(header).name || header;
}

// --- periods -------------------------------------------------------------------------------------------

export interface PeriodLabel {
  /** Normalised period: "2020", "2018.01", "2020.1/4", "2020.1/2", "2020.01.15". */
  period: string;
  /** Marker moved out of the label ("p)", "e)", "(p)", "*"), or "". */
  marker: string;
}

const PERIOD_RE =
  /^(\d{4})(?:\s*(?:년|년도))?(?:\s*[.]?\s*([1-4])\s*\/\s*4(?:\s*분기)?|\s*[.]?\s*([12])\s*\/\s*2(?:\s*반기)?|\s+([1-4])\s*분기|\s*(상반기|하반기)|\s*[.\-/]?\s*(\d{1,2})(?:\s*월)?(?:\s*[.\-/]\s*(\d{1,2})(?:\s*일)?)?)?(?:\s*(년|월|분기|반기|일))?$/;
const MARKER_RE = /^(.*?)\s*(\((?:p|e|r)\)|(?:p|e|r)\)|\*\*|\*|▽|(?<=\d\s*)(?:p|e|r))$/;

/** Parses a period label such as "2020", "2020 년", "2018.01 월", "2020.1/4", "2024 p)", "2024년 01월". */
export function parsePeriodLabel(raw: string): PeriodLabel | null {
  let s = cleanLabel(raw);
  if (s.length === 0 || s.length > 40) return null;
  let marker = "";
  const mm = MARKER_RE.exec(s);
  if (mm && /\d/.test(mm[1])) {
    marker = mm[2];
    s = mm[1];
  }
  const m = PERIOD_RE.exec(s);
  if (!m) return null;
  const year = m[1];
  const y = Number(year);
  if (y < 1000 || y > 2999) return null;
  let period = year;
  if (m[2] !== undefined) period += `.${m[2]}/4`;
  else if (m[3] !== undefined) period += `.${m[3]}/2`;
  else if (m[4] !== undefined) period += `.${m[4]}/4`;
  else if (m[5] !== undefined) period += m[5] === "상반기" ? ".1/2" : ".2/2";
  else if (m[6] !== undefined) {
    const mon = Number(m[6]);
    if (mon < 1 || mon > 12) return null;
    period += "." + m[6].padStart(2, "0");
    if (m[7] !== undefined) {
      const day = Number(m[7]);
      if (day < 1 || day > 31) return null;
      period += "." + m[7].padStart(2, "0");
    }
  }
  return { period, marker };
}

/** A period of the KOSIS Open API (PRD_SE, PRD_DE) in the same form as the file periods. */
export function apiPeriod(prdSe: string, prdDe: string): string {
  const se = (prdSe ?? "").toUpperCase();
  const de = String(prdDe ?? "").trim();
  if (/^\d{4}$/.test(de)) return de;
  if (/^\d{6}$/.test(de)) {
    const y = de.slice(0, 4);
    const n = de.slice(4);
    if (se === "Q" && /^0[1-4]$/.test(n)) return `${y}.${Number(n)}/4`;
    if (se === "H" && /^0[12]$/.test(n)) return `${y}.${Number(n)}/2`;
    return `${y}.${n}`;
  }
  if (/^\d{8}$/.test(de)) return `${de.slice(0, 4)}.${de.slice(4, 6)}.${de.slice(6)}`;
  return de;
}

/**
 * A header that starts with a period and goes on with an item: "2024년01월_총인구수", "2020 사업체수".
 * Returns null when the header does not start with a period.
 */
export function splitPeriodPrefix(header: string): { period: PeriodLabel; rest: string } | null {
  const s = cleanLabel(header);
  if (s.length > MAX_MATCH) return null;
  const m = /^(\d{4}\s*(?:년|\.)?\s*(?:\d{1,2}\s*월?)?)\s*[_\s]\s*(\S.*)$/.exec(s);
  if (!m) return null;
  const p = parsePeriodLabel(m[1]);
  if (!p) return null;
  return { period: p, rest: m[2] };
}

// --- items and units -----------------------------------------------------------------------------------

const FORMULA_PART = /^[A-Za-z]$|[÷×+=]|^[A-Z][\/-][A-Z]/;

/**
 * Splits `항목 (단위)` into item and unit: "사업체수 (개)" → 사업체수, 개; "고령인구비율<br>(A÷B×100) (%)" →
 * "고령인구비율 (A÷B×100)", "%". A last bracket that reads as a formula reference ("(A)", "(A÷B×100)") is
 * part of the item, not a unit.
 */
export function splitItemUnit(raw: string): { item: string; unit: string } {
  const s = cleanLabel(raw);
  if (s.length > MAX_MATCH || !s.endsWith(")")) return { item: s, unit: "" };
  // find the matching "(" of the last ")"
  let depth = 0;
  let open = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === ")") depth++;
    else if (c === "(") {
      depth--;
      if (depth === 0) {
        open = i;
        break;
      }
    }
  }
  if (open <= 0) return { item: s, unit: "" };
  const unit = s.slice(open + 1, -1).trim();
  const item = s.slice(0, open).trim();
  if (!item || !unit || FORMULA_PART.test(unit)) return { item: s, unit: "" };
  // KOSIS writes a space before the unit bracket; without one, "(" is part of the name ("제조업(10~34)")
  if (s[open - 1] !== " ") return { item: s, unit: "" };
  return { item, unit };
}

// --- regions -------------------------------------------------------------------------------------------

/** "서울특별시  (1100000000)" → name 서울특별시, code 1100000000. A bracket of 2–10 digits at the end is a code. */
export function splitRegionCode(raw: string): { name: string; code: string } {
  const s = cleanLabel(raw);
  if (s.length > MAX_MATCH) return { name: s, code: "" };
  const m = /^(.*?)\s*[([]\s*(\d{2,10})\s*[)\]]$/.exec(s);
  if (m && m[1] !== "") return { name: m[1], code: m[2] };
  const lead = /^(\d{2,10})\s+(\D.*)$/.exec(s);
  if (lead) return { name: lead[2], code: lead[1] };
  return { name: s, code: "" };
}

/** Every name a province goes by, now or formerly, and short forms ("충남"). */
export const PROVINCE_NAMES: ReadonlySet<string> = new Set(PROVINCES.flatMap((p) => [p.name, p.short, ...p.former]));

// --- totals --------------------------------------------------------------------------------------------

const GRAND_TOTAL = /^(전국|계|합계|총계|총합계|전체|전산업|total|grand total|all)$/i;
const SUB_TOTAL = /^(소계|계|subtotal|sub-total|sub total)$/i;

/** Whether a label names a grand total at the top level (전국, 계, 합계, 총계, 전체, Total). */
export function isGrandTotalLabel(s: string): boolean {
  return GRAND_TOTAL.test(cleanLabel(s));
}

/** Whether a label names the subtotal of its parent (소계, 계). */
export function isSubtotalLabel(s: string): boolean {
  return SUB_TOTAL.test(cleanLabel(s));
}

// --- formula-looking text ------------------------------------------------------------------------------

/**
 * Whether Excel would read the text as a formula when typed in: it starts with `=`, `+`, `-` or `@` (KOSIS's
 * own `-` symbol included). The writer must write such text as text (number format "@" or a leading
 * apostrophe), never as a formula.
 */
export function isFormulaLike(v: unknown): boolean {
  if (typeof v !== "string" || v.length === 0) return false;
  const c = v[0];
  return c === "=" || c === "+" || c === "-" || c === "@";
}
