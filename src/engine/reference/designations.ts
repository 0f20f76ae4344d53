/**
 * The regions designated for the 노후거점산단 경쟁력강화사업 / 산업단지 대개조 programme, 2019–2023, as the seed
 * policy brief lists them (서산 산단대개조 정책브리프, 표1–5 and the text under each table, which quotes the
 * 국토교통부 press releases of each year).
 *
 * 2019 (표1) predates the hub-and-linked structure: five single complexes, with a goal (추진목표) and main
 * contents (주요내용) instead of a 육성방향; the seed's table has no province column, so the province is inferred
 * from the city (marked provinceInferred). 2020–2022 have five regions each, 2023 three. Names are as printed
 * in the tables; where the text under a table names a linked complex differently, the note says so.
 */

export type LinkKind = "연계산단" | "연계지역" | "연계산단·지역";

export interface LinkedSite {
  name: string;
  kind: LinkKind;
  /** The specialisation in parentheses, e.g. "e-모빌리티". */
  focus?: string;
}

export interface Designation {
  year: number;
  /** The province as the seed writes it (short form such as 경북). */
  province: string;
  /** The official name at the time of designation (강원도 and 전라북도 before their 2023/2024 renaming). */
  provinceFull: string;
  provinceInferred?: boolean;
  /** The hub complex (거점산단) as printed in the table. */
  hub: string;
  /** The hub's full name where the text gives it, e.g. 구미국가산단. */
  hubFull?: string;
  hubFocus?: string;
  linked: LinkedSite[];
  /** 육성방향 (2020–2023) or 추진목표 (2019). */
  direction: string;
  /** 2019 only: 주요내용. */
  contents?: string[];
  /** Seed table: "표1" … "표5". */
  table: string;
  notes?: string[];
}

const s = (name: string, kind: LinkKind, focus?: string): LinkedSite => (focus ? { name, kind, focus } : { name, kind });

