/**
 * The regional-analysis toolbox: location quotient, shift-share, concentration and specialisation measures,
 * input-output (Leontief inverse, linkages, induced output), AHP weights and bounds for suppressed cells, each
 * returning an explained result. Reference data (designated regions, 메뉴판 programmes, KSIC revisions) lives in
 * src/engine/reference.
 */
import { ahpWeights as ahpWeightsRaw } from "./ahp";
import { suppressedBounds as suppressedBoundsRaw } from "./bounds";
import { giniConc as giniConcRaw, giniSpec as giniSpecRaw, hhi as hhiRaw, hoover as hooverRaw, krugman as krugmanRaw } from "./concentration";
import { induced as inducedRaw, leontief as leontiefRaw, linkages as linkagesRaw } from "./inputoutput";
import { lq as lqRaw, lqValues as lqValuesRaw } from "./location";
import { finiteOnly } from "./read";
import { shiftShare as shiftShareRaw } from "./shiftshare";

// Every result is a finite number or a readable error: inputs near the limits of a double (5e-324, 1e308)
// can overflow a share or a product even when each one is a number.
export const lq = finiteOnly(lqRaw);
export const lqValues = finiteOnly(lqValuesRaw);
export const shiftShare = finiteOnly(shiftShareRaw);
export const hhi = finiteOnly(hhiRaw);
export const krugman = finiteOnly(krugmanRaw);
export const hoover = finiteOnly(hooverRaw);
export const giniConc = finiteOnly(giniConcRaw);
export const giniSpec = finiteOnly(giniSpecRaw);
export const leontief = finiteOnly(leontiefRaw);
export const linkages = finiteOnly(linkagesRaw);
export const induced = finiteOnly(inducedRaw);
export const ahpWeights = finiteOnly(ahpWeightsRaw);
export const suppressedBounds = finiteOnly(suppressedBoundsRaw);
export type { HhiMode } from "./concentration";
export { SAATY_RI } from "./ahp";
export { identity, multiply, luDecompose, luSolve, luInverse, inverse, determinant, powerIteration } from "./matrix";
export type { Matrix, LU, Eigen } from "./matrix";
export * from "../reference/designations";
export * from "../reference/menu";
export * from "../reference/ksic-revisions";
