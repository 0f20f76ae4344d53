/**
 * KSIC (한국표준산업분류, 10th revision): section letters, the divisions (중분류) of each section, the names of
 * the sections and of the manufacturing divisions, and normalisation of codes found in labels ("C30",
 * "30", "(C30)", "제조업(10~34)", "28202") to the form `C30` / `C28202` / `C`.
 */

/** Division ranges of each section (inclusive). */
const SECTION_RANGES: [string, number, number][] = [
  ["A", 1, 3],
  ["B", 5, 8],
  ["C", 10, 34],
  ["D", 35, 35],
  ["E", 36, 39],
  ["F", 41, 42],
  ["G", 45, 47],
  ["H", 49, 52],
  ["I", 55, 56],
  ["J", 58, 63],
  ["K", 64, 66],
  ["L", 68, 68],
  ["M", 70, 73],
  ["N", 74, 76],
  ["O", 84, 84],
  ["P", 85, 85],
  ["Q", 86, 87],
  ["R", 90, 91],
  ["S", 94, 96],
  ["T", 97, 98],
  ["U", 99, 99],
];

export const KSIC_SECTIONS: Record<string, string> = {
  A: "농업, 임업 및 어업",
  B: "광업",
  C: "제조업",
  D: "전기, 가스, 증기 및 공기 조절 공급업",
  E: "수도, 하수 및 폐기물 처리, 원료 재생업",
  F: "건설업",
  G: "도매 및 소매업",
  H: "운수 및 창고업",
  I: "숙박 및 음식점업",
  J: "정보통신업",
  K: "금융 및 보험업",
  L: "부동산업",
  M: "전문, 과학 및 기술 서비스업",
  N: "사업시설 관리, 사업 지원 및 임대 서비스업",
  O: "공공 행정, 국방 및 사회보장 행정",
  P: "교육 서비스업",
  Q: "보건업 및 사회복지 서비스업",
  R: "예술, 스포츠 및 여가관련 서비스업",
  S: "협회 및 단체, 수리 및 기타 개인 서비스업",
  T: "가구 내 고용활동 및 달리 분류되지 않은 자가 소비 생산활동",
  U: "국제 및 외국기관",
};

/** Divisions (중분류) with their official names: mining and manufacturing, the ones the census tables use. */
export const KSIC_DIVISIONS: Record<string, string> = {
  B05: "석탄, 원유 및 천연가스 광업",
  B06: "금속 광업",
  B07: "비금속광물 광업; 연료용 제외",
  B08: "광업 지원 서비스업",
  C10: "식료품 제조업",
  C11: "음료 제조업",
  C12: "담배 제조업",
  C13: "섬유제품 제조업; 의복 제외",
  C14: "의복, 의복 액세서리 및 모피제품 제조업",
  C15: "가죽, 가방 및 신발 제조업",
  C16: "목재 및 나무제품 제조업; 가구 제외",
  C17: "펄프, 종이 및 종이제품 제조업",
  C18: "인쇄 및 기록매체 복제업",
  C19: "코크스, 연탄 및 석유정제품 제조업",
  C20: "화학 물질 및 화학제품 제조업; 의약품 제외",
  C21: "의료용 물질 및 의약품 제조업",
  C22: "고무 및 플라스틱제품 제조업",
  C23: "비금속 광물제품 제조업",
  C24: "1차 금속 제조업",
  C25: "금속 가공제품 제조업; 기계 및 가구 제외",
  C26: "전자 부품, 컴퓨터, 영상, 음향 및 통신장비 제조업",
  C27: "의료, 정밀, 광학 기기 및 시계 제조업",
  C28: "전기장비 제조업",
  C29: "기타 기계 및 장비 제조업",
  C30: "자동차 및 트레일러 제조업",
  C31: "기타 운송장비 제조업",
  C32: "가구 제조업",
  C33: "기타 제품 제조업",
  C34: "산업용 기계 및 장비 수리업",
};

/** The section letter of a 2-digit division number, or undefined. */
export function sectionOfDivision(division: number): string | undefined {
  for (const [s, lo, hi] of SECTION_RANGES) if (division >= lo && division <= hi) return s;
  return undefined;
}

/** Labels are compared without spaces, middle dots and case: "의복제외" matches "의복 제외". */
function key(name: string): string {
  return name.replace(/[\s\u3000·ㆍ]/g, "").toLowerCase();
}

