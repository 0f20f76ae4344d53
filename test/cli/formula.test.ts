/** Formulas from files made readable for HyperFormula (pure). */
import { hyperFormulaText } from "../../src/cli/hf-formula";
import { sameValue } from "../../src/cli/book-model";
import { sandan, tempDir, writeBook } from "./helpers";
import { Workbook } from "exceljs";

const sheets = ["표6", "Sheet1", "표 1", "ratios sheet"];

test("stored SANDAN names, future-function prefixes and Korean sheet names", () => {
  expect(hyperFormulaText("_xldudf_SANDAN_BUDGET_SPLIT(A1,A2:B2)", sheets)).toBe("=SANDAN.BUDGET_SPLIT(A1,A2:B2)");
  expect(hyperFormulaText("[1]!_xldudf_SANDAN_HUB_SCORE(A1:C3)", sheets)).toBe("=SANDAN.HUB_SCORE(A1:C3)");
  expect(hyperFormulaText("=_xlfn.XLOOKUP(1,A:A,B:B)", sheets)).toBe("=XLOOKUP(1,A:A,B:B)");
  expect(hyperFormulaText('SUM(표6!$I$2:$I$7)+LEN("표6!A1")', sheets)).toBe(`=SUM('표6'!$I$2:$I$7)+LEN("표6!A1")`);
  expect(hyperFormulaText("Sheet1!A1+'표 1'!A1+미지!A1", sheets)).toBe("=Sheet1!A1+'표 1'!A1+미지!A1");
});

test("range names are written as their ranges, but not inside quoted sheet names, strings or function names", () => {
  const names = new Map([["ratios", "'표 1'!$A$2:$B$2"]]);
  expect(hyperFormulaText("_xldudf_SANDAN_BUDGET_SPLIT(A1,ratios)", sheets, names)).toBe("=SANDAN.BUDGET_SPLIT(A1,'표 1'!$A$2:$B$2)");
  expect(hyperFormulaText(`SUM('ratios sheet'!A1,Ratios)&"ratios"`, sheets, names)).toBe(`=SUM('ratios sheet'!A1,'표 1'!$A$2:$B$2)&"ratios"`);
  expect(hyperFormulaText("RATIOS(1)", sheets, names)).toBe("=RATIOS(1)");
});

test("values agree within 1e-9, errors by code, blanks only with blanks", () => {
  expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
  expect(sameValue(1e12, 1e12 + 1e2)).toBe(true);
  expect(sameValue(1e12, 1e12 + 1e4)).toBe(false);
  expect(sameValue(0, 1e-10)).toBe(true);
  expect(sameValue(0, 1e-8)).toBe(false);
  expect(sameValue({ error: "#VALUE!" }, { error: "#value!" })).toBe(true);
  expect(sameValue({ error: "#N/A" }, { error: "#VALUE!" })).toBe(false);
  expect(sameValue(null, "")).toBe(true);
  expect(sameValue(0, null)).toBe(false);
  expect(sameValue(undefined, 0)).toBe(false);
  expect(sameValue("13", 13)).toBe(false);
  expect(sameValue(true, true)).toBe(true);
});

test("a defined name as a SANDAN argument recalculates and audits", async () => {
  const dir = tempDir();
  try {
    const wb = new Workbook();
    const ws = wb.addWorksheet("표 1");
    ws.getCell("A1").value = 25;
    ws.getCell("A2").value = 50;
    ws.getCell("B2").value = 50;
    wb.definedNames.add("'표 1'!$A$2:$B$2", "ratios");
    ws.getCell("A3").value = { formula: "_xldudf_SANDAN_BUDGET_SPLIT(A1,ratios)", result: 13, shareType: "array", ref: "A3:B3" } as never;
    ws.getCell("B3").value = 12;
    const file = await writeBook(wb, dir.path("names.xlsx"));
    const r = await sandan("audit", file);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("'표 1'!A3");
  } finally {
    dir.remove();
  }
});
