/**
 * Revisions of the Korean Standard Industrial Classification (KSIC, 한국표준산업분류) that matter when reading
 * KOSIS tables. The add-in's codes (reference/ksic.ts) are the 10th revision; tables compiled after the 11th
 * revision took effect may use it.
 */

export interface KsicRevision {
  revision: number;
  /** Date the revision was notified (고시). */
  notified: string;
  /** Date it took effect (시행). */
  effective: string;
  summary: { ko: string; en: string };
  source: string;
}

export const KSIC_REVISIONS: ReadonlyArray<KsicRevision> = [
  {
    revision: 10,
    notified: "2017-01-13",
    effective: "2017-07-01",
    summary: {
      ko: "9차(2007) 이후 10년 만의 개정. 대분류 21개 유지, 중분류 76→77개. 제조업 세세분류에 바이오연료, 탄소섬유, 에너지 저장장치, 자동차 튜닝, 드론 제조업 등 신설. '출판, 영상, 방송통신 및 정보서비스업'을 '정보통신업'으로 개칭.",
      en: "First revision in ten years after the 9th (2007). 21 sections kept, divisions 76 → 77. New manufacturing sub-classes such as biofuels, carbon fibre, energy storage, vehicle tuning and drones; section J renamed 'Information and communication'.",
    },
    source: "통계청 보도 (2017.1.13), 아시아경제·아주경제 기사",
  },
  {
    revision: 11,
    notified: "2024-01-01",
    effective: "2024-07-01",
    summary: {
      ko: "10차(2017) 이후 7년 만의 개정. 수소, 체외진단시약, 이차전지, 전기차, 풍력발전 등 미래·성장 산업 분류 신설·세분; 타이어재생, 동(銅)주물, 사진 및 영사기, 일반저울, 펄프 및 종이 가공용 기계, 전자악기 제조 등 비중이 줄어든 산업 통합; 생물의약품, 인조대리석, 치과기공물, 임플란트 등 신설·세분.",
      en: "First revision in seven years after the 10th (2017). New or split classes for growth industries (hydrogen, in-vitro diagnostics, secondary batteries, electric vehicles, wind power …); merged classes for shrinking ones (tyre retreading, copper casting, photographic and projection equipment, weighing scales, pulp and paper machinery, electronic musical instruments); new classes such as biopharmaceuticals, artificial marble, dental prostheses and implants.",
    },
    source: "통계청 보도 (2023.12.28): 제11차 한국표준산업분류 2024.1.1 고시, 2024.7.1 시행",
  },
];

/**
 * What an analyst should check. The changes listed above are at the finer levels (세분류, 세세분류); compare
 * the 중분류 names of a KOSIS table with reference/ksic.ts before mixing tables from both sides of a revision.
 */
export const KSIC_REVISION_NOTE: { ko: string; en: string } = {
  ko: "Sandan의 산업코드는 한국표준산업분류 10차 개정 기준입니다(C10~C34). 11차 개정은 2024년 7월 1일 시행되어, 그 이후 작성된 KOSIS 표는 11차 기준일 수 있습니다. 표의 주석이나 통계설명자료에서 적용된 분류 차수를 확인하고, 차수가 다른 표(예: 10차 기준 2022년과 11차 기준 표)를 이어 붙여 증감·변화할당을 계산할 때는 세분류·세세분류 수준의 신설·통합 때문에 같은 코드가 같은 범위가 아닐 수 있음에 주의하세요. 중분류 수준 비교 전에도 산업명을 대조하세요.",
  en: "Sandan's industry codes are KSIC 10th revision (C10–C34). The 11th revision took effect on 1 July 2024, so KOSIS tables compiled after it may follow it. Check which revision a table uses in its notes or the survey metadata; when joining tables from both sides of a revision (say a 10th-revision 2022 table with an 11th-revision one) for growth or shift-share, the new and merged classes at the finer levels mean the same code may not cover the same activities. Compare the division names before comparing even at the 중분류 level.",
};
