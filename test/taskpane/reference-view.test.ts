import { MemoryWorkbook } from "../helpers/memory-workbook";
import { REFERENCE_SHEETS, insertReferenceSheet } from "../../src/taskpane/reference-view";

test("each reference table lands in a new sheet as a table, codes kept as text", async () => {
  const wb = new MemoryWorkbook(["KSIC 코드"]);
  const names: string[] = [];
  for (const ref of REFERENCE_SHEETS) names.push(await insertReferenceSheet(wb, ref));
  expect(names).toEqual(["KSIC 코드 (2)", "대개조 지정 지역", "메뉴판사업"]);
  const ksic = wb.sheets.get("KSIC 코드 (2)")!;
  expect(ksic[0]).toEqual(["코드", "이름", "영문", "구분"]);
  expect(ksic.find((r) => r[0] === "C30")?.[1]).toBe("자동차 및 트레일러 제조업");
  expect(ksic.find((r) => r[1] === "자동차후방")?.[0]).toBe("C19, C20, C22, C23, C24, C25");
  expect(wb.sheets.get("메뉴판사업")!.length).toBe(44);
  const designations = wb.sheets.get("대개조 지정 지역")!;
  expect(designations.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining([2019, 2020, 2021, 2022, 2023]));
  expect(wb.tables.map((t) => t.sheet)).toEqual(names);
});
