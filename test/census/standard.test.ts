import {
  detectFormat,
  observations,
  parseCensus,
  parseCensusSync,
  toLongRows,
  LONG_HEADER,
  hasSuppressedPart,
  isFormulaLike,
  formulaLikeCells,
  sha256Hex,
} from "../../src/census";
import { assertAccounted, fixture, papaRows } from "./helpers";

const ELDERLY = "kosis/kosis_elderly_standard_cp949.csv";
const TABLE6 = "kosis/kosis_seosan_table6_cp949.csv";
const QUIRKS = "census/kosis_quirks_utf8bom.csv";

describe("real KOSIS standard CSV (CP949, elderly population)", () => {
  const bytes = fixture(ELDERLY);
  const t = parseCensusSync(bytes, "kosis_elderly_standard_cp949.csv");

  test("detected as KOSIS standard CSV in CP949", () => {
    const d = detectFormat(bytes, "kosis_elderly_standard_cp949.csv");
    expect(d.format).toBe("kosis-standard-csv");
    expect(d.encoding).toBe("cp949");
    expect(d.delimiter).toBe(",");
    expect(t.format).toBe("kosis-standard-csv");
    expect(t.encoding).toBe("cp949");
  });

  test("two header rows, two label columns, three items with units split off", () => {
    expect(t.headerRows.length).toBe(2);
    expect(t.labelHeaders).toEqual(["행정구역별(1)", "행정구역별(2)"]);
    expect(t.columns.map((c) => [c.period, c.item, c.unit])).toEqual([
      ["2020.01", "고령인구비율 (A÷B×100)", "%"],
      ["2020.01", "65세이상인구 (A)", "명"],
      ["2020.01", "전체인구 (B)", "명"],
    ]);
    expect(t.columns.map((c) => c.decimals)).toEqual([1, 0, 0]);
    expect(t.decimalsByItem["고령인구비율 (A÷B×100)"]).toBe(1);
  });

  test("hierarchy: 전국 is 합계, province 소계 rows are the province itself, cities have their province as parent", () => {
    const long = toLongRows(t);
    expect(long.header).toEqual([...LONG_HEADER]);
    const byRegion = (name: string) => long.rows.filter((r) => r[1] === name);
    expect(byRegion("전국")[0]).toEqual(["", "전국", "", "", "", "2020.01", "고령인구비율 (A÷B×100)", "%", 15.6, "", "합계"]);
    expect(byRegion("서울특별시")[1]).toEqual(["", "서울특별시", "", "", "", "2020.01", "65세이상인구 (A)", "명", 1488747, "", "소계"]);
    expect(byRegion("서산시")).toHaveLength(3);
    expect(byRegion("서산시")[0].slice(0, 3)).toEqual(["", "서산시", "충청남도"]);
    expect(byRegion("서산시")[0][10]).toBe("");
    expect(byRegion("서귀포시")[2]).toEqual(["", "서귀포시", "제주특별자치도", "", "", "2020.01", "전체인구 (B)", "명", 181547, "", ""]);
    // industry columns are kept, blank: the table is not region × industry
    expect(long.rows.every((r) => r[3] === "" && r[4] === "")).toBe(true);
  });

  test("every cell is accounted for (against papaparse's reading of the same text)", () => {
    const text = new TextDecoder("euc-kr").decode(bytes);
    const rows = papaRows(text);
    expect(t.counts.dataCells).toBe(162 * 3);
    expect(t.counts.numbers).toBe(486);
    expect(t.counts.headerCells).toBe(10);
    expect(t.counts.labelCells).toBe(324);
    assertAccounted(t, { rows });
  });

  test("SHA-256 of the bytes; async and sync agree", async () => {
    const a = await parseCensus(bytes, "kosis_elderly_standard_cp949.csv");
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.sha256).toBe(t.sha256);
    expect(sha256Hex(bytes)).toBe(t.sha256);
  });
});

describe("표 6: Seosan manufacturing as a KOSIS standard CSV (CP949) with X cells", () => {
  const bytes = fixture(TABLE6);
  const t = parseCensusSync(bytes, "kosis_seosan_table6_cp949.csv");
  const obs = [...observations(t)];
  const workers = obs.filter((o) => o.item === "종사자수");

  test("every KSIC division is recognised from its name (seed spellings included)", () => {
    const codes = workers.map((o) => o.industryCode);
    expect(codes).toEqual([
      "C",
      "C10",
      "C13",
      "C14",
      "C17",
      "C18",
      "C19",
      "C20",
      "C22",
      "C23",
      "C24",
      "C25",
      "C26",
      "C28",
      "C29",
      "C30",
      "C33",
      "C34",
    ]);
    expect(workers[0].industryName).toBe("제조업");
    expect(workers[15].industryName).toBe("자동차 및 트레일러 제조업");
    // indentation is stripped from names
    expect(workers.every((o) => !o.industryName.startsWith("\u3000"))).toBe(true);
  });

  test("region 서산시 under 충청남도; 제조업 is the subtotal of its divisions", () => {
    expect(new Set(obs.map((o) => `${o.parentRegion}/${o.region}`))).toEqual(new Set(["충청남도/서산시"]));
    expect(workers[0].total).toBe("소계");
    expect(workers.slice(1).every((o) => o.total === "")).toBe(true);
  });

  test("units split from 항목 (단위), <br> made a space", () => {
    expect(t.columns.map((c) => [c.period, c.item, c.unit])).toEqual([
      ["2022", "기업체수", "개"],
      ["2022", "종사자수", "명"],
      ["2022", "부가가치", "백만원"],
    ]);
    expect(t.headerRows[1][5]).toBe("부가가치 (백만원)");
  });

  test("X is a flag with an empty value, never 0; six X rows hide 404 workers", () => {
    const hidden = workers.filter((o) => o.flag === "X");
    expect(hidden).toHaveLength(6);
    expect(hidden.every((o) => o.value === null && hasSuppressedPart(o.flag))).toBe(true);
    const total = workers[0].value!;
    const published = workers.slice(1).reduce((a, o) => a + (o.value ?? 0), 0);
    expect(total).toBe(23979);
    expect(published).toBe(23575);
    expect(total - published).toBe(404);
    expect(t.counts.bySymbol).toEqual({ X: 12 });
    expect(t.counts.symbols).toBe(12);
  });

  test("accounting", () => {
    assertAccounted(t, { rows: papaRows(new TextDecoder("euc-kr").decode(bytes)) });
  });
});

