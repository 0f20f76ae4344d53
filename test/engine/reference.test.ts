import {
  findIndustryGroup,
  findKsicByName,
  INDUSTRY_GROUPS,
  isKsicAncestor,
  KSIC_MANUFACTURING_DIVISIONS,
  normaliseKsic,
  parseTable,
  sameRegionName,
  splitUnit,
} from "../../src/engine";

describe("KSIC reference data", () => {
  test("normaliseKsic", () => {
    for (const x of ["30", "C30", "C 30", "c30", " c 30 ", 30]) expect(normaliseKsic(x)).toBe("C30");
    expect(normaliseKsic("28202")).toBe("C28202");
    expect(normaliseKsic("C")).toBe("C");
    expect(normaliseKsic("10~34")).toBe("C");
    expect(normaliseKsic(5)).toBe("B05");
    expect(normaliseKsic("A30")).toBeNull();
    expect(normaliseKsic("04")).toBeNull();
    expect(normaliseKsic("자동차")).toBeNull();
    expect(normaliseKsic("")).toBeNull();
    expect(normaliseKsic(null)).toBeNull();
  });

  test("ancestors", () => {
    expect(isKsicAncestor("C20", "C201")).toBe(true);
    expect(isKsicAncestor("C", "C30")).toBe(true);
    expect(isKsicAncestor("C30", "C30")).toBe(false);
    expect(isKsicAncestor("C201", "C20")).toBe(false);
    expect(isKsicAncestor("C2", "C30")).toBe(false);
    expect(isKsicAncestor("*", "C30")).toBe(true);
  });

  test("manufacturing divisions C10–C34 and the seed's names", () => {
    expect(KSIC_MANUFACTURING_DIVISIONS.map((d) => d.code)).toEqual(Array.from({ length: 25 }, (_, i) => `C${10 + i}`));
    expect(findKsicByName("1차금속제조업")).toBe("C24");
    expect(findKsicByName("섬유제품 제조업; 의복제외")).toBe("C13");
    expect(findKsicByName("금속가공제품 제조업; 기계 및 가구 제외")).toBe("C25");
    expect(findKsicByName("전자부품, 컴퓨터, 영상, 음향 및 통신장비 제조업")).toBe("C26");
    expect(findKsicByName("제조업(10~34)")).toBe("C");
    expect(findKsicByName("Manufacture of basic metals")).toBe("C24");
    expect(findKsicByName("반도체")).toBeNull();
  });

  test("groups: 자동차 = C30, 자동차후방 = C19, C20, C22, C23, C24, C25", () => {
    expect(findIndustryGroup("자동차")?.codes).toEqual(["C30"]);
    expect(findIndustryGroup("자동차 후방")?.codes).toEqual(["C19", "C20", "C22", "C23", "C24", "C25"]);
    expect(findIndustryGroup("Auto backward")?.name).toBe("자동차후방");
    for (const g of INDUSTRY_GROUPS) {
      for (const a of g.codes) for (const b of g.codes) expect(isKsicAncestor(a, b)).toBe(false);
    }
  });

  test("regions and headers", () => {
    expect(sameRegionName("충남", "충청남도")).toBe(true);
    expect(sameRegionName("강원도", "강원특별자치도")).toBe(true);
    expect(sameRegionName("서산시", "당진시")).toBe(false);
    expect(splitUnit("종사자수 (명)")).toEqual({ name: "종사자수", unit: "명" });
    expect(splitUnit("부가가치[백만원]")).toEqual({ name: "부가가치", unit: "백만원" });
    const t = parseTable([
      ["행정구역", "산업분류", "연도", "종사자수 (명)"],
      ["서산시", "C30", 2022, "X"],
    ]);
    expect(t.layout).toBe("wide");
    expect(t.records[0]).toMatchObject({ region: "서산시", code: "C30", period: "2022", measure: "종사자수", unit: "명", value: null, flag: "X" });
  });
});
