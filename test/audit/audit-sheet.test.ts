import { evaluate, errors } from "./audit-sheet-helpers";
import { longT6, wideT6, wideT9 } from "../engine/fixtures";

const T14 = [
  ["후보", "기업 수", "종업원 수"],
  ["서산오토밸리", 46, 5990],
  ["아산국가산단", 133, 4745],
];

describe("audit sheet examples from the seed", () => {
  test("표14 hub score, share method: [0.4075, 0.5925], check TRUE", () => {
    const e = evaluate({ 표14: [...T14, [], ["=SANDAN.HUB_SCORE(A1:C3)"]] }, "표14", "A5");
    expect(errors(e)).toEqual([]);
    expect(e.check).toBe(true);
    expect((e.native as number[]).map((x) => Number(x.toFixed(4)))).toEqual([0.4075, 0.5925]);
  });

  test("25 split 50:50 gives [13, 12]; 256,200 across five gives 51,240 each", () => {
    const e = evaluate({ 예산: [[50, 50], ["=SANDAN.BUDGET_SPLIT(25, A1:B1)"]] }, "예산", "A2");
    expect(errors(e)).toEqual([]);
    expect(e.native).toEqual([13, 12]);
    expect(e.check).toBe(true);
    const f = evaluate({ 예산: [[1], [1], [1], [1], [1], ["=SANDAN.BUDGET_SPLIT(256200, A1:A5)"]] }, "예산", "A6");
    expect(errors(f)).toEqual([]);
    expect(f.native).toEqual([51240, 51240, 51240, 51240, 51240]);
    expect(f.check).toBe(true);
  });

  test("표7 shares from the long and the wide 표6", () => {
    for (const table of [longT6(), wideT6()]) {
      const rows = table.length;
      const last = `${table === table ? "" : ""}`;
      void last;
      const data = table.map((r) => [...r]);
      const range = `A1:${String.fromCharCode(64 + table[0].length)}${rows}`;
      const m = table[0].includes("값") ? "부가가치" : "부가가치";
      data.push([`=SANDAN.REGIONAL_SHARE(${range}, "서산시", "충청남도", "C30", "${m}")`]);
      data.push([`=SANDAN.REGIONAL_SHARE(${range}, "서산시", "충청남도", "자동차후방", "${m}")`]);
      data.push([`=SANDAN.REGIONAL_SHARE(${range}, "서산시", "충청남도", "C30,자동차후방", "${m}")`]);
      const expected = [0.1893, 0.4792, 0.4182];
      expected.forEach((x, i) => {
        const e = evaluate({ 표6: data }, "표6", `A${rows + 1 + i}`);
        expect(errors(e)).toEqual([]);
        expect(e.check).toBe(true);
        expect(Number((e.native[0] as number).toFixed(4))).toBe(x);
      });
    }
  });

  test("표9 sums of firms and workers", () => {
    const t = wideT9();
    const data = t.map((r) => [...r]);
    data.push([`=SANDAN.CENSUS_VALUE(A1:F8, A2:A8, "C", "근로자수")`]);
    const e = evaluate({ 표9: data }, "표9", "A9");
    expect(errors(e)).toEqual([]);
    expect(e.native[0]).toBe(14447);
    expect(e.check).toBe(true);
  });
});

describe("audit sheet edge cases", () => {
  test('suppressed "zero" on 표6: the six X rows count as 0 and the sheet says so', () => {
    const table = wideT6();
    const data = table.map((r) => [...r]);
    data.push([`=SANDAN.CENSUS_VALUE(A1:F${table.length}, "서산시", "C10,C13,C14,C17,C18,C30", "종사자수", , "zero")`]);
    const e = evaluate({ 표6: data }, "표6", `A${table.length + 1}`);
    expect(errors(e)).toEqual([]);
    expect(e.native[0]).toBe(509 + 9793);
    expect(e.check).toBe(true);
    expect(e.audit.cells.flat().some((c) => typeof c === "string" && c.includes("0으로"))).toBe(true);
  });

  test('"bounds" is explained without a check cell', () => {
    const table = longT6();
    const data = table.map((r) => [...r]);
    data.push([`=SANDAN.CENSUS_VALUE(A1:K${table.length}, "서산시", "C13", "종사자수", , "bounds")`]);
    const e = evaluate({ 표6: data }, "표6", `A${table.length + 1}`);
    expect(e.audit.closedForm).toBe(false);
    expect(e.audit.check).toBeUndefined();
    expect(e.audit.notes.map((n) => n.en).join(" ")).toMatch(/bounds/);
  });

  test("HUB_TIPPING with TOPSIS has no closed form: the sheet explains and shows the engine's working", () => {
    const e = evaluate({ 표14: [...T14, [0.5, 0.5], ['=SANDAN.HUB_TIPPING(A1:C3, A4:B4, 2, "topsis")']] }, "표14", "A5");
    expect(e.audit.closedForm).toBe(false);
    expect(e.audit.check).toBeUndefined();
    expect(e.audit.notes[0].ko).toMatch(/닫힌 식/);
  });

  test("HUB_TIPPING 표14: the tipping weight of 종업원 수 recomputed natively", () => {
    const e = evaluate({ 표14: [...T14, [0.5, 0.5], ['=SANDAN.HUB_TIPPING(A1:C3, A4:B4, "종업원 수")']] }, "표14", "A5");
    expect(errors(e)).toEqual([]);
    expect(e.check).toBe(true);
    expect(Number((e.native[0] as number).toFixed(3))).toBe(0.807);
  });

  test("every HUB_SCORE method on 표14 with a cost criterion and literal weights", () => {
    for (const method of ["share", "minmax", "max", "zscore", "topsis"]) {
      const e = evaluate({ 표14: [...T14, [1, -1], [`=SANDAN.HUB_SCORE(A1:C3, {2,1}, "${method}", A4:B4)`]] }, "표14", "A5");
      expect(errors(e)).toEqual([]);
      expect(e.check).toBe(true);
    }
  });

  test("the sheet written elsewhere than A1 refers to its own cells correctly", () => {
    const e = evaluate({ 예산: [[50, 50], ["=SANDAN.BUDGET_SPLIT(25, A1:B1)"]] }, "예산", "A2", { target: { row: 4, col: 3 } });
    expect(e.audit.topLeft).toBe("D5");
    expect(e.audit.range.startsWith("'감사'!D5:")).toBe(true);
    expect(errors(e)).toEqual([]);
    expect(e.check).toBe(true);
    expect(e.native).toEqual([13, 12]);
  });

  test("labels are Korean first with English beside them, and no constant reads as a formula", () => {
    const e = evaluate({ 예산: [[50, 50], ["=SANDAN.BUDGET_SPLIT(25, A1:B1)"]] }, "예산", "A2");
    expect(e.audit.cells[0][0]).toMatch(/[가-힣]/);
    expect(e.audit.cells[0][1]).toMatch(/^Audit sheet/);
  });
});
