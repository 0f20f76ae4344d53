/**
 * Sandan calculation engine: pure TypeScript, no Office, DOM or Node dependencies. Every calculation returns
 * an explained result (value, steps, warnings, sources) and throws SandanError for #VALUE! / #N/A.
 */
export * from "./explain";
export { regionalShare, censusValue, parseSuppressedMode } from "./census";
export type { SuppressedMode } from "./census";
export { hubScore, hubTipping, hubEligible } from "./hub";
export type { HubMethod } from "./hub";
export { budgetSplit, toDecimal, decimalText } from "./budget";
export type { Decimal } from "./budget";
export { parseTable, splitUnit, measureKey, periodKey, HEADER_SYNONYMS } from "./table";
export type { ParsedTable, TableRecord, Role } from "./table";
export { resolveIndustries } from "./industries";
export type { IndustrySelection, SelectedIndustry } from "./industries";
export * from "./reference/ksic";
export * from "./reference/regions";
export * from "./toolbox";
