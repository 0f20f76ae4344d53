import fc from "fast-check";
import { parseTable } from "../../src/engine";
import { TableIndex } from "../../src/engine/table";
import { longT6, wideT6, wideT9 } from "./fixtures";

/** The index a selection reads must agree with parseTable, record for record. */
function agrees(table: unknown[][]): void {
  const t = parseTable(table);
  const idx = new TableIndex(table);
  expect(idx.recordCount).toBe(t.records.length);
  expect(idx.records(idx.rows.map((_, k) => k))).toEqual(t.records);
  expect(idx.measures()).toEqual([...new Set(t.records.map((r) => r.measure))]);
  for (const key of new Set(t.records.map((r) => r.measureKey))) {
    expect(idx.firstMeasure(key)).toBe(t.records.find((r) => r.measureKey === key)?.measure);
    const periods: string[] = [];
    for (const r of t.records) if (r.measureKey === key && r.period !== "" && !periods.includes(r.period)) periods.push(r.period);
    expect(idx.periodsOf(key)).toEqual(periods);
  }
  idx.rows.forEach((_, k) => {
    const recs = idx.records([k]);
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect([r.region, r.parent, r.regionCode]).toEqual([idx.region[k], idx.parent[k], idx.regionCode[k]]);
      expect(idx.identity(k)).toBe(r.regionCode !== "" ? `#${r.regionCode}` : `${r.parent}|${r.region}`);
    }
  });
}

describe("TableIndex reads a table as parseTable does", () => {
  test("the seed fixtures, long and wide", () => {
    for (const table of [longT6(), wideT6(), wideT9()]) agrees(table as unknown[][]);
  });

  test("random long and wide tables (blank rows, 시도/시군구 columns, totals, numbers as labels)", () => {
    const cell = fc.oneof(
      fc.constantFrom("", " ", "\u3000", null, "서산시", "충청남도", "계", "소계", "C30", "30", 30, "2022", 2022, "2022 p)", "종사자수 (명)", "종사자 수", "X", "-", "12*", "합계"),
      fc.integer({ min: -5, max: 5000 }),
    );
    const headers = fc.constantFrom(
      ["지역코드", "지역", "상위지역", "산업코드", "산업명", "시점", "항목", "단위", "값", "표시", "구분"],
      ["시도", "시군구", "산업", "시점", "항목", "값"],
      ["지역", "산업", "종사자수 (명)", "부가가치 (백만원)", "비고"],
      ["시도", "시군구", "산업코드", "종사자수", "연도"],
    );
    fc.assert(
      fc.property(headers, fc.array(fc.array(cell, { minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 15 }), (h, rows) => {
        const table: unknown[][] = [[...h], ...rows];
        let ok = true;
        try {
          parseTable(table);
        } catch {
          ok = false;
        }
        if (!ok) {
          expect(() => new TableIndex(table)).toThrow();
          return;
        }
        agrees(table);
      }),
      { numRuns: 500 },
    );
  });
});
