import {
  applyFilters,
  checkExcelFit,
  filterOptions,
  longRowChunks,
  numberFormatFor,
  outputSize,
  parseCensusSync,
  preview,
  provenance,
  provenanceRow,
  PROVENANCE_HEADER,
  toLongRows,
  toWideRows,
  CensusTable,
  Kind,
  EXCEL_MAX_ROWS,
} from "../../src/census";
import { assertAccounted, fixture } from "./helpers";

const elderly = () => parseCensusSync(fixture("kosis/kosis_elderly_standard_cp949.csv"), "kosis_elderly_standard_cp949.csv");
const quirks = () => parseCensusSync(fixture("census/kosis_quirks_utf8bom.csv"), "kosis_quirks_utf8bom.csv");

describe("filters", () => {
  test("filter options list regions, periods, items in source order", () => {
    const o = filterOptions(elderly());
    expect(o.regions[0]).toEqual({ code: "", name: "전국", parent: "", total: "합계" });
    expect(o.regions.find((r) => r.name === "서산시")).toEqual({ code: "", name: "서산시", parent: "충청남도", total: "" });
    expect(o.periods).toEqual(["2020.01"]);
    expect(o.items.map((i) => i.unit)).toEqual(["%", "명", "명"]);
    expect(o.industries).toEqual([]);
  });

  test("regions by name or 'parent name', items; counts keep every cell read", () => {
    const t = elderly();
    const f = applyFilters(t, { regions: ["서산시", "충청남도 당진시"], items: ["전체인구 (B) (명)", "65세이상인구 (A)"] });
    expect(f.rows.map((r) => r.region)).toEqual(["서산시", "당진시"]);
    expect(f.columns.map((c) => c.item)).toEqual(["65세이상인구 (A)", "전체인구 (B)"]);
    expect(f.counts.dataCells).toBe(4);
    expect(f.counts.filteredOut).toBe(486 - 4);
    expect(f.counts.cellsRead).toBe(t.counts.cellsRead);
    assertAccounted(f);
    expect(toLongRows(t, { regions: ["서산시"] }).rows).toHaveLength(3);
    // empty lists do not filter
    expect(applyFilters(t, { regions: [] })).toBe(t);
  });

  test("industries by code or name, periods", () => {
    const t = quirks();
    const f = toLongRows(t, { industries: ["C30"], periods: ["2023"] });
    expect(f.rows.map((r) => [r[1], r[3], r[5], r[6]])).toEqual([
      ["서산시", "C30", "2023", "사업체수"],
      ["서산시", "C30", "2023", "매출액"],
      ["당진시", "C30", "2023", "사업체수"],
      ["당진시", "C30", "2023", "매출액"],
    ]);
    expect(toLongRows(t, { industries: ["기타 운송장비 제조업"] }).rows).toHaveLength(4);
  });

  test("filtered wide layout keeps only the kept rows and columns", () => {
    const w = toWideRows(elderly(), { regions: ["서산시"], items: ["전체인구 (B)"] });
    expect(w.header).toEqual([
      ["행정구역별(1)", "행정구역별(2)", "2020.01"],
      ["행정구역별(1)", "행정구역별(2)", "전체인구 (B) (명)"],
    ]);
    expect(w.rows).toEqual([["충청남도", "서산시", 174663]]);
  });
});

describe("wide layout", () => {
  test("numbers with markers get a 표시 column; symbols stay in place; indentation kept", () => {
    const w = toWideRows(quirks());
    expect(w.header[1]).toEqual(["행정구역별", "산업별", "사업체수 (개)", "매출액 (백만원)", "매출액 (백만원) 표시", "사업체수 (개)", "매출액 (백만원)", "매출액 (백만원) 표시"]);
    expect(w.header[0][4]).toBe("2022");
    expect(w.columnKinds).toEqual(["text", "text", "number", "number", "text", "number", "number", "text"]);
    expect(w.decimals).toEqual([0, 0, 0, 1, 0, 0, 2, 0]);
    const seosan30 = w.rows[3];
    expect(seosan30).toEqual(["\u3000\u3000서산시", "C30 자동차 및 트레일러 제조업", 5, 37, "*", 6, 1.5, "e)"]);
    expect(w.rows[1]).toEqual(["\u3000충청남도", "C 제조업", 100, "…", "", 102, "-", ""]);
  });

  test("every value cell appears once in the wide layout too", () => {
    const t = quirks();
    const w = toWideRows(t);
    const valueCols = w.columnKinds.map((k, i) => (k === "number" ? i : -1)).filter((i) => i >= 0);
    expect(w.rows.length * valueCols.length).toBe(t.counts.dataCells);
  });
});

