/** From a KOSIS file to the sheet the workbook receives, with nothing lost on the way. */
import * as fs from "fs";
import * as path from "path";
import { flattenHeader, parseCensus, prepareImport, LONG_HEADER, PROVENANCE_HEADER } from "../../src/census";
import { writeImport } from "../../src/taskpane/import-writer";
import { MemoryWorkbook } from "../helpers/memory-workbook";
import { preparedRows } from "../helpers/prepared";

const FIXTURES = path.resolve(__dirname, "..", "fixtures");
const read = (rel: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, rel)));

test("표6 (CP949) becomes a long sheet with its X cells as flags, never 0", async () => {
  const table = await parseCensus(read("kosis/kosis_seosan_table6_cp949.csv"), "kosis_seosan_table6_cp949.csv");
  const prepared = prepareImport(table, "long", undefined, new Date("2024-04-29T00:00:00Z"));
  expect(prepared.header).toEqual([...LONG_HEADER]);
  const { rows, formats } = preparedRows(prepared);
  expect(rows).toHaveLength(prepared.rowCount);
  const valueCol = prepared.header.indexOf("값");
  const flagCol = prepared.header.indexOf("표시");
  const suppressed = rows.filter((r) => r[flagCol] === "X");
  expect(suppressed.length).toBeGreaterThanOrEqual(12);
  for (const r of suppressed) expect(r[valueCol]).toBeNull();
  const auto = rows.find((r) => r[1] === "서산시" && r[3] === "C30" && String(r[6]).startsWith("종사자수"));
  expect(auto?.[valueCol]).toBe(9793);
  // Every column but 값 is text; 값 follows the source's precision row by row.
  expect(prepared.columnFormats.filter((f) => f === "@")).toHaveLength(prepared.header.length - 1);
  expect(prepared.rowFormatColumn).toBe(valueCol);
  expect(formats).toHaveLength(rows.length);
  const s = prepared.summary;
  expect(s.numbers + s.symbols + s.blanks + s.texts).toBe(s.cellsRead);
  expect(s.cellsWritten).toBe(s.cellsRead);
  expect(prepared.provenance.values[0]).toBe("kosis_seosan_table6_cp949.csv");
  expect(prepared.provenance.values[1]).toMatch(/^[0-9a-f]{64}$/);
});

test("the real KOSIS export lands in a workbook with its provenance, every value cell once", async () => {
  const table = await parseCensus(read("kosis/kosis_elderly_standard_cp949.csv"), "kosis_elderly_standard_cp949.csv");
  const prepared = prepareImport(table, "long");
  const wb = new MemoryWorkbook();
  const outcome = await writeImport(wb, prepared);
  const grid = wb.sheets.get(outcome.sheet)!;
  expect(grid.length).toBe(prepared.rowCount + 1);
  expect(grid.slice(1)).toEqual(preparedRows(prepared).rows);
  const valueCol = prepared.header.indexOf("값");
  const flagCol = prepared.header.indexOf("표시");
  const written = grid.slice(1).filter((r) => r[valueCol] !== null || r[flagCol] !== "").length;
  expect(written + prepared.summary.blanks).toBe(prepared.summary.cellsRead);
  const seoul = grid.find((r) => r[1] === "서울특별시" && String(r[6]).startsWith("65세이상인구"));
  expect(seoul?.[valueCol]).toBe(1488747);
  const provenance = wb.sheets.get("출처")!;
  expect(provenance[0][0]).toBe("시트");
  expect(provenance[1][0]).toBe(outcome.sheet);
  expect(provenance[1][3]).toBe("kosis-standard-csv");
});

test("the wide layout keeps the source's columns under one unique header row", async () => {
  const table = await parseCensus(read("kosis/kosis_elderly_standard_cp949.csv"), "kosis_elderly_standard_cp949.csv");
  const prepared = prepareImport(table, "wide");
  expect(new Set(prepared.header).size).toBe(prepared.header.length);
  expect(prepared.rowCount).toBe(table.rows.length);
  expect(preparedRows(prepared).rows).toHaveLength(table.rows.length);
  expect(prepared.summary.cellsWritten).toBe(prepared.summary.cellsRead);
});

test("flattenHeader joins header rows and keeps names unique", () => {
  expect(flattenHeader([["행정구역별", "2020", "2020"], ["행정구역별", "인구 (명)", "인구 (명)"]])).toEqual(["행정구역별", "2020 인구 (명)", "2020 인구 (명) (2)"]);
  expect(flattenHeader([["", "a"]])).toEqual(["열1", "a"]);
});

test("a filtered import's provenance row is that of what is written: its rows, periods and the cells left out", async () => {
  const table = await parseCensus(read("census/kosis_quirks_utf8bom.csv"), "kosis_quirks_utf8bom.csv");
  const filters = { periods: ["2023"] };
  const prepared = prepareImport(table, "long", filters);
  const at = (name: string) => prepared.provenance.values[PROVENANCE_HEADER.indexOf(name as (typeof PROVENANCE_HEADER)[number])];
  expect(at("행 수")).toBe(prepared.rowCount);
  expect(at("시점")).toBe("2023");
  expect(at("필터로 뺀 셀")).toBe(table.counts.dataCells - prepared.rowCount);
  expect(at("필터로 뺀 셀")).toBeGreaterThan(0);
  // Unfiltered, nothing is left out.
  expect(prepareImport(table, "long").provenance.values[PROVENANCE_HEADER.indexOf("필터로 뺀 셀")]).toBe(0);
});
