import { ahpWeights, SAATY_RI } from "../../../src/engine/toolbox";
import { thrown } from "./helpers";

const weights = (v: number[][]) => v.slice(0, -1).map((r) => r[0]);
const cr = (v: number[][]) => v[v.length - 1][0];

describe("AHP_WEIGHTS", () => {
  test("Saaty's random index table, n = 1…15", () => {
    expect(SAATY_RI).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
  });

  test("a consistent matrix a_ij = w_i / w_j returns w exactly and CR 0", () => {
    const w = [0.5, 0.3, 0.2];
    const A = w.map((wi) => w.map((wj) => wi / wj));
    const r = ahpWeights(A);
    expect(r.value).toHaveLength(4);
    weights(r.value).forEach((v, i) => expect(v).toBeCloseTo(w[i], 12));
    expect(Math.abs(cr(r.value))).toBeLessThan(1e-9);
    expect(r.steps.find((s) => s.id === "lambda")?.value).toBeCloseTo(3, 10);
    expect(r.warnings).toHaveLength(0);
  });

  test("a consistent 4×4 (weights 4:2:1:1)", () => {
    const w = [4, 2, 1, 1];
    const A = w.map((wi) => w.map((wj) => wi / wj));
    const v = weights(ahpWeights(A).value);
    [0.5, 0.25, 0.125, 0.125].forEach((x, i) => expect(v[i]).toBeCloseTo(x, 12));
  });

  // For a 3×3 reciprocal matrix with a12 = a, a13 = b, a23 = c, λmax = 1 + k + 1/k with k = (b/(ac))^(1/3).
  test("an inconsistent matrix: a12 = 1, a13 = 8, a23 = 1 → k = 2, λmax = 3.5, CI = 0.25, CR = 0.25/0.58 = 0.431 (flagged)", () => {
    const A = [
      [1, 1, 8],
      [1, 1, 1],
      [1 / 8, 1, 1],
    ];
    const r = ahpWeights(A);
    expect(r.steps.find((s) => s.id === "lambda")?.value).toBeCloseTo(3.5, 10);
    expect(r.steps.find((s) => s.id === "ci")?.value).toBeCloseTo(0.25, 10);
    expect(cr(r.value)).toBeCloseTo(0.25 / 0.58, 10);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].en).toMatch(/exceeds 0\.1/);
    expect(r.warnings[0].ko).toMatch(/0\.1을 넘습니다/);
    // the weights are still given and are the eigenvector: A w = λ w
    const w = weights(r.value);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    A.forEach((row, i) => expect(row.reduce((s, v, j) => s + v * w[j], 0)).toBeCloseTo(3.5 * w[i], 10));
  });

  test("a mildly inconsistent matrix: a = 2, b = 3, c = 2 → k = 0.75^(1/3), CR < 0.1 (not flagged)", () => {
    const A = [
      [1, 2, 3],
      [1 / 2, 1, 2],
      [1 / 3, 1 / 2, 1],
    ];
    const k = Math.cbrt(3 / 4);
    const lambda = 1 + k + 1 / k;
    const r = ahpWeights(A);
    expect(r.steps.find((s) => s.id === "lambda")?.value).toBeCloseTo(lambda, 10);
    expect(cr(r.value)).toBeCloseTo((lambda - 3) / 2 / 0.58, 10);
    expect(cr(r.value)).toBeLessThan(0.1);
    expect(r.warnings).toHaveLength(0);
    // weights in the order of the judgements
    const w = weights(r.value);
    expect(w[0]).toBeGreaterThan(w[1]);
    expect(w[1]).toBeGreaterThan(w[2]);
  });

  test("n ≤ 2 is always consistent: CR 0", () => {
    const r = ahpWeights([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(weights(r.value)[0]).toBeCloseTo(0.75, 12);
    expect(cr(r.value)).toBe(0);
    expect(ahpWeights([[1]]).value).toEqual([[1], [0]]);
  });

  test("labels in the first row and column are allowed", () => {
    const r = ahpWeights([
      ["", "종사자수", "기업수"],
      ["종사자수", 1, 3],
      ["기업수", 1 / 3, 1],
    ]);
    expect(weights(r.value)[0]).toBeCloseTo(0.75, 12);
    expect(r.steps.find((s) => s.id === "weights")?.formula).toContain("w_종사자수");
  });

  test("a rounded reciprocal is #VALUE! naming the cell", () => {
    const e = thrown(() =>
      ahpWeights([
        [1, 3],
        [0.333, 1],
      ]),
    );
    expect(e.kind).toBe("value");
    expect(e.cell).toEqual({ arg: "pairwise", row: 1, col: 0 });
    expect(e.text.en).toMatch(/=1\/3/);
  });

  test("non-positive entries, a wrong diagonal and a non-square matrix", () => {
    expect(thrown(() => ahpWeights([[1, 0], [0, 1]])).cell).toEqual({ arg: "pairwise", row: 0, col: 1 });
    expect(thrown(() => ahpWeights([[2, 1], [1, 1]])).cell).toEqual({ arg: "pairwise", row: 0, col: 0 });
    expect(thrown(() => ahpWeights([[1, 2, 3], [0.5, 1, 1]])).text.en).toMatch(/square/);
    expect(thrown(() => ahpWeights(Array.from({ length: 16 }, () => Array(16).fill(1)))).text.en).toMatch(/15/);
  });
});
