import { lq, lqValues } from "../../../src/engine/toolbox";
import { CHUNGNAM, CHUNGNAM_TOTAL, LONG_HEADER, longT6, wideT6 } from "../fixtures";
import { thrown } from "./helpers";

const CN = Object.fromEntries(CHUNGNAM.map((r) => [r[0], r]));
const CN_WORKERS = CHUNGNAM_TOTAL[2];

describe("LQ_VALUES", () => {
  test("(e_ir/e_r)/(E_i/E) with the arithmetic shown", () => {
    // (20/100)/(50/1000) = 0.2/0.05 = 4
    const r = lqValues(20, 100, 50, 1000);
    expect(r.value).toBeCloseTo(4, 14);
    expect(r.steps.map((s) => s.id)).toEqual(["share.region", "share.parent", "result"]);
    expect(r.steps[0].formula).toBe("20 / 100 = 0.2");
    expect(r.steps[1].formula).toBe("50 / 1000 = 0.05");
    expect(r.steps[2].label.en).toMatch(/REAT locq/);
  });
  test("one-cell ranges are unwrapped; zero totals are #N/A; negatives #VALUE!", () => {
    expect(lqValues([[20]], [[100]], [[50]], [[1000]]).value).toBeCloseTo(4, 14);
    expect(thrown(() => lqValues(20, 0, 50, 1000)).kind).toBe("na");
    expect(thrown(() => lqValues(20, 100, 0, 1000)).cell?.arg).toBe("E_i");
    expect(thrown(() => lqValues(-1, 100, 50, 1000)).cell?.arg).toBe("e_ir");
    expect(thrown(() => lqValues("X", 100, 50, 1000)).kind).toBe("na");
  });
  test("swapped arguments are warned about", () => {
    expect(lqValues(200, 100, 50, 1000).warnings[0].en).toMatch(/argument order/);
  });
});

describe("LQ on 표6 (서산시 in 충청남도)", () => {
  for (const [layout, table] of [
    ["wide", wideT6()],
    ["long", longT6()],
  ] as const) {
    test(`${layout}: auto (C30) workers, e_r from the total row C`, () => {
      const r = lq(table, "서산시", "충청남도", "C30", "종사자수");
      // (9793 / 23979) / (41000 / Σ충남)
      const expected = (9793 / 23979) / (41000 / CN_WORKERS);
      expect(r.value).toBeCloseTo(expected, 14);
      const er = r.steps.find((s) => s.id === "e_r");
      expect(er?.value).toBe(23979);
      expect(er?.label.en).toMatch(/the total row C/);
      expect(r.steps.find((s) => s.id === "E")?.value).toBe(CN_WORKERS);
      expect(r.steps.find((s) => s.id === "e_ir")?.value).toBe(9793);
      expect(r.steps.find((s) => s.id === "E_i")?.value).toBe(41000);
      expect(r.sources?.some((s) => s.role === "parent" && s.value === CN_WORKERS)).toBe(true);
    });
  }

  test("a group is a ratio of sums: 자동차후방 value added", () => {
    const back = ["C19", "C20", "C22", "C23", "C24", "C25"];
    const eir = 10137664 + 4636006 + 106362 + 217576 + 95322 + 132573;
    const Ei = back.reduce((a, c) => a + CN[c][3], 0);
    const r = lq(longT6(), "서산시", "충청남도", "자동차후방", "부가가치");
    expect(r.value).toBeCloseTo((eir / 17307526) / (Ei / CHUNGNAM_TOTAL[3]), 14);
  });

  test("an industry whose own cell is suppressed is #N/A, as in REGIONAL_SHARE", () => {
    const e = thrown(() => lq(wideT6(), "서산시", "충청남도", "C13", "종사자수"));
    expect(e.kind).toBe("na");
  });

  test("without a total row, e_r is the sum of the published divisions, said in a step", () => {
    // Drop 서산's six X rows and both C rows: the 11 published divisions remain (17 − 6).
    const rows = longT6().filter((r, i) => i === 0 || (r[3] !== "C" && r[9] !== "X"));
    const r = lq(rows, "서산시", "충청남도", "C30", "종사자수");
    const er = r.steps.find((s) => s.id === "e_r");
    expect(er?.label.en).toMatch(/no total row, so the sum of the 11 top-level rows/);
    expect(er?.value).toBe(23979 - 404);
  });

  test("without a total row and with a suppressed division, the total is #N/A naming the X cell", () => {
    const rows = longT6().filter((r, i) => i === 0 || r[3] !== "C");
    const e = thrown(() => lq(rows, "서산시", "충청남도", "C30", "종사자수"));
    expect(e.kind).toBe("na");
    expect(e.cell?.arg).toBe("table");
    expect(rows[(e.cell?.row ?? 0)][9]).toBe("X");
  });

  test("a 계 row serves as the total", () => {
    const rows: unknown[][] = [
      LONG_HEADER,
      ["1", "A시", "", "계", "계", "2022", "종사자수", "명", 1000, "", "합계"],
      ["1", "A시", "", "C30", "", "2022", "종사자수", "명", 300, "", ""],
      ["1", "A시", "", "G", "", "2022", "종사자수", "명", 700, "", ""],
      ["2", "B도", "", "계", "계", "2022", "종사자수", "명", 10000, "", "합계"],
      ["2", "B도", "", "C30", "", "2022", "종사자수", "명", 1000, "", ""],
      ["2", "B도", "", "G", "", "2022", "종사자수", "명", 9000, "", ""],
    ];
    // (300/1000)/(1000/10000) = 3
    const r = lq(rows, "A시", "B도", "C30", "종사자수");
    expect(r.value).toBeCloseTo(3, 14);
    expect(r.steps.find((s) => s.id === "e_r")?.label.ko).toMatch(/합계 행/);
  });

  test("missing arguments and regions", () => {
    expect(thrown(() => lq(wideT6(), "", "충청남도", "C30", "종사자수")).cell?.arg).toBe("region");
    expect(thrown(() => lq(wideT6(), "서산시", null, "C30", "종사자수")).cell?.arg).toBe("parent");
    expect(thrown(() => lq(wideT6(), "서산시", "경기도", "C30", "종사자수")).kind).toBe("na");
  });
});

describe("LQ sources", () => {
  test("each table row once per role; rows used anywhere are marked used", () => {
    const r = lq(wideT6(), "서산시", "충청남도", "C30", "종사자수");
    const src = r.sources ?? [];
    const keys = src.map((s) => `${s.row}|${s.role}`);
    expect(new Set(keys).size).toBe(keys.length);
    // 표6 wide: row 1 is 서산시 C (23979), row 16 서산시 C30 (9793)
    expect(src.find((s) => s.row === 1 && s.role === "region")?.used).toBe(true);
    expect(src.find((s) => s.row === 16 && s.role === "region")?.value).toBe(9793);
    expect(src.filter((s) => s.used).map((s) => s.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([9793, 23979, 41000, CN_WORKERS]);
  });
});
