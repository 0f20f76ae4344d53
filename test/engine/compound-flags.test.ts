/** Flags as the import writes them when a period carries a marker: the cell's symbol, then the period's. */
import { censusValue, isSandanError } from "../../src/engine";

const table = [
  ["지역", "산업코드", "시점", "항목", "단위", "값", "표시"],
  ["서산시", "C30", "2023", "종사자수", "명", 9800, "p)"],
  ["서산시", "C13", "2023", "종사자수", "명", null, "X p)"],
];

test("a suppressed cell in a preliminary period is still suppressed", () => {
  let error: unknown;
  try {
    censusValue(table, "서산시", "C13", "종사자수");
  } catch (e) {
    error = e;
  }
  expect(isSandanError(error) && error.kind).toBe("na");
});

test("a preliminary value is used, with a warning", () => {
  const r = censusValue(table, "서산시", "C30", "종사자수");
  expect(r.value).toBe(9800);
  expect(r.warnings.length).toBeGreaterThan(0);
});
