import { induced, leontief, linkages } from "../../../src/engine/toolbox";
import { identity, multiply } from "../../../src/engine/toolbox/matrix";
import { thrown } from "./helpers";

const maxDiff = (a: number[][], b: number[][]) => Math.max(...a.flatMap((r, i) => r.map((v, j) => Math.abs(v - b[i][j]))));
const iMinusA = (Z: number[][], X: number[]) => Z.map((r, i) => r.map((z, j) => (i === j ? 1 : 0) - z / X[j]));

describe("Miller & Blair (2009), Input-Output Analysis, ch. 2: the two-sector example", () => {
  // z = [[150, 500], [200, 100]], x = (1000, 2000), f = (350, 1700)
  // A = [[.15, .25], [.20, .05]]; det(I − A) = .85 × .95 − .25 × .20 = .7575
  // L = (1/.7575) [[.95, .25], [.20, .85]] = [[1.254125, .330033], [.264026, 1.122112]]
  const Z = [
    [150, 500],
    [200, 100],
  ];
  const X = [1000, 2000];
  const f = [[350], [1700]];

  test("LEONTIEF gives (I − A)⁻¹ as published", () => {
    const r = leontief(Z, X);
    const L = r.value;
    expect(L[0][0]).toBeCloseTo(0.95 / 0.7575, 12);
    expect(L[0][1]).toBeCloseTo(0.25 / 0.7575, 12);
    expect(L[1][0]).toBeCloseTo(0.2 / 0.7575, 12);
    expect(L[1][1]).toBeCloseTo(0.85 / 0.7575, 12);
    expect(L.map((row) => row.map((v) => Number(v.toFixed(3))))).toEqual([
      [1.254, 0.33],
      [0.264, 1.122],
    ]);
    expect(maxDiff(multiply(iMinusA(Z, X), L), identity(2))).toBeLessThan(1e-12);
    expect(r.steps.find((s) => s.id === "A")?.value).toEqual([
      [0.15, 0.25],
      [0.2, 0.05],
    ]);
    expect(r.steps.find((s) => s.id === "det")?.value).toBeCloseTo(0.7575, 14);
    expect(r.steps.find((s) => s.id === "A")?.label.en).toMatch(/rounded/);
  });

  test("X may come as a row or a column", () => {
    expect(leontief(Z, [[1000], [2000]]).value).toEqual(leontief(Z, [[1000, 2000]]).value);
  });

  test("INDUCED: L · f reproduces total output (1000, 2000)", () => {
    const L = leontief(Z, X).value;
    const r = induced(L, f);
    expect(r.value[0][0]).toBeCloseTo(1000, 9);
    expect(r.value[1][0]).toBeCloseTo(2000, 9);
    // a row of final demand gives the same column
    expect(induced(L, [[350, 1700]]).value).toEqual(r.value);
  });

  test("INDUCED with two scenarios (one per column)", () => {
    const L = leontief(Z, X).value;
    const r = induced(L, [
      [1, 0],
      [0, 1],
    ]);
    expect(maxDiff(r.value, L)).toBeLessThan(1e-15);
  });

  test("LINKAGES: Bank of Korea normalisation by the mean column (row) sum", () => {
    // column sums ∝ (1.15, 1.10), row sums ∝ (1.20, 1.05), mean ∝ 2.25 / 2 = 1.125
    const r = linkages(Z, X);
    expect(r.value[0][0]).toBeCloseTo(1.15 / 1.125, 12);
    expect(r.value[1][0]).toBeCloseTo(1.1 / 1.125, 12);
    expect(r.value[0][1]).toBeCloseTo(1.2 / 1.125, 12);
    expect(r.value[1][1]).toBeCloseTo(1.05 / 1.125, 12);
    // the indices average 1
    expect((r.value[0][0] + r.value[1][0]) / 2).toBeCloseTo(1, 14);
    expect((r.value[0][1] + r.value[1][1]) / 2).toBeCloseTo(1, 14);
    expect(r.steps.find((s) => s.id === "result")?.label.en).toMatch(/Bank of Korea/);
  });
});

describe("A hand-verifiable three-sector chain", () => {
  // Sector 1 buys half its output's worth from 2, 2 from 3: A = [[0, .5, 0], [0, 0, .5], [0, 0, 0]].
  // A is nilpotent, so L = I + A + A² = [[1, .5, .25], [0, 1, .5], [0, 0, 1]] exactly.
  const X = [100, 200, 400];
  const Z = [
    [0, 100, 0],
    [0, 0, 200],
    [0, 0, 0],
  ];
  test("L = I + A + A²", () => {
    const L = leontief(Z, X).value;
    expect(maxDiff(L, [
      [1, 0.5, 0.25],
      [0, 1, 0.5],
      [0, 0, 1],
    ])).toBeLessThan(1e-15);
    expect(maxDiff(multiply(iMinusA(Z, X), L), identity(3))).toBeLessThan(1e-12);
  });
  test("linkages: column sums 1, 1.5, 1.75; row sums 1.75, 1.5, 1; mean 4.25/3", () => {
    const m = 4.25 / 3;
    const r = linkages(Z, X).value;
    expect(r[0][0]).toBeCloseTo(1 / m, 14);
    expect(r[1][0]).toBeCloseTo(1.5 / m, 14);
    expect(r[2][0]).toBeCloseTo(1.75 / m, 14);
    expect(r[0][1]).toBeCloseTo(1.75 / m, 14);
    expect(r[2][1]).toBeCloseTo(1 / m, 14);
  });
});

describe("input-output errors", () => {
  test("singular I − A is #VALUE! with the reason", () => {
    const e = thrown(() =>
      leontief(
        [
          [50, 50],
          [50, 50],
        ],
        [100, 100],
      ),
    );
    expect(e.kind).toBe("value");
    expect(e.text.en).toMatch(/singular/);
    expect(e.text.ko).toMatch(/특이행렬/);
  });
  test("non-square Z", () => {
    const e = thrown(() => leontief([[1, 2, 3], [4, 5, 6]], [10, 10]));
    expect(e.text.en).toMatch(/square/);
    expect(e.cell?.arg).toBe("Z");
  });
  test("size mismatch between Z and X", () => {
    const e = thrown(() => leontief([[1, 2], [3, 4]], [10, 10, 10]));
    expect(e.cell?.arg).toBe("X");
  });
  test("zero output names the X cell", () => {
    const e = thrown(() => leontief([[1, 2], [3, 4]], [[10], [0]]));
    expect(e.cell).toEqual({ arg: "X", row: 1, col: 0 });
    expect(e.text.en).toMatch(/divide by zero/);
  });
  test("a blank or suppressed cell in Z", () => {
    expect(thrown(() => leontief([[1, null], [3, 4]], [10, 10])).cell).toEqual({ arg: "Z", row: 0, col: 1 });
    expect(thrown(() => leontief([[1, "X"], [3, 4]], [10, 10])).kind).toBe("na");
  });
  test("INDUCED size mismatch", () => {
    expect(thrown(() => induced([[1, 0], [0, 1]], [[1], [2], [3]])).cell?.arg).toBe("final_demand");
  });
  test("input coefficients summing to 1 or more are warned about", () => {
    const r = leontief([[60, 0], [50, 10]], [100, 100]);
    expect(r.warnings.map((w) => w.en).join(" ")).toMatch(/sum to 1\.1/);
  });
});
