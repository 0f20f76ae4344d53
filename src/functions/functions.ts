/**
 * The SANDAN custom functions: thin wrappers that hand Excel's arguments to the engine and return its value
 * or a readable error. Each is documented once, in English then Korean after "[ko]"; the build splits the
 * two into functions.json and functions.ko.json.
 */
import * as engine from "../engine";
import { excelResult } from "./excel-result";
import { sandanFunction } from "../audit/catalog";

/** Parameter names of a function, to place errors in the worksheet. */
const params = (id: string) => sandanFunction(id)!.params;

/**
 * Share of a region in its parent region over the selected industries: the sum for the region divided by the sum for the parent (a ratio of sums, never an average of shares).
 * [ko] 선택한 산업에서 지역이 상위 지역에서 차지하는 비중입니다. 지역 합계를 상위 지역 합계로 나눈 값(합계의 비율)이며, 비중의 평균이 아닙니다.
 * @customfunction REGIONAL_SHARE
 * @requiresParameterAddresses
 * @param {any[][]} table Census table with its header row (long layout from the import, or wide with one column per measure). [ko] 머리글 행을 포함한 통계표(가져오기로 만든 긴 형식, 또는 항목별 열이 있는 넓은 형식).
 * @param {any[][]} region Region name or code, e.g. "서산시" or "충청남도 서산시" when the name is ambiguous; a list or range sums several. [ko] 지역 이름 또는 코드. 예: "서산시", 이름이 겹치면 "충청남도 서산시". 목록이나 범위를 주면 합산.
 * @param {any} parent Parent region name or code, e.g. "충청남도". [ko] 상위 지역 이름 또는 코드. 예: "충청남도".
 * @param {any[][]} industries KSIC code ("C30"), a comma list, a range of codes, or a named group such as "자동차후방". [ko] 산업분류 코드("C30"), 쉼표 목록, 코드 범위, 또는 "자동차후방" 같은 산업군 이름.
 * @param {any} measure Item as named in the table, e.g. "종사자수" (the unit suffix is ignored). [ko] 통계표의 항목 이름. 예: "종사자수"(단위 표기는 무시).
 * @param {any} [period] Period to use; required when the table holds more than one. [ko] 사용할 시점. 통계표에 시점이 둘 이상이면 반드시 지정.
 * @param {any} [suppressed] "error" (default): suppressed cells give #N/A; "zero": count them as 0; "bounds": return [low, high]. [ko] "error"(기본): 비밀보호 셀이 있으면 #N/A, "zero": 0으로 계산, "bounds": [하한, 상한] 반환.
 * @returns {any[][]} The share (0 to 1), or [low, high] with "bounds". [ko] 비중(0~1), "bounds"이면 [하한, 상한].
 */
export function regionalShare(
  table: any[][],
  region: any[][],
  parent: any,
  industries: any[][],
  measure: any,
  period: any,
  suppressed: any,
  invocation: CustomFunctions.Invocation,
): any[][] {
  return matrix(
    excelResult(
      () => engine.regionalShare(table, region, parent, industries, measure, period, suppressed),
      params("REGIONAL_SHARE"),
      invocation,
    ),
  );
}

/**
 * Sum of a measure for one region over the selected industries, with the same selection rules as REGIONAL_SHARE, so the numerator and denominator can be shown in their own cells.
 * [ko] 선택한 산업에 대한 한 지역의 항목 합계입니다. REGIONAL_SHARE와 같은 규칙으로 골라, 분자와 분모를 각각의 셀에 보여 줄 수 있습니다.
 * @customfunction CENSUS_VALUE
 * @requiresParameterAddresses
 * @param {any[][]} table Census table with its header row. [ko] 머리글 행을 포함한 통계표.
 * @param {any[][]} region Region name or code; a list or range sums several. [ko] 지역 이름 또는 코드. 목록이나 범위를 주면 합산.
 * @param {any[][]} industries KSIC code, comma list, range of codes, or named group. [ko] 산업분류 코드, 쉼표 목록, 코드 범위, 또는 산업군 이름.
 * @param {any} measure Item as named in the table. [ko] 통계표의 항목 이름.
 * @param {any} [period] Period to use; required when the table holds more than one. [ko] 사용할 시점. 시점이 둘 이상이면 반드시 지정.
 * @param {any} [suppressed] "error" (default), "zero" or "bounds". [ko] "error"(기본), "zero" 또는 "bounds".
 * @returns {any[][]} The sum, or [low, high] with "bounds". [ko] 합계, "bounds"이면 [하한, 상한].
 */
export function censusValue(
  table: any[][],
  region: any[][],
  industries: any[][],
  measure: any,
  period: any,
  suppressed: any,
  invocation: CustomFunctions.Invocation,
): any[][] {
  return matrix(
    excelResult(
      () => engine.censusValue(table, region, industries, measure, period, suppressed),
      params("CENSUS_VALUE"),
      invocation,
    ),
  );
}

