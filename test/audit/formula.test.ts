import { displayFormula, findSandanCalls, firstSandanCall, storedFormula } from "../../src/audit/formula";

test("reads a formula as shown in the grid", () => {
  const call = firstSandanCall('=SANDAN.REGIONAL_SHARE(표6!A1:K40,"서산시","충청남도","자동차후방","부가가치")');
  expect(call?.id).toBe("REGIONAL_SHARE");
  expect(call?.args).toEqual(["표6!A1:K40", '"서산시"', '"충청남도"', '"자동차후방"', '"부가가치"']);
});

test("reads formulas as Excel saves them in files", () => {
  expect(firstSandanCall("_xldudf_SANDAN_BUDGET_SPLIT(25,A1:B1)")?.args).toEqual(["25", "A1:B1"]);
  expect(firstSandanCall("=[1]!_xldudf_SANDAN_HUB_SCORE(A2:C3,,\"share\")")).toMatchObject({ id: "HUB_SCORE", args: ["A2:C3", "", '"share"'] });
});

test("commas and parentheses inside strings, arrays and nested calls stay in their argument", () => {
  const call = firstSandanCall('=ROUND(SANDAN.CENSUS_VALUE(T,"중구 (1,2)",{"C30","C29"},SUM(1,2),"a""b"),2)');
  expect(call?.args).toEqual(["T", '"중구 (1,2)"', '{"C30","C29"}', "SUM(1,2)", '"a""b"']);
});

test("finds several calls and none in plain formulas", () => {
  expect(findSandanCalls("=SANDAN.CENSUS_VALUE(T,\"서산시\",\"C30\",\"종사자수\")/SANDAN.CENSUS_VALUE(T,\"충청남도\",\"C30\",\"종사자수\")").map((c) => c.id)).toEqual([
    "CENSUS_VALUE",
    "CENSUS_VALUE",
  ]);
  expect(findSandanCalls("=SUM(A1:A3)")).toEqual([]);
  expect(findSandanCalls('="SANDAN.HUB_SCORE(x)"')).toEqual([]);
  expect(findSandanCalls("=SANDAN.HUB_SCORE(A1:B2")).toEqual([]);
});

test("stored and displayed forms convert both ways, strings untouched", () => {
  expect(displayFormula('[1]!_xldudf_SANDAN_BUDGET_SPLIT(25,A1:B1)+_xldudf_sandan_hub_tipping(A1:C3,E1:F1,"_xldudf_SANDAN_X(")')).toBe(
    'SANDAN.BUDGET_SPLIT(25,A1:B1)+SANDAN.HUB_TIPPING(A1:C3,E1:F1,"_xldudf_SANDAN_X(")',
  );
  expect(storedFormula('SANDAN.BUDGET_SPLIT(25,A1:B1)&"SANDAN.X("')).toBe('_xldudf_SANDAN_BUDGET_SPLIT(25,A1:B1)&"SANDAN.X("');
  expect(storedFormula("MYSANDAN.X(1)")).toBe("MYSANDAN.X(1)");
});
