import fc from "fast-check";
import { hubEligible, hubScore, hubTipping } from "../../src/engine";
import { thrown } from "./toolbox/helpers";


// 표14 거점산단 후보지.
const T14 = [
  ["후보", "기업 수", "종업원 수"],
  ["서산오토밸리일반산업단지", 46, 5990],
  ["아산국가산업단지(고대·부곡지구)", 133, 4745],
];
const T14_NUMBERS = [
  [46, 5990],
  [133, 4745],
];

const col = (v: number[][]) => v.map((r) => r[0]);

describe("HUB_SCORE", () => {
  test("표14 with the share method and equal weights: [0.4075, 0.5925]", () => {
    // firms: 46/179, 133/179; workers: 5990/10735, 4745/10735; equal weights.
    const expected = [(46 / 179 + 5990 / 10735) / 2, (133 / 179 + 4745 / 10735) / 2];
    for (const v of [T14, T14_NUMBERS]) {
      const r = hubScore(v, null, null, null);
      expect(col(r.value).map((x) => x.toFixed(4))).toEqual(["0.4075", "0.5925"]);
      col(r.value).forEach((x, i) => expect(x).toBeCloseTo(expected[i], 12));
    }
  });

  test("the explanation names candidates and criteria from the header row and first column", () => {
    const r = hubScore(T14);
    expect(r.steps.map((s) => s.id)).toEqual(["input", "weights", "normalise", "score", "rank", "result"]);
    expect(r.steps[0].label.ko).toContain("서산오토밸리일반산업단지");
    expect(r.steps[0].label.ko).toContain("종업원 수");
    expect(r.steps[0].cells?.[0]).toEqual({ arg: "values", row: 1, col: 1 });
    expect(r.steps.find((s) => s.id === "normalise")?.formula).toContain("46 / 179 = 0.2569832402");
    expect(r.steps.find((s) => s.id === "score")?.formula).toContain("0.5 × 0.2569832402 + 0.5 × 0.5579878901 = 0.4074855652");
    expect(r.steps.find((s) => s.id === "rank")?.label.ko).toBe("순위: 2위 서산오토밸리일반산업단지, 1위 아산국가산업단지(고대·부곡지구)");
  });

  test("weights are normalised to sum 1 and default to equal", () => {
    expect(hubScore(T14, [[2, 2]]).value).toEqual(hubScore(T14).value);
    const r = hubScore(T14_NUMBERS, [[1], [3]]);
    expect(r.value[0][0]).toBeCloseTo(0.25 * (46 / 179) + 0.75 * (5990 / 10735), 12);
    expect(r.steps.find((s) => s.id === "weights")?.value).toEqual([0.25, 0.75]);
  });

  test("max, minmax and zscore", () => {
    const max = col(hubScore(T14_NUMBERS, null, "max").value);
    expect(max[0]).toBeCloseTo((46 / 133 + 1) / 2, 12);
    expect(max[1]).toBeCloseTo((1 + 4745 / 5990) / 2, 12);
    expect(col(hubScore(T14_NUMBERS, null, "minmax").value)).toEqual([0.5, 0.5]);
    const z = col(hubScore([[1, 10], [2, 20], [3, 60]], [1, 3], "zscore").value);
    const zs = (xs: number[]) => {
      const m = xs.reduce((a, b) => a + b) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
      return xs.map((x) => (x - m) / sd);
    };
    const a = zs([1, 2, 3]);
    const b = zs([10, 20, 60]);
    z.forEach((x, i) => expect(x).toBeCloseTo(0.25 * a[i] + 0.75 * b[i], 12));
  });

  test("TOPSIS: vector normalisation, closeness to the ideal", () => {
    const x = T14_NUMBERS;
    const n1 = Math.hypot(46, 133);
    const n2 = Math.hypot(5990, 4745);
    const v = x.map((r) => [(0.5 * r[0]) / n1, (0.5 * r[1]) / n2]);
    const best = [Math.max(v[0][0], v[1][0]), Math.max(v[0][1], v[1][1])];
    const worst = [Math.min(v[0][0], v[1][0]), Math.min(v[0][1], v[1][1])];
    const c = v.map((r) => {
      const dp = Math.hypot(r[0] - best[0], r[1] - best[1]);
      const dm = Math.hypot(r[0] - worst[0], r[1] - worst[1]);
      return dm / (dp + dm);
    });
    const r = hubScore(x, null, "topsis");
    col(r.value).forEach((s, i) => expect(s).toBeCloseTo(c[i], 12));
    expect(r.steps.map((s) => s.id)).toContain("ideal");
    // A cost criterion takes the smallest weighted value as its ideal.
    const cost = col(hubScore([[1, 5], [2, 5], [3, 4]], null, "topsis", [[-1, 1]]).value);
    expect(cost[0]).toBeGreaterThan(cost[2]);
  });

  test("cost criteria are reversed per method", () => {
    const x = [
      [3, 100],
      [5, 80],
      [4, 90],
    ];
    const neg = x.map((r) => [r[0], -r[1]]);
    // minmax and zscore: a cost criterion behaves like the benefit criterion of the negated values.
    for (const m of ["minmax", "zscore"]) {
      col(hubScore(x, null, m, [1, -1]).value).forEach((s, i) => expect(s).toBeCloseTo(col(hubScore(neg, null, m).value)[i], 12));
    }
    // share: reciprocal shares; max: min / x.
    const share = col(hubScore([[2], [6]], null, "share", -1).value);
    expect(share[0]).toBeCloseTo(0.75, 12);
    expect(col(hubScore([[2], [8]], null, "max", [[-1]]).value)).toEqual([1, 0.25]);
  });

  test("a constant column under minmax or zscore contributes nothing, and a warning says so", () => {
    for (const m of ["minmax", "zscore"]) {
      const r = hubScore([["a", "b"], [5, 1], [5, 3]], null, m);
      expect(r.warnings.some((w) => w.en.includes("'a'") && w.en.includes("contributes nothing"))).toBe(true);
      expect(r.warnings[0].ko).toContain("영향이 없습니다");
    }
    expect(hubScore([[5, 1], [5, 3]], null, "share").warnings).toEqual([]);
  });

  test("blank or text values are #VALUE! naming the cell", () => {
    const blank = thrown(() => hubScore([["이름", "기업 수", "종업원 수"], ["A", 46, ""], ["B", 133, 4745]]));
    expect(blank.kind).toBe("value");
    expect(blank.cell).toEqual({ arg: "values", row: 1, col: 2 });
    expect(blank.text.ko).toContain("values 2행 3열");
    expect(blank.text.ko).toContain("빈 칸");
    const text = thrown(() => hubScore([[46, 5990], [133, "X"]]));
    expect(text.cell).toEqual({ arg: "values", row: 1, col: 1 });
    expect(text.text.en).toContain('"X"');
    expect(thrown(() => hubScore([[46, null], [133, 4745]])).cell).toEqual({ arg: "values", row: 0, col: 1 });
  });

  test("bad weights, directions and method are #VALUE!", () => {
    expect(thrown(() => hubScore(T14, [1, -1])).cell).toEqual({ arg: "weights", row: 0, col: 1 });
    expect(thrown(() => hubScore(T14, [1, 2, 3])).kind).toBe("value");
    expect(thrown(() => hubScore(T14, [0, 0])).text.en).toContain("All weights");
    expect(thrown(() => hubScore(T14, [1, ""])).cell).toEqual({ arg: "weights", row: 0, col: 1 });
    expect(thrown(() => hubScore(T14, null, null, [1, 2])).cell).toEqual({ arg: "directions", row: 0, col: 1 });
    expect(thrown(() => hubScore(T14, null, "ahp")).cell?.arg).toBe("method");
    expect(thrown(() => hubScore([[-1, 2], [3, 4]])).kind).toBe("value");
  });

  test("invariant to reordering the candidates (property)", () => {
    const methods = ["share", "minmax", "max", "zscore", "topsis"];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((k) =>
          fc.record({
            x: fc.array(fc.array(fc.integer({ min: 1, max: 100_000 }).map((v) => v / 7), { minLength: k, maxLength: k }), { minLength: 2, maxLength: 7 }),
            w: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: k, maxLength: k }).filter((w) => w.some((v) => v > 0)),
            d: fc.array(fc.constantFrom(1, -1), { minLength: k, maxLength: k }),
          }),
        ),
        fc.constantFrom(...methods),
        fc.integer(),
        ({ x, w, d }, m, seed) => {
          const perm = x.map((_, i) => i);
          let s = seed;
          for (let i = perm.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) | 0;
            const j = Math.abs(s) % (i + 1);
            [perm[i], perm[j]] = [perm[j], perm[i]];
          }
          const a = col(hubScore(x, [w], m, [d]).value);
          const b = col(hubScore(perm.map((i) => x[i]), [w], m, [d]).value);
          return perm.every((orig, pi) => b[pi] === a[orig]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("HUB_TIPPING", () => {
  test("표14: the workers weight must pass about 0.807 before 서산오토밸리 leads", () => {
    const byIndex = hubTipping(T14, [1, 1], 2);
    expect(byIndex.value.toFixed(3)).toBe("0.807");
    const a = 133 / 179 - 46 / 179;
    const b = 4745 / 10735 - 5990 / 10735;
    expect(byIndex.value).toBeCloseTo(a / (a - b), 12);
    expect(hubTipping(T14, [1, 1], "종업원 수").value).toBe(byIndex.value);
    expect(hubTipping(T14, null, " 종업원수 ").value).toBe(byIndex.value);
    const res = byIndex.steps.find((s) => s.id === "result");
    expect(res?.label.ko).toContain("아산국가산업단지(고대·부곡지구)에서 서산오토밸리일반산업단지(으)로");
    // Just above the crossing 서산오토밸리 leads, just below it does not.
    const above = col(hubScore(T14, [1 - byIndex.value - 1e-6, byIndex.value + 1e-6]).value);
    const below = col(hubScore(T14, [1 - byIndex.value + 1e-6, byIndex.value - 1e-6]).value);
    expect(above[0]).toBeGreaterThan(above[1]);
    expect(below[0]).toBeLessThan(below[1]);
  });

  test("firms: the crossing below the current weight", () => {
    const r = hubTipping(T14, [1, 1], 1);
    expect(r.value).toBeCloseTo(1 - hubTipping(T14, [1, 1], 2).value, 12);
    expect(r.value).toBeLessThan(0.5);
  });

  test("the nearest crossing to the current weight is reported", () => {
    // Candidate 3 leads at equal weights; candidate 2 overtakes below t = 8/17, candidate 1 above t = 4/7.
    const x = [
      [10, 0],
      [0, 10],
      [6, 5],
    ];
    const r = hubTipping(x, [1, 1], 1, "share");
    expect(r.value).toBeCloseTo(8 / 17, 12);
    expect(r.steps.find((s) => s.id === "result")?.label.en).toContain(`the other crossing is at ${String(Number((4 / 7).toPrecision(10)))}`);
    // With the current weight nearer 4/7, that crossing is reported; below 8/17 candidate 2 leads and 8/17 is where it loses.
    expect(hubTipping(x, [0.55, 0.45], 1).value).toBeCloseTo(4 / 7, 12);
    expect(hubTipping(x, [0.4, 0.6], 1).value).toBeCloseTo(8 / 17, 12);
    // Two crossings at the same distance: the one above is reported and a warning says so.
    const sym = hubTipping([[10, 0], [0, 10], [6, 6]], [1, 1], 1);
    expect(sym.value).toBeCloseTo(0.6, 12);
    expect(sym.warnings.some((w) => w.en.includes("equally near"))).toBe(true);
  });

  test("TOPSIS tipping is found numerically and changes the leader", () => {
    const r = hubTipping(T14_NUMBERS, [1, 1], 2, "topsis");
    const leader = (t: number) => {
      const s = col(hubScore(T14_NUMBERS, [1 - t, t], "topsis").value);
      return s[0] > s[1] ? 0 : 1;
    };
    expect(leader(r.value - 1e-6)).toBe(1);
    expect(leader(r.value + 1e-6)).toBe(0);
  });

  test("#N/A when no weight changes the leader; #VALUE! for a bad criterion", () => {
    const e = thrown(() => hubTipping([[10, 10], [1, 1]], [1, 1], 1));
    expect(e.kind).toBe("na");
    expect(e.text.ko).toContain("바뀌지 않습니다");
    expect(thrown(() => hubTipping(T14, [1, 1], 3)).kind).toBe("value");
    expect(thrown(() => hubTipping(T14, [1, 1], "근로자")).text.en).toContain("기업 수, 종업원 수");
    expect(thrown(() => hubTipping(T14_NUMBERS, [1, 1], "종업원 수")).kind).toBe("value");
  });
});

describe("HUB_ELIGIBLE", () => {
  test("national or general, 20 years or more since construction started", () => {
    expect(hubEligible("일반", 1990, 2024).value).toBe(true);
    expect(hubEligible("국가산업단지", 2004, 2024).value).toBe(true);
    expect(hubEligible("national", 2005, 2024).value).toBe(false);
    expect(hubEligible("General", "1999", 2024).value).toBe(true);
    expect(hubEligible("도시첨단", 1980, 2024).value).toBe(false);
    expect(hubEligible("농공", 1980, 2024).value).toBe(false);
    expect(hubEligible("agro", 1980, 2024).value).toBe(false);
    const r = hubEligible("일반", 1990, 2024);
    expect(r.steps.find((s) => s.id === "age")?.formula).toBe("2024 − 1990 = 34 ≥ 20");
  });

  test("other types are #VALUE!, as_of_year is required", () => {
    const e = thrown(() => hubEligible("첨단", 1990, 2024));
    expect(e.kind).toBe("value");
    expect(e.cell?.arg).toBe("type");
    expect(e.text.ko).toContain("국가, 일반, 도시첨단, 농공");
    const y = thrown(() => hubEligible("국가", 1990, null));
    expect(y.kind).toBe("value");
    expect(y.cell?.arg).toBe("as_of_year");
    expect(y.text.en).toContain("today");
    expect(thrown(() => hubEligible("국가", "작년", 2024)).cell?.arg).toBe("construction_start_year");
    expect(thrown(() => hubEligible("국가", 2030, 2024)).kind).toBe("value");
  });
});