export const DESIGNATIONS: ReadonlyArray<Designation> = [
  // 2019 (표1): 산업단지명 | 추진목표 | 주요내용
  {
    year: 2019,
    province: "전북",
    provinceFull: "전라북도",
    provinceInferred: true,
    hub: "군산･군산2 국가산단",
    linked: [],
    direction: "미래형 新산업 혁신단지",
    contents: [
      "중소형선박 기자재 품질고도화센터, 자동차 연구센터 등을 통한 주력산업 경쟁력 강화",
      "근로자 지원 기반시설 확충",
      "새만금개발과 연계한 발전방안 등",
    ],
    table: "표1",
  },
  {
    year: 2019,
    province: "대구",
    provinceFull: "대구광역시",
    provinceInferred: true,
    hub: "대구 달성1차 일반산단",
    linked: [],
    direction: "근로자친화형 미래형 산업단지",
    contents: ["사고위험 도로 개선 및 스마트 주차장 설치, 공원 조성 등 기반시설 정비", "임대형 지식산업센터 건립을 통한 업종 고도화"],
    table: "표1",
  },
  {
    year: 2019,
    province: "강원",
    provinceFull: "강원도",
    provinceInferred: true,
    hub: "동해 북평 국가･일반산단",
    linked: [],
    direction: "해양심층수 특화 산업단지",
    contents: ["지하시설물 보수 및 도로정비 등 환경개선을 통한 산단 경쟁력 강화", "해양심층수 공급라인 구축 등을 통해 유망산업 유치･육성 추진"],
    table: "표1",
  },
  {
    year: 2019,
    province: "전북",
    provinceFull: "전라북도",
    provinceInferred: true,
    hub: "정읍 제3 일반산단",
    linked: [],
    direction: "활력이 넘치는 샘고을 혁신산단",
    contents: ["연구개발특구와 연계한 연구개발 역량 강화", "활력문화거리 조성 추진", "주차장 확충, 노후 공업용수시설 정비 등"],
    table: "표1",
  },
  {
    year: 2019,
    province: "충북",
    provinceFull: "충청북도",
    provinceInferred: true,
    hub: "충주 제1 일반산단",
    linked: [],
    direction: "지역경제선도 창의･활력거점",
    contents: ["스마트 주차타워 및 도로시설물 확충", "신재생에너지 기반 구축 등 스마트 산업기반", "산학융합지구 및 혁신지원센터 조성"],
    table: "표1",
  },

  // 2020 (표2): 지역 | 거점(연계산단, 지역) | 육성방향
  {
    year: 2020,
    province: "경북",
    provinceFull: "경상북도",
    hub: "구미",
    hubFull: "구미국가산단",
    hubFocus: "전기전자",
    linked: [s("김천1", "연계산단", "e-모빌리티"), s("성주", "연계산단", "뿌리기업 중심 차량부품"), s("왜관", "연계산단", "스마트물류")],
    direction: "대기업 이탈 가속화로 인한 생태계 부재를 극복",
    table: "표2",
  },
  {
    year: 2020,
    province: "광주",
    provinceFull: "광주광역시",
    hub: "첨단",
    hubFull: "광주첨단국가산단",
    hubFocus: "전장부품·모듈 공급",
    linked: [s("빛그린", "연계산단", "친환경완성차"), s("하남", "연계산단", "금형, 가공 부품 공급")],
    direction: "광·가전과 자동차전장부품 산업 융합을 통해 新자동차 산업생태계를 조성",
    table: "표2",
  },
  {
    year: 2020,
    province: "대구",
    provinceFull: "대구광역시",
    hub: "성서",
    hubFull: "성서일반산단",
    hubFocus: "자동차 부품",
    linked: [s("서대구", "연계산단", "산업용섬유, 금속"), s("제3산단", "연계산단", "기계, 금속"), s("혁신경제벨트", "연계지역", "혁신자원")],
    direction: "기존 주력산업(기계금속, 운송장비, 섬유)을 로봇, 기능성소재 등의 산업생태계로 고도화",
    table: "표2",
  },
  {
    year: 2020,
    province: "인천",
    provinceFull: "인천광역시",
    hub: "남동",
    hubFull: "남동국가산단",
    hubFocus: "뿌리 소재부품장비 거점",
    linked: [s("주안부평", "연계산단", "기계,전기전자, 완성차"), s("IFEZ 송도지식정보산단", "연계산단·지역", "바이오/헬스케어, IT융합")],
    direction: "기존 뿌리산업을 고부가 바이오(진단키트, 시약제조) 및 소재부품장비 산업(미래차부품, 희토류 등)으로 전환",
    table: "표2",
  },
  {
    year: 2020,
    province: "전남",
    provinceFull: "전라남도",
    hub: "여수",
    hubFull: "여수국가산단",
    hubFocus: "석유화학",
    linked: [s("광양", "연계산단", "금속, 비금속"), s("율촌제1", "연계산단", "금속, 기계, 화학, 이차전지"), s("여수·광양항 항만부지", "연계지역", "물류")],
    direction: "주력산업(화학·철강)과 연계한 이차전지 등 차세대 소재·부품 산업생태계 조성",
    table: "표2",
  },

  // 2021 (표3)
  {
    year: 2021,
    province: "경기",
    provinceFull: "경기도",
    hub: "반월·시화",
    hubFull: "반월·시화 국가산단",
    hubFocus: "자동차, 반도체, 소부장",
    linked: [s("성남", "연계산단·지역", "전기전자부품"), s("화성발안", "연계산단·지역", "자동차"), s("판교", "연계산단·지역", "IT기반")],
    direction: "시스템 반도체와 미래차 등 전략산업 및 차세대 핵심 소부장(소재·부품·장비 이하 소부장) 육성을 통해 지역 내 혁신 일자리 창출을 제시",
    table: "표3",
  },
  {
    year: 2021,
    province: "경남",
    provinceFull: "경상남도",
    hub: "창원",
    hubFull: "창원국가산단",
    hubFocus: "미래형 모빌리티",
    linked: [s("김해골든루트", "연계산단", "자동차·전자부품"), s("사천", "연계산단", "항공부품"), s("함안칠서", "연계산단", "철도차량부품")],
    direction: "주력 산업인 기계장비·부품 산업을 기반으로 한 스마트 제조혁신, 인력고급화 등을 통해 미래 모빌리티 산업 육성 전략을 제시",
    table: "표3",
  },
  {
    year: 2021,
    province: "부산",
    provinceFull: "부산광역시",
    hub: "명지·녹산",
    hubFull: "명지·녹산국가산단",
    hubFocus: "스마트 그린 모빌리티, 물류",
    linked: [
      s("사상공업지역", "연계산단·지역", "뿌리산업 특화"),
      s("신평장림", "연계산단·지역", "전기·수소차 소재부품"),
      s("부산진해경제자유구역", "연계산단·지역", "첨단 소재·부품"),
      s("에코델타시티스마트시티", "연계산단·지역", "ICT 및 친환경에너지"),
    ],
    direction: "스마트·그린 모빌리티 소부장 선도산단을 확립하고 부산 특화형 수출 허브를 구축",
    table: "표3",
  },
  {
    year: 2021,
    province: "울산",
    provinceFull: "울산광역시",
    hub: "울산미포",
    hubFull: "미포국가산단",
    hubFocus: "미래차, 친환경 스마트조선 거점",
    linked: [s("테크노", "연계산단·지역", "R&D지원, 실증화"), s("매곡", "연계산단·지역", "친환경 자동차 부품생산")],
    direction: "친환경 에너지 전환, 에너지 순환기반 구축 등 Eco-모빌리티 혁신 스마트 클러스터 조성",
    table: "표3",
  },
  {
    year: 2021,
    province: "전북",
    provinceFull: "전라북도",
    hub: "군산",
    hubFull: "군산국가산단",
    hubFocus: "전기차 생산거점",
    linked: [s("익산제2", "연계산단", "뿌리·전장부품"), s("완주과학", "연계산단", "수소·전기 동력부품"), s("새만금", "연계산단", "실증기지")],
    direction: "융복합 기술기반 산업과 스마트·표준화 기반 제조시스템을 통해 미래형 상용 모빌리티로 산업구조를 개편",
    table: "표3",
  },

  // 2022 (표4): 거점(연계) without focus per site
  {
    year: 2022,
    province: "전남",
    provinceFull: "전라남도",
    hub: "대불국가",
    hubFull: "대불국가산단",
    linked: [s("하원일반", "연계산단"), s("삽지일반", "연계산단"), s("항만배후부지", "연계지역")],
    direction: "친환경 중소형 선박, 해상풍력 기자재 생산허브 도약",
    table: "표4",
    notes: ["본문은 연계산단을 영암 삼호일반산단, 해남 화원일반산단, 목포 삽진일반산단으로 적음 (표의 '하원', '삽지'와 표기가 다름)"],
  },
  {
    year: 2022,
    province: "대전",
    provinceFull: "대전광역시",
    hub: "대전일반",
    hubFull: "대전산단",
    linked: [s("대덕연구개발특구", "연계지역"), s("한남대 캠퍼스혁신파크", "연계지역")],
    direction: "일자리 창출을 선도하는 K-제조업의 신성장 거점 구축",
    table: "표4",
    notes: ["본문은 대덕연구개발특구와 충남대·한남대를 연계한다고 적음"],
  },
  {
    year: 2022,
    province: "충북",
    provinceFull: "충청북도",
    hub: "청주일반",
    hubFull: "청주산단",
    linked: [s("오송생명", "연계산단"), s("오창과학", "연계산단"), s("청주테크노폴리스", "연계산단"), s("옥산", "연계산단"), s("이월전기전자농공", "연계산단")],
    direction: "지능형 융합기술 육성을 통한 소부장산업 글로벌 기술거점 구축",
    table: "표4",
    notes: ["본문은 오송생명과학단지, 오창과학산단, 옥산산단만 적음"],
  },
  {
    year: 2022,
    province: "충남",
    provinceFull: "충청남도",
    hub: "천안3일반",
    hubFull: "천안제3일반산단",
    linked: [s("인주일반", "연계산단"), s("아산테크노밸리일반", "연계산단"), s("강소연구특구", "연계지역")],
    direction: "미래차 소부장 그린 클러스터 구축을 통한 글로벌 전진기지 도약",
    table: "표4",
    notes: ["본문: 아산 인주 일반산단, 아산테크노밸리 일반산단, 천안아산 강소연구개발특구"],
  },
  {
    year: 2022,
    province: "경북",
    provinceFull: "경상북도",
    hub: "포항국가",
    hubFull: "포항국가산단",
    linked: [s("경주외동", "연계산단"), s("영천첨단", "연계산단")],
    direction: "그린철강 기반 청정금속소재 산업 생태계 조성",
    table: "표4",
    notes: ["본문은 포항철강산단도 연계한다고 적음"],
  },

  // 2023 (표5)
  {
    year: 2023,
    province: "부산",
    provinceFull: "부산광역시",
    hub: "신평·장림일반산단",
    linked: [],
    direction: "산업·환경·사람이 공존하고 지역발전을 견인하는 첨단 제조 거점",
    table: "표5",
    notes: ["연계단지 없음"],
  },
  {
    year: 2023,
    province: "인천",
    provinceFull: "인천광역시",
    hub: "한국수출국가산단",
    linked: [s("인천기계산단", "연계산단"), s("인천지방산단", "연계산단"), s("뷰티풀파크산단", "연계산단")],
    direction: "기업이 성장하고 사람들이 찾아오는 혁신적·역동적 산업공간 대전환",
    table: "표5",
    notes: ["본문: 한국수출국가산단 내 부평·주안 지역이 거점"],
  },
  {
    year: 2023,
    province: "전남",
    provinceFull: "전라남도",
    hub: "광양국가산업단지",
    linked: [s("율촌제1일반산단", "연계산단"), s("순천일반산단", "연계산단"), s("해룡일반산단", "연계산단")],
    direction: "저탄소 공정혁신과 디지털 전환을 통한 “다시 도약하는 미래 철강 산업단지”",
    table: "표5",
  },
];

/** The designations of one year. */
export function designationsOf(year: number): Designation[] {
  return DESIGNATIONS.filter((d) => d.year === year);
}

/** The designations as a sheet: header row, then one row per region (linked sites joined with "; "). */
export function designationsSheet(): (string | number)[][] {
  const rows: (string | number)[][] = [["연도", "시도", "시도(당시 명칭)", "거점산단", "거점 특화", "연계산단·지역", "육성방향(2019: 추진목표)", "출처"]];
  for (const d of DESIGNATIONS) {
    rows.push([
      d.year,
      d.province,
      d.provinceFull,
      d.hubFull ?? d.hub,
      d.hubFocus ?? "",
      d.linked.map((l) => `[${l.kind}] ${l.name}${l.focus ? `(${l.focus})` : ""}`).join("; "),
      d.direction,
      `서산 산단대개조 정책브리프 ${d.table}`,
    ]);
  }
  return rows;
}
