import fc from "fast-check";
import { censusValue, regionalShare } from "../../src/engine";
import { CHUNGNAM, LONG_HEADER, SEOSAN_T6, T9, longT6, wideT6, wideT9 } from "./fixtures";
import { thrown } from "./toolbox/helpers";


const SEOSAN_AUTO_VA = 1614618;
const SEOSAN_BACKWARD_VA = 10137664 + 4636006 + 106362 + 217576 + 95322 + 132573;
const CN = Object.fromEntries(CHUNGNAM.map((r) => [r[0], r]));
const CN_AUTO_VA = CN.C30[3];
const CN_BACKWARD_VA = ["C19", "C20", "C22", "C23", "C24", "C25"].reduce((a, c) => a + CN[c][3], 0);

describe("표7: 서산시's share of 충청남도 (ratio of sums)", () => {
  for (const [layout, table] of [
    ["wide", wideT6()],
    ["long", longT6()],
  ] as const) {
    describe(`${layout} layout`, () => {
      test("auto (C30) value added 18.93%", () => {
        const r = regionalShare(table, "서산시", "충청남도", "자동차", "부가가치");
        expect((r.value as number).toFixed(4)).toBe("0.1893");
        expect(r.value).toBe(SEOSAN_AUTO_VA / CN_AUTO_VA);
      });

      test("backward industries 47.92%", () => {
        const r = regionalShare(table, "서산시", "충청남도", "자동차후방", "부가가치");
        expect((r.value as number).toFixed(4)).toBe("0.4792");
        const sumRegion = r.steps.find((s) => s.id === "sum.region");
        expect(sumRegion?.value).toBe(SEOSAN_BACKWARD_VA);
        expect(sumRegion?.formula).toBe("10137664 + 4636006 + 106362 + 217576 + 95322 + 132573 = 15325503");
        expect(r.steps.find((s) => s.id === "sum.parent")?.value).toBe(CN_BACKWARD_VA);
      });

      test("auto + backward together is 41.82%, a ratio of sums and not an average of the two shares", () => {
        const auto = regionalShare(table, "서산시", "충청남도", "자동차", "부가가치").value as number;
        const back = regionalShare(table, "서산시", "충청남도", "자동차후방", "부가가치").value as number;
        const both = regionalShare(table, "서산시", "충청남도", "자동차, 자동차후방", "부가가치");
        const v = both.value as number;
        expect(v.toFixed(4)).toBe("0.4182");
        expect(v).toBe((SEOSAN_AUTO_VA + SEOSAN_BACKWARD_VA) / (CN_AUTO_VA + CN_BACKWARD_VA));
        expect(Math.abs(v - (auto + back) / 2)).toBeGreaterThan(0.05);
        const result = both.steps.find((s) => s.id === "result");
        expect(result?.formula).toBe(`16940121 / 40509000 = ${String(Number(v.toPrecision(10)))}`);
        // The named group for both gives the same number.
        expect(regionalShare(table, "서산시", "충청남도", "자동차생태계", "부가가치").value).toBe(v);
      });
    });
  }

  test("the steps come in order and name the cells used", () => {
    const r = regionalShare(wideT6(), "서산시", "충청남도", "자동차", "부가가치 (백만원)");
    expect(r.steps.map((s) => s.id)).toEqual(["read.table", "measure", "industries", "select.rows", "sum.region", "sum.parent", "result"]);
    const sel = r.steps.find((s) => s.id === "select.rows");
    // 서산시 C30 is data row 16 of the table (header = row 0), value added in column 5.
    expect(sel?.cells).toContainEqual({ arg: "table", row: 16, col: 5 });
    expect(r.sources?.filter((s) => s.used).map((s) => s.role)).toEqual(["region", "parent"]);
  });

  test("industries as a range, codes written as 30, C 30, c30 or a number", () => {
    const t = wideT6();
    const ref = regionalShare(t, "서산시", "충청남도", "C30", "부가가치").value;
    for (const ind of ["30", "C 30", "c30", 30, [["C30"]], "자동차 및 트레일러 제조업"]) {
      expect(regionalShare(t, "서산시", "충청남도", ind, "부가가치").value).toBe(ref);
    }
    const range = [["C19"], ["C20"], ["C22"], ["C23"], ["C24"], ["C25"]];
    expect(regionalShare(t, "서산시", "충청남도", range, "부가가치").value).toBe(SEOSAN_BACKWARD_VA / CN_BACKWARD_VA);
  });

  test("region by code, and a qualified name, in the long table", () => {
    const t = longT6();
    const ref = regionalShare(t, "서산시", "충청남도", "C30", "종사자수").value;
    expect(regionalShare(t, "44210", "44", "C30", "종사자수").value).toBe(ref);
    expect(regionalShare(t, "충청남도 서산시", "충남", "C30", "종사자수").value).toBe(ref);
    expect(ref).toBe(9793 / 41000);
  });

  test("sources list every row looked at, with the reason it was left out", () => {
    const two = [...longT6("2022"), ...longT6("2021").slice(1)];
    const r = regionalShare(two, "서산시", "충청남도", "C30", "종사자수", 2022);
    const src = r.sources ?? [];
    const used = src.filter((s) => s.used);
    expect(used).toHaveLength(2);
    expect(used[0]).toMatchObject({ region: "충청남도 서산시", industry: expect.stringContaining("C30"), value: 9793, unit: "명", period: "2022", role: "region" });
    const reasons = src.filter((s) => !s.used).map((s) => s.reason?.en ?? "");
    expect(reasons.some((x) => x.startsWith("other period"))).toBe(true);
    expect(reasons.some((x) => x.startsWith("other measure"))).toBe(true);
    expect(reasons.some((x) => x.startsWith("not in the selected industries"))).toBe(true);
    expect(reasons.some((x) => x.startsWith("a total row"))).toBe(true);
  });
});

