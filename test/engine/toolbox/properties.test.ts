import fc from "fast-check";
import { SandanError } from "../../../src/engine/explain";
import {
  ahpWeights,
  giniConc,
  giniSpec,
  hhi,
  hoover,
  induced,
  krugman,
  leontief,
  linkages,
  lq,
  lqValues,
  shiftShare,
  suppressedBounds,
} from "../../../src/engine/toolbox";
import { identity, multiply } from "../../../src/engine/toolbox/matrix";
import { longT6 } from "../fixtures";

describe("properties", () => {
  test("HHI of n equal shares is 1/n; normalised 0; equivalent n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (n, v) => {
        const xs = Array(n).fill(v);
        expect(hhi(xs).value).toBeCloseTo(1 / n, 12);
        expect(hhi(xs, "equivalent").value).toBeCloseTo(n, 9);
        if (n > 1) expect(Math.abs(hhi(xs, "normalised").value)).toBeLessThan(1e-12);
      }),
    );
  });

  test("HHI lies in [1/n, 1]", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 30 }).filter((a) => a.some((x) => x > 0)), (xs) => {
        const h = hhi(xs).value;
        expect(h).toBeGreaterThanOrEqual(1 / xs.length - 1e-12);
        expect(h).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  test("Krugman and Hoover of identical (or proportional) distributions are 0; Krugman = 2 × Hoover", () => {
    const arr = fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 30 }).filter((a) => a.some((x) => x > 0));
    fc.assert(
      fc.property(arr, fc.integer({ min: 1, max: 1000 }), (xs, k) => {
        expect(krugman(xs, xs).value).toBe(0);
        expect(krugman(xs, xs.map((x) => x * k)).value).toBeLessThan(1e-12);
        expect(hoover(xs, xs).value).toBe(0);
      }),
    );
    fc.assert(
      fc.property(arr, arr, (a, b) => {
        const n = Math.min(a.length, b.length);
        const [x, y] = [a.slice(0, n), b.slice(0, n)];
        if (!x.some((v) => v > 0) || !y.some((v) => v > 0)) return;
        const K = krugman(x, y).value;
        expect(K).toBeCloseTo(2 * hoover(x, y).value, 12);
        expect(K).toBeGreaterThanOrEqual(0);
        expect(K).toBeLessThanOrEqual(2 + 1e-12);
      }),
    );
  });

  test("Gini (spec/conc) lies in [0, 1) and is 0 for a distribution proportional to its reference", () => {
    const pos = fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(pos, pos, (a, b) => {
        const n = Math.min(a.length, b.length);
        const g = giniSpec(a.slice(0, n), b.slice(0, n)).value;
        expect(g).toBeGreaterThanOrEqual(-1e-12);
        expect(g).toBeLessThan(1);
        expect(Math.abs(giniConc(b.slice(0, n).map((v) => v * 3), b.slice(0, n)).value)).toBeLessThan(1e-12);
      }),
    );
  });

  test("Leontief on random diagonally dominant A: (I − A)L = I", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(
            fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
            fc.array(fc.double({ min: 1, max: 1e7, noNaN: true }), { minLength: n, maxLength: n }),
            fc.double({ min: 0.05, max: 0.9, noNaN: true }),
          ),
        ),
        ([raw, X, scale]) => {
          const n = X.length;
          // columns of A sum to `scale` < 1: I − A is strictly diagonally dominant by columns
          const colSum = raw[0].map((_, j) => raw.reduce((s, r) => s + r[j], 0) || 1);
          const A = raw.map((r) => r.map((v, j) => (v / colSum[j]) * scale));
          const Z = A.map((r) => r.map((a, j) => a * X[j]));
          const L = leontief(Z, X).value;
          const B = Z.map((r, i) => r.map((z, j) => (i === j ? 1 : 0) - z / X[j]));
          const P = multiply(B, L);
          const I = identity(n);
          const err = Math.max(...P.flatMap((r, i) => r.map((v, j) => Math.abs(v - I[i][j]))));
          expect(err).toBeLessThan(1e-12);
          // L ≥ I elementwise for a non-negative productive A; induced output of f = (I − A)x is x
          L.forEach((r, i) => r.forEach((v, j) => expect(v).toBeGreaterThanOrEqual((i === j ? 1 : 0) - 1e-12)));
          const lk = linkages(Z, X).value;
          expect(lk.reduce((s, r) => s + r[0], 0) / n).toBeCloseTo(1, 10);
          const x = X.map((v) => [v]);
          const f = multiply(B, x);
          const back = induced(L, f).value;
          back.forEach((r, i) => expect(Math.abs(r[0] - X[i])).toBeLessThan(1e-6 * Math.max(1, X[i])));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("AHP: any consistent matrix returns its generating weights with CR ≈ 0", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 1, maxLength: 15 }), (w) => {
        const A = w.map((wi) => w.map((wj) => wi / wj));
        const v = ahpWeights(A).value;
        const s = w.reduce((a, b) => a + b, 0);
        w.forEach((wi, i) => expect(v[i][0]).toBeCloseTo(wi / s, 9));
        expect(Math.abs(v[w.length][0])).toBeLessThan(1e-8);
      }),
    );
  });

  test("AHP: any positive reciprocal matrix gives weights summing to 1 and CR ≥ 0", () => {
    const judgement = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9, 2, 1 / 2);
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }).chain((n) => fc.tuple(fc.constant(n), fc.array(judgement, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }))), ([n, up]) => {
        const A = identity(n);
        let k = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) {
            A[i][j] = up[k++];
            A[j][i] = 1 / A[i][j];
          }
        const r = ahpWeights(A);
        const w = r.value.slice(0, n).map((x) => x[0]);
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(r.value[n][0]).toBeGreaterThanOrEqual(0);
        expect(r.warnings.length > 0).toBe(r.value[n][0] > 0.1);
      }),
      { numRuns: 200 },
    );
  });

  // Anything an Excel range can hold.
  const cell = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: false }),
    fc.constantFrom("", " ", "X", "x", "-", "…", "abc", "1,234", "12 p)", "=1/3", "C30", "서산시", "종사자수", "2022", null, undefined, true, false, NaN, Infinity),
  );
  const range = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }));

  function numberOrSandanError(f: () => { value: unknown }): void {
    try {
      const v = f().value;
      const flat = (Array.isArray(v) ? (v as unknown[]).flat(2) : [v]) as unknown[];
      for (const x of flat) expect(typeof x === "number" || typeof x === "string").toBe(true);
      for (const x of flat) if (typeof x === "number") expect(Number.isNaN(x)).toBe(false);
    } catch (e) {
      if (!(e instanceof SandanError)) throw e;
      expect(["value", "na"]).toContain(e.kind);
    }
  }

  test("random ranges to every function: a result or a SandanError, nothing else", () => {
    fc.assert(
      fc.property(range, range, range, range, (a, b, c, d) => {
        numberOrSandanError(() => hhi(a, b));
        numberOrSandanError(() => krugman(a, b));
        numberOrSandanError(() => hoover(a, b));
        numberOrSandanError(() => giniConc(a, b));
        numberOrSandanError(() => giniSpec(a, b));
        numberOrSandanError(() => leontief(a, b));
        numberOrSandanError(() => linkages(a, b));
        numberOrSandanError(() => induced(a, b));
        numberOrSandanError(() => ahpWeights(a));
        numberOrSandanError(() => lqValues(a, b, c, d));
        numberOrSandanError(() => lq(a, b, c, d, "종사자수"));
        numberOrSandanError(() => shiftShare(a, b, c, d, "종사자수", 2017, 2022));
        numberOrSandanError(() => suppressedBounds(a, b, c, d));
      }),
      { numRuns: 500 },
    );
  });

  test("random square matrices to the matrix functions", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(
            fc.array(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
            fc.array(fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), { minLength: n, maxLength: n }),
          ),
        ),
        ([M, v]) => {
          numberOrSandanError(() => leontief(M, v));
          numberOrSandanError(() => linkages(M, v));
          numberOrSandanError(() => induced(M, v));
          numberOrSandanError(() => ahpWeights(M));
        },
      ),
      { numRuns: 500 },
    );
  });

  test("random region, industry and measure arguments against 표6", () => {
    const arg = fc.oneof(fc.constantFrom("서산시", "충청남도", "C30", "자동차후방", "C13", "C", "종사자수", "부가가치", "기업체수", "2022", "X", "", "경기도", 30, 2022), fc.string());
    const t = longT6();
    fc.assert(
      fc.property(arg, arg, arg, arg, (r, p, i, m) => {
        numberOrSandanError(() => lq(t, r, p, i, m));
        numberOrSandanError(() => suppressedBounds(t, r, m));
      }),
      { numRuns: 300 },
    );
  });
});

test("LQ_VALUES refuses values at the limits of a double instead of answering NaN", () => {
  let error: unknown;
  try {
    lqValues(8.881784197001252e-16, 5e-324, 1, 5e-324);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SandanError);
  expect((error as SandanError).text.ko).toMatch(/너무 크거나 작아/);
});
