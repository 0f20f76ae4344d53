/**
 * Reference data for the Korean Standard Industrial Classification (KSIC, 한국표준산업분류), 10th revision:
 * sections (대분류), the manufacturing divisions (중분류 C10–C34) and the named industry groups the
 * analyses use (the seed's 표7: 자동차 = C30, 자동차후방 = C19, C20, C22, C23, C24, C25).
 *
 * Codes are written section letter + digits: "C" (manufacturing), "C30" (division), "C301" (group),
 * "C3012" (class), "C30121" (sub-class).
 */

export interface KsicEntry {
  code: string;
  ko: string;
  en: string;
}

/** KSIC 10 sections with the divisions (two-digit codes) each one spans. */
export const KSIC_SECTIONS: ReadonlyArray<KsicEntry & { from: number; to: number }> = [
  { code: "A", ko: "농업, 임업 및 어업", en: "Agriculture, forestry and fishing", from: 1, to: 3 },
  { code: "B", ko: "광업", en: "Mining and quarrying", from: 5, to: 8 },
  { code: "C", ko: "제조업", en: "Manufacturing", from: 10, to: 34 },
  { code: "D", ko: "전기, 가스, 증기 및 공기 조절 공급업", en: "Electricity, gas, steam and air conditioning supply", from: 35, to: 35 },
  { code: "E", ko: "수도, 하수 및 폐기물 처리, 원료 재생업", en: "Water supply; sewage, waste management, materials recovery", from: 36, to: 39 },
  { code: "F", ko: "건설업", en: "Construction", from: 41, to: 42 },
  { code: "G", ko: "도매 및 소매업", en: "Wholesale and retail trade", from: 45, to: 47 },
  { code: "H", ko: "운수 및 창고업", en: "Transportation and storage", from: 49, to: 52 },
  { code: "I", ko: "숙박 및 음식점업", en: "Accommodation and food service activities", from: 55, to: 56 },
  { code: "J", ko: "정보통신업", en: "Information and communication", from: 58, to: 63 },
  { code: "K", ko: "금융 및 보험업", en: "Financial and insurance activities", from: 64, to: 66 },
  { code: "L", ko: "부동산업", en: "Real estate activities", from: 68, to: 68 },
  { code: "M", ko: "전문, 과학 및 기술 서비스업", en: "Professional, scientific and technical activities", from: 70, to: 73 },
  { code: "N", ko: "사업시설 관리, 사업 지원 및 임대 서비스업", en: "Business facilities management, business support and rental", from: 74, to: 76 },
  { code: "O", ko: "공공 행정, 국방 및 사회보장 행정", en: "Public administration and defence; compulsory social security", from: 84, to: 84 },
  { code: "P", ko: "교육 서비스업", en: "Education", from: 85, to: 85 },
  { code: "Q", ko: "보건업 및 사회복지 서비스업", en: "Human health and social work activities", from: 86, to: 87 },
  { code: "R", ko: "예술, 스포츠 및 여가관련 서비스업", en: "Arts, sports and recreation related services", from: 90, to: 91 },
  { code: "S", ko: "협회 및 단체, 수리 및 기타 개인 서비스업", en: "Membership organisations, repair and other personal services", from: 94, to: 96 },
  { code: "T", ko: "가구 내 고용활동 및 달리 분류되지 않은 자가 소비 생산활동", en: "Activities of households as employers and for own use", from: 97, to: 98 },
  { code: "U", ko: "국제 및 외국기관", en: "Activities of extraterritorial organisations and bodies", from: 99, to: 99 },
];