describe("Excel limits, preview, number formats", () => {
  test("a result over 1,048,576 rows is refused with advice", () => {
    const t = elderly();
    expect(checkExcelFit(t, "long")).toBeNull();
    const big: CensusTable = { ...t, rows: [], counts: { ...t.counts } };
    const row = t.rows[0];
    big.rows = Array.from({ length: 350_000 }, () => row);
    big.counts.dataCells = 350_000 * 3;
    expect(outputSize(big, "long").rows).toBe(1_050_001);
    const e = checkExcelFit(big, "long")!;
    expect(e.code).toBe("too-large");
    expect(e.text.ko).toContain("1,050,001행");
    expect(e.text.ko).toContain("1,048,576");
    expect(e.advice.ko).toContain("필터");
    expect(checkExcelFit(big, "wide")).toBeNull();
    expect(outputSize(big, "wide").rows).toBeLessThan(EXCEL_MAX_ROWS);
  });

  test("preview: first rows, format, layout, counts", () => {
    const p = preview(elderly(), 5);
    expect(p.rows).toHaveLength(5);
    expect(p.format).toBe("kosis-standard-csv");
    expect(p.encoding).toBe("cp949");
    expect(p.layout.ko).toContain("머리글 2줄");
    expect(p.longRows).toBe(487);
    expect(preview(elderly(), 5, { regions: ["서산시"] }).rows).toHaveLength(3);
  });

  test("number formats from the source's decimals", () => {
    expect(numberFormatFor(0)).toBe("#,##0");
    expect(numberFormatFor(2)).toBe("#,##0.00");
    const long = toLongRows(elderly());
    expect(long.decimals.slice(0, 3)).toEqual([1, 0, 0]);
  });

  test("chunks hold the same rows as the long table", () => {
    const t = elderly();
    const all = toLongRows(t).rows;
    const chunks = [...longRowChunks(t, 100)];
    expect(chunks.map((c) => c.rows.length)).toEqual([100, 100, 100, 100, 86]);
    expect(chunks.flatMap((c) => c.rows)).toEqual(all);
  });
});

describe("provenance", () => {
  test("one 출처 row per import", () => {
    const t = parseCensusSync(fixture("census/kosis_quirks_utf8bom.csv"), "kosis_quirks_utf8bom.csv");
    const p = provenance(t, new Date("2024-06-01T09:00:00Z"));
    expect(p).toMatchObject({
      source: "kosis_quirks_utf8bom.csv",
      format: "kosis-standard-csv",
      encoding: "utf-8-bom",
      periods: ["2022", "2023"],
      units: ["개", "백만원"],
      importedAt: "2024-06-01T09:00:00.000Z",
      rows: 24,
      numbers: 15,
      symbols: 6,
      blanks: 1,
      texts: 2,
    });
    expect(p.sha256).toBe(t.sha256);
    expect(p.cellsRead).toBe(t.counts.cellsRead);
    const row = provenanceRow(p);
    expect(row).toHaveLength(PROVENANCE_HEADER.length);
    expect(row[PROVENANCE_HEADER.indexOf("부호별 개수")]).toContain("X: 1");
  });

  test("cells are absent only in pivoted API answers", () => {
    const t = elderly();
    expect(t.rows.every((r) => [...r.kinds].every((k) => k !== Kind.Absent))).toBe(true);
  });
});