/**
 * Scores candidate hub complexes (rows) on weighted criteria (columns); returns one score per candidate.
 * [ko] 거점산단 후보(행)를 가중 기준(열)으로 평가해 후보마다 점수 하나를 돌려줍니다.
 * @customfunction HUB_SCORE
 * @requiresParameterAddresses
 * @param {any[][]} values Candidates in rows, criteria in columns; an optional header row and name column. [ko] 후보는 행, 기준은 열. 머리글 행과 이름 열은 선택.
 * @param {any[][]} [weights] One non-negative weight per criterion, normalised to sum 1; equal by default. [ko] 기준마다 0 이상의 가중치(합이 1이 되도록 정규화). 기본은 동일 가중치.
 * @param {any} [method] "share" (default), "minmax", "max", "zscore" or "topsis". [ko] "share"(기본), "minmax", "max", "zscore", "topsis".
 * @param {any[][]} [directions] 1 for a benefit criterion, -1 for a cost criterion; all 1 by default. [ko] 클수록 좋은 기준은 1, 작을수록 좋은 기준은 -1. 기본은 모두 1.
 * @returns {number[][]} A column of scores aligned with the candidates. [ko] 후보 순서대로 놓인 점수 열.
 */
export function hubScore(
  values: any[][],
  weights: any[][],
  method: any,
  directions: any[][],
  invocation: CustomFunctions.Invocation,
): number[][] {
  return excelResult(
    () => engine.hubScore(values, weights, method, directions),
    params("HUB_SCORE"),
    invocation,
  );
}

/**
 * The weight of one criterion at which the leading candidate changes (other weights scaled in proportion); the crossing nearest the current weight.
 * [ko] 선두 후보가 바뀌는 한 기준의 가중치입니다(다른 가중치는 비례 조정). 현재 가중치에 가장 가까운 전환점을 돌려줍니다.
 * @customfunction HUB_TIPPING
 * @requiresParameterAddresses
 * @param {any[][]} values Candidates in rows, criteria in columns. [ko] 후보는 행, 기준은 열.
 * @param {any[][]} weights Current weights, one per criterion. [ko] 기준별 현재 가중치.
 * @param {any} criterion Criterion as a 1-based column number or its header name. [ko] 기준의 열 번호(1부터) 또는 머리글 이름.
 * @param {any} [method] Scoring method as in HUB_SCORE; "share" by default. [ko] HUB_SCORE와 같은 평가 방법. 기본은 "share".
 * @returns {number} The tipping weight between 0 and 1. [ko] 0과 1 사이의 전환 가중치.
 */
export function hubTipping(
  values: any[][],
  weights: any[][],
  criterion: any,
  method: any,
  invocation: CustomFunctions.Invocation,
): number {
  return excelResult(
    () => engine.hubTipping(values, weights, criterion, method),
    params("HUB_TIPPING"),
    invocation,
  );
}

/**
 * TRUE when a complex can be an aged hub complex: national or general, and at least 20 years since construction started (special act on aged hub complexes).
 * [ko] 노후거점산업단지 요건을 충족하면 TRUE: 국가 또는 일반산업단지이고 착공 후 20년 이상 경과(노후거점산업단지 특별법).
 * @customfunction HUB_ELIGIBLE
 * @requiresParameterAddresses
 * @param {any} type Complex type: 국가/national, 일반/general, 도시첨단 or 농공. [ko] 산업단지 유형: 국가, 일반, 도시첨단, 농공.
 * @param {any} construction_start_year Year construction started. [ko] 착공 연도.
 * @param {any} as_of_year Year of assessment (required, so results never depend on today's date). [ko] 판단 기준 연도(필수: 결과가 오늘 날짜에 따라 바뀌지 않도록).
 * @returns {boolean} Whether the complex is eligible. [ko] 요건 충족 여부.
 */
export function hubEligible(
  type: any,
  construction_start_year: any,
  as_of_year: any,
  invocation: CustomFunctions.Invocation,
): boolean {
  return excelResult(
    () => engine.hubEligible(type, construction_start_year, as_of_year),
    params("HUB_ELIGIBLE"),
    invocation,
  );
}

/**
 * Splits a total in proportion to ratios. By default ("hamilton") every part is a multiple of unit and the parts add up exactly to the total; leftover units go to the largest remainders, and equal remainders to the party listed first.
 * [ko] 총액을 비율대로 나눕니다. 기본("hamilton")은 모든 몫이 단위의 배수이고 합이 총액과 정확히 같습니다. 남는 단위는 나머지가 큰 순서로, 나머지가 같으면 먼저 나온 쪽에 배정합니다.
 * @customfunction BUDGET_SPLIT
 * @requiresParameterAddresses
 * @param {any} total Amount to split, a multiple of unit. [ko] 나눌 총액(단위의 배수).
 * @param {any[][]} ratios Ratios as a row or a column, e.g. 50 and 50. [ko] 행 또는 열로 된 비율. 예: 50, 50.
 * @param {any} [unit] Smallest amount to allocate; 1 by default. [ko] 배분 최소 단위. 기본 1.
 * @param {any} [method] "hamilton" (default, largest remainder) or "exact" (unrounded shares). [ko] "hamilton"(기본, 최대잉여법) 또는 "exact"(반올림하지 않은 몫).
 * @returns {number[][]} Amounts in the shape of ratios. [ko] 비율과 같은 모양의 배분액.
 */
export function budgetSplit(
  total: any,
  ratios: any[][],
  unit: any,
  method: any,
  invocation: CustomFunctions.Invocation,
): number[][] {
  return excelResult(
    () => engine.budgetSplit(total, ratios, unit, method),
    params("BUDGET_SPLIT"),
    invocation,
  );
}

function matrix(value: number | number[][]): any[][] {
  return typeof value === "number" ? [[value]] : value;
}
