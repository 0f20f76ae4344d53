/**
 * 메뉴판사업: the 43 central-government programmes a designated region can draw on (seed policy brief, 참고
 * "중앙행정기관 지원 메뉴판사업(43)", table 대분류 | 세분류 | 부처 | 사업명).
 *
 * The seed's table is flattened text with merged cells: a 대분류 or 세분류 or 부처 is written once and covers the
 * programmes below it until the next one. The reconstruction below follows that reading. The last 대분류
 * (정주여건개선) has no 세분류 in the seed: subCategory is "" there.
 */

export type MenuCategory = "제조혁신" | "투자촉진" | "노동환경" | "인력양성" | "산단인프라" | "정주여건개선";

export interface MenuProgramme {
  /** 1…43 in the seed's order. */
  no: number;
  category: MenuCategory;
  /** 세분류; "" where the seed gives none. */
  subCategory: string;
  /** 부처 (abbreviated as in the seed: 산업부, 국토부 …). */
  ministry: string;
  name: string;
}

/** Full names of the ministries as abbreviated in the seed. */
export const MENU_MINISTRIES: Readonly<Record<string, { ko: string; en: string }>> = {
  산업부: { ko: "산업통상자원부", en: "Ministry of Trade, Industry and Energy (MOTIE)" },
  교육부: { ko: "교육부", en: "Ministry of Education" },
  중기부: { ko: "중소벤처기업부", en: "Ministry of SMEs and Startups" },
  고용부: { ko: "고용노동부", en: "Ministry of Employment and Labor" },
  여가부: { ko: "여성가족부", en: "Ministry of Gender Equality and Family" },
  산림청: { ko: "산림청", en: "Korea Forest Service" },
  국토부: { ko: "국토교통부", en: "Ministry of Land, Infrastructure and Transport (MOLIT)" },
  환경부: { ko: "환경부", en: "Ministry of Environment" },
};

/** [category, sub-category, ministry, programmes] blocks as the seed lays them out. */
const BLOCKS: [MenuCategory, string, string, string[]][] = [
  ["제조혁신", "기업지원", "산업부", ["산업집적지경쟁력강화사업(R&BD네트워크 구축 및 운영)", "지역선도산단 연계사업(R&D)", "디자인 제조기업 혁신(디자인주도 제조혁신센터)"]],
  ["제조혁신", "기업지원", "교육부", ["지자체-대학협력기반 지역혁신사업"]],
  ["제조혁신", "공정혁신", "산업부", ["산단혁신지원센터", "스마트산단 제조혁신 기반구축", "공정혁신 시뮬레이션센터", "중소기업 청정공정 보급 확산"]],
  ["제조혁신", "공정혁신", "중기부", ["스마트공장 구축 및 고도화"]],
  ["제조혁신", "공정혁신", "고용부", ["일터혁신컨설팅지원(컨설팅)"]],
  ["투자촉진", "창업지원", "산업부", ["산단환경개선펀드(휴폐업공장 리모델링)"]],
  ["노동환경", "근로자지원", "산업부", ["복합문화센터 건립"]],
  ["노동환경", "근로자지원", "여가부", ["성별균형 포용성장 파트너십 운영"]],
  ["노동환경", "근로자지원", "산림청", ["정원인프라확충(스마트가든볼설치사업)"]],
  [
    "노동환경",
    "근로자지원",
    "고용부",
    [
      "자치단체지원(고용안정선제대응패키지지원)",
      "직장어린이집 설치비 지원",
      "클린사업장 조성지원(유해위험요인 시설개선)",
      "클린사업장 조성지원(안전투자 혁신사업)",
      "K-디지털 트레이닝",
      "청년일경험지원사업",
      "청년일자리창출지원(청년일자리도약장려금)",
      "청년내일채움공제",
      "신중년 적합직무 고용장려금",
      "고령자 계속고용장려금",
    ],
  ],
  ["인력양성", "교육연계", "산업부", ["스마트제조고급 인력양성"]],
  ["인력양성", "교육연계", "고용부", ["대중소상생형 공동훈련센터 지원"]],
  ["산단인프라", "경제권정비", "산업부", ["산단환경개선펀드"]],
  ["산단인프라", "경제권정비", "국토부", ["부처연계형 노후산단 개발", "노후공단 재정비 지원(보조)", "노후산단 재생지원(융자)"]],
  ["산단인프라", "에너지", "산업부", ["산업계 기후변화대응 기반구축 및 경쟁력제고", "산업단지 친환경설비 인프라 지원", "스마트에너지 플랫폼 구축", "에너지자급자족형 인프라구축"]],
  ["산단인프라", "에너지", "국토부", ["공공건축물 그린리모델링"]],
  ["산단인프라", "에너지", "환경부", ["스마트 생태공장 구축사업", "비점오염저감사업(저탄소 그린산단 조성사업)"]],
  ["정주여건개선", "", "산업부", ["활력있고 아름다운 거리 조성", "스마트 물류플랫폼", "통합관제센터"]],
  ["정주여건개선", "", "국토부", ["일자리연계형 주택공급", "첨단도로교통체계(지자체 ITS 국고보조사업)"]],
  ["정주여건개선", "", "산림청", ["기후대응 도시숲 사업"]],
];

export const MENU_PROGRAMMES: ReadonlyArray<MenuProgramme> = (() => {
  const out: MenuProgramme[] = [];
  for (const [category, subCategory, ministry, names] of BLOCKS) {
    for (const name of names) out.push({ no: out.length + 1, category, subCategory, ministry, name });
  }
  return out;
})();

/** The six categories in the seed's order. */
export const MENU_CATEGORIES: ReadonlyArray<MenuCategory> = ["제조혁신", "투자촉진", "노동환경", "인력양성", "산단인프라", "정주여건개선"];

/** The programmes as a sheet: header row, then one row per programme. */
export function menuSheet(): (string | number)[][] {
  return [
    ["번호", "대분류", "세분류", "부처", "부처(정식 명칭)", "사업명"],
    ...MENU_PROGRAMMES.map((p) => [p.no, p.category, p.subCategory, p.ministry, MENU_MINISTRIES[p.ministry]?.ko ?? p.ministry, p.name]),
  ];
}
