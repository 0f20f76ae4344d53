/**
 * Statistical cell symbols (통계부호) as published by KOSIS. A symbol is information: it is kept in a
 * flag and never turned into 0.
 */

export type SymbolMeaning =
  | "suppressed" // X, x: 비밀보호
  | "nil" // -: 해당 없음 / 없음
  | "unknown" // ..., …: 미상
  | "preliminary" // p: 잠정치
  | "estimate" // e: 추정치
  | "revised" // r: 수정치
  | "note" // *, **: 주석
  | "break"; // ▽: 시계열 불연속

export const SYMBOL_MEANINGS: Record<string, SymbolMeaning> = {
  X: "suppressed",
  x: "suppressed",
  "-": "nil",
  "...": "unknown",
  "…": "unknown",
  p: "preliminary",
  e: "estimate",
  r: "revised",
  "*": "note",
  "**": "note",
  "▽": "break",
};

export const SYMBOL_LABELS: Record<SymbolMeaning, { ko: string; en: string }> = {
  suppressed: { ko: "비밀보호", en: "suppressed" },
  nil: { ko: "해당 없음", en: "nothing to report" },
  unknown: { ko: "미상", en: "not known" },
  preliminary: { ko: "잠정치", en: "preliminary" },
  estimate: { ko: "추정치", en: "estimate" },
  revised: { ko: "수정치", en: "revised" },
  note: { ko: "주석", en: "note" },
  break: { ko: "시계열 불연속", en: "break in series" },
};

export type CellKind = "number" | "symbol" | "blank" | "text";

export interface ParsedCell {
  kind: CellKind;
  /** The number, when the cell holds one (with or without a marker). */
  value: number | null;
  /** The symbol or marker exactly as published ("X", "-", "p", "**", "p)"), or "" when none. */
  flag: string;
  /** The text, for text cells. */
  text?: string;
}

const WHOLE_SYMBOL = /^(X|x|-|\.\.\.|…|\*\*|\*|▽)$/;
// A number, optionally with thousands separators, followed by a marker: "37*", "1,234 p", "12.5e)", "(p)".
const NUMBER_WITH_MARKER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(\(?(?:\*\*|\*|▽|p|e|r)\)?)?$/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses one cell's text into a value and a flag. Spaces (including U+3000) around the text are ignored. */
export function parseCell(raw: unknown): ParsedCell {
  if (raw === null || raw === undefined) return { kind: "blank", value: null, flag: "" };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", value: raw, flag: "" } : { kind: "text", value: null, flag: "", text: String(raw) };
  }
  if (typeof raw === "boolean") return { kind: "text", value: null, flag: "", text: String(raw) };
  const s = String(raw).replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
  if (s === "") return { kind: "blank", value: null, flag: "" };
  if (WHOLE_SYMBOL.test(s)) return { kind: "symbol", value: null, flag: s };
  if (PLAIN_NUMBER.test(s)) return { kind: "number", value: Number(s), flag: "" };
  const m = NUMBER_WITH_MARKER.exec(s);
  if (m) {
    const value = Number(m[1].replace(/,/g, ""));
    return { kind: "number", value, flag: m[2] ?? "" };
  }
  return { kind: "text", value: null, flag: "", text: s };
}

/**
 * The meaning of a flag such as "X", "p)" or "**"; undefined for an empty or unknown flag. A compound flag
 * ("X p)": the cell's own symbol, then its period's marker) means what its first part means.
 */
export function flagMeaning(flag: string): SymbolMeaning | undefined {
  const first = flag.trim().split(/\s+/)[0] ?? "";
  return SYMBOL_MEANINGS[first.replace(/[()]/g, "")];
}

export function isSuppressedFlag(flag: string): boolean {
  return flagMeaning(flag) === "suppressed";
}

/**
 * The parts of a compound flag as written by the census import: the cell's own symbol first, then the
 * period's marker, separated by a space ("X p)" → ["X", "p)"]; "" → []).
 */
export function flagParts(flag: string): string[] {
  return flag.split(/\s+/).filter((p) => p !== "");
}

/** Meanings of every part of a (possibly compound) flag, unknown parts left out. */
export function flagMeanings(flag: string): SymbolMeaning[] {
  const out: SymbolMeaning[] = [];
  for (const p of flagParts(flag)) {
    const m = flagMeaning(p);
    if (m && !out.includes(m)) out.push(m);
  }
  return out;
}

/** Whether any part of a (possibly compound) flag marks a suppressed value ("X", "x", "X p)"). */
export function hasSuppressedPart(flag: string): boolean {
  return flagMeanings(flag).includes("suppressed");
}
