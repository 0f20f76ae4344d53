import { readFileSync } from "fs";
import {
  DESIGNATIONS,
  KSIC_REVISIONS,
  KSIC_REVISION_NOTE,
  MENU_CATEGORIES,
  MENU_MINISTRIES,
  MENU_PROGRAMMES,
  designationsOf,
  designationsSheet,
  menuSheet,
} from "../../../src/engine/toolbox";

const SEED = "/work/shared/seeds/000_4a128c873ace01f7.txt";
const seed = (() => {
  try {
    return readFileSync(SEED, "utf8");
  } catch {
    return null;
  }
})();
// The seed lives outside the repository; the checks against its text are skipped where it is absent.
const seedTest = seed ? test : test.skip;

describe("메뉴판사업 (seed: 중앙행정기관 지원 메뉴판사업(43))", () => {
  test("43 programmes, numbered in the seed's order", () => {
    expect(MENU_PROGRAMMES).toHaveLength(43);
    expect(MENU_PROGRAMMES.map((p) => p.no)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(MENU_PROGRAMMES[0].name).toBe("산업집적지경쟁력강화사업(R&BD네트워크 구축 및 운영)");
    expect(MENU_PROGRAMMES[42].name).toBe("기후대응 도시숲 사업");
  });

  test("six categories in the seed's order, with the count in each", () => {
    expect(MENU_CATEGORIES).toEqual(["제조혁신", "투자촉진", "노동환경", "인력양성", "산단인프라", "정주여건개선"]);
    const count = (c: string) => MENU_PROGRAMMES.filter((p) => p.category === c).length;
    // 제조혁신: 기업지원 4 + 공정혁신 6; 투자촉진 1; 노동환경 13; 인력양성 2; 산단인프라: 경제권정비 4 + 에너지 7; 정주여건개선 6
    expect(MENU_CATEGORIES.map(count)).toEqual([10, 1, 13, 2, 11, 6]);
    const sub = (c: string, s: string) => MENU_PROGRAMMES.filter((p) => p.category === c && p.subCategory === s).length;
    expect(sub("제조혁신", "기업지원")).toBe(4);
    expect(sub("제조혁신", "공정혁신")).toBe(6);
    expect(sub("산단인프라", "경제권정비")).toBe(4);
    expect(sub("산단인프라", "에너지")).toBe(7);
    expect(sub("정주여건개선", "")).toBe(6);
  });

  test("ministries: 고용부 runs the ten 근로자지원 programmes; every abbreviation has a full name", () => {
    expect(MENU_PROGRAMMES.filter((p) => p.ministry === "고용부" && p.subCategory === "근로자지원")).toHaveLength(10);
    for (const p of MENU_PROGRAMMES) expect(MENU_MINISTRIES[p.ministry]).toBeDefined();
    const byMinistry = (m: string) => MENU_PROGRAMMES.filter((p) => p.ministry === m).length;
    expect(byMinistry("산업부")).toBe(18);
    expect(byMinistry("국토부")).toBe(6);
  });

  seedTest("every programme name appears in the seed text", () => {
    const flat = (seed as string).replace(/\s+/g, "");
    for (const p of MENU_PROGRAMMES) expect(flat).toContain(p.name.replace(/\s+/g, ""));
  });

  test("as a sheet: header plus 43 rows", () => {
    const s = menuSheet();
    expect(s).toHaveLength(44);
    expect(s[0]).toEqual(["번호", "대분류", "세분류", "부처", "부처(정식 명칭)", "사업명"]);
    expect(s[1][4]).toBe("산업통상자원부");
  });
});

describe("지정 지역 2019–2023 (seed 표1–5)", () => {
  test("five a year 2019–2022 and three in 2023", () => {
    expect([2019, 2020, 2021, 2022, 2023].map((y) => designationsOf(y).length)).toEqual([5, 5, 5, 5, 3]);
    expect(DESIGNATIONS).toHaveLength(23);
  });

  test("the provinces each year, as the seed's text lists them", () => {
    const prov = (y: number) => designationsOf(y).map((d) => d.province).sort();
    expect(prov(2020)).toEqual(["경북", "광주", "대구", "인천", "전남"].sort());
    expect(prov(2021)).toEqual(["경기", "경남", "부산", "울산", "전북"].sort());
    expect(prov(2022)).toEqual(["경북", "대전", "전남", "충남", "충북"].sort());
    expect(prov(2023)).toEqual(["부산", "인천", "전남"].sort());
    expect(designationsOf(2019).every((d) => d.provinceInferred)).toBe(true);
  });

  test("hubs and linked complexes", () => {
    const gumi = designationsOf(2020).find((d) => d.province === "경북");
    expect(gumi?.hubFull).toBe("구미국가산단");
    expect(gumi?.linked.map((l) => l.name)).toEqual(["김천1", "성주", "왜관"]);
    const daegu = designationsOf(2020).find((d) => d.province === "대구");
    expect(daegu?.linked.filter((l) => l.kind === "연계지역").map((l) => l.name)).toEqual(["혁신경제벨트"]);
    const chungnam = designationsOf(2022).find((d) => d.province === "충남");
    expect(chungnam?.hub).toBe("천안3일반");
    expect(designationsOf(2023).find((d) => d.province === "부산")?.linked).toEqual([]);
    expect(designationsOf(2019).map((d) => d.linked.length)).toEqual([0, 0, 0, 0, 0]);
  });

  seedTest("hubs, linked sites and directions appear in the seed text", () => {
    const flat = (seed as string).replace(/\s+/g, "");
    for (const d of DESIGNATIONS) {
      expect(flat).toContain(d.hub.replace(/\s+/g, ""));
      for (const l of d.linked) expect(flat).toContain(l.name.replace(/\s+/g, ""));
      expect(flat).toContain(d.direction.replace(/\s+/g, ""));
    }
  });

  test("as a sheet", () => {
    const s = designationsSheet();
    expect(s).toHaveLength(24);
    expect(s[6]).toEqual([
      2020,
      "경북",
      "경상북도",
      "구미국가산단",
      "전기전자",
      "[연계산단] 김천1(e-모빌리티); [연계산단] 성주(뿌리기업 중심 차량부품); [연계산단] 왜관(스마트물류)",
      "대기업 이탈 가속화로 인한 생태계 부재를 극복",
      "서산 산단대개조 정책브리프 표2",
    ]);
  });
});

describe("KSIC revisions", () => {
  test("10th in effect from 2017-07-01, 11th from 2024-07-01", () => {
    expect(KSIC_REVISIONS.map((r) => [r.revision, r.effective])).toEqual([
      [10, "2017-07-01"],
      [11, "2024-07-01"],
    ]);
    expect(KSIC_REVISION_NOTE.ko).toContain("11차");
    expect(KSIC_REVISION_NOTE.en).toContain("11th revision");
  });
});
