import { writeFileSync, existsSync } from "fs";
import { join } from "path";
import {
  detectFormat,
  observations,
  parseCensusSync,
  toLongRows,
  toWideRows,
  readXlsx,
  ImportError,
} from "../../src/census";
import { assertAccounted, encodeCp949, fixture, FIXTURES, importErrorOf, makeXlsx, papaRows, utf8 } from "./helpers";

describe("KOSIS 대용량 CSV (CP949, quoted, trailing comma)", () => {
  const bytes = fixture("kosis/kosis_bulk_cp949.csv");
  const t = parseCensusSync(bytes, "kosis_bulk_cp949.csv");

  test("detected; phantom column dropped and counted", () => {
    expect(detectFormat(bytes, "x.csv").format).toBe("kosis-bulk-csv");
    expect(t.format).toBe("kosis-bulk-csv");
    expect(t.encoding).toBe("cp949");
    expect(t.headerRows).toEqual([["행정구역별", "산업별", "항목", "단위", "2018 년", "2019 년", "2020 년"]]);
    expect(t.counts.phantomCells).toBe(7);
    expect(t.columns.map((c) => c.period)).toEqual(["2018", "2019", "2020"]);
  });

  test("item and unit from the 항목/단위 columns; \"\" is a blank, symbols kept", () => {
    const obs = [...observations(t)];
    const o = (region: string, item: string, period: string) => obs.find((x) => x.region === region && x.item === item && x.period === period)!;
    expect(o("전국", "사업체수", "2020")).toMatchObject({ value: null, flag: "", kind: "blank", unit: "개", total: "합계" });
    expect(o("전국", "종사자수", "2020")).toMatchObject({ value: null, flag: "X", kind: "symbol", unit: "명" });
    expect(o("충청남도", "사업체수", "2019")).toMatchObject({ value: null, flag: "-" });
    expect(o("충청남도", "종사자수", "2019")).toMatchObject({ value: null, flag: "…" });
    expect(o("서산시", "종사자수", "2020")).toMatchObject({ value: 9793, industryCode: "C30", industryName: "자동차 및 트레일러 제조업" });
    expect(o("충청남도", "사업체수", "2018")).toMatchObject({ industryCode: "C", industryName: "제조업", total: "소계" });
  });

  test("accounting (phantom cells included in the cells read)", () => {
    assertAccounted(t, { rows: papaRows(new TextDecoder("euc-kr").decode(bytes)) });
  });

  test("monthly periods '2018.01 월' and a period column", () => {
    const text = [
      '"행정구역별","항목","단위","2018.01 월","2018.02 월",',
      '"서산시","인구","명","176000","176100",',
      '"당진시","인구","명","168000","",',
    ].join("\r\n");
    const m = parseCensusSync(encodeCp949(text), "monthly.csv");
    expect(m.format).toBe("kosis-bulk-csv");
    expect(m.columns.map((c) => c.period)).toEqual(["2018.01", "2018.02"]);
    assertAccounted(m, { rows: papaRows(text) });
  });
});

