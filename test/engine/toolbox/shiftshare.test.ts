import fc from "fast-check";
import { shiftShare } from "../../../src/engine/toolbox";
import { LONG_HEADER } from "../fixtures";
import { thrown } from "./helpers";

type Row = [region: string, parent: string, code: string, period: string, value: number | string];

function table(rows: Row[]): unknown[][] {
  return [LONG_HEADER, ...rows.map(([region, parent, code, period, value]) => [region === "P도" ? "9" : "91", region, parent, code, "", period, "종사자수", "명", value, value === "" ? "X" : "", code === "C" ? "합계" : ""])];
}

// Worked example, by hand.
// Parent P도: C 2000 → 2400 (national growth factor 1.2), C10 500 → 550, C20 500 → 550 (×1.1), C30 1000 → 1300 (×1.3).
// Region R시: C20 100 → 120, C30 200 → 260.
// C20: G = 20, NS = 100 × 0.2 = 20, IM = 100 × (1.1 − 1.2) = −10, RS = 20 − 20 + 10 = 10 (direct: 100 × (1.2 − 1.1) = 10)
// C30: G = 60, NS = 200 × 0.2 = 40, IM = 200 × (1.3 − 1.2) = 20,  RS = 60 − 40 − 20 = 0  (direct: 200 × (1.3 − 1.3) = 0)
// Total: [80, 60, 10, 10]
const WORKED: Row[] = [
  ["P도", "", "C", "2017", 2000],
  ["P도", "", "C10", "2017", 500],
  ["P도", "", "C20", "2017", 500],
  ["P도", "", "C30", "2017", 1000],
  ["P도", "", "C", "2022", 2400],
  ["P도", "", "C10", "2022", 550],
  ["P도", "", "C20", "2022", 550],
  ["P도", "", "C30", "2022", 1300],
  ["R시", "P도", "C", "2017", 300],
  ["R시", "P도", "C20", "2017", 100],
  ["R시", "P도", "C30", "2017", 200],
  ["R시", "P도", "C", "2022", 380],
  ["R시", "P도", "C20", "2022", 120],
  ["R시", "P도", "C30", "2022", 260],
];

describe("SHIFT_SHARE (Dunn, REAT shift)", () => {
  test("worked example: [growth, national share, industry mix, regional share] = [80, 60, 10, 10]", () => {
    const r = shiftShare(table(WORKED), "R시", "P도", "C20, C30", "종사자수", 2017, 2022);
    expect(r.value).toHaveLength(1);
    const [G, NS, IM, RS] = r.value[0];
    expect(G).toBe(80);
    expect(NS).toBeCloseTo(60, 10);
    expect(IM).toBeCloseTo(10, 10);
    expect(RS).toBeCloseTo(10, 10);
    expect(NS + IM + RS).toBeCloseTo(G, 12);
    expect(r.steps.find((s) => s.id === "national.rate")?.formula).toBe("2400 / 2000 = 1.2");
    const byInd = r.steps.find((s) => s.id === "by.industry")?.value as unknown[][];
    expect(byInd[0].slice(0, 6)).toEqual(["C20", 100, 120, 500, 550, 20]);
    expect(byInd[1][8]).toBeCloseTo(0, 10);
    expect(r.steps.find((s) => s.id === "regional.check")?.value).toBeCloseTo(10, 10);
    expect(r.steps.find((s) => s.id === "result")?.label.en).toMatch(/Dunn/);
  });

  test("one industry alone", () => {
    const [G, NS, IM, RS] = shiftShare(table(WORKED), "R시", "P도", "C20", "종사자수", "2017", "2022").value[0];
    expect([G, NS, IM, RS].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([20, 20, -10, 10]);
  });

  test("the parent's total without a C row is the sum of its divisions (same here: 2000 → 2400)", () => {
    const rows = WORKED.filter((r) => !(r[0] === "P도" && r[2] === "C"));
    const v = shiftShare(table(rows), "R시", "P도", "C20, C30", "종사자수", 2017, 2022).value[0];
    expect(v[1]).toBeCloseTo(60, 10);
  });

  test("a suppressed cell is #N/A; the same period twice and missing periods are errors", () => {
    const rows = WORKED.map((r): Row => (r[0] === "R시" && r[2] === "C20" && r[3] === "2022" ? [r[0], r[1], r[2], r[3], ""] : r));
    expect(thrown(() => shiftShare(table(rows), "R시", "P도", "C20", "종사자수", 2017, 2022)).kind).toBe("na");
    expect(thrown(() => shiftShare(table(WORKED), "R시", "P도", "C20", "종사자수", 2017, 2017)).cell?.arg).toBe("end_period");
    expect(thrown(() => shiftShare(table(WORKED), "R시", "P도", "C20", "종사자수", 2017, null)).cell?.arg).toBe("end_period");
    expect(thrown(() => shiftShare(table(WORKED), "R시", "P도", "C20", "종사자수", 2016, 2022)).kind).toBe("na");
  });

  test("property: the three components always add up to growth (relative 1e-9)", () => {
    const pos = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(pos, pos, pos, pos), { minLength: 1, maxLength: 5 }), pos, pos, (inds, extra0, extra1) => {
        const codes = ["C10", "C20", "C22", "C25", "C30"].slice(0, inds.length);
        const rows: Row[] = [];
        let P0 = extra0;
        let P1 = extra1;
        inds.forEach(([r0, r1, p0, p1], k) => {
          rows.push(["P도", "", codes[k], "2017", p0 + r0], ["P도", "", codes[k], "2022", p1 + r1]);
          rows.push(["R시", "P도", codes[k], "2017", r0], ["R시", "P도", codes[k], "2022", r1]);
          P0 += p0 + r0;
          P1 += p1 + r1;
        });
        rows.push(["P도", "", "C", "2017", P0], ["P도", "", "C", "2022", P1]);
        const [G, NS, IM, RS] = shiftShare(table(rows), "R시", "P도", codes.join(","), "종사자수", 2017, 2022).value[0];
        expect(Math.abs(NS + IM + RS - G)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(G), Math.abs(NS), Math.abs(IM)));
        expect(G).toBe(inds.reduce((a, [r0, r1]) => a + r1 - r0, 0));
      }),
      { numRuns: 200 },
    );
  });
});
