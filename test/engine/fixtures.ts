/**
 * Fixtures from the seed brief (000_4a128c873ace01f7): 표6 서산시 제조업 현황 (광업제조업조사 2022) and
 * 표9 거점 및 연계산단 현황. The 충청남도 rows are invented, chosen so that 서산시 holds 18.93% of the
 * auto (C30) value added, 47.92% of the backward industries' and 41.82% of both together, as in 표7.
 */

type V = number | "X";
/** [name as printed in 표6, firms, workers, value added (백만원)] */
export const SEOSAN_T6: [string, V, V, V][] = [
  ["제조업(10~34)", 256, 23979, 17307526],
  ["\u3000\u3000\u3000식료품 제조업", 16, 509, 59878],
  ["\u3000\u3000\u3000섬유제품 제조업; 의복제외", 2, "X", "X"],
  ["\u3000\u3000\u3000의복, 의복 액세서리 및 모피제품 제조업", 1, "X", "X"],
  ["\u3000\u3000\u3000펄프, 종이 및 종이제품 제조업", 1, "X", "X"],
  ["\u3000\u3000\u3000인쇄 및 기록매체 복제업", 1, "X", "X"],
  ["\u3000\u3000\u3000코크스, 연탄 및 석유정제품 제조업", 5, 1404, 10137664],
  ["\u3000\u3000\u3000화학물질 및 화학제품 제조업; 의약품 제외", 31, 6225, 4636006],
  ["\u3000\u3000\u3000고무 및 플라스틱제품 제조업", 15, 626, 106362],
  ["\u3000\u3000\u3000비금속 광물제품 제조업", 20, 575, 217576],
  ["\u3000\u3000\u30001차 금속 제조업", 12, 433, 95322],
  ["\u3000\u3000\u3000금속가공제품 제조업; 기계 및 가구 제외", 19, 961, 132573],
  ["\u3000\u3000\u3000전자부품, 컴퓨터, 영상, 음향 및 통신장비 제조업", 1, "X", "X"],
  ["\u3000\u3000\u3000전기장비 제조업", 7, 2536, 224771],
  ["\u3000\u3000\u3000기타 기계 및 장비 제조업", 8, 266, 31532],
  ["\u3000\u3000\u3000자동차 및 트레일러 제조업", 109, 9793, 1614618],
  ["\u3000\u3000\u3000기타 제품 제조업", 1, "X", "X"],
  ["\u3000\u3000\u3000산업용 기계 및 장비 수리업", 7, 247, 28700],
];

/** Codes of the 표6 rows, in order (C is the total row). */
export const SEOSAN_CODES = ["C", "C10", "C13", "C14", "C17", "C18", "C19", "C20", "C22", "C23", "C24", "C25", "C26", "C28", "C29", "C30", "C33", "C34"];

/** Invented 충청남도 figures [code, firms, workers, value added (백만원)], all published. */
export const CHUNGNAM: [string, number, number, number][] = [
  ["C10", 310, 14200, 2100000],
  ["C13", 60, 2100, 210000],
  ["C14", 25, 900, 60000],
  ["C17", 40, 1500, 230000],
  ["C18", 20, 600, 40000],
  ["C19", 12, 3100, 12500000],
  ["C20", 190, 16500, 14200000],
  ["C22", 260, 12800, 1400000],
  ["C23", 210, 7600, 1600000],
  ["C24", 150, 9800, 1680000],
  ["C25", 420, 13900, 600000],
  ["C26", 180, 52000, 30500000],
  ["C28", 230, 13600, 1900000],
  ["C29", 380, 15800, 1700000],
  ["C30", 330, 41000, 8529000],
  ["C33", 30, 900, 70000],
  ["C34", 60, 1300, 110000],
];

const sumCol = (i: 1 | 2 | 3) => CHUNGNAM.reduce((a, r) => a + r[i], 0);
export const CHUNGNAM_TOTAL: [string, number, number, number] = ["C", sumCol(1), sumCol(2), sumCol(3)];

const name = (code: string) => {
  const i = SEOSAN_CODES.indexOf(code);
  return i >= 0 ? SEOSAN_T6[i][0].replace(/\u3000/g, "") : code;
};

/** Wide layout as 표6 prints it (industry names only), with a parent-region column, 서산시 and 충청남도. */
export function wideT6(): unknown[][] {
  const rows: unknown[][] = [["지역", "상위지역", "산업", "기업체수 (개)", "종사자수 (명)", "부가가치 (백만원)"]];
  for (const r of SEOSAN_T6) rows.push(["서산시", "충청남도", r[0], r[1], r[2], r[3]]);
  for (const r of [CHUNGNAM_TOTAL, ...CHUNGNAM]) rows.push(["충청남도", "", r[0] === "C" ? "제조업(10~34)" : name(r[0]), r[1], r[2], r[3]]);
  return rows;
}

export const LONG_HEADER = ["지역코드", "지역", "상위지역", "산업코드", "산업명", "시점", "항목", "단위", "값", "표시", "구분"];
const MEASURES: [string, string][] = [
  ["기업체수", "개"],
  ["종사자수", "명"],
  ["부가가치", "백만원"],
];

/** Long layout as the import writes it: one row per value, X as an empty value with 표시 "X". */
export function longT6(period: string | number = "2022"): unknown[][] {
  const rows: unknown[][] = [LONG_HEADER];
  const add = (rc: string, region: string, parent: string, code: string, vals: V[]) => {
    vals.forEach((v, i) => {
      rows.push([rc, region, parent, code, name(code), period, MEASURES[i][0], MEASURES[i][1], v === "X" ? "" : v, v === "X" ? "X" : "", code === "C" ? "합계" : ""]);
    });
  };
  SEOSAN_T6.forEach((r, i) => add("44210", "서산시", "충청남도", SEOSAN_CODES[i], [r[1], r[2], r[3]]));
  for (const r of [CHUNGNAM_TOTAL, ...CHUNGNAM]) add("44", "충청남도", "", r[0], [r[1], r[2], r[3]]);
  return rows;
}

/** 표9 거점 및 연계산단 현황: hub + six linked complexes [complex, city, firms, workers]. */
export const T9: [string, string, number, number][] = [
  ["서산오토밸리일반산업단지", "서산시", 46, 5990],
  ["아산국가산업단지(고대·부곡지구)", "당진시", 133, 4745],
  ["당진제1철강일반산업단지", "당진시", 4, 1317],
  ["송산2일반산업단지", "당진시", 45, 1033],
  ["대산3일반산업단지", "서산시", 12, 89],
  ["대죽일반산업단지", "서산시", 12, 861],
  ["서산인더스밸리", "서산시", 12, 412],
];

export function wideT9(): unknown[][] {
  return [["산업단지", "상위지역", "구분", "산업", "입주업체 (개소)", "근로자수 (명)"], ...T9.map((r, i) => [r[0], r[1], i === 0 ? "거점산단" : "연계산단", "제조업", r[2], r[3]])];
}
