import { HyperFormula } from "hyperformula";
import { EXCEL_COMPATIBLE, registerSandanFunctions } from "../../src/hyperformula/sandan-plugin";
import { displayFormula } from "../../src/audit/formula";

registerSandanFunctions();

test("SANDAN functions evaluate in HyperFormula, with spills and messages", () => {
  const hf = HyperFormula.buildFromSheets(
    {
      표14: [
        ["Candidates", "기업 수", "종업원 수"],
        ["서산오토밸리", 46, 5990],
        ["아산국가산단", 133, 4745],
        [],
        ["=SANDAN.HUB_SCORE(A1:C3)"],
        [],
        [],
        ["=SANDAN.BUDGET_SPLIT(25, A10:B10)", null, "=SANDAN.HUB_TIPPING(A1:C3, A11:B11, \"종업원 수\")"],
        [`=${displayFormula("_xldudf_SANDAN_BUDGET_SPLIT(256200, A10:B10)")}`],
        [50, 50],
        [0.5, 0.5],
        ["=SANDAN.BUDGET_SPLIT(25, A13:B13)"],
        [50, -1],
      ],
    },
    EXCEL_COMPATIBLE,
  );
  const sheet = hf.getSheetId("표14")!;
  const v = (a: string) => hf.getCellValue(hf.simpleCellAddressFromString(a, sheet)!);
  expect([v("A5"), v("A6")].map((x) => Number((x as number).toFixed(4)))).toEqual([0.4075, 0.5925]);
  expect([v("A8"), v("B8")]).toEqual([13, 12]);
  expect(Number((v("C8") as number).toFixed(3))).toBe(0.807);
  expect([v("A9"), v("B9")]).toEqual([128100, 128100]);
  const error = v("A12") as { type: string; message: string };
  expect(error.type).toBe("VALUE");
  expect(error.message).toMatch(/[가-힣]/);
  hf.destroy();
});

test("a defined name stands for its range, spills included (names defined before the formulas)", () => {
  const hf = HyperFormula.buildEmpty(EXCEL_COMPATIBLE);
  const sheet = hf.getSheetId(hf.addSheet("S"))!;
  hf.addNamedExpression("Ratios", "=S!$A$3:$B$3");
  hf.addNamedExpression("Candidates", "=S!$A$6:$B$7");
  hf.setSheetContent(sheet, [["=SANDAN.BUDGET_SPLIT(25, Ratios)"], [], [50, 50], ["=SANDAN.HUB_SCORE(Candidates)"], [], [46, 5990], [133, 4745]]);
  const values = hf.getSheetValues(sheet);
  expect(values[0]).toEqual([13, 12]);
  expect([values[3][0], values[4][0]].map((x) => Number((x as number).toFixed(4)))).toEqual([0.4075, 0.5925]);
  hf.destroy();
});

test("the regional-analysis functions spill their matrices in HyperFormula", () => {
  const hf = HyperFormula.buildFromArray(
    [
      [150, 500, 1000, "=SANDAN.LEONTIEF(A1:B2, C1:C2)", null, "=SANDAN.LINKAGES(A1:B2, C1:C2)"],
      [200, 100, 2000],
      [1, 2, null, "=SANDAN.AHP_WEIGHTS(A4:B5)"],
      [1, 2],
      [0.5, 1],
      ["=SANDAN.HHI(A4:B4)", "=SANDAN.LQ_VALUES(10, 100, 50, 1000)"],
    ],
    EXCEL_COMPATIBLE,
  );
  const v = hf.getSheetValues(0);
  const L = [
    [v[0][3], v[0][4]],
    [v[1][3], v[1][4]],
  ] as number[][];
  // (I − A)·L = I with A = [[0.15, 0.25], [0.2, 0.05]] (Miller and Blair's two-sector example).
  const A = [
    [0.15, 0.25],
    [0.2, 0.05],
  ];
  for (let i = 0; i < 2; i++)
    for (let j = 0; j < 2; j++) {
      const x = L[i][j] - (A[i][0] * L[0][j] + A[i][1] * L[1][j]);
      expect(x).toBeCloseTo(i === j ? 1 : 0, 12);
    }
  expect([v[0][5], v[0][6], v[1][5], v[1][6]].every((x) => typeof x === "number")).toBe(true);
  expect([v[2][3], v[3][3]].map((x) => Number((x as number).toFixed(6)))).toEqual([0.666667, 0.333333]);
  expect(v[4][3]).toBeCloseTo(0, 9);
  expect(v[5][0]).toBeCloseTo((1 / 3) ** 2 + (2 / 3) ** 2, 12);
  expect(v[5][1]).toBeCloseTo(2, 12);
  hf.destroy();
});
