/**
 * The SANDAN functions for HyperFormula, calling the same engine as the Excel custom functions: the
 * workbench and the `sandan` command line evaluate workbooks with it. Formulas name the functions as Excel
 * shows them (SANDAN.REGIONAL_SHARE); formulas read from saved files go through displayFormula() first.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { isSandanError, type Text } from "../engine/explain";
import { SANDAN_FUNCTIONS, type SandanFunction } from "../audit/catalog";

export { SANDAN_FUNCTIONS };

/** The language of the error messages HyperFormula shows. */
let messageLanguage: keyof Text = "ko";
export function setMessageLanguage(lang: keyof Text): void {
  messageLanguage = lang;
}

/** A HyperFormula cell value as the engine reads Excel's: numbers, strings, booleans, null for blanks. */
function plain(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return v;
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
  return v;
}

function toEngineArg(v: unknown, asRange: boolean): unknown {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(plain));
  const p = plain(v);
  return asRange && p !== null ? [[p]] : p;
}

function firstError(args: unknown[]): CellError | undefined {
  for (const a of args) {
    if (a instanceof CellError) return a;
    if (Array.isArray(a)) for (const row of a) for (const v of row as unknown[]) if (v instanceof CellError) return v;
  }
  return undefined;
}

function toHyperFormula(value: unknown): unknown {
  if (Array.isArray(value)) return SimpleRangeValue.onlyValues(value as (number | string | boolean)[][]);
  return value;
}

function errorOf(e: unknown): CellError {
  if (isSandanError(e)) return new CellError(e.kind === "na" ? ErrorType.NA : ErrorType.VALUE, e.text[messageLanguage]);
  return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
}

/** Evaluates one SANDAN function on already evaluated HyperFormula arguments. */
export function evaluate(fn: SandanFunction, raw: unknown[]): unknown {
  const args = fn.params.map((name, i) => toEngineArg(raw[i], fn.ranges.includes(name)));
  const error = firstError(args);
  if (error) return error;
  try {
    return toHyperFormula(fn.run(args).value);
  } catch (e) {
    return errorOf(e);
  }
}

export class SandanPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    SANDAN_FUNCTIONS.map((fn) => [
      `SANDAN.${fn.id}`,
      {
        method: "sandan",
        sizeOfResultArrayMethod: "sandanSize",
        vectorizationForbidden: true,
        parameters: fn.params.map((_, i) => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: i >= fn.required,
        })),
      },
    ]),
  );

  sandan(ast: Parameters<FunctionPlugin["evaluateAst"]>[0] & { procedureName: string }, state: Parameters<FunctionPlugin["evaluateAst"]>[1]) {
    const fn = functionFor(ast.procedureName);
    return this.runFunction((ast as unknown as { args: never[] }).args, state, this.metadata(ast.procedureName), (...args: unknown[]) => evaluate(fn, args) as never);
  }

  /**
   * The size of the spill, from the shapes of the arguments (HyperFormula asks before any value is known):
   * an upper bound, and a smaller answer is padded with empty cells, as HyperFormula's own FILTER does.
   */
  sandanSize(ast: SizeAst, state: Parameters<FunctionPlugin["evaluateAst"]>[1]) {
    const fn = functionFor(ast.procedureName);
    const arrayState = { ...state, arraysFlag: true } as typeof state;
    const shape = (i: number): ArraySize => {
      const arg = ast.args[i];
      if (!arg) return ArraySize.scalar();
      if ((arg as { type?: string }).type === "NAMED_EXPRESSION") {
        // A defined name's shape is its range's, known before its values are (when the name is defined
        // before the formulas that use it: HyperFormula sizes a spill once, when it reads the formula).
        const v = this.evaluateAst(arg, arrayState);
        return v instanceof SimpleRangeValue ? new ArraySize(v.width(), v.height()) : ArraySize.scalar();
      }
      return this.arraySizeForAst(arg, arrayState);
    };
    switch (fn.id) {
      case "HUB_SCORE":
        return new ArraySize(1, shape(0).height);
      case "BUDGET_SPLIT": {
        const ratios = shape(1);
        return new ArraySize(ratios.width, ratios.height);
      }
      case "SHIFT_SHARE":
        return new ArraySize(4, 1);
      case "LEONTIEF": {
        const z = shape(0);
        return new ArraySize(z.width, z.height);
      }
      case "LINKAGES":
        return new ArraySize(2, shape(0).height);
      case "INDUCED":
        return new ArraySize(shape(1).width, shape(0).height);
      case "AHP_WEIGHTS":
        return new ArraySize(1, shape(0).height + 1);
      case "SUPPRESSED_BOUNDS":
        return new ArraySize(3, shape(0).height);
      case "REGIONAL_SHARE":
      case "CENSUS_VALUE": {
        const mode = ast.args[fn.params.length - 1] as { type?: string; value?: unknown } | undefined;
        const literal = mode?.type === "STRING" ? String(mode.value).trim().toLowerCase() : mode && mode.type !== "EMPTY" ? "bounds" : "";
        return literal === "bounds" ? new ArraySize(2, 1) : ArraySize.scalar();
      }
      default:
        return ArraySize.scalar();
    }
  }
}

type SizeAst = Parameters<FunctionPlugin["evaluateAst"]>[0] & { procedureName: string; args: Parameters<FunctionPlugin["evaluateAst"]>[0][] };

function functionFor(procedureName: string): SandanFunction {
  const fn = SANDAN_FUNCTIONS.find((f) => `SANDAN.${f.id}` === procedureName.toUpperCase());
  if (!fn) throw new Error(`unknown SANDAN function ${procedureName}`);
  return fn;
}

let registered = false;
/** Registers the SANDAN functions with HyperFormula once per process or page. */
export function registerSandanFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(SANDAN_FUNCTIONS.map((f) => [`SANDAN.${f.id}`, `SANDAN.${f.id}`]));
  HyperFormula.registerFunctionPlugin(SandanPlugin, { enGB: names, enUS: names });
  registered = true;
}

/** HyperFormula configured as Excel computes: the settings the workbench and the CLI share. */
export const EXCEL_COMPATIBLE = {
  licenseKey: "gpl-v3",
  // Excel's conventions where HyperFormula's defaults differ.
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 30 },
  functionArgSeparator: ",",
  decimalSeparator: ".",
  smartRounding: false,
  useArrayArithmetic: true,
} as const;
