/**
 * The workbench's sample workbook: the seed brief's analyses, live. 표6 arrives through the real import
 * pipeline (a KOSIS standard CSV of 광업제조업조사 2022), then 표7 shares, 표9 sums, 표14 hub choice and the
 * 50:50 splits are SANDAN formulas over it.
 *
 * 서산시's figures are the brief's (표6, with its X cells). The 충청남도 figures are illustrative, chosen so that
 * 서산시's shares come out as 표7 prints them (18.93%, 47.92%, 41.82%); they are not statistics.
 */
import { parseCensus, prepareImport } from "../census";
import { writeImport } from "../taskpane/import-writer";
import type { HfWorkbook } from "./hf-workbook";

type V = number | "X";

/** [KSIC code, name as 표6 prints it, 서산시 firms, workers, value added (백만원)] */
const SEOSAN: [string, string, V, V, V][] = [
  ["C", "제조업(10~34)", 256, 23979, 17307526],
  ["C10", "식료품 제조업", 16, 509, 59878],
  ["C13", "섬유제품 제조업; 의복제외", 2, "X", "X"],
  ["C14", "의복, 의복 액세서리 및 모피제품 제조업", 1, "X", "X"],
  ["C17", "펄프, 종이 및 종이제품 제조업", 1, "X", "X"],
  ["C18", "인쇄 및 기록매체 복제업", 1, "X", "X"],
  ["C19", "코크스, 연탄 및 석유정제품 제조업", 5, 1404, 10137664],
  ["C20", "화학물질 및 화학제품 제조업; 의약품 제외", 31, 6225, 4636006],
  ["C22", "고무 및 플라스틱제품 제조업", 15, 626, 106362],
  ["C23", "비금속 광물제품 제조업", 20, 575, 217576],
  ["C24", "1차 금속 제조업", 12, 433, 95322],
  ["C25", "금속가공제품 제조업; 기계 및 가구 제외", 19, 961, 132573],
  ["C26", "전자부품, 컴퓨터, 영상, 음향 및 통신장비 제조업", 1, "X", "X"],
  ["C28", "전기장비 제조업", 7, 2536, 224771],
  ["C29", "기타 기계 및 장비 제조업", 8, 266, 31532],
  ["C30", "자동차 및 트레일러 제조업", 109, 9793, 1614618],
  ["C33", "기타 제품 제조업", 1, "X", "X"],
  ["C34", "산업용 기계 및 장비 수리업", 7, 247, 28700],
];

/** Illustrative 충청남도 figures per division: [firms, workers, value added (백만원)]. */
const CHUNGNAM: Record<string, [number, number, number]> = {
  C10: [310, 14200, 2100000],
  C13: [60, 2100, 210000],
  C14: [25, 900, 60000],
  C17: [40, 1500, 230000],
  C18: [20, 600, 40000],
  C19: [12, 3100, 12500000],
  C20: [190, 16500, 14200000],
  C22: [260, 12800, 1400000],
  C23: [210, 7600, 1600000],
  C24: [150, 9800, 1680000],
  C25: [420, 13900, 600000],
  C26: [180, 52000, 30500000],
  C28: [230, 13600, 1900000],
  C29: [380, 15800, 1700000],
  C30: [330, 41000, 8529000],
  C33: [30, 900, 70000],
  C34: [60, 1300, 110000],
};

