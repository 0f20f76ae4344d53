/**
 * The SANDAN functions as data: parameter names and shapes, and the engine call behind each. Every host
 * (the HyperFormula plugin, the audit view, the command line) dispatches through this one table.
 */
import * as engine from "../engine";
import type { Explained } from "../engine/explain";

export interface SandanFunction {
  id: string;
  /** Parameter names as in the function signature (and in CellPos.arg of engine errors). */
  params: readonly string[];
  /** How many leading parameters are required. */
  required: number;
  /** Parameters that take ranges (passed to the engine as 2-D arrays). */
  ranges: readonly string[];
  run(args: readonly unknown[]): Explained<unknown>;
}

export const SANDAN_FUNCTIONS: readonly SandanFunction[] = [
  {
    id: "REGIONAL_SHARE",
    params: ["table", "region", "parent", "industries", "measure", "period", "suppressed"],
    required: 5,
    ranges: ["table", "region", "industries"],
    run: (a) => engine.regionalShare(a[0], a[1], a[2], a[3], a[4], a[5], a[6]),
  },
  {
    id: "CENSUS_VALUE",
    params: ["table", "region", "industries", "measure", "period", "suppressed"],
    required: 4,
    ranges: ["table", "region", "industries"],
    run: (a) => engine.censusValue(a[0], a[1], a[2], a[3], a[4], a[5]),
  },
  {
    id: "HUB_SCORE",
    params: ["values", "weights", "method", "directions"],
    required: 1,
    ranges: ["values", "weights", "directions"],
    run: (a) => engine.hubScore(a[0], a[1], a[2], a[3]),
  },
  {
    id: "HUB_TIPPING",
    params: ["values", "weights", "criterion", "method"],
    required: 3,
    ranges: ["values", "weights"],
    run: (a) => engine.hubTipping(a[0], a[1], a[2], a[3]),
  },
  {
    id: "HUB_ELIGIBLE",
    params: ["type", "construction_start_year", "as_of_year"],
    required: 3,
    ranges: [],
    run: (a) => engine.hubEligible(a[0], a[1], a[2]),
  },
  {
    id: "BUDGET_SPLIT",
    params: ["total", "ratios", "unit", "method"],
    required: 2,
    ranges: ["ratios"],
    run: (a) => engine.budgetSplit(a[0], a[1], a[2], a[3]),
  },
  {
    id: "LQ",
    params: ["table", "region", "parent", "industry", "measure", "period"],
    required: 5,
    ranges: ["table", "industry"],
    run: (a) => engine.lq(a[0], a[1], a[2], a[3], a[4], a[5]),
  },
  { id: "LQ_VALUES", params: ["e_ir", "e_r", "E_i", "E"], required: 4, ranges: [], run: (a) => engine.lqValues(a[0], a[1], a[2], a[3]) },
  {
    id: "SHIFT_SHARE",
    params: ["table", "region", "parent", "industries", "measure", "base_period", "end_period"],
    required: 7,
    ranges: ["table", "industries"],
    run: (a) => engine.shiftShare(a[0], a[1], a[2], a[3], a[4], a[5], a[6]),
  },
  { id: "HHI", params: ["values", "mode"], required: 1, ranges: ["values"], run: (a) => engine.hhi(a[0], a[1]) },
  { id: "KRUGMAN", params: ["a", "b"], required: 2, ranges: ["a", "b"], run: (a) => engine.krugman(a[0], a[1]) },
  { id: "HOOVER", params: ["a", "b"], required: 1, ranges: ["a", "b"], run: (a) => engine.hoover(a[0], a[1]) },
  { id: "GINI_CONC", params: ["values", "reference"], required: 1, ranges: ["values", "reference"], run: (a) => engine.giniConc(a[0], a[1]) },
  { id: "GINI_SPEC", params: ["values", "reference"], required: 1, ranges: ["values", "reference"], run: (a) => engine.giniSpec(a[0], a[1]) },
  { id: "LEONTIEF", params: ["Z", "X"], required: 2, ranges: ["Z", "X"], run: (a) => engine.leontief(a[0], a[1]) },
  { id: "LINKAGES", params: ["Z", "X"], required: 2, ranges: ["Z", "X"], run: (a) => engine.linkages(a[0], a[1]) },
  { id: "INDUCED", params: ["L", "final_demand"], required: 2, ranges: ["L", "final_demand"], run: (a) => engine.induced(a[0], a[1]) },
  { id: "AHP_WEIGHTS", params: ["pairwise"], required: 1, ranges: ["pairwise"], run: (a) => engine.ahpWeights(a[0]) },
  {
    id: "SUPPRESSED_BOUNDS",
    params: ["table", "region", "measure", "period"],
    required: 3,
    ranges: ["table"],
    run: (a) => engine.suppressedBounds(a[0], a[1], a[2], a[3]),
  },
];

export function sandanFunction(id: string): SandanFunction | undefined {
  return SANDAN_FUNCTIONS.find((f) => f.id === id.toUpperCase());
}