describe("KOSIS standard CSV quirks (UTF-8 with BOM)", () => {
  const bytes = fixture(QUIRKS);
  const t = parseCensusSync(bytes, "kosis_quirks_utf8bom.csv");
  const obs = [...observations(t)];
  const find = (region: string, code: string, period: string, item: string) =>
    obs.filter((o) => o.region === region && o.industryCode === code && o.period === period && o.item === item);

  test("format and encoding", () => {
    expect(t.format).toBe("kosis-standard-csv");
    expect(t.encoding).toBe("utf-8-bom");
    expect(t.labelHeaders).toEqual(["행정구역별", "산업별"]);
  });

  test("period marker p) moves to the flag; the period is normalised", () => {
    expect(t.columns.map((c) => [c.period, c.periodMarker, c.item, c.unit])).toEqual([
      ["2022", "", "사업체수", "개"],
      ["2022", "", "매출액", "백만원"],
      ["2023", "p)", "사업체수", "개"],
      ["2023", "p)", "매출액", "백만원"],
    ]);
    expect(find("전국", "C", "2023", "사업체수")[0]).toMatchObject({ value: 1010, flag: "p)" });
  });

  test("U+3000 indentation gives the region hierarchy", () => {
    const parents = new Map(obs.map((o) => [o.region, o.parentRegion]));
    expect(parents.get("전국")).toBe("");
    expect(parents.get("충청남도")).toBe("전국");
    expect(parents.get("서산시")).toBe("충청남도");
    expect(parents.get("당진시")).toBe("충청남도");
    expect(find("전국", "C", "2022", "사업체수")[0].total).toBe("소계"); // 전국 × a section: a total, not the grand total
    expect(find("충청남도", "C", "2022", "사업체수")[0].total).toBe("소계");
    expect(find("서산시", "C30", "2022", "사업체수")[0].total).toBe("");
  });

  test("symbols kept exactly, never 0; markers after numbers split off", () => {
    const f = (region: string, code: string, period: string, item: string) => {
      const o = find(region, code, period, item)[0];
      return [o.value, o.flag];
    };
    expect(f("충청남도", "C", "2022", "매출액")).toEqual([null, "…"]);
    expect(f("충청남도", "C", "2023", "매출액")).toEqual([null, "- p)"]);
    expect(f("서산시", "C", "2022", "매출액")).toEqual([null, "x"]);
    expect(f("서산시", "C", "2023", "매출액")).toEqual([null, "X p)"]);
    expect(f("서산시", "C30", "2022", "매출액")).toEqual([37, "*"]);
    expect(f("서산시", "C30", "2023", "매출액")).toEqual([1.5, "e) p)"]);
    expect(f("당진시", "C30", "2022", "매출액")).toEqual([null, "**"]);
    expect(f("당진시", "C30", "2023", "사업체수")).toEqual([null, "p)"]); // blank cell in a preliminary period
    expect(f("당진시", "C30", "2023", "매출액")).toEqual([null, "▽ p)"]);
    expect(f("당진시", "C31", "2022", "사업체수")).toEqual([null, "해당없음"]);
    expect(f("당진시", "C31", "2022", "매출액")).toEqual([1234, ""]);
    expect(f("당진시", "C31", "2023", "매출액")).toEqual([null, "=SUM(A1) p)"]);
    expect(hasSuppressedPart("X p)")).toBe(true);
    expect(t.counts).toMatchObject({ dataCells: 24, numbers: 15, symbols: 6, blanks: 1, texts: 2 });
    expect(t.counts.bySymbol).toMatchObject({ "…": 1, "-": 1, x: 1, X: 1, "*": 1, "e)": 1, "**": 1, "▽": 1, "p)": 12 });
  });

  test("codes in industry labels: leading, trailing, bare section letter", () => {
    const names = new Map(obs.map((o) => [o.industryCode, o.industryName]));
    expect(names.get("C")).toBe("제조업");
    expect(names.get("C30")).toBe("자동차 및 트레일러 제조업");
    expect(names.get("C31")).toBe("기타 운송장비 제조업");
  });

  test("formula-looking text is flagged for the writer", () => {
    const long = toLongRows(t);
    const row = long.rows.find((r) => String(r[9]).startsWith("=SUM"))!;
    expect(formulaLikeCells(row)).toEqual([9]);
    expect(isFormulaLike("-")).toBe(true);
    expect(isFormulaLike("+82")).toBe(true);
    expect(isFormulaLike("@x")).toBe(true);
    expect(isFormulaLike("서산시")).toBe(false);
    expect(isFormulaLike(5)).toBe(false);
    expect(long.columnKinds.filter((k) => k === "number")).toHaveLength(1);
  });

  test("accounting", () => {
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
    assertAccounted(t, { rows: papaRows(text) });
  });
});
