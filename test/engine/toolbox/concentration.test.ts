import { giniConc, giniSpec, hhi, hoover, krugman } from "../../../src/engine/toolbox";
import { thrown } from "./helpers";

describe("HHI (REAT herf)", () => {
  // shares 0.5, 0.3, 0.2: H = 0.25 + 0.09 + 0.04 = 0.38
  test("raw: Σ s² of the shares of the total", () => {
    const r = hhi([[50], [30], [20]]);
    expect(r.value).toBeCloseTo(0.38, 15);
    expect(r.steps.find((s) => s.id === "shares")?.value).toEqual([0.5, 0.3, 0.2]);
  });
  test("normalised: (H − 1/n)/(1 − 1/n) = (0.38 − 1/3)/(2/3) = 0.07", () => {
    expect(hhi([50, 30, 20], "normalised").value).toBeCloseTo(0.07, 12);
    expect(hhi([50, 30, 20], "정규화").value).toBeCloseTo(0.07, 12);
  });
  test("equivalent number: 1/H = 1/0.38 = 2.6315789…", () => {
    expect(hhi([50, 30, 20], "equivalent").value).toBeCloseTo(1 / 0.38, 12);
    expect(hhi([50, 30, 20], "eq").value).toBeCloseTo(2.631578947, 8);
  });
  test("one firm holds all: H = 1, normalised 1", () => {
    expect(hhi([0, 0, 7]).value).toBe(1);
    expect(hhi([0, 0, 7], "normalised").value).toBe(1);
  });
  test("blank cells are skipped, '-' counts as 0 with a note", () => {
    expect(hhi([[50], [null], [30], [""], [20]]).value).toBeCloseTo(0.38, 15);
    const r = hhi([50, 30, 20, "-"]);
    expect(r.value).toBeCloseTo(0.38, 15);
    expect(r.warnings.map((w) => w.en).join(" ")).toMatch(/nothing to report/);
  });
  test("negative values are #VALUE! naming the cell", () => {
    const e = thrown(() => hhi([[50], [-30], [20]]));
    expect(e.kind).toBe("value");
    expect(e.cell).toEqual({ arg: "values", row: 1, col: 0 });
  });
  test("a suppressed X is #N/A, never 0", () => {
    const e = thrown(() => hhi([50, "X", 20]));
    expect(e.kind).toBe("na");
    expect(e.cell).toEqual({ arg: "values", row: 0, col: 1 });
    expect(e.text.ko).toContain("비밀보호");
  });
  test("unknown mode, text and all-zero values", () => {
    expect(thrown(() => hhi([1, 2], "cubic")).cell?.arg).toBe("mode");
    expect(thrown(() => hhi([1, "abc"])).kind).toBe("value");
    expect(thrown(() => hhi([0, 0])).kind).toBe("na");
    expect(thrown(() => hhi([5], "normalised")).kind).toBe("value");
  });
});

describe("KRUGMAN and HOOVER (REAT krugman.spec, hoover)", () => {
  // a: 10, 20, 70 → 0.1, 0.2, 0.7; b: 20, 20, 60 → 0.2, 0.2, 0.6; |diffs| = 0.1, 0, 0.1
  test("Krugman K = Σ|s_a − s_b| = 0.2 (not halved)", () => {
    const r = krugman([10, 20, 70], [20, 20, 60]);
    expect(r.value).toBeCloseTo(0.2, 15);
    expect(r.steps.find((s) => s.id === "result")?.label.en).toContain("REAT krugman.spec");
  });
  test("Hoover = ½ Σ|s_a − s_b| = 0.1", () => {
    expect(hoover([10, 20, 70], [20, 20, 60]).value).toBeCloseTo(0.1, 15);
  });
  test("Hoover without b compares with equal shares (REAT hoover without weighting)", () => {
    // shares 0.1, 0.2, 0.7 vs 1/3 each: |−0.2333|+|−0.1333|+|0.3667| = 0.7333; half = 0.36667
    expect(hoover([10, 20, 70]).value).toBeCloseTo(0.7333333333333 / 2, 12);
  });
  test("completely different structures reach the maxima 2 and 1", () => {
    expect(krugman([1, 0], [0, 1]).value).toBe(2);
    expect(hoover([1, 0], [0, 1]).value).toBe(1);
  });
  test("shapes must match; a blank facing a number is #VALUE!", () => {
    expect(thrown(() => krugman([1, 2, 3], [1, 2])).kind).toBe("value");
    const e = thrown(() => krugman([[1], [2], [3]], [[1], [null], [3]]));
    expect(e.cell).toEqual({ arg: "b", row: 1, col: 0 });
    // both blank: the position is skipped
    expect(krugman([[1], [null], [3]], [[1], [null], [3]]).value).toBe(0);
  });
});

describe("GINI_SPEC and GINI_CONC (REAT gini.spec, gini.conc)", () => {
  test("REAT manual example (Farhauer/Kröll 2013): gini.spec(E_ij, E_i) = 0.6222222", () => {
    const E_ij = [700, 600, 500, 10000, 40000];
    const E_i = [30000, 15000, 10000, 60000, 50000];
    const r = giniSpec(E_ij, E_i);
    // By hand: LQ ∝ e_ij/e_i = 0.02333, 0.04, 0.05, 0.16667, 0.8 (mean 0.216);
    // Σ λ(LQ − mean) ∝ 1.68; G = 2 × 1.68 / (25 × 0.216) = 0.622222…
    expect(r.value).toBeCloseTo(0.6222222222, 9);
    expect(r.steps.find((s) => s.id === "result")?.label.en).toContain("REAT gini.spec");
  });
  test("gini.conc uses the same formula over regions: 10, 20, 30, 40 with equal region totals → 0.25", () => {
    // Ordinary Gini: 2Σ i·x_(i) / (n Σx) − (n+1)/n = 2 × 300 / 400 − 1.25 = 0.25
    expect(giniConc([10, 20, 30, 40], [100, 100, 100, 100]).value).toBeCloseTo(0.25, 14);
    expect(giniConc([10, 20, 30, 40]).value).toBeCloseTo(0.25, 14);
  });
  test("without reference: REAT gini(c(0,10,10,30,50)) = 0.48", () => {
    // cumulated shares 0, .1, .2, .5, 1 → 1 − (0 + .1 + .3 + .7 + 1.5)/5 = 0.48
    expect(giniConc([0, 10, 10, 30, 50]).value).toBeCloseTo(0.48, 14);
    expect(giniSpec([0, 10, 10, 30, 50]).value).toBeCloseTo(0.48, 14);
  });
  test("identical structure to the reference gives 0", () => {
    expect(giniSpec([10, 20, 30], [100, 200, 300]).value).toBeCloseTo(0, 14);
  });
  test("a zero reference is #VALUE! naming the cell", () => {
    const e = thrown(() => giniConc([1, 2, 3], [10, 0, 10]));
    expect(e.kind).toBe("value");
    expect(e.cell).toEqual({ arg: "reference", row: 0, col: 1 });
  });
});