describe("other CSV/TSV", () => {
  test("주민등록 CSV: thousands separators, codes in names, period-prefixed headers", () => {
    const bytes = fixture("census/jumin_population_cp949.csv");
    const t = parseCensusSync(bytes, "jumin_population_cp949.csv");
    expect(t.format).toBe("generic-csv");
    expect(t.encoding).toBe("cp949");
    expect(t.columns.map((c) => [c.period, c.item])).toEqual([
      ["2024.01", "총인구수"],
      ["2024.01", "세대수"],
      ["2024.01", "세대당 인구"],
      ["2024.01", "남자 인구수"],
      ["2024.01", "여자 인구수"],
      ["2024.01", "남여 비율"],
    ]);
    const long = toLongRows(t);
    expect(long.rows[0]).toEqual(["1100000000", "서울특별시", "", "", "", "2024.01", "총인구수", "", 9386034, "", "소계"]);
    expect(long.rows.find((r) => r[1] === "서산시")!.slice(0, 3)).toEqual(["4421000000", "서산시", "충청남도"]);
    expect(long.rows.find((r) => r[1] === "종로구")!.slice(0, 3)).toEqual(["1111000000", "종로구", "서울특별시"]);
    expect(long.decimals[2]).toBe(2); // 세대당 인구 "2.10"
    expect(t.decimalsByItem["남여 비율"]).toBe(2);
    assertAccounted(t, { rows: papaRows(new TextDecoder("euc-kr").decode(bytes)) });
  });

  test("a tidy TSV: label columns by name, the value column 값", () => {
    const bytes = fixture("census/tidy_long.tsv");
    const t = parseCensusSync(bytes, "tidy_long.tsv");
    expect(t.delimiter).toBe("\t");
    expect(t.format).toBe("generic-csv");
    const long = toLongRows(t);
    expect(long.rows).toEqual([
      ["", "충청남도", "", "C30", "자동차 및 트레일러 제조업", "2022", "종사자수", "명", 51733, "", ""],
      ["", "서산시", "", "C30", "자동차 및 트레일러 제조업", "2022", "종사자수", "명", 9793, "", ""],
      ["", "서산시", "", "C31", "기타 운송장비 제조업", "2022", "종사자수", "명", null, "X", ""],
    ]);
    assertAccounted(t, { rows: papaRows(new TextDecoder().decode(bytes), "\t") });
  });

  test("extra classifications become extra columns; UTF-16 with BOM is read", () => {
    const text = "시도별,성별,2020,2021\r\n서울특별시,남자,100,101\r\n서울특별시,여자,110,111\r\n";
    const body = new Uint8Array(text.length * 2 + 2);
    body[0] = 0xff;
    body[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      body[2 + i * 2] = text.charCodeAt(i) & 0xff;
      body[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const t = parseCensusSync(body, "sex.csv");
    expect(t.encoding).toBe("utf-16le-bom");
    expect(t.extraDims).toEqual(["성별"]);
    const long = toLongRows(t);
    expect(long.header.slice(-2)).toEqual(["구분", "성별"]);
    expect(long.rows[1]).toEqual(["", "서울특별시", "", "", "", "2021", "", "", 101, "", "", "남자"]);
    assertAccounted(t, { rows: papaRows(text) });
  });

  test("title line above and notes below are kept as notes and counted", () => {
    const text = "시군구별 사업체 현황\r\n지역,사업체수 (개)\r\n서산시,256\r\n당진시,300\r\n주) 10인 이상\r\n자료: 통계청\r\n";
    const t = parseCensusSync(utf8(text), "notes.csv");
    expect(t.meta.notes).toEqual(["시군구별 사업체 현황", "주) 10인 이상", "자료: 통계청"]);
    expect(t.counts.noteCells).toBe(3);
    expect(t.columns[0]).toMatchObject({ item: "사업체수", unit: "개" });
    assertAccounted(t, { rows: papaRows(text) });
  });
});

const XLSX_DATA: (string | number | null)[][] = [
  ["행정구역별(1)", "산업별(1)", "2022", null, "2023 p)", null],
  [null, null, "사업체수 (개)", "종사자수 (명)", "사업체수 (개)", "종사자수 (명)"],
  ["충청남도", "제조업(10~34)", 3550, 241500, 3600, "X"],
  [null, "C30 자동차 및 트레일러 제조업", 285, 51733, 290, "-"],
  ["서산시", "제조업(10~34)", 256, 23979, 260, 24100.5],
  [null, "C30 자동차 및 트레일러 제조업", 109, 9793, "X", null],
];
const XLSX_MERGES = ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "A3:A4", "A5:A6"];
const XLSX_META: (string | number | null)[][] = [
  ["통계표ID", "DT_1FS1001"],
  ["통계표명", "광업·제조업조사 시군구별 산업중분류별 현황"],
  ["조회기간", "[년] 2022 ~ 2023"],
  ["출처", "「광업·제조업조사」, 통계청"],
  ["자료다운일자", "2024-05-02 10:11"],
  ["URL", "https://kosis.kr/statHtml/statHtml.do?orgId=101&tblId=DT_1FS1001"],
  ["단위", "개, 명"],
  ["주석", "10인 이상 사업체"],
  [null, "2023년은 잠정치"],
];

describe("KOSIS XLSX (데이터 with merged cells, 메타정보)", () => {
  const bytes = makeXlsx([
    { name: "데이터", rows: XLSX_DATA, merges: XLSX_MERGES },
    { name: "메타정보", rows: XLSX_META, inline: true },
  ]);
  const path = join(FIXTURES, "census", "kosis_seosan.xlsx");
  if (!existsSync(path)) writeFileSync(path, bytes);

  test("detected, merged headers and labels filled, hierarchy from the level of the label", () => {
    expect(detectFormat(bytes, "a.xlsx").format).toBe("kosis-xlsx");
    const t = parseCensusSync(bytes, "kosis_seosan.xlsx");
    expect(t.format).toBe("kosis-xlsx");
    expect(t.encoding).toBe("xlsx");
    expect(t.headerRows.length).toBe(2);
    expect(t.columns.map((c) => [c.period, c.periodMarker, c.item, c.unit])).toEqual([
      ["2022", "", "사업체수", "개"],
      ["2022", "", "종사자수", "명"],
      ["2023", "p)", "사업체수", "개"],
      ["2023", "p)", "종사자수", "명"],
    ]);
    const long = toLongRows(t);
    expect(long.rows[4]).toEqual(["", "충청남도", "", "C30", "자동차 및 트레일러 제조업", "2022", "사업체수", "개", 285, "", ""]);
    expect(long.rows[3]).toEqual(["", "충청남도", "", "C", "제조업", "2023", "종사자수", "명", null, "X p)", "소계"]);
    expect(long.rows[7]).toEqual(["", "충청남도", "", "C30", "자동차 및 트레일러 제조업", "2023", "종사자수", "명", null, "- p)", ""]);
    expect(long.rows[15]).toEqual(["", "서산시", "", "C30", "자동차 및 트레일러 제조업", "2023", "종사자수", "명", null, "p)", ""]);
    expect(t.columns[3].decimals).toBe(1);
  });

  test("메타정보 becomes provenance facts", () => {
    const t = parseCensusSync(bytes, "kosis_seosan.xlsx");
    expect(t.meta).toMatchObject({
      tableId: "DT_1FS1001",
      tableName: "광업·제조업조사 시군구별 산업중분류별 현황",
      periodRange: "[년] 2022 ~ 2023",
      source: "「광업·제조업조사」, 통계청",
      downloadDate: "2024-05-02 10:11",
      url: "https://kosis.kr/statHtml/statHtml.do?orgId=101&tblId=DT_1FS1001",
      unit: "개, 명",
    });
    expect(t.meta.notes).toEqual(["10인 이상 사업체", "2023년은 잠정치"]);
  });

  test("accounting: every grid cell of the data sheet, merged copies counted once as label cells", () => {
    const t = parseCensusSync(bytes, "kosis_seosan.xlsx");
    expect(t.counts.cellsRead).toBe(6 * 6);
    const rows = XLSX_DATA.map((r) => r.map((v) => (v === null ? "" : String(v))));
    assertAccounted(t, { rows });
  });

  test("the committed fixture reads the same", () => {
    const t = parseCensusSync(fixture("census/kosis_seosan.xlsx"), "kosis_seosan.xlsx");
    expect(t.counts.dataCells).toBe(16);
    expect(t.meta.tableId).toBe("DT_1FS1001");
  });

  test("inline strings, a sheet chosen by name, and no 데이터 sheet", () => {
    const b = makeXlsx([{ name: "Sheet1", rows: [["지역", "값"], ["서산시", 1.25]], inline: true }]);
    const t = parseCensusSync(b, "plain.xlsx");
    expect(t.warnings[0].en).toMatch(/No '데이터' sheet/);
    expect(toLongRows(t).rows[0]).toEqual(["", "서산시", "", "", "", "", "값", "", 1.25, "", ""]);
    const e = importErrorOf(() => parseCensusSync(b, "plain.xlsx", { sheet: "없는시트" }));
    expect(e.code).toBe("xlsx");
    expect(e.text.ko).toContain("없는시트");
    expect(readXlsx(b, "plain.xlsx", "Sheet1").sheetNames).toEqual(["Sheet1"]);
  });

  test("zip bombs are refused before inflating", () => {
    const zeros = "0".repeat(4 * 1024 * 1024);
    const b = makeXlsx([{ name: "데이터", rows: [["지역", "값"], [zeros, 1]] }]);
    const e = importErrorOf(() => readXlsx(b, "bomb.xlsx", undefined, { maxTotalBytes: 1024 * 1024, maxRatio: 1000, maxGridCells: 1e6 }));
    expect(e.code).toBe("zip-bomb");
    const r = importErrorOf(() => readXlsx(b, "bomb.xlsx", undefined, { maxTotalBytes: 512 * 1024 * 1024, maxRatio: 100, maxGridCells: 1e6 }));
    expect(r.code).toBe("zip-bomb");
    expect(r.fileName).toBe("bomb.xlsx");
  });

  test("a damaged or foreign zip is an ImportError", () => {
    const good = makeXlsx([{ name: "데이터", rows: [["지역", "값"], ["a", 1]] }]);
    const cut = good.slice(0, good.length - 30);
    expect(importErrorOf(() => parseCensusSync(cut, "cut.xlsx")).code).toBe("xlsx");
    const { zipSync, strToU8 } = require("fflate");
    const other = zipSync({ "a.txt": strToU8("hello") });
    const e = importErrorOf(() => parseCensusSync(other, "a.zip"));
    expect(e).toBeInstanceOf(ImportError);
    expect(e.code).toBe("unsupported");
  });

  test("a sheet with a wide grid refused by the grid limit", () => {
    const b = makeXlsx([{ name: "데이터", rows: [["지역", "값"], ["a", 1]] }]);
    const e = importErrorOf(() => readXlsx(b, "x.xlsx", undefined, { maxTotalBytes: 1e9, maxRatio: 1000, maxGridCells: 3 }));
    expect(e.code).toBe("too-large");
  });

  test("wide layout keeps the source shape with flags", () => {
    const t = parseCensusSync(bytes, "kosis_seosan.xlsx");
    const w = toWideRows(t);
    expect(w.header[1]).toEqual(["행정구역별(1)", "산업별(1)", "사업체수 (개)", "종사자수 (명)", "사업체수 (개)", "종사자수 (명)"]);
    expect(w.rows[0]).toEqual(["충청남도", "제조업(10~34)", 3550, 241500, 3600, "X"]);
    expect(w.rows[3]).toEqual(["서산시", "C30 자동차 및 트레일러 제조업", 109, 9793, "X", null]);
    expect(w.columnKinds).toEqual(["text", "text", "number", "number", "number", "number"]);
  });
});