describe("표6 suppressed cells (X): 404 hidden workers", () => {
  const all = "C10, C13, C14, C17, C18, C19, C20, C22, C23, C24, C25, C26, C28, C29, C30, C33, C34";

  test('suppressed "error" (default) is #N/A naming the six hidden cells', () => {
    for (const t of [wideT6(), longT6()]) {
      const e = thrown(() => censusValue(t, "서산시", all, "종사자수"));
      expect(e.kind).toBe("na");
      for (const code of ["C13", "C14", "C17", "C18", "C26", "C33"]) expect(e.text.ko).toContain(code);
      expect(e.text.ko).toContain("비밀보호");
      expect(e.text.en).toContain("suppressed");
      expect(e.cell?.arg).toBe("table");
    }
    // Wide: 섬유 is data row 2, workers column 4 (0-based).
    const e = thrown(() => censusValue(wideT6(), "서산시", all, "종사자수"));
    expect(e.cell).toEqual({ arg: "table", row: 3, col: 4 });
    expect(e.text.ko).toContain("표 4행 5열");
  });

  test('suppressed "zero" counts them as 0, on purpose, and says so', () => {
    const r = censusValue(wideT6(), "서산시", all, "종사자수", null, "zero");
    expect(r.value).toBe(23575);
    expect(r.warnings.map((w) => w.en).join(" ")).toMatch(/6 unpublished cell/);
    expect(r.sources?.filter((s) => s.flag === "X").every((s) => s.used && s.value === 0)).toBe(true);
  });

  test('suppressed "bounds": the total row minus the published rows bounds the hidden ones', () => {
    for (const t of [wideT6(), longT6()]) {
      expect(censusValue(t, "서산시", all, "종사자수", null, "bounds").value).toEqual([[23979, 23979]]);
      expect(censusValue(t, "서산시", "C13", "종사자수", null, "bounds").value).toEqual([[0, 404]]);
      expect(censusValue(t, "서산시", "C10, C13, C14", "종사자수", null, "bounds").value).toEqual([[509, 509 + 404]]);
    }
    const r = censusValue(wideT6(), "서산시", "C13", "종사자수", null, "bounds");
    const b = r.steps.find((s) => s.id === "bounds.region");
    expect(b?.label.en).toContain("total C 23979 − 11 published rows 23575 = 404 hidden");
  });

  test("value added bounds follow the same rule", () => {
    const published = SEOSAN_T6.slice(1).reduce((a, r) => a + (typeof r[3] === "number" ? r[3] : 0), 0);
    const hidden = 17307526 - published;
    expect(censusValue(wideT6(), "서산시", "C26, C30", "부가가치", null, "bounds").value).toEqual([[1614618, 1614618 + hidden]]);
  });

  test("REGIONAL_SHARE bounds: [region low ÷ parent high, region high ÷ parent low]", () => {
    const r = regionalShare(wideT6(), "서산시", "충청남도", "C13", "종사자수", null, "bounds");
    expect(r.value).toEqual([[0, 404 / 2100]]);
  });

  test("bounds without a total row is #N/A", () => {
    const t = wideT6().filter((row, i) => i === 0 || row[2] !== "제조업(10~34)");
    const e = thrown(() => censusValue(t, "서산시", "C13", "종사자수", null, "bounds"));
    expect(e.kind).toBe("na");
    expect(e.text.en).toContain("no total row");
  });

  test("an unknown suppressed option is #VALUE!", () => {
    const e = thrown(() => censusValue(wideT6(), "서산시", "C30", "종사자수", null, "ignore"));
    expect(e.kind).toBe("value");
    expect(e.cell?.arg).toBe("suppressed");
  });
});

