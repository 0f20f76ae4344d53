import { chartDataFor } from "../../src/audit/chart-data";
import { hubScore, regionalShare } from "../../src/engine";

test("hub comparison: a name, the score and the criteria per candidate", () => {
  const values = [
    ["후보", "기업 수", "종업원 수"],
    ["서산오토밸리", 46, 5990],
    ["아산국가산단", 133, 4745],
  ];
  const data = chartDataFor("HUB_SCORE", [values], hubScore(values))!;
  expect(data.kind).toBe("hub");
  expect(data.series).toBe(1);
  expect(data.rows[0]).toEqual(["후보", "점수", "기업 수", "종업원 수"]);
  expect(data.rows.slice(1).map((r) => [r[0], Number((r[1] as number).toFixed(4)), r[2], r[3]])).toEqual([
    ["서산오토밸리", 0.4075, 46, 5990],
    ["아산국가산단", 0.5925, 133, 4745],
  ]);
  const bare = chartDataFor("HUB_SCORE", [[[46, 5990], [133, 4745]]], hubScore([[46, 5990], [133, 4745]]))!;
  expect(bare.rows.map((r) => r[0])).toEqual(["후보", "후보 1", "후보 2"]);
});

test("share breakdown: region against parent, industry by industry, from the rows used", () => {
  const table = [
    ["지역", "상위지역", "산업", "종사자수 (명)"],
    ["서산시", "충청남도", "자동차 및 트레일러 제조업", 9793],
    ["서산시", "충청남도", "1차 금속 제조업", 433],
    ["충청남도", "", "자동차 및 트레일러 제조업", 41000],
    ["충청남도", "", "1차 금속 제조업", 9800],
  ];
  const data = chartDataFor("REGIONAL_SHARE", [table], regionalShare(table, "서산시", "충청남도", "C30,C24", "종사자수"))!;
  expect(data.series).toBe(2);
  expect(data.rows[0]).toEqual(["산업", "충청남도 서산시 (명)", "충청남도 (명)", "비중"]);
  expect(data.rows.slice(1)).toEqual([
    ["C30 자동차 및 트레일러 제조업", 9793, 41000, 9793 / 41000],
    ["C24 1차 금속 제조업", 433, 9800, 433 / 9800],
  ]);
  expect(chartDataFor("BUDGET_SPLIT", [], { value: 1, steps: [], warnings: [] })).toBeUndefined();
});