/** 표6 and the province as a KOSIS standard CSV download would carry them. */
export function sampleKosisCsv(): string {
  const lines = [
    "행정구역별(1),행정구역별(2),산업별,2022,2022,2022",
    "행정구역별(1),행정구역별(2),산업별,사업체수 (개),종사자수 (명),부가가치 (백만원)",
  ];
  const total = [0, 1, 2].map((i) => Object.values(CHUNGNAM).reduce((a, r) => a + r[i], 0));
  lines.push(`충청남도,소계,"${SEOSAN[0][1]}",${total.join(",")}`);
  for (const [code, name] of SEOSAN.slice(1)) lines.push(`충청남도,소계,"${name}",${CHUNGNAM[code].join(",")}`);
  for (const [, name, ...v] of SEOSAN) lines.push(`충청남도,서산시,"${name}",${v.join(",")}`);
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

export const SAMPLE_FILE = "광업제조업조사_2022_충남.csv";

/** Builds the sample workbook: the import, then one sheet per analysis of the brief. */
export async function loadSample(book: HfWorkbook): Promise<void> {
  const bytes = new TextEncoder().encode(sampleKosisCsv());
  const table = await parseCensus(bytes, SAMPLE_FILE);
  const prepared = prepareImport(table, "long", undefined, new Date("2024-04-29T09:00:00+09:00"));
  const { sheet, rows } = await writeImport(book, prepared);
  const T = `'${sheet}'!$A$1:$K$${rows + 1}`;

  await book.addSheet("표7 비중");
  await book.writeBlock({
    sheet: "표7 비중",
    row: 0,
    col: 0,
    values: [
      ["충남에서 서산시가 차지하는 비중 (부가가치, 2022)", null, null, null],
      ["산업", "서산시 (백만원)", "충청남도 (백만원)", "비중"],
      ["자동차 및 트레일러 제조업 (자동차)", null, null, null],
      ["후방산업 (자동차후방: C19, C20, C22~C25)", null, null, null],
      ["해당산업 + 후방산업", null, null, null],
      ["비중의 평균 (잘못된 계산, 비교용)", null, null, null],
    ],
    columnFormats: ["", "#,##0", "#,##0", "0.00%"],
  });
  const share = (industries: string) => [
    `=SANDAN.CENSUS_VALUE(${T},"서산시","${industries}","부가가치")`,
    `=SANDAN.CENSUS_VALUE(${T},"충청남도","${industries}","부가가치")`,
    `=SANDAN.REGIONAL_SHARE(${T},"서산시","충청남도","${industries}","부가가치")`,
  ];
  await book.writeFormulas("표7 비중", 2, 1, [share("자동차"), share("자동차후방"), share("C30,C19,C20,C22,C23,C24,C25"), ["", "", "=AVERAGE(D3:D4)"]]);

  await book.addSheet("입지계수·비밀보호");
  await book.writeBlock({
    sheet: "입지계수·비밀보호",
    row: 0,
    col: 0,
    values: [
      ["서산시 자동차(C30) 종사자 입지계수 (충청남도 대비)", null, null],
      ["표6의 비밀보호(X) 종사자수: 행마다 가능한 범위", null, null],
      ["산업", "하한", "상한"],
    ],
    columnFormats: ["", "#,##0", "#,##0"],
  });
  await book.writeFormulas("입지계수·비밀보호", 0, 1, [[`=SANDAN.LQ(${T},"서산시","충청남도","C30","종사자수")`]]);
  await book.writeFormulas("입지계수·비밀보호", 3, 0, [[`=SANDAN.SUPPRESSED_BOUNDS(${T},"서산시","종사자수")`]]);

  await book.addSheet("표9 산단");
  await book.writeBlock({
    sheet: "표9 산단",
    row: 0,
    col: 0,
    values: [
      ["지역", "산업", "입주업체 (개)", "근로자수 (명)", "구분"],
      ["서산오토밸리일반산업단지", "제조업", 46, 5990, "거점"],
      ["아산국가산업단지(고대·부곡지구)", "제조업", 133, 4745, "연계"],
      ["당진제1철강일반산업단지", "제조업", 4, 1317, "연계"],
      ["송산2일반산업단지", "제조업", 45, 1033, "연계"],
      ["대산3일반산업단지", "제조업", 12, 89, "연계"],
      ["대죽일반산업단지", "제조업", 12, 861, "연계"],
      ["서산인더스밸리", "제조업", 12, 412, "연계"],
      ["합계", null, null, null, null],
    ],
    columnFormats: ["", "", "#,##0", "#,##0", ""],
  });
  await book.writeFormulas("표9 산단", 8, 2, [
    ['=SANDAN.CENSUS_VALUE($A$1:$D$8,$A$2:$A$8,"C","입주업체")', '=SANDAN.CENSUS_VALUE($A$1:$D$8,$A$2:$A$8,"C","근로자수")'],
  ]);

  await book.addSheet("표14 거점");
  await book.writeBlock({
    sheet: "표14 거점",
    row: 0,
    col: 0,
    values: [
      ["거점산단 후보", "기업 수", "종업원 수", "점수 (share)", "점수 (topsis)"],
      ["서산오토밸리일반산업단지", 46, 5990, null, null],
      ["아산국가산업단지(고대·부곡지구)", 133, 4745, null, null],
      [null, null, null, null, null],
      ["가중치", 0.5, 0.5, null, null],
      ["선두가 바뀌는 종업원 수 가중치", null, null, null, null],
      [null, null, null, null, null],
      ["유형", "착공 연도", "기준 연도", "노후거점산단 요건", null],
      ["일반", 1997, 2024, null, null],
      ["국가", 1989, 2024, null, null],
    ],
    columnFormats: ["", "#,##0", "#,##0", "0.0000", "0.0000"],
  });
  await book.writeFormulas("표14 거점", 1, 3, [['=SANDAN.HUB_SCORE(A1:C3,B5:C5,"share")', '=SANDAN.HUB_SCORE(A1:C3,B5:C5,"topsis")']]);
  await book.writeFormulas("표14 거점", 5, 1, [['=SANDAN.HUB_TIPPING(A1:C3,B5:C5,"종업원 수")']]);
  await book.writeFormulas("표14 거점", 8, 3, [["=SANDAN.HUB_ELIGIBLE(A9,B9,C9)"], ["=SANDAN.HUB_ELIGIBLE(A10,B10,C10)"]]);

  await book.addSheet("예산 배분");
  await book.writeBlock({
    sheet: "예산 배분",
    row: 0,
    col: 0,
    values: [
      ["2021년 선정 5개 지역 국비 (백만원)", 256200, null, null, null, null],
      ["비율", 1, 1, 1, 1, 1],
      ["배분", null, null, null, null, null],
      [null, null, null, null, null, null],
      ["서산·당진 국비 50:50 (백만원)", 25, null, null, null, null],
      ["비율", 50, 50, null, null, null],
      ["배분", null, null, null, null, null],
      [null, null, null, null, null, null],
      ["재생사업 국비:지방비 50:50 (백만원)", 12345, null, null, null, null],
      ["비율", 50, 50, null, null, null],
      ["배분 (단위 5)", null, null, null, null, null],
    ],
    columnFormats: ["", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0"],
  });
  await book.writeFormulas("예산 배분", 2, 1, [["=SANDAN.BUDGET_SPLIT(B1,B2:F2)"]]);
  await book.writeFormulas("예산 배분", 6, 1, [["=SANDAN.BUDGET_SPLIT(B5,B6:C6)"]]);
  await book.writeFormulas("예산 배분", 10, 1, [["=SANDAN.BUDGET_SPLIT(B9,B10:C10,5)"]]);
  book.select("표7 비중", 2, 3);
}
