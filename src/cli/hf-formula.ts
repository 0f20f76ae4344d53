/**
 * Formulas from files made readable for HyperFormula. Pure.
 * - `_xldudf_SANDAN_X(` and `[1]!_xldudf_SANDAN_X(` become `SANDAN.X(` (displayFormula);
 * - Excel's future-function prefixes `_xlfn.`, `_xlws.` and `_xlpm.` are dropped;
 * - sheet names HyperFormula cannot read unquoted (Hangul, for one: `표6!A1`) are quoted (`'표6'!A1`).
 */
import { displayFormula, maskStrings, replaceOutsideStrings } from "../audit/formula";

const FUTURE_PREFIX = /_xl(?:fn|ws|pm)\./gi;
const UNQUOTED_SHEET = /(^|[^\p{L}\p{N}_.'\]!$])([\p{L}\p{N}_.]+)!/gu;

const NAME_TOKEN = /(^|[^\p{L}\p{N}_.'!$\]\\])([\p{L}_\\][\p{L}\p{N}_.]*)(?![\p{L}\p{N}_.(!])/gu;

/**
 * The formula (stored form, with or without "=") as HyperFormula should read it, with its "=".
 * `inlineNames` (lower-case name → reference): defined names that stand for a range are replaced by the
 * range, because HyperFormula does not pass a named range to a plugin function as a range.
 */
export function hyperFormulaText(stored: string, sheetNames: readonly string[], inlineNames?: ReadonlyMap<string, string>): string {
  let f = stored.trim();
  if (f.startsWith("=")) f = f.slice(1);
  f = displayFormula(f);
  f = replaceOutsideStrings(f, FUTURE_PREFIX, () => "");
  if (inlineNames && inlineNames.size) {
    const masked = maskStrings(f);
    const quoted: [number, number][] = [];
    for (const q of masked.matchAll(/'(?:[^']|'')*'/g)) quoted.push([q.index as number, (q.index as number) + q[0].length]);
    f = replaceOutsideStrings(f, NAME_TOKEN, (m) => {
      // Words inside a quoted sheet name ('표 ratios'!A1) are not names.
      if (quoted.some(([from, to]) => m.index >= from && m.index < to)) return undefined;
      const ref = inlineNames.get(m[2].toLowerCase());
      return ref === undefined ? undefined : `${m[1]}${ref}`;
    });
  }
  const known = new Set(sheetNames.map((n) => n.toLowerCase()));
  f = replaceOutsideStrings(f, UNQUOTED_SHEET, (m) => {
    const name = m[2];
    if (!known.has(name.toLowerCase()) || /^[A-Za-z0-9_]+$/.test(name)) return undefined;
    return `${m[1]}'${name}'!`;
  });
  return `=${f}`;
}