const BY_NAME = new Map<string, string>();
for (const [code, name] of Object.entries(KSIC_DIVISIONS)) BY_NAME.set(key(name), code);
for (const [code, name] of Object.entries(KSIC_SECTIONS)) BY_NAME.set(key(name), code);
// common variants
BY_NAME.set(key("광업·제조업"), "");
BY_NAME.delete("");

/**
 * Normalises a KSIC code: "C30" → "C30", "30" → "C30", "c 30" → "C30", "28202" → "C28202", "C" → "C".
 * Returns "" when the text is not a KSIC code (or the digits do not belong to the letter given).
 */
export function normaliseKsic(code: string): string {
  const m = /^\s*([A-Ua-u])?\s*[-.]?\s*(\d{2,5})?\s*$/.exec(code);
  if (!m || (!m[1] && !m[2])) return "";
  const letter = m[1]?.toUpperCase();
  const digits = m[2];
  if (!digits) return letter ?? "";
  const section = sectionOfDivision(Number(digits.slice(0, 2)));
  if (!section) return "";
  if (letter && letter !== section) return "";
  return section + digits;
}

/** A range such as "10~34" or "10-34" names a section when it covers exactly the section's divisions. */
function sectionOfRange(lo: number, hi: number): string {
  for (const [s, a, b] of SECTION_RANGES) if (a === lo && b === hi) return s;
  return "";
}

export interface IndustryLabel {
  /** The name without the code ("자동차 및 트레일러 제조업"). */
  name: string;
  /** The normalised code, or "" when none is carried or implied. */
  code: string;
}

const TOTAL_INDUSTRY = /^(전산업|전\s*산업|전체|계|합계|총계|소계|total|all industries)$/i;

/** Whether an industry label means "all industries". */
export function isAllIndustries(name: string): boolean {
  return TOTAL_INDUSTRY.test(name.trim());
}

/**
 * Splits an industry label into a name and a KSIC code. Understands a leading code ("C30 자동차…",
 * "30.자동차…", "28202 축전지 제조업"), a trailing code in brackets ("자동차…(C30)", "(30)", "[C30]"), a
 * section range ("제조업(10~34)"), and official names without any code ("자동차 및 트레일러 제조업").
 */
export function parseIndustryLabel(label: string): IndustryLabel {
  let name = label.trim();
  let code = "";
  if (name.length > 300) return { name, code }; // keeps the matching below bounded
  // trailing bracket: (C30), (30), [C30], (10~34)
  const tail = /^(.*?)\s*[([]\s*([A-Ua-u]?\s*\d{2,5}|[A-Ua-u])\s*(?:[~\-–]\s*(\d{2}))?\s*[)\]]$/.exec(name);
  if (tail && tail[1] !== "") {
    if (tail[3]) {
      const lo = Number(tail[2].replace(/\D/g, ""));
      const sec = sectionOfRange(lo, Number(tail[3]));
      if (sec) {
        const letter = tail[2].replace(/[^A-Za-z]/g, "").toUpperCase();
        if (!letter || letter === sec) {
          code = sec;
          name = tail[1];
        }
      }
    } else {
      const c = normaliseKsic(tail[2]);
      if (c) {
        code = c;
        name = tail[1];
      }
    }
  }
  if (!code) {
    // leading code: "C30 자동차", "C30.자동차", "30 자동차", "C 제조업", "28202 축전지"
    const head = /^([A-Ua-u](?:\d{2,5})?|\d{2,5})(?:\s*[.:_)]\s*|\s+)(\S.*)$/.exec(name);
    if (head) {
      const c = normaliseKsic(head[1]);
      // a bare letter is a code only when the rest names that section ("C 제조업")
      if (c && (c.length > 1 || key(KSIC_SECTIONS[c] ?? "") === key(head[2]))) {
        code = c;
        name = head[2];
      }
    }
  }
  if (!code) {
    const bare = normaliseKsic(name);
    if (bare && /\d/.test(name)) {
      code = bare;
      name = KSIC_DIVISIONS[bare] ?? KSIC_SECTIONS[bare] ?? name;
    }
  }
  if (!code) code = BY_NAME.get(key(name)) ?? "";
  return { name: name.trim(), code };
}

/** Whether `parent` is a proper prefix of `child` in the KSIC hierarchy ("C" ⊃ "C30" ⊃ "C303"). */
export function isKsicAncestor(parent: string, child: string): boolean {
  return parent !== "" && child.length > parent.length && child.startsWith(parent);
}
