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
