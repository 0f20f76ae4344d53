/**
 * Explained results: every engine calculation returns its value together with the ordered steps that
 * produced it, so the cell, the audit view and the audit sheet all show the same arithmetic.
 */

/** Text an analyst reads, in Korean first and English as the fallback. */
export interface Text {
  ko: string;
  en: string;
}

/** A cell inside one argument of a function: 0-based row and column within that argument's range. */
export interface CellPos {
  /** Name of the argument as in the function signature, e.g. "table", "values", "ratios". */
  arg: string;
  row: number;
  col: number;
}

/** Scalars an engine step can show. */
export type StepValue = number | string | boolean | null;

/**
 * One step of a calculation. `value` is what the step produced (a number, a vector or a matrix);
 * `formula` is the arithmetic in plain form ("1614618 / 8529000"), `cells` the inputs it read.
 */
export interface Step {
  /** Stable machine id such as "sum.region", "normalise", "quota"; used by the audit views. */
  id: string;
  label: Text;
  value?: StepValue | StepValue[] | StepValue[][];
  formula?: string;
  cells?: CellPos[];
}

/** A row of a source table that the calculation looked at, with whether it was used and why not. */
export interface SourceRow {
  /** 0-based row within the table argument, header row included (so the first data row is 1). */
  row: number;
  region: string;
  industry: string;
  period?: string;
  measure?: string;
  value: number | null;
  unit?: string;
  flag?: string;
  role: "region" | "parent";
  used: boolean;
  /** Why the row was left out, when it was. */
  reason?: Text;
}

export interface Explained<T> {
  value: T;
  steps: Step[];
  warnings: Text[];
  sources?: SourceRow[];
}

/**
 * `value`: an argument is wrong (Excel #VALUE!). `na`: something is not found or not knowable, such as a
 * missing region or a suppressed cell (Excel #N/A). These are the only two Excel errors that carry a message.
 */
export type ErrorKind = "value" | "na";

export class SandanError extends Error {
  readonly kind: ErrorKind;
  readonly text: Text;
  readonly cell?: CellPos;

  constructor(kind: ErrorKind, text: Text, cell?: CellPos) {
    super(text.en);
    this.name = "SandanError";
    this.kind = kind;
    this.text = text;
    this.cell = cell;
  }
}

export function valueError(ko: string, en: string, cell?: CellPos): SandanError {
  return new SandanError("value", { ko, en }, cell);
}

export function notAvailable(ko: string, en: string, cell?: CellPos): SandanError {
  return new SandanError("na", { ko, en }, cell);
}

export function isSandanError(e: unknown): e is SandanError {
  return e instanceof SandanError;
}
