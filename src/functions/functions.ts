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

/**
 * Location quotient (e_ir / e_r) / (E_i / E): how concentrated an industry is in a region compared with its parent region. e_r and E are the all-industry totals (the total row where the table has one).
 * [ko] 입지계수 (e_ir / e_r) / (E_i / E): 지역의 산업 집중도를 상위 지역과 비교합니다. e_r과 E는 전 산업 합계(표에 합계 행이 있으면 그 행)입니다.
 * @customfunction LQ
 * @requiresParameterAddresses
 * @param {any[][]} table Census table with its header row. [ko] 머리글 행을 포함한 통계표.
 * @param {any} region Region name or code. [ko] 지역 이름 또는 코드.
 * @param {any} parent Parent region name or code. [ko] 상위 지역 이름 또는 코드.
 * @param {any[][]} industry KSIC code, comma list, range of codes, or named group. [ko] 산업분류 코드, 쉼표 목록, 코드 범위, 또는 산업군 이름.
 * @param {any} measure Item as named in the table, e.g. "종사자수". [ko] 통계표의 항목 이름. 예: "종사자수".
 * @param {any} [period] Period to use; required when the table holds more than one. [ko] 사용할 시점. 시점이 둘 이상이면 반드시 지정.
 * @returns {number} The location quotient; above 1 means more concentrated than the parent. [ko] 입지계수. 1보다 크면 상위 지역보다 집중.
 */
export function lq(table: any[][], region: any, parent: any, industry: any[][], measure: any, period: any, invocation: CustomFunctions.Invocation): number {
  return excelResult(() => engine.lq(table, region, parent, industry, measure, period), params("LQ"), invocation);
}

/**
 * Location quotient from four numbers: (e_ir / e_r) / (E_i / E).
 * [ko] 네 숫자로 구하는 입지계수: (e_ir / e_r) / (E_i / E).
 * @customfunction LQ_VALUES
 * @requiresParameterAddresses
 * @param {any} e_ir The industry in the region. [ko] 지역의 해당 산업 값.
 * @param {any} e_r All industries in the region. [ko] 지역의 전 산업 값.
 * @param {any} E_i The industry in the parent region. [ko] 상위 지역의 해당 산업 값.
 * @param {any} E All industries in the parent region. [ko] 상위 지역의 전 산업 값.
 * @returns {number} The location quotient. [ko] 입지계수.
 */
export function lqValues(e_ir: any, e_r: any, E_i: any, E: any, invocation: CustomFunctions.Invocation): number {
  return excelResult(() => engine.lqValues(e_ir, e_r, E_i, E), params("LQ_VALUES"), invocation);
}

/**
 * Shift-share (Dunn) for one region between two periods: [growth, national share, industry mix, regional share]; growth is exactly the sum of the other three (the regional share is the residual).
 * [ko] 두 시점 사이 한 지역의 변화할당분석(Dunn): [증감, 전국(상위 지역) 성장효과, 산업구조효과, 지역경쟁효과]. 증감은 나머지 셋의 합과 정확히 같습니다(지역경쟁효과는 잔차).
 * @customfunction SHIFT_SHARE
 * @requiresParameterAddresses
 * @param {any[][]} table Census table holding both periods. [ko] 두 시점을 모두 담은 통계표.
 * @param {any} region Region name or code. [ko] 지역 이름 또는 코드.
 * @param {any} parent Parent region whose growth is the reference. [ko] 성장의 기준이 되는 상위 지역.
 * @param {any[][]} industries KSIC codes or a named group. [ko] 산업분류 코드 또는 산업군 이름.
 * @param {any} measure Item as named in the table. [ko] 통계표의 항목 이름.
 * @param {any} base_period The base period. [ko] 기준 시점.
 * @param {any} end_period The end period. [ko] 비교 시점.
 * @returns {number[][]} A row of four: growth, national share, industry mix, regional share. [ko] 네 칸 행: 증감, 성장효과, 산업구조효과, 지역경쟁효과.
 */
export function shiftShare(
  table: any[][],
  region: any,
  parent: any,
  industries: any[][],
  measure: any,
  base_period: any,
  end_period: any,
  invocation: CustomFunctions.Invocation,
): number[][] {
  return excelResult(() => engine.shiftShare(table, region, parent, industries, measure, base_period, end_period), params("SHIFT_SHARE"), invocation);
}

