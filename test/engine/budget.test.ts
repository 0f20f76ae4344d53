import fc from "fast-check";
import { budgetSplit, decimalText, toDecimal } from "../../src/engine";
import { thrown } from "./toolbox/helpers";


describe("BUDGET_SPLIT", () => {
  test("2021 budget 256,200 (백만원) split equally across five regions: 51,240 each", () => {
    const r = budgetSplit(256200, [[1, 1, 1, 1, 1]]);
    expect(r.value).toEqual([[51240, 51240, 51240, 51240, 51240]]);
    // Column in, column out.
    expect(budgetSplit(256200, [[1], [1], [1], [1], [1]]).value).toEqual([[51240], [51240], [51240], [51240], [51240]]);
  });

  test("25 split 50:50 in units of 1 is [13, 12]: the tie goes to the party listed first", () => {
    const r = budgetSplit(25, [[50, 50]], 1);
    expect(r.value).toEqual([[13, 12]]);
    expect(r.steps.map((s) => s.id)).toEqual(["normalise", "units", "quota", "floor", "remainder", "rank", "extra", "result"]);
    expect(r.steps.find((s) => s.id === "quota")?.formula).toBe("25 × 50 / 100 = 12.5; 25 × 50 / 100 = 12.5");
    expect(r.steps.find((s) => s.id === "extra")?.formula).toBe("25 − (12 + 12) = 1 → #1");
    expect(budgetSplit(25, "50:50").value).toEqual([[13, 12]]);
    expect(budgetSplit(25, [[0.5], [0.5]], null, null).value).toEqual([[13], [12]]);
  });

  test("leftover units go to the largest remainders", () => {
    // 10 × (1, 2, 3)/6 = 1.667, 3.333, 5 → 1, 3, 5 + 1 unit to the first (remainder 0.667).
    expect(budgetSplit(10, [[1, 2, 3]]).value).toEqual([[2, 3, 5]]);
    // 7 in thirds: 2.333 each → ties, first two listed get the extra units.
    expect(budgetSplit(7, [[1, 1, 1]]).value).toEqual([[3, 2, 2]]);
    // A zero ratio gets nothing.
    expect(budgetSplit(5, [[0, 1, 1]]).value).toEqual([[0, 3, 2]]);
  });

  test("units: every part a multiple of the unit", () => {
    expect(budgetSplit(256200, [[1, 1, 1]], 100).value).toEqual([[85400, 85400, 85400]]);
    expect(budgetSplit(1000, [[1, 1, 1]], 100).value).toEqual([[400, 300, 300]]);
    expect(budgetSplit(1, [[1, 2]], 0.1).value).toEqual([[0.3, 0.7]]);
    expect(budgetSplit(0.3, [[1, 1, 1]], 0.1).value).toEqual([[0.1, 0.1, 0.1]]);
  });

  test("totals of 10^15 units are split exactly", () => {
    const r = budgetSplit(1e15, [[1, 1, 1]]);
    expect(r.value).toEqual([[333333333333334, 333333333333333, 333333333333333]]);
    const parts = r.value[0].map((x) => BigInt(x));
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(10n ** 15n);
  });

  test('"exact" returns the unrounded proportional shares', () => {
    const r = budgetSplit(25, [[1, 2]], null, "exact");
    expect(r.value[0][0]).toBeCloseTo(25 / 3, 12);
    expect(r.value[0][1]).toBeCloseTo(50 / 3, 12);
    expect(budgetSplit(256200, [[1, 1]], null, "exact").value).toEqual([[128100, 128100]]);
  });

  test("errors: total not a multiple of the unit, negative, blank and all-zero ratios", () => {
    const m = thrown(() => budgetSplit(256200, [[1, 1]], 1000));
    expect(m.kind).toBe("value");
    expect(m.cell?.arg).toBe("total");
    expect(m.text.ko).toContain("배수가 아닙니다");
    expect(m.text.en).toContain("256200 / 1000 = 256.2");
    const neg = thrown(() => budgetSplit(100, [[1, -1]]));
    expect(neg.cell).toEqual({ arg: "ratios", row: 0, col: 1 });
    expect(neg.text.ko).toContain("음수");
    const blank = thrown(() => budgetSplit(100, [[1], [""], [2]]));
    expect(blank.cell).toEqual({ arg: "ratios", row: 1, col: 0 });
    expect(blank.text.ko).toContain("비어 있습니다");
    expect(thrown(() => budgetSplit(100, [[1, null]])).cell).toEqual({ arg: "ratios", row: 0, col: 1 });
    const zero = thrown(() => budgetSplit(100, [[0, 0]]));
    expect(zero.text.en).toContain("All ratios are 0");
    expect(thrown(() => budgetSplit(100, [[1, "a"]])).cell).toEqual({ arg: "ratios", row: 0, col: 1 });
    expect(thrown(() => budgetSplit(null, [[1, 1]])).cell?.arg).toBe("total");
    expect(thrown(() => budgetSplit(-5, [[1, 1]])).kind).toBe("value");
    expect(thrown(() => budgetSplit(100, [[1, 1]], 0)).cell?.arg).toBe("unit");
    expect(thrown(() => budgetSplit(100, [[1, 1]], null, "dhondt")).cell?.arg).toBe("method");
    expect(thrown(() => budgetSplit(1e20, [[1, 3, 3]])).kind).toBe("value");
  });

  test("decimals are exact: toDecimal and decimalText", () => {
    expect(decimalText(toDecimal(0.1)!)).toBe("0.1");
    expect(decimalText(toDecimal(1e21)!)).toBe("1000000000000000000000");
    expect(decimalText(toDecimal("1,234.50")!)).toBe("1234.5");
    expect(decimalText(toDecimal(-2.5e-7)!)).toBe("-0.00000025");
  });

  test("parts sum exactly to the total and each is within one unit of its exact share (property)", () => {
    const units = [1, 10, 1000, 0.5, 0.01];
    fc.assert(
      fc.property(
        // Up to 10^15 units, and totals a double holds exactly (≤ 2^53 for whole-number units).
        fc.constantFrom(...units).chain((u) =>
          fc.tuple(fc.bigInt({ min: 0n, max: u >= 1 ? BigInt(Math.floor(2 ** 53 / u)) : 10n ** 15n }), fc.constant(u)),
        ),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }).filter((r) => r.some((x) => x > 0)),
        fc.boolean(),
        ([nUnits, unit], ratios, asColumn) => {
          const U = toDecimal(unit)!;
          // total = nUnits × unit, kept within what a double holds exactly.
          const totalDec = { n: nUnits * U.n, scale: U.scale };
          const total = Number(decimalText(totalDec));
          if (decimalText(toDecimal(total)!) !== decimalText(totalDec)) return true;
          const arg = asColumn ? ratios.map((x) => [x]) : [ratios];
          const out = budgetSplit(total, arg, unit).value;
          const parts = (asColumn ? out.map((r) => r[0]) : out[0]).map((x) => toDecimal(x)!);
          // Everything at scale U.scale, in units of 10^-U.scale.
          const scaled = parts.map((p) => p.n * 10n ** BigInt(U.scale - p.scale));
          const sum = scaled.reduce((a, b) => a + b, 0n);
          if (sum !== totalDec.n) return false;
          const W = BigInt(ratios.reduce((a, b) => a + b, 0));
          return scaled.every((p, i) => {
            if (p % U.n !== 0n) return false;
            // |p − total × r / W| < unit  ⇔  |p·W − total·r| < unit·W
            const diff = p * W - totalDec.n * BigInt(ratios[i]);
            return (diff < 0n ? -diff : diff) < U.n * W;
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