/** KSIC 10 manufacturing divisions (제조업 중분류), C10–C34. */
export const KSIC_MANUFACTURING_DIVISIONS: ReadonlyArray<KsicEntry> = [
  { code: "C10", ko: "식료품 제조업", en: "Manufacture of food products" },
  { code: "C11", ko: "음료 제조업", en: "Manufacture of beverages" },
  { code: "C12", ko: "담배 제조업", en: "Manufacture of tobacco products" },
  { code: "C13", ko: "섬유제품 제조업; 의복 제외", en: "Manufacture of textiles, except apparel" },
  { code: "C14", ko: "의복, 의복 액세서리 및 모피제품 제조업", en: "Manufacture of wearing apparel, clothing accessories and fur articles" },
  { code: "C15", ko: "가죽, 가방 및 신발 제조업", en: "Manufacture of leather, luggage and footwear" },
  { code: "C16", ko: "목재 및 나무제품 제조업; 가구 제외", en: "Manufacture of wood and of products of wood and cork, except furniture" },
  { code: "C17", ko: "펄프, 종이 및 종이제품 제조업", en: "Manufacture of pulp, paper and paper products" },
  { code: "C18", ko: "인쇄 및 기록매체 복제업", en: "Printing and reproduction of recorded media" },
  { code: "C19", ko: "코크스, 연탄 및 석유정제품 제조업", en: "Manufacture of coke, briquettes and refined petroleum products" },
  { code: "C20", ko: "화학물질 및 화학제품 제조업; 의약품 제외", en: "Manufacture of chemicals and chemical products, except pharmaceuticals" },
  { code: "C21", ko: "의료용 물질 및 의약품 제조업", en: "Manufacture of pharmaceuticals, medicinal chemical and botanical products" },
  { code: "C22", ko: "고무 및 플라스틱제품 제조업", en: "Manufacture of rubber and plastics products" },
  { code: "C23", ko: "비금속 광물제품 제조업", en: "Manufacture of other non-metallic mineral products" },
  { code: "C24", ko: "1차 금속 제조업", en: "Manufacture of basic metals" },
  { code: "C25", ko: "금속 가공제품 제조업; 기계 및 가구 제외", en: "Manufacture of fabricated metal products, except machinery and furniture" },
  { code: "C26", ko: "전자 부품, 컴퓨터, 영상, 음향 및 통신장비 제조업", en: "Manufacture of electronic components, computers, visual, sound and communication equipment" },
  { code: "C27", ko: "의료, 정밀, 광학 기기 및 시계 제조업", en: "Manufacture of medical, precision and optical instruments, watches and clocks" },
  { code: "C28", ko: "전기장비 제조업", en: "Manufacture of electrical equipment" },
  { code: "C29", ko: "기타 기계 및 장비 제조업", en: "Manufacture of other machinery and equipment" },
  { code: "C30", ko: "자동차 및 트레일러 제조업", en: "Manufacture of motor vehicles, trailers and semitrailers" },
  { code: "C31", ko: "기타 운송장비 제조업", en: "Manufacture of other transport equipment" },
  { code: "C32", ko: "가구 제조업", en: "Manufacture of furniture" },
  { code: "C33", ko: "기타 제품 제조업", en: "Other manufacturing" },
  { code: "C34", ko: "산업용 기계 및 장비 수리업", en: "Repair of industrial machinery and equipment" },
];

/** KSIC 10 mining divisions (광업 중분류), B05–B08: KOSIS's 광업·제조업조사 tables carry them too. */
export const KSIC_MINING_DIVISIONS: ReadonlyArray<KsicEntry> = [
  { code: "B05", ko: "석탄, 원유 및 천연가스 광업", en: "Mining of coal, crude petroleum and natural gas" },
  { code: "B06", ko: "금속 광업", en: "Mining of metal ores" },
  { code: "B07", ko: "비금속광물 광업; 연료용 제외", en: "Mining of non-metallic minerals, except fuel" },
  { code: "B08", ko: "광업 지원 서비스업", en: "Mining support service activities" },
];

export interface IndustryGroup {
  /** The name an analyst types, e.g. "자동차후방". */
  name: string;
  aliases: string[];
  codes: string[];
  label: { ko: string; en: string };
  /** Where the grouping comes from. */
  source: string;
}

/** Named industry groups. Codes within a group never include one another. */
export const INDUSTRY_GROUPS: ReadonlyArray<IndustryGroup> = [
  {
    name: "자동차",
    aliases: ["자동차산업", "해당산업", "auto", "automobile", "automotive"],
    codes: ["C30"],
    label: { ko: "자동차 및 트레일러 제조업(해당산업)", en: "motor vehicles and trailers (the industry itself)" },
    source: "서산 산단대개조 정책브리프 표7 / seed brief table 7",
  },
  {
    name: "자동차후방",
    aliases: ["자동차 후방", "자동차후방산업", "자동차 후방산업", "후방산업", "auto backward", "auto-backward", "automotive backward"],
    codes: ["C19", "C20", "C22", "C23", "C24", "C25"],
    label: {
      ko: "자동차 후방산업: 석유정제품, 화학제품, 고무·플라스틱, 비금속 광물, 1차 금속, 금속가공제품",
      en: "automotive backward (supplier) industries: refined petroleum, chemicals, rubber and plastics, non-metallic minerals, basic metals, fabricated metals",
    },
    source: "서산 산단대개조 정책브리프 표7 / seed brief table 7",
  },
  {
    name: "자동차생태계",
    aliases: ["자동차+후방", "자동차+자동차후방", "해당산업+후방산업", "auto ecosystem", "automotive ecosystem"],
    codes: ["C19", "C20", "C22", "C23", "C24", "C25", "C30"],
    label: { ko: "자동차(해당산업) + 후방산업", en: "motor vehicles plus their backward industries" },
    source: "서산 산단대개조 정책브리프 표7 / seed brief table 7",
  },
];