describe("표9: hub and six linked complexes", () => {
  const names = T9.map((r) => [r[0]]);
  test("264 firms and 14,447 workers in all", () => {
    expect(censusValue(wideT9(), names, "C", "입주업체").value).toBe(264);
    const w = censusValue(wideT9(), names, "제조업", "근로자수 (명)");
    expect(w.value).toBe(14447);
    expect(w.steps.find((s) => s.id === "result")?.formula).toBe("5990 + 4745 + 1317 + 1033 + 89 + 861 + 412 = 14447");
  });
  test("a comma list of complexes works too, a duplicate is #VALUE!", () => {
    expect(censusValue(wideT9(), "서산오토밸리일반산업단지, 아산국가산업단지(고대·부곡지구)", "C", "근로자수").value).toBe(5990 + 4745);
    const e = thrown(() => censusValue(wideT9(), "서산인더스밸리, 서산인더스밸리", "C", "근로자수"));
    expect(e.kind).toBe("value");
  });
});

describe("argument and table errors", () => {
  test("missing region header names the header", () => {
    const t = wideT6().map((r) => r.slice(1));
    t[0][0] = "상위";
    const e = thrown(() => censusValue(t.map((r) => r.slice(1)), "서산시", "C30", "종사자수"));
    expect(e.kind).toBe("value");
    expect(e.text.ko).toContain("지역 열이 없습니다");
    expect(e.text.en).toContain("no region column");
    expect(e.cell).toEqual({ arg: "table", row: 0, col: 0 });
  });

  test("missing industry header, missing measure header in a long table", () => {
    const noInd = wideT6().map((r) => [r[0], r[1], r[3], r[4], r[5]]);
    expect(thrown(() => censusValue(noInd, "서산시", "C30", "종사자수")).text.en).toContain("no industry column");
    const noItem = longT6().map((r) => r.filter((_, i) => i !== LONG_HEADER.indexOf("항목")));
    expect(thrown(() => censusValue(noItem, "서산시", "C30", "종사자수")).text.ko).toContain("항목 열이 없습니다");
  });

  test("English headers with units and extra spaces are recognised", () => {
    const t = longT6().map((r) => [...r]);
    t[0] = ["Region code", "Region", "Parent region", "Industry code", "Industry", "Period", "Item", "Unit", "Value", "Flag", "Level"];
    expect(censusValue(t, "서산시", "C30", "종사자수").value).toBe(9793);
    const w = wideT6().map((r) => [...r]);
    w[0] = [" 행정구역 ", "상위 지역", "산업분류", "기업체수", "종사자 수 (명)", "부가가치[백만원]"];
    expect(censusValue(w, "서산시", "C30", "종사자수").value).toBe(9793);
    expect(censusValue(w, "서산시", "C30", "부가가치").value).toBe(1614618);
  });

  test("ambiguous region is #N/A listing the candidates; a qualified name resolves it", () => {
    const t = [
      ["시도", "시군구", "산업코드", "종사자수 (명)"],
      ["서울특별시", "중구", "C30", 10],
      ["부산광역시", "중구", "C30", 20],
      ["부산광역시", "계", "C30", 200],
    ];
    const e = thrown(() => censusValue(t, "중구", "C30", "종사자수"));
    expect(e.kind).toBe("na");
    expect(e.text.ko).toContain("서울특별시 중구");
    expect(e.text.ko).toContain("부산광역시 중구");
    expect(e.cell).toEqual({ arg: "region", row: 0, col: 0 });
    expect(censusValue(t, "부산광역시 중구", "C30", "종사자수").value).toBe(20);
    expect(censusValue(t, "부산 중구", "C30", "종사자수").value).toBe(20);
    expect(regionalShare(t, "부산 중구", "부산광역시", "C30", "종사자수").value).toBe(0.1);
  });

  test("a region not in the table is #N/A", () => {
    const e = thrown(() => censusValue(wideT6(), "당진시", "C30", "종사자수"));
    expect(e.kind).toBe("na");
    expect(e.text.ko).toContain("당진시");
  });

  test("a code with its ancestor (C20 + C201) is #VALUE!", () => {
    const e = thrown(() => censusValue(wideT6(), "서산시", "C20, C201", "종사자수"));
    expect(e.kind).toBe("value");
    expect(e.text.ko).toContain("C201");
    expect(e.text.ko).toContain("C20");
    expect(e.cell?.arg).toBe("industries");
    const e2 = thrown(() => censusValue(wideT6(), "서산시", [["C"], ["C30"]], "종사자수"));
    expect(e2.cell).toEqual({ arg: "industries", row: 1, col: 0 });
  });

  test("an unknown industry is #VALUE! naming the cell", () => {
    const e = thrown(() => censusValue(wideT6(), "서산시", [["C30"], ["반도체?"]], "종사자수"));
    expect(e.kind).toBe("value");
    expect(e.cell).toEqual({ arg: "industries", row: 1, col: 0 });
  });

  test("several periods without a period argument: #VALUE! listing the periods", () => {
    const two = [...longT6("2021"), ...longT6("2022").slice(1)];
    const e = thrown(() => censusValue(two, "서산시", "C30", "종사자수"));
    expect(e.kind).toBe("value");
    expect(e.text.ko).toContain("2021, 2022");
    expect(e.cell?.arg).toBe("period");
    expect(censusValue(two, "서산시", "C30", "종사자수", "2022").value).toBe(9793);
    const na = thrown(() => censusValue(two, "서산시", "C30", "종사자수", 2020));
    expect(na.kind).toBe("na");
    expect(na.text.en).toContain("2021, 2022");
  });

  test("a measure not in the table is #N/A listing the measures", () => {
    const e = thrown(() => censusValue(wideT6(), "서산시", "C30", "출하액"));
    expect(e.kind).toBe("na");
    expect(e.text.ko).toContain("종사자수");
  });

  test("region and parent in different units is #VALUE!", () => {
    const t = longT6().map((r) => [...r]);
    const unitCol = LONG_HEADER.indexOf("단위");
    for (const r of t) if (r[1] === "충청남도" && r[6] === "부가가치") r[unitCol] = "천원";
    const e = thrown(() => regionalShare(t, "서산시", "충청남도", "C30", "부가가치"));
    expect(e.kind).toBe("value");
    expect(e.text.ko).toContain("백만원");
    expect(e.text.ko).toContain("천원");
  });

  test("a missing industry row is #N/A; a text value is #VALUE! naming the cell", () => {
    expect(thrown(() => censusValue(wideT6(), "서산시", "C31", "종사자수")).kind).toBe("na");
    const t = wideT6().map((r) => [...r]);
    t[16][4] = "n/a";
    const e = thrown(() => censusValue(t, "서산시", "C30", "종사자수"));
    expect(e.kind).toBe("value");
    expect(e.cell).toEqual({ arg: "table", row: 16, col: 4 });
  });

  test("a parent whose sum is 0 is #N/A, not a number", () => {
    const t = [
      ["지역", "산업코드", "종사자수"],
      ["A시", "C30", 0],
      ["B도", "C30", 0],
    ];
    expect(thrown(() => regionalShare(t, "A시", "B도", "C30", "종사자수")).kind).toBe("na");
  });

  test("'-' (nothing to report) counts as 0", () => {
    const t = [
      ["지역", "산업코드", "종사자수"],
      ["A시", "C30", "-"],
      ["A시", "C29", 5],
    ];
    expect(censusValue(t, "A시", "C29, C30", "종사자수").value).toBe(5);
  });
});

describe("properties", () => {
  test("REGIONAL_SHARE of a region with itself as parent is 1 when nothing is suppressed", () => {
    const codes = ["C10", "C13", "C19", "C20", "C24", "C28", "C30", "C34"];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: codes.length, maxLength: codes.length }), { minLength: 1, maxLength: 5 }),
        fc.subarray(codes, { minLength: 1 }),
        fc.nat(),
        fc.boolean(),
        (vals, chosen, pick, long) => {
          const regions = vals.map((_, i) => `지역${i}`);
          let table: unknown[][];
          if (long) {
            table = [["지역", "산업코드", "항목", "값"]];
            vals.forEach((row, i) => row.forEach((v, j) => table.push([regions[i], codes[j], "종사자수", v])));
          } else {
            table = [["지역", "산업코드", "종사자수 (명)"]];
            vals.forEach((row, i) => row.forEach((v, j) => table.push([regions[i], codes[j], v])));
          }
          const r = regions[pick % regions.length];
          return regionalShare(table, r, r, chosen.join(","), "종사자수").value === 1;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