/**
 * Herfindahl-Hirschman index of the shares of the values: "raw" (default, sum of squared shares), "normalised" ((H − 1/n) / (1 − 1/n)) or "equivalent" (1/H, the equivalent number of equal parts).
 * [ko] 허핀달-허쉬만 지수(HHI): "raw"(기본, 비중 제곱합), "normalised"((H − 1/n) / (1 − 1/n)), "equivalent"(1/H, 같은 크기로 환산한 개수).
 * @customfunction HHI
 * @requiresParameterAddresses
 * @param {any[][]} values Non-negative values, e.g. workers by industry. [ko] 0 이상의 값. 예: 산업별 종사자수.
 * @param {any} [mode] "raw" (default), "normalised" or "equivalent". [ko] 계산 방식: "raw"(기본, 비중 제곱합), "normalised"(정규화), "equivalent"(환산 개수).
 * @returns {number} The index. [ko] 지수.
 */
export function hhi(values: any[][], mode: any, invocation: CustomFunctions.Invocation): number {
  return excelResult(() => engine.hhi(values, mode), params("HHI"), invocation);
}

/**
 * Krugman specialisation index as REAT defines it: the sum of absolute differences between the two share distributions (0 to 2; some texts halve it, see HOOVER).
 * [ko] REAT 정의의 크루그먼 특화지수: 두 비중 분포 차이의 절댓값 합(0~2. 절반으로 정의하는 문헌도 있으며 HOOVER가 그 값).
 * @customfunction KRUGMAN
 * @requiresParameterAddresses
 * @param {any[][]} a Values of the region by industry. [ko] 지역의 산업별 값.
 * @param {any[][]} b Values of the reference region by industry. [ko] 비교 지역의 산업별 값.
 * @returns {number} The index. [ko] 지수.
 */
export function krugman(a: any[][], b: any[][], invocation: CustomFunctions.Invocation): number {
  return excelResult(() => engine.krugman(a, b), params("KRUGMAN"), invocation);
}

/**
 * Hoover index: half the sum of absolute differences between two share distributions (against equal shares when b is omitted, as REAT).
 * [ko] 후버 지수: 두 비중 분포 차이의 절댓값 합의 절반(b를 생략하면 균등 분포와 비교, REAT와 같음).
 * @customfunction HOOVER
 * @requiresParameterAddresses
 * @param {any[][]} a Values to compare. [ko] 비교할 값.
 * @param {any[][]} [b] Reference values; equal shares when omitted. [ko] 기준 값. 생략하면 균등 분포.
 * @returns {number} The index (0 to 1). [ko] 지수(0~1).
 */
export function hoover(a: any[][], b: any[][], invocation: CustomFunctions.Invocation): number {
  return excelResult(() => engine.hoover(a, b), params("HOOVER"), invocation);
}

/**
 * Gini coefficient of concentration (REAT gini.conc): how concentrated an industry is across regions, from location quotients against the reference.
 * [ko] 지니 집중계수(REAT gini.conc): 기준 대비 입지계수로 본, 한 산업의 지역 간 집중 정도.
 * @customfunction GINI_CONC
 * @requiresParameterAddresses
 * @param {any[][]} values The industry's values by region. [ko] 지역별 해당 산업 값.
 * @param {any[][]} [reference] All industries by region; without it the plain Gini of the values. [ko] 지역별 전 산업 값. 생략하면 값 자체의 지니계수.
 * @returns {number} The coefficient (0 to 1). [ko] 계수(0~1).
 */
export function giniConc(values: any[][], reference: any[][], invocation: CustomFunctions.Invocation): number {
  return excelResult(() => engine.giniConc(values, reference), params("GINI_CONC"), invocation);
}

/**
 * Gini coefficient of specialisation (REAT gini.spec): how specialised a region is across industries, from location quotients against the reference.
 * [ko] 지니 특화계수(REAT gini.spec): 기준 대비 입지계수로 본, 한 지역의 산업 간 특화 정도.
 * @customfunction GINI_SPEC
 * @requiresParameterAddresses
 * @param {any[][]} values The region's values by industry. [ko] 산업별 지역 값.
 * @param {any[][]} [reference] The reference region's values by industry. [ko] 산업별 기준 지역 값.
 * @returns {number} The coefficient (0 to 1). [ko] 계수(0~1).
 */
export function giniSpec(values: any[][], reference: any[][], invocation: CustomFunctions.Invocation): number {
  return excelResult(() => engine.giniSpec(values, reference), params("GINI_SPEC"), invocation);
}