export function sectionOfDivision(div: number): string | null {
  for (const s of KSIC_SECTIONS) if (div >= s.from && div <= s.to) return s.code;
  return null;
}

/**
 * Normalises a KSIC code: "30", 30, "C30", "C 30", "c30" → "C30"; "28202" → "C28202"; "C" → "C";
 * "10~34" → "C". Returns null when the text is not a KSIC code (or the letter does not match the digits).
 */
export function normaliseKsic(x: unknown): string | null {
  let s: string;
  if (typeof x === "number") {
    if (!Number.isInteger(x) || x < 0) return null;
    s = String(x).padStart(2, "0");
  } else if (typeof x === "string") {
    s = x;
  } else {
    return null;
  }
  s = s.replace(/[\s\u3000]/g, "").toUpperCase();
  if (s === "") return null;
  const range = /^([A-U])?\(?(\d{2})[~\-–](\d{2})\)?$/.exec(s);
  if (range) {
    const from = Number(range[2]);
    const to = Number(range[3]);
    const sec = KSIC_SECTIONS.find((q) => q.from === from && q.to === to);
    if (!sec || (range[1] && range[1] !== sec.code)) return null;
    return sec.code;
  }
  const m = /^([A-U])?(\d{2,5})?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  if (!m[2]) return m[1];
  const sec = sectionOfDivision(Number(m[2].slice(0, 2)));
  if (!sec) return null;
  if (m[1] && m[1] !== sec) return null;
  return sec + m[2];
}

/** The pseudo-code of a grand-total row ("계", "합계", "전산업"): an ancestor of every code. */
export const ALL_INDUSTRIES = "*";

/** True when `ancestor` strictly contains `code` ("C" ⊃ "C30" ⊃ "C301"; "*" contains everything). */
export function isKsicAncestor(ancestor: string, code: string): boolean {
  if (ancestor === code) return false;
  if (ancestor === ALL_INDUSTRIES) return true;
  if (code === ALL_INDUSTRIES) return false;
  return code.length > ancestor.length && code.startsWith(ancestor);
}

function nameKey(name: string): string {
  return name
    .replace(/[\s\u3000]/g, "")
    .replace(/[(（]\s*\d{2}\s*[~\-–]\s*\d{2}\s*[)）]$/, "")
    .replace(/[,;·ㆍ.、'"]/g, "")
    .toLowerCase();
}

const NAME_INDEX: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const e of [...KSIC_SECTIONS, ...KSIC_MANUFACTURING_DIVISIONS]) {
    m.set(nameKey(e.ko), e.code);
    m.set(nameKey(e.en), e.code);
  }
  return m;
})();

const TOTAL_WORDS = new Set(["계", "합계", "총계", "전체", "전산업", "전산업합계", "total", "all", "allindustries", "grandtotal"]);

/** True for the names of grand-total rows: 계, 합계, 총계, 전체, 전산업, total. */
export function isTotalWord(text: string): boolean {
  return TOTAL_WORDS.has(nameKey(text));
}

/**
 * Finds the code of an industry name, tolerant of spaces and punctuation ("1차금속제조업" = "1차 금속 제조업";
 * "제조업(10~34)" = C). Returns null for an unknown name.
 */
export function findKsicByName(name: string): string | null {
  const k = nameKey(name);
  if (k === "") return null;
  return NAME_INDEX.get(k) ?? null;
}

/** The Korean and English name of a code, when the reference data knows it. */
export function ksicName(code: string): { ko: string; en: string } | null {
  if (code === ALL_INDUSTRIES) return { ko: "전체 산업(합계)", en: "all industries (total)" };
  const e = [...KSIC_SECTIONS, ...KSIC_MANUFACTURING_DIVISIONS].find((q) => q.code === code);
  return e ? { ko: e.ko, en: e.en } : null;
}

/** The named group for a text such as "자동차후방" or "auto backward" (spaces and case ignored). */
export function findIndustryGroup(text: string): IndustryGroup | null {
  const k = text.replace(/[\s\u3000_\-]/g, "").toLowerCase();
  if (k === "") return null;
  for (const g of INDUSTRY_GROUPS) {
    for (const n of [g.name, ...g.aliases]) {
      if (n.replace(/[\s\u3000_\-]/g, "").toLowerCase() === k) return g;
    }
  }
  return null;
}
