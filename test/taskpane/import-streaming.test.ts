/** A long import is made, written and let go a piece at a time, and the sheet is the same as if built whole. */
import * as fs from "fs";
import * as path from "path";
import { numberFormatFor, parseCensusSync, prepareImport, toLongRows, toWideRows, type CensusFilters, type CensusTable, type PreparedImport } from "../../src/census";
import { sheetPieces, writeImport } from "../../src/taskpane/import-writer";
import { rowBytes } from "../../src/taskpane/payload";
import type { BlockWrite, CellValue, WriteOptions } from "../../src/taskpane/workbook";
import { kosisCsv } from "../../bench/inputs";
import { MemoryWorkbook } from "../helpers/memory-workbook";
import { preparedRows } from "../helpers/prepared";

const FIXTURES = path.resolve(__dirname, "..", "fixtures");
const fixture = (rel: string) => parseCensusSync(new Uint8Array(fs.readFileSync(path.join(FIXTURES, rel))), path.basename(rel));
// About 74,000 long rows: several pieces of one Office.js sync each.
const big = () => parseCensusSync(new TextEncoder().encode(kosisCsv(600_000)), "big.csv");

const cases: [string, () => CensusTable, CensusFilters | undefined][] = [
  ["표6", () => fixture("kosis/kosis_seosan_table6_cp949.csv"), undefined],
  ["elderly, filtered", () => fixture("kosis/kosis_elderly_standard_cp949.csv"), { regions: ["서산시", "충청남도 당진시"] }],
  ["quirks", () => fixture("census/kosis_quirks_utf8bom.csv"), undefined],
  ["generated", big, undefined],
  ["generated, filtered", big, { periods: ["2021"] }],
];

test.each(cases)("%s: the rows, their formats and the summary are those of the whole long table", (_, load, filters) => {
  const table = load();
  const whole = toLongRows(table, filters);
  const prepared = prepareImport(table, "long", filters);
  const { rows, formats } = preparedRows(prepared);
  expect(prepared.header).toEqual(whole.header);
  expect(prepared.rowCount).toBe(whole.rows.length);
  expect(rows).toEqual(whole.rows);
  expect(formats).toEqual(whole.decimals.map(numberFormatFor));
  const { numbers, symbols, blanks, texts, rows: n } = whole.counts;
  expect(prepared.summary).toEqual({ cellsRead: n, numbers, symbols, blanks, texts, cellsWritten: n });
  // Each call starts again from the first row.
  expect(preparedRows(prepared).rows).toHaveLength(n);
});

test.each(cases)("%s: the wide layout's rows, made a chunk at a time, are those of the whole wide table", (_, load, filters) => {
  const table = load();
  const whole = toWideRows(table, filters);
  const prepared = prepareImport(table, "wide", filters);
  expect(prepared.rowCount).toBe(whole.rows.length);
  expect(preparedRows(prepared).rows).toEqual(whole.rows);
  expect(prepared.rowFormatColumn).toBeUndefined();
  const valueColumns = whole.columnKinds.filter((k) => k === "number").length;
  expect(prepared.summary.cellsWritten).toBe(whole.rows.length * valueColumns);
  // Cells read are those of the filtered table, as for the long layout.
  expect(prepared.summary.cellsRead).toBe(toLongRows(table, filters).counts.rows);
});

test("pieces keep under the budget, cover every row once in order, and carry their rows' formats", () => {
  const prepared = prepareImport(big(), "long");
  const { rows, formats } = preparedRows(prepared);
  const budget = 200_000;
  // A piece is valid until the next is asked for: each is copied as it comes, as a writer writes it.
  const pieces: { rows: CellValue[][]; formats: string[] }[] = [];
  let previous: CellValue[][] | undefined;
  for (const p of sheetPieces(prepared, budget)) {
    expect(p.formats).toHaveLength(p.rows.length);
    const bytes = p.rows.reduce((s, r, i) => s + rowBytes(r, p.formats![i]), 0);
    expect(bytes).toBeLessThanOrEqual(budget);
    // The arrays of one piece are those of the next: nothing new is kept alive from piece to piece.
    if (previous) expect(p.rows).toBe(previous);
    previous = p.rows;
    pieces.push({ rows: p.rows.map((r) => r.slice()), formats: p.formats!.slice() });
  }
  expect(pieces.length).toBeGreaterThan(10);
  expect(pieces.flatMap((p) => p.rows)).toEqual([prepared.header, ...rows]);
  expect(pieces.flatMap((p) => p.formats)).toEqual(["@", ...formats]);
});

/** Records each block as it arrives, and how many rows the import had made by then. */
class WatchingWorkbook extends MemoryWorkbook {
  blocks: { sheet: string; row: number; rows: number; formats: number; madeBefore: number }[] = [];
  constructor(private readonly made: () => number) {
    super();
  }
  async writeBlock(block: BlockWrite, options: WriteOptions = {}) {
    this.blocks.push({ sheet: block.sheet, row: block.row, rows: block.values.length, formats: block.rowFormats?.formats.length ?? -1, madeBefore: this.made() });
    return super.writeBlock(block, options);
  }
}

test("the writer takes the long rows a piece at a time: the sheet is never made whole before it is written", async () => {
  const prepared = prepareImport(big(), "long");
  let made = 0;
  const counted: PreparedImport = {
    ...prepared,
    rowChunks: function* () {
      for (const chunk of prepared.rowChunks()) {
        made += chunk.rows.length;
        yield chunk;
      }
    },
  };
  const wb = new WatchingWorkbook(() => made);
  const progress: number[] = [];
  const outcome = await writeImport(wb, counted, { onProgress: (done) => progress.push(done) });
  const data = wb.blocks.filter((b) => b.sheet === outcome.sheet);
  expect(data.length).toBeGreaterThan(1);
  // Blocks follow each other down the sheet, each with a format for every row.
  let top = 0;
  for (const b of data) {
    expect(b.row).toBe(top);
    expect(b.formats).toBe(b.rows);
    // Rows made before a block is written: that block's, and at most one chunk of the next.
    expect(b.madeBefore - (top === 0 ? b.rows - 1 : top + b.rows - 1)).toBeLessThanOrEqual(2048);
    top += b.rows;
  }
  expect(top).toBe(prepared.rowCount + 1);
  expect(outcome.rows).toBe(prepared.rowCount);
  expect(wb.sheets.get(outcome.sheet)!.slice(1)).toEqual(toLongRows(big()).rows);
  expect(progress[progress.length - 1]).toBe(prepared.rowCount + 1);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
});

test("a row count that does not match the rows made leaves no sheet behind", async () => {
  const prepared = prepareImport(fixture("kosis/kosis_seosan_table6_cp949.csv"), "long");
  const wb = new MemoryWorkbook();
  await expect(writeImport(wb, { ...prepared, rowCount: prepared.rowCount + 1 })).rejects.toThrow(/rows/);
  expect(await wb.sheetNames()).toEqual(["Sheet1"]);
});
