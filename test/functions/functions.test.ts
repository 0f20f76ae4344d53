/**
 * The custom functions as Excel calls them: ranges as any[][], omitted optional arguments as null, and the
 * invocation with parameter addresses. Values come from the engine; errors are #VALUE!/#N/A with messages.
 */
import { installCustomFunctionsStub, StubError } from "../helpers/custom-functions-stub";
import * as fns from "../../src/functions/functions";

installCustomFunctionsStub("ko-KR");
const at = (...addresses: string[]) => ({ parameterAddresses: addresses }) as unknown as CustomFunctions.Invocation;

function thrown(f: () => unknown): StubError {
  try {
    f();
  } catch (e) {
    return e as StubError;
  }
  throw new Error("expected an error");
}

// 표9: the hub and six linked complexes, each a "region" of manufacturing.
const TABLE9 = [
  ["지역", "산업", "입주업체 (개)", "근로자수 (명)"],
  ["서산오토밸리일반산업단지", "제조업", 46, 5990],
  ["아산국가산업단지(고대·부곡지구)", "제조업", 133, 4745],
  ["당진제1철강일반산업단지", "제조업", 4, 1317],
  ["송산2일반산업단지", "제조업", 45, 1033],
  ["대산3일반산업단지", "제조업", 12, 89],
  ["대죽일반산업단지", "제조업", 12, 861],
  ["서산인더스밸리", "제조업", 12, 412],
];

test("BUDGET_SPLIT: the 2021 budget across five regions, and 25 split 50:50", () => {
  expect(fns.budgetSplit(256200, [[1, 1, 1, 1, 1]], null, null, at("A1", "B1:F1"))).toEqual([[51240, 51240, 51240, 51240, 51240]]);
  expect(fns.budgetSplit(25, [[50], [50]], null, null, at("A1", "B1:B2"))).toEqual([[13], [12]]);
});

test("BUDGET_SPLIT: a negative ratio is #VALUE! naming its cell", () => {
  const e = thrown(() => fns.budgetSplit(100, [[50, -1]], null, null, at("Sheet1!A1", "Sheet1!B3:C3")));
  expect(e.code).toBe("#VALUE!");
  expect(e.message).toMatch(/Sheet1!C3/);
  expect(e.message).toMatch(/[가-힣]/);
});

test("HUB_SCORE and HUB_TIPPING reproduce 표14", () => {
  const values = [
    ["후보", "기업 수", "종업원 수"],
    ["서산오토밸리", 46, 5990],
    ["아산국가산단 고대·부곡", 133, 4745],
  ];
  const scores = fns.hubScore(values, null as unknown as any[][], null, null as unknown as any[][], at("A1:C3"));
  expect(scores.map((r) => Number(r[0].toFixed(4)))).toEqual([0.4075, 0.5925]);
  expect(Number(fns.hubTipping(values, [[0.5, 0.5]], "종업원 수", null, at("A1:C3", "E1:F1", "G1")).toFixed(3))).toBe(0.807);
});

test("HUB_SCORE: text among the criteria is #VALUE! naming the cell", () => {
  const e = thrown(() => fns.hubScore([[46, 5990], [133, "X"]], null as unknown as any[][], null, null as unknown as any[][], at("표14!B2:C3")));
  expect(e.code).toBe("#VALUE!");
  expect(e.message).toMatch(/표14!C3/);
});

test("HUB_ELIGIBLE follows the special act", () => {
  expect(fns.hubEligible("국가", 1990, 2024, at("A1", "B1", "C1"))).toBe(true);
  expect(fns.hubEligible("general", 2010, 2024, at("A1", "B1", "C1"))).toBe(false);
  expect(fns.hubEligible("농공", 1980, 2024, at("A1", "B1", "C1"))).toBe(false);
  expect(thrown(() => fns.hubEligible("국가", 1990, null, at("A1", "B1", "C1"))).code).toBe("#VALUE!");
});

test("CENSUS_VALUE sums 표9 to 264 firms and 14,447 workers", () => {
  const complexes = TABLE9.slice(1).map((r) => [r[0]]);
  const inv = at("표9!A1:D8", "표9!A2:A8", "F1", "G1");
  expect(fns.censusValue(TABLE9, complexes, [["C"]], "입주업체", null, null, inv)).toEqual([[264]]);
  expect(fns.censusValue(TABLE9, complexes, [["제조업"]], "근로자수", null, null, inv)).toEqual([[14447]]);
});

test("REGIONAL_SHARE: a region missing from the table is #N/A with a message", () => {
  const e = thrown(() => fns.regionalShare(TABLE9, [["서울특별시"]], "서산인더스밸리", [["C"]], "근로자수", null, null, at("A1:D8")));
  expect(e.code).toBe("#N/A");
  expect(e.message).toMatch(/서울특별시/);
});

test('BUDGET_SPLIT takes the ratios as text, "50:50", as Excel passes a literal to a range parameter', () => {
  expect(fns.budgetSplit(25, [["50:50"]], null, null, at("A1", "B1"))).toEqual([[13, 12]]);
});