/**
 * Leontief inverse (I − A)⁻¹ with A = Z·diag(X)⁻¹, as a matrix. Rounding A before inverting changes the result; give Z and X as published.
 * [ko] 레온티에프 역행렬 (I − A)⁻¹, A = Z·diag(X)⁻¹. A를 반올림한 뒤 역행렬을 구하면 결과가 달라지므로 Z와 X를 공표된 그대로 넣으세요.
 * @customfunction LEONTIEF
 * @requiresParameterAddresses
 * @param {any[][]} Z Inter-industry transactions, n×n. [ko] 산업 간 거래표(중간거래), n×n.
 * @param {any[][]} X Total output of each industry, n values. [ko] 산업별 총산출액, n개.
 * @returns {number[][]} The n×n Leontief inverse (production inducement coefficients). [ko] n×n 레온티에프 역행렬(생산유발계수).
 */
export function leontief(Z: any[][], X: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => engine.leontief(Z, X), params("LEONTIEF"), invocation);
}

/**
 * Backward (power of dispersion) and forward (sensitivity) linkage indices from the Leontief inverse, Bank of Korea convention: column sums and row sums over their means.
 * [ko] 레온티에프 역행렬로 구한 영향력계수(후방)와 감응도계수(전방). 한국은행 방식: 열합과 행합을 각 평균으로 나눔.
 * @customfunction LINKAGES
 * @requiresParameterAddresses
 * @param {any[][]} Z Inter-industry transactions, n×n. [ko] 산업 간 거래표, n×n.
 * @param {any[][]} X Total output of each industry. [ko] 산업별 총산출액.
 * @returns {number[][]} n rows of [backward, forward]. [ko] n행 [영향력계수, 감응도계수].
 */
export function linkages(Z: any[][], X: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => engine.linkages(Z, X), params("LINKAGES"), invocation);
}

/**
 * Output induced by final demand: L·f, for one demand column or several scenarios side by side.
 * [ko] 최종수요가 유발하는 산출: L·f. 수요 열 하나 또는 여러 시나리오를 나란히.
 * @customfunction INDUCED
 * @requiresParameterAddresses
 * @param {any[][]} L Leontief inverse, n×n. [ko] 레온티에프 역행렬, n×n.
 * @param {any[][]} final_demand Final demand by industry, n rows (one column per scenario). [ko] 산업별 최종수요, n행(시나리오마다 한 열).
 * @returns {number[][]} Induced output, n rows. [ko] 유발 산출, n행.
 */
export function induced(L: any[][], final_demand: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => engine.induced(L, final_demand), params("INDUCED"), invocation);
}

/**
 * AHP weights from a pairwise comparison matrix (principal eigenvector), followed by the consistency ratio CR = CI / RI with Saaty's random index for n = 1…15; CR above 0.1 is flagged.
 * [ko] 쌍대비교 행렬로 구한 AHP 가중치(주고유벡터)와 그 아래 일관성 비율 CR = CI / RI(Saaty의 무작위 지수, n = 1…15). CR이 0.1을 넘으면 경고합니다.
 * @customfunction AHP_WEIGHTS
 * @requiresParameterAddresses
 * @param {any[][]} pairwise Reciprocal pairwise comparisons, n×n (a label row and column are allowed). [ko] 역수 관계인 쌍대비교 행렬, n×n(이름 행·열 허용).
 * @returns {number[][]} A column of n weights, then the consistency ratio. [ko] n개 가중치 열과 마지막 칸의 일관성 비율.
 */
export function ahpWeights(pairwise: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => engine.ahpWeights(pairwise), params("AHP_WEIGHTS"), invocation);
}

/**
 * For each suppressed (X) row of a region, the [low, high] its value must lie in, from the region's totals and its published rows.
 * [ko] 지역의 비밀보호(X) 행마다 값이 있을 수 있는 [하한, 상한]. 지역 합계와 공표된 행으로 구합니다.
 * @customfunction SUPPRESSED_BOUNDS
 * @requiresParameterAddresses
 * @param {any[][]} table Census table with its header row. [ko] 머리글 행을 포함한 통계표.
 * @param {any} region Region name or code. [ko] 지역 이름 또는 코드.
 * @param {any} measure Item as named in the table. [ko] 통계표의 항목 이름.
 * @param {any} [period] Period to use; required when the table holds more than one. [ko] 사용할 시점. 시점이 둘 이상이면 반드시 지정.
 * @returns {any[][]} One row per suppressed row: industry, low, high. [ko] 비밀보호 행마다 한 행: 산업, 하한, 상한.
 */
export function suppressedBounds(table: any[][], region: any, measure: any, period: any, invocation: CustomFunctions.Invocation): any[][] {
  return excelResult(() => engine.suppressedBounds(table, region, measure, period), params("SUPPRESSED_BOUNDS"), invocation);
}
