/**
 * What each argument text of a SANDAN call stands for: a range of the workbook, a literal, an omitted
 * optional argument, or an expression the audit cannot resolve by itself.
 */
import { columnIndex } from "./address";

export type ArgumentRef =
  | { kind: "range"; sheet: string; row: number; col: number; rows: number; cols: number; text: string }
  | { kind: "literal"; value: unknown; text: string }
  | { kind: "omitted"; text: "" }
  | { kind: "expression"; text: string };

const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d{1,7})`;
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([^\s'!():,{}"]+))!`;
const RANGE = new RegExp(`^(?:${SHEET})?${CELL}(?::${CELL})?$`);

/** Reads one argument text; `sheet` is the sheet of the formula, for unqualified references. */
export function parseArgument(text: string, sheet: string): ArgumentRef {
  const t = text.trim();
  if (t === "") return { kind: "omitted", text: "" };
  const m = RANGE.exec(t);
  if (m) {
    const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] ?? sheet;
    const c1 = columnIndex(m[3]);
    const r1 = Number(m[4]) - 1;
    const c2 = m[5] ? columnIndex(m[5]) : c1;
    const r2 = m[6] ? Number(m[6]) - 1 : r1;
    return {
      kind: "range",
      sheet: sheetName,
      row: Math.min(r1, r2),
      col: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      cols: Math.abs(c2 - c1) + 1,
      text: t,
    };
  }
  if (/^"(?:[^"]|"")*"$/.test(t)) return { kind: "literal", value: t.slice(1, -1).replace(/""/g, '"'), text: t };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(t)) {
    const pct = t.endsWith("%");
    const n = Number(pct ? t.slice(0, -1) : t);
    return { kind: "literal", value: pct ? n / 100 : n, text: t };
  }
  if (/^(TRUE|FALSE)$/i.test(t)) return { kind: "literal", value: t.toUpperCase() === "TRUE", text: t };
  const array = parseArrayConstant(t);
  if (array) return { kind: "literal", value: array, text: t };
  return { kind: "expression", text: t };
}

/** `{1,2;3,4}` or `{"C30","C29"}` as a 2-D array; undefined for anything else. */
function parseArrayConstant(t: string): unknown[][] | undefined {
  if (!t.startsWith("{") || !t.endsWith("}")) return undefined;
  const rows: unknown[][] = [[]];
  const body = t.slice(1, -1);
  const token = /\s*("(?:[^"]|"")*"|[^,;"]+)\s*([,;]|$)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < body.length && (m = token.exec(body))) {
    const raw = m[1].trim();
    let value: unknown;
    if (raw.startsWith('"')) value = raw.slice(1, -1).replace(/""/g, '"');
    else if (/^(TRUE|FALSE)$/i.test(raw)) value = raw.toUpperCase() === "TRUE";
    else if (!Number.isNaN(Number(raw))) value = Number(raw);
    else return undefined;
    rows[rows.length - 1].push(value);
    if (m[2] === ";") rows.push([]);
    pos = token.lastIndex;
    if (m[2] === "") break;
  }
  return pos >= body.length && rows.every((r) => r.length === rows[0].length) ? rows : undefined;
}
