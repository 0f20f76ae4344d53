import { suppressedBounds } from "../../../src/engine/toolbox";
import { LONG_HEADER, SEOSAN_CODES, SEOSAN_T6, longT6, wideT6 } from "../fixtures";
import { thrown } from "./helpers";

const HIDDEN = ["C13", "C14", "C17", "C18", "C26", "C33"];

describe("SUPPRESSED_BOUNDS on 표6 (서산시, 광업제조업조사 2022)", () => {
  for (const [layout, table] of [
    ["wide", wideT6()],
    ["long", longT6()],
  ] as const) {
    test(`${layout}: 23,979 − 23,575 = 404 workers hidden in six rows, each in [0, 404]`, () => {
      const r = suppressedBounds(table, "서산시", "종사자수");
      expect(r.value).toEqual(HIDDEN.map((c) => [c, 0, 404]));
      const total = r.steps.find((s) => s.id === "total.C");
      expect(total?.value).toBe(404);
      expect(total?.formula).toMatch(/^23979 − \(509 \+ 1404 \+ .*\) = 404$/);
      expect(r.sources?.filter((s) => s.flag === "X")).toHaveLength(6);
    });
  }

  test("value added (백만원): the hidden amount is the total minus the published rows", () => {
    const published = SEOSAN_T6.slice(1)
      .map((r) => r[3])
      .filter((v): v is number => v !== "X")
      .reduce((a, b) => a + b, 0);
    const H = 17307526 - published;
    const r = suppressedBounds(wideT6(), "서산시", "부가가치 (백만원)");
    expect(r.value).toEqual(HIDDEN.map((c) => [c, 0, H]));
    expect(r.steps.find((s) => s.id === "result")?.label.ko).toContain("백만원");
  });

  test("no hidden cells: #N/A saying so (firms are all published)", () => {
    const e = thrown(() => suppressedBounds(wideT6(), "서산시", "기업체수"));
    expect(e.kind).toBe("na");
    expect(e.text.en).toMatch(/no unpublished cells/);
  });

  test("a table without the total row cannot bound the X rows", () => {
    const rows = longT6().filter((r, i) => i === 0 || r[3] !== "C");
    const e = thrown(() => suppressedBounds(rows, "서산시", "종사자수"));
    expect(e.kind).toBe("na");
    expect(e.text.en).toMatch(/no total row/);
  });

  test("nested totals: 계 ⊃ C ⊃ C20 ⊃ C201, C202", () => {
    const row = (code: string, v: number | "X") => ["1", "A시", "", code, "", "2022", "종사자수", "명", v === "X" ? "" : v, v === "X" ? "X" : "", ""];
    // 계 1000 = B 300 + C (hidden) → C is exactly 700.
    // C 700 = C10 200 + C20 (hidden) + C30 (hidden) → C20 + C30 = 500.
    // C20 = C201 150 (published) + C202 (hidden) → C20 ≥ 150, so C30 ≤ 350 and C202 ≤ 350.
    const t = [LONG_HEADER, row("계", 1000), row("B", 300), row("C", "X"), row("C10", 200), row("C20", "X"), row("C201", 150), row("C202", "X"), row("C30", "X")];
    const r = suppressedBounds(t, "A시", "종사자수");
    expect(r.value).toEqual([
      ["C", 700, 700],
      ["C20", 150, 500],
      ["C202", 0, 350],
      ["C30", 0, 350],
    ]);
    expect(r.steps.find((s) => s.id === "total.계")?.value).toBe(700);
  });

  test("the model: rows under a total add up to it, so a lone hidden row is determined", () => {
    const row = (code: string, v: number | "X") => ["1", "A시", "", code, "", "2022", "종사자수", "명", v === "X" ? "" : v, v === "X" ? "X" : "", ""];
    const t = [LONG_HEADER, row("C", 100), row("C10", 60), row("C20", "X")];
    const r = suppressedBounds(t, "A시", "종사자수");
    expect(r.value).toEqual([["C20", 40, 40]]);
    expect(r.steps.find((s) => s.id === "model")?.label.en).toMatch(/add up to it/);
  });

  test("published rows exceeding their total are #N/A naming the total", () => {
    const row = (code: string, v: number | "X") => ["1", "A시", "", code, "", "2022", "종사자수", "명", v === "X" ? "" : v, v === "X" ? "X" : "", ""];
    const t = [LONG_HEADER, row("C", 100), row("C10", 80), row("C20", 40), row("C30", "X")];
    const e = thrown(() => suppressedBounds(t, "A시", "종사자수"));
    expect(e.kind).toBe("na");
    expect(e.cell).toEqual({ arg: "table", row: 1, col: 8 });
  });

  test("the codes of 표6 fixture are what the test assumes", () => {
    expect(SEOSAN_CODES.filter((_, i) => SEOSAN_T6[i][2] === "X")).toEqual(HIDDEN);
  });
});
