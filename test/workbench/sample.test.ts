/** The sample workbook reproduces the seed's analyses with live SANDAN formulas over an imported table. */
import { HfWorkbook } from "../../src/workbench/hf-workbook";
import { loadSample } from "../../src/workbench/sample";

let book: HfWorkbook;
beforeAll(async () => {
  book = new HfWorkbook();
  await loadSample(book);
});

const value = (sheet: string, a1: string) => {
  const id = book.hf.getSheetId(sheet)!;
  const address = book.hf.simpleCellAddressFromString(a1, id)!;
  return book.value(id, address.row, address.col);
};
const round = (v: unknown, d: number) => Number((v as number).toFixed(d));

test("표7: 18.93%, 47.92% and 41.82% as ratios of sums, not the average of shares", () => {
  expect(round(value("표7 비중", "D3"), 4)).toBe(0.1893);
  expect(round(value("표7 비중", "D4"), 4)).toBe(0.4792);
  expect(round(value("표7 비중", "D5"), 4)).toBe(0.4182);
  expect(round(value("표7 비중", "D6"), 4)).not.toBe(0.4182);
  expect(value("표7 비중", "B3")).toBe(1614618);
});

test("표9: 264 firms and 14,447 workers", () => {
  expect(value("표9 산단", "C9")).toBe(264);
  expect(value("표9 산단", "D9")).toBe(14447);
});

test("표14: scores, the tipping weight and eligibility", () => {
  expect([round(value("표14 거점", "D2"), 4), round(value("표14 거점", "D3"), 4)]).toEqual([0.4075, 0.5925]);
  expect(round(value("표14 거점", "B6"), 3)).toBe(0.807);
  expect(value("표14 거점", "D9")).toBe(true);
  expect(value("표14 거점", "D10")).toBe(true);
});

test("budget splits add up exactly", () => {
  expect(["B3", "C3", "D3", "E3", "F3"].map((a) => value("예산 배분", a))).toEqual([51240, 51240, 51240, 51240, 51240]);
  expect([value("예산 배분", "B7"), value("예산 배분", "C7")]).toEqual([13, 12]);
  const regen = [value("예산 배분", "B11"), value("예산 배분", "C11")] as number[];
  expect(regen[0] + regen[1]).toBe(12345);
  expect(regen.every((v) => v % 5 === 0)).toBe(true);
});

test("the import sheet keeps 표6's X cells as flags and records its provenance", async () => {
  const sheets = await book.sheetNames();
  expect(sheets).toEqual(expect.arrayContaining(["광업제조업조사_2022_충남", "출처", "표7 비중"]));
  const rows = await book.readRange("광업제조업조사_2022_충남", 0, 0, 200, 11);
  const suppressed = rows.filter((r) => r[1] === "서산시" && r[9] === "X");
  expect(suppressed).toHaveLength(12);
  for (const r of suppressed) expect(r[8]).toBeNull();
  const provenance = await book.readRange("출처", 0, 0, 2, 4);
  expect(provenance[1][0]).toBe("광업제조업조사_2022_충남");
  expect(provenance[1][1]).toBe("광업제조업조사_2022_충남.csv");
});

test("the location quotient and the bounds of 표6's hidden workers", () => {
  expect(value("입지계수·비밀보호", "B1")).toBeCloseTo((9793 / 23979) / (41000 / 207600), 9);
  const bounds = ["A4", "B4", "C4", "A9", "B9", "C9"].map((a) => value("입지계수·비밀보호", a));
  expect(bounds.slice(1, 3)).toEqual([0, 404]);
  expect(bounds.slice(4, 6)).toEqual([0, 404]);
});
