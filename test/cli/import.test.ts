/** `sandan import`: the task pane's import pipeline into an xlsx, with its 출처 provenance row. */
import { createHash } from "crypto";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { FIXTURES, readBook, sandan, tempDir } from "./helpers";
import { LONG_HEADER, PROVENANCE_HEADER } from "../../src/census";

const dir = tempDir();
afterAll(() => dir.remove());

const ELDERLY = join(FIXTURES, "kosis", "kosis_elderly_standard_cp949.csv");
const TABLE6 = join(FIXTURES, "kosis", "kosis_seosan_table6_cp949.csv");
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

type Row = (string | number | boolean | null)[];
function rowsOf(ws: import("exceljs").Worksheet): Row[] {
  const rows: Row[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1);
    rows[n - 1] = Array.from({ length: ws.columnCount }, (_, c) => (values[c] ?? null) as Row[number]);
  });
  return rows;
}

test("표6 of Seosan: the long sheet with X cells as empty values flagged X, a table, formats, provenance", async () => {
  const output = dir.path("table6.xlsx");
  const r = await sandan("import", TABLE6, "-o", output);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const wb = await readBook(output);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["kosis_seosan_table6_cp949", "출처"]);
  const ws = wb.getWorksheet("kosis_seosan_table6_cp949")!;
  const rows = rowsOf(ws);
  expect(rows[0]).toEqual([...LONG_HEADER]);
  const value = LONG_HEADER.indexOf("값");
  const flag = LONG_HEADER.indexOf("표시");
  const suppressed = rows.slice(1).filter((row) => row[flag] === "X");
  // Six industries with 종사자수 and 부가가치 suppressed.
  expect(suppressed).toHaveLength(12);
  for (const row of suppressed) expect(row[value]).toBeNull();
  const auto = rows.find((row) => row[LONG_HEADER.indexOf("산업코드")] === "C30" && row[LONG_HEADER.indexOf("항목")] === "종사자수");
  expect(auto?.[value]).toBe(9793);
  expect(auto?.[LONG_HEADER.indexOf("지역")]).toBe("서산시");
  // An Excel table over the data, header frozen; text columns as text, numbers with a number format.
  const tables = Object.values((ws as unknown as { tables: Record<string, { table: { ref: string; tableRef?: string } }> }).tables);
  expect(tables).toHaveLength(1);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(ws.getCell(2, LONG_HEADER.indexOf("지역") + 1).numFmt).toBe("@");
  expect(ws.getCell(2, LONG_HEADER.indexOf("시점") + 1).numFmt).toBe("@");
  expect(ws.getCell(2, value + 1).numFmt).toMatch(/0/);

  const provenance = rowsOf(wb.getWorksheet("출처")!);
  expect(provenance[0]).toEqual(["시트", ...PROVENANCE_HEADER]);
  expect(provenance).toHaveLength(2);
  expect(provenance[1][0]).toBe("kosis_seosan_table6_cp949");
  expect(provenance[1][1]).toBe("kosis_seosan_table6_cp949.csv");
  expect(provenance[1][2]).toBe(sha256(TABLE6));
  expect(provenance[1][4]).toMatch(/cp949/i);
});

test("importing into an existing workbook adds a sheet and a provenance row, touching nothing else", async () => {
  const output = dir.path("both.xlsx");
  expect((await sandan("import", ELDERLY, "-o", output)).code).toBe(0);
  let wb = await readBook(output);
  const first = rowsOf(wb.getWorksheet("kosis_elderly_standard_cp949")!);
  expect(first[0]).toEqual([...LONG_HEADER]);
  expect(first.length).toBeGreaterThan(10);
  // The analyst adds a sheet of their own; the next imports must leave it and the first import alone.
  wb.addWorksheet("메모").getCell("A1").value = "analyst's notes";
  await wb.xlsx.writeFile(output);

  expect((await sandan("import", TABLE6, "-o", output)).code).toBe(0);
  expect((await sandan("import", ELDERLY, "-o", output)).code).toBe(0);
  wb = await readBook(output);
  // Sheet names stay within Excel's 31 characters when made unique.
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "kosis_elderly_standard_cp949",
    "출처",
    "메모",
    "kosis_seosan_table6_cp949",
    "kosis_elderly_standard_cp94 (2)",
  ]);
  expect(wb.getWorksheet("메모")!.getCell("A1").value).toBe("analyst's notes");
  expect(rowsOf(wb.getWorksheet("kosis_elderly_standard_cp949")!)).toEqual(first);
  const provenance = rowsOf(wb.getWorksheet("출처")!);
  expect(provenance.map((r) => r[0])).toEqual(["시트", "kosis_elderly_standard_cp949", "kosis_seosan_table6_cp949", "kosis_elderly_standard_cp94 (2)"]);
  expect(provenance.map((r) => r[2])).toEqual(["SHA-256", sha256(ELDERLY), sha256(TABLE6), sha256(ELDERLY)]);
});

test("--layout wide keeps the source layout", async () => {
  const output = dir.path("wide.xlsx");
  expect((await sandan("import", TABLE6, "-o", output, "--layout", "wide")).code).toBe(0);
  const rows = rowsOf((await readBook(output)).getWorksheet("kosis_seosan_table6_cp949")!);
  expect(rows.length).toBeLessThan(30);
  expect(rows[0].some((h) => typeof h === "string" && h.includes("종사자수"))).toBe(true);
});

test("a bad input file: exit 2 with the import error (file, line), nothing written", async () => {
  const ragged = dir.path("ragged.csv");
  writeFileSync(ragged, "지역,산업,값\n서산시,C30,1\n서산시,C20,2,3\n");
  const output = dir.path("never.xlsx");
  const r = await sandan("import", ragged, "-o", output, "--format", "generic-csv");
  expect(r.code).toBe(2);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toContain("ragged.csv");
  expect(r.err).toMatch(/3행|line 3/);
  expect(existsSync(output)).toBe(false);

  const binary = dir.path("picture.csv");
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  const r2 = await sandan("import", binary, "-o", output);
  expect(r2.code).toBe(2);
  expect(r2.err).toContain("picture.csv");
  expect(existsSync(output)).toBe(false);
});

test("a bad import leaves an existing workbook as it was", async () => {
  const output = dir.path("existing.xlsx");
  expect((await sandan("import", TABLE6, "-o", output)).code).toBe(0);
  const before = readFileSync(output);
  const empty = dir.path("empty.csv");
  writeFileSync(empty, "");
  const r = await sandan("import", empty, "-o", output);
  expect(r.code).toBe(2);
  expect(r.err).toContain("empty.csv");
  expect(readFileSync(output).equals(before)).toBe(true);
});

test("usage errors: no -o, a bad --layout, a bad --encoding", async () => {
  let r = await sandan("import", TABLE6);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/-o/);
  r = await sandan("import", TABLE6, "-o", dir.path("x.xlsx"), "--layout", "tall");
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/long, wide/);
  r = await sandan("import", TABLE6, "-o", dir.path("x.xlsx"), "--encoding", "latin1");
  expect(r.code).toBe(2);
  expect(existsSync(dir.path("x.xlsx"))).toBe(false);
});

test("--encoding utf-8 on a CP949 file is refused with the import's advice", async () => {
  const output = dir.path("enc.xlsx");
  const r = await sandan("import", TABLE6, "-o", output, "--encoding", "utf-8");
  expect(r.code).toBe(2);
  expect(r.err).toContain("kosis_seosan_table6_cp949.csv");
  expect(existsSync(output)).toBe(false);
});
