/**
 * The regional-analysis toolbox: location quotient, shift-share, concentration and specialisation measures,
 * input-output (Leontief inverse, linkages, induced output), AHP weights and bounds for suppressed cells, each
 * returning an explained result. Reference data (designated regions, 메뉴판 programmes, KSIC revisions) lives in
 * src/engine/reference.
 */
export { lq, lqValues } from "./location";
export { shiftShare } from "./shiftshare";
export { hhi, krugman, hoover, giniConc, giniSpec } from "./concentration";
export type { HhiMode } from "./concentration";
export { leontief, linkages, induced } from "./inputoutput";
export { ahpWeights, SAATY_RI } from "./ahp";
export { suppressedBounds } from "./bounds";
export { identity, multiply, luDecompose, luSolve, luInverse, inverse, determinant, powerIteration } from "./matrix";
export type { Matrix, LU, Eigen } from "./matrix";
export * from "../reference/designations";
export * from "../reference/menu";
export * from "../reference/ksic-revisions";
