/**
 * Finds SANDAN calls in formulas as Excel shows them (`=SANDAN.REGIONAL_SHARE(…)`) and as it saves them
 * in files (`_xldudf_SANDAN_REGIONAL_SHARE(…)`, also behind an external-link prefix such as `[1]!`).
 */

export interface SandanCall {
  /** Function id, e.g. "REGIONAL_SHARE". */
  id: string;
  /** Argument texts exactly as written, trimmed; an omitted argument is "". */
  args: string[];
  /** Offsets of the call in the formula text. */
  start: number;
  end: number;
}

// A name followed by "(": SANDAN.ID or _xldudf_SANDAN_ID, optionally with a workbook/link prefix.
const CALL = /(?:\[\d+\]!)?(?:_xldudf_SANDAN_|SANDAN\.)([A-Z][A-Z0-9_]*)\s*\(/gi;

/** Every SANDAN call in a formula, outermost first in order of appearance. */
export function findSandanCalls(formula: string): SandanCall[] {
  const calls: SandanCall[] = [];
  const masked = maskStrings(formula);
  CALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CALL.exec(masked))) {
    const open = m.index + m[0].length - 1;
    const close = matchingParen(masked, open);
    if (close < 0) continue;
    calls.push({
      id: m[1].toUpperCase(),
      args: splitArgs(formula.slice(open + 1, close), masked.slice(open + 1, close)),
      start: m.index,
      end: close + 1,
    });
  }
  return calls;
}

/** The first SANDAN call of a formula, or undefined when there is none. */
export function firstSandanCall(formula: string): SandanCall | undefined {
  return findSandanCalls(formula)[0];
}

/** Replaces string-literal contents with spaces, keeping offsets, so that patterns skip text in quotes. */
export function maskStrings(s: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      if (inString && s[i + 1] === '"') {
        out += "  ";
        i++;
        continue;
      }
      inString = !inString;
      out += c;
    } else out += inString ? " " : c;
  }
  return out;
}

function matchingParen(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    const c = masked[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

function splitArgs(text: string, masked: string): string[] {
  if (masked.trim() === "") return [];
  const args: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      args.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  args.push(text.slice(from).trim());
  return args;
}

const STORED = /(?:\[\d+\]!)?_xldudf_SANDAN_([A-Z][A-Z0-9_]*)\s*\(/gi;

/** Applies `re` to the formula outside string literals; `replace` gets the match (undefined: leave it). */
export function replaceOutsideStrings(formula: string, re: RegExp, replace: (m: RegExpExecArray) => string | undefined): string {
  const masked = maskStrings(formula);
  let out = "";
  let last = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement === undefined) continue;
    out += formula.slice(last, m.index) + replacement;
    last = m.index + m[0].length;
  }
  return out + formula.slice(last);
}

/**
 * A formula as Excel shows it: `_xldudf_SANDAN_X(` (and `[1]!_xldudf_SANDAN_X(`), the way saved files store
 * JavaScript custom functions, becomes `SANDAN.X(`. Text inside string literals is left alone.
 */
export function displayFormula(formula: string): string {
  return replaceOutsideStrings(formula, STORED, (m) => `SANDAN.${m[1].toUpperCase()}(`);
}

const SANDAN_CALL = /SANDAN\.([A-Z][A-Z0-9_]*)\s*\(/gi;

/** The formula as saved files store it: `SANDAN.X(` becomes `_xldudf_SANDAN_X(`. */
export function storedFormula(formula: string): string {
  const masked = maskStrings(formula);
  return replaceOutsideStrings(formula, SANDAN_CALL, (m) =>
    m.index > 0 && /[A-Za-z0-9_.]/.test(masked[m.index - 1]) ? undefined : `_xldudf_SANDAN_${m[1].toUpperCase()}(`,
  );
}
