/** The Office.js adapter against office-addin-mock: chunked writes, syncs counted, formula-like text kept as text. */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook, planChunks } from "../../src/excel/office-workbook";
import { MAX_SYNC_BYTES } from "../../src/taskpane/payload";
import { writeSheetRows } from "../../src/taskpane/import-writer";
import type { OutCell, PreparedImport } from "../../src/census";
import { CancelledError, type CellValue } from "../../src/taskpane/workbook";

interface Written {
  address: string;
  values?: CellValue[][];
  numberFormat?: string | string[][];
}

/**
 * An office-addin-mock workbook whose ranges record what was written, and whose context.sync() records the
 * UTF-8 size of what the batch since the previous sync would send.
 */
function mockExcel(sheetNames: string[]) {
  const written: Written[] = [];
  const syncPayloads: number[] = [];
  let pending: Written[] = [];
  const sheet = (name: string) => ({
    name,
    getRange(address: string) {
      const w: Written = { address };
      written.push(w);
      pending.push(w);
      return w;
    },
  });
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          items: sheetNames.map((name) => ({ name })),
          getItem: (name: string) => {
            if (!sheetNames.includes(name)) throw new Error(`no sheet ${name}`);
            return sheet(name);
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as unknown as { context: unknown }).context);
    },
  }) as unknown as { context: { sync: () => Promise<void> } };
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncPayloads.push(pending.reduce((n, w) => n + Buffer.byteLength(JSON.stringify({ a: w.address, v: w.values, f: w.numberFormat })), 0));
    // Office.js sends a copy of the request some time before the sync resolves (here, a turn later): what the
    // writer does with its arrays after that is its own.
    const batch = pending;
    pending = [];
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const w of batch) {
      if (w.values) w.values = structuredClone(w.values);
      if (Array.isArray(w.numberFormat)) w.numberFormat = structuredClone(w.numberFormat);
    }
    await sync();
  };
  (global as unknown as { Excel: unknown }).Excel = mock;
  return { mock, written, syncPayloads };
}

test("planChunks keeps every chunk under the budget and covers every row once", () => {
  const rows: CellValue[][] = Array.from({ length: 5000 }, (_, i) => ["충청남도", "서산시", `C${i % 24}`, i, "X"]);
  const chunks = planChunks(rows, 20_000);
  expect(chunks[0][0]).toBe(0);
  expect(chunks[chunks.length - 1][1]).toBe(5000);
  for (let i = 1; i < chunks.length; i++) expect(chunks[i][0]).toBe(chunks[i - 1][1]);
  expect(chunks.length).toBeGreaterThan(10);
});

test("a 1,000,000-cell block with per-row formats goes out in syncs of at most 4 MB", async () => {
  const { written, syncPayloads } = mockExcel(["표6"]);
  const wb = new OfficeWorkbook();
  const values: CellValue[][] = Array.from({ length: 100_000 }, (_, i) => [
    "충청남도",
    "서산시",
    `C${10 + (i % 24)}`,
    "자동차 및 트레일러 제조업",
    "2022",
    "종사자수",
    "명",
    i * 7,
    i % 17 === 0 ? "X" : "",
    "",
  ]);
  const formats = values.map((_, i) => (i % 3 ? "#,##0" : "#,##0.0"));
  await wb.writeBlock({ sheet: "표6", row: 0, col: 0, values, columnFormats: ["@", "@", "@", "@", "@", "@", "@", "", "@", "@"], rowFormats: { col: 7, formats } });
  expect(Math.max(...syncPayloads)).toBeLessThanOrEqual(MAX_SYNC_BYTES);
  const totalBytes = syncPayloads.reduce((a, b) => a + b, 0);
  expect(syncPayloads.length).toBeLessThanOrEqual(Math.ceil(totalBytes / MAX_SYNC_BYTES) + 2);
  expect(written.reduce((n, w) => n + (w.values?.length ?? 0), 0)).toBe(100_000);
  expect(written.find((w) => w.values)?.address).toMatch(/^A1:J\d+$/);
});

test("formula-like text is written as text", async () => {
  const { written } = mockExcel(["출처"]);
  await new OfficeWorkbook().writeBlock({ sheet: "출처", row: 1, col: 2, values: [["=HYPERLINK(\"http://x\")", 5, "-", "@SUM(A1)", "+1"]], columnFormats: ["", "#,##0", "", "@", ""] });
  const formats = Object.fromEntries(written.filter((w) => w.numberFormat).map((w) => [w.address, w.numberFormat]));
  expect(formats).toEqual({ "D2:D2": "#,##0", "F2:F2": "@", "C2:C2": "@", "E2:E2": "@", "G2:G2": "@" });
  const block = written.find((w) => w.values)!;
  expect(block.address).toBe("C2:G2");
  expect(block.values).toEqual([["=HYPERLINK(\"http://x\")", 5, "-", "@SUM(A1)", "+1"]]);
});

test("short rows are padded and empty cells sent as empty text (null would leave Excel's cell as it was)", async () => {
  const { written } = mockExcel(["S"]);
  await new OfficeWorkbook().writeBlock({ sheet: "S", row: 0, col: 0, values: [["a", null, 3], ["b"], [null, 0, false]] });
  const block = written.find((w) => w.values)!;
  expect(block.address).toBe("A1:C3");
  expect(block.values).toEqual([["a", "", 3], ["b", "", ""], ["", 0, false]]);
});

test("an import's pieces through the Office.js writer: every sync under the limit, as few syncs as the bytes need", async () => {
  const { written, syncPayloads } = mockExcel(["S"]);
  const rows: OutCell[][] = Array.from({ length: 60_000 }, (_, i) => ["충청남도", "서산시", `C${i % 34}`, "2022", "종사자수", "명", i % 9 ? i : null, i % 9 ? "" : "X"]);
  const prepared: PreparedImport = {
    sheetName: "S",
    header: ["지역", "시군구", "산업코드", "시점", "항목", "단위", "값", "표시"],
    rowCount: rows.length,
    rowChunks: function* () {
      for (let i = 0; i < rows.length; i += 2048) yield { rows: rows.slice(i, i + 2048), formats: rows.slice(i, i + 2048).map(() => "#,##0") };
    },
    columnFormats: ["@", "@", "@", "@", "@", "@", "", "@"],
    rowFormatColumn: 6,
    provenance: { header: [], values: [] },
  };
  await writeSheetRows(new OfficeWorkbook(), "S", prepared);
  const blocks = written.filter((w) => w.values);
  expect(blocks.flatMap((w) => w.values!)).toEqual([prepared.header, ...rows.map((r) => r.map((v) => (v === null ? "" : v)))]);
  const total = syncPayloads.reduce((a, b) => a + b, 0);
  expect(Math.max(...syncPayloads)).toBeLessThanOrEqual(MAX_SYNC_BYTES);
  expect(syncPayloads.length).toBeLessThanOrEqual(Math.ceil(total / MAX_SYNC_BYTES) + 2);
  expect(syncPayloads.length).toBeGreaterThan(1);
});

test("writes at once through one workbook each send their own rows", async () => {
  const { written } = mockExcel(["A", "B"]);
  const wb = new OfficeWorkbook();
  const block = (tag: string) => Array.from({ length: 50_000 }, (_, i) => [`${tag}${i}`, i, "충청남도 서산시 자동차 및 트레일러 제조업; 자동차 신품 부품 제조업 (부가가치, 백만원)"]);
  await Promise.all([wb.writeBlock({ sheet: "A", row: 0, col: 0, values: block("a") }), wb.writeBlock({ sheet: "B", row: 0, col: 0, values: block("b") })]);
  const sent = written.filter((w) => w.values).flatMap((w) => w.values!.map((r) => String(r[0])));
  expect(sent.filter((v) => v.startsWith("a"))).toEqual(block("a").map((r) => r[0]));
  expect(sent.filter((v) => v.startsWith("b"))).toEqual(block("b").map((r) => r[0]));
  expect(written.filter((w) => w.values).length).toBeGreaterThan(2);
});

test("formulas go in as one range, short rows padded with empty text", async () => {
  const { written } = mockExcel(["표7"]);
  await new OfficeWorkbook().writeFormulas("표7", 2, 1, [["=SANDAN.REGIONAL_SHARE(A1:K9,\"서산시\",\"충청남도\",\"C30\")", "=1+1"], ["=B3*2"]]);
  const range = written[0] as Written & { formulas?: unknown };
  expect(range.address).toBe("B3:C4");
  expect(range.formulas).toEqual([["=SANDAN.REGIONAL_SHARE(A1:K9,\"서산시\",\"충청남도\",\"C30\")", "=1+1"], ["=B3*2", ""]]);
});

test("sheet names are loaded through the mock", async () => {
  mockExcel(["A", "표6"]);
  expect(await new OfficeWorkbook().sheetNames()).toEqual(["A", "표6"]);
});

test("cancelling stops the write between chunks and reports progress until then", async () => {
  const { written } = mockExcel(["S"]);
  const controller = new AbortController();
  const progress: number[] = [];
  const values: CellValue[][] = Array.from({ length: 400_000 }, (_, i) => [i, "서산시", "X"]);
  const write = new OfficeWorkbook().writeBlock(
    { sheet: "S", row: 0, col: 0, values },
    {
      signal: controller.signal,
      onProgress: (done, total) => {
        progress.push(done);
        expect(total).toBe(400_000);
        controller.abort();
      },
    },
  );
  await expect(write).rejects.toBeInstanceOf(CancelledError);
  expect(written.filter((w) => w.values)).toHaveLength(1);
  expect(progress).toHaveLength(1);
  expect(progress[0]).toBeLessThan(400_000);
});

describe("the selection", () => {
  function mockSelection(cell: { address: string; formulas: string[][]; values: unknown[][] }, parent?: { address: string; formulas: string[][] }, spills = true) {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          activeCell: {
            ...cell,
            // Office.js answers isNullObject without a load, which the mock library does not model.
            getSpillParentOrNullObject: () => ({
              ...(parent ?? { address: "", formulas: [[""]] }),
              isNullObject: !parent,
              load() {
                return this;
              },
            }),
          },
          getActiveCell: function () {
            return (this as unknown as { activeCell: unknown }).activeCell;
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<unknown>) {
        return callback((this as unknown as { context: unknown }).context);
      },
    });
    (global as unknown as { Excel: unknown }).Excel = mock;
    (global as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: () => spills } } };
  }

  test("a formula cell gives its own formula and address", async () => {
    mockSelection({ address: "'표7 비중'!D3", formulas: [["=SANDAN.REGIONAL_SHARE(A1:K9,\"서산시\",\"충청남도\",\"C30\",\"부가가치\")"]], values: [[0.1893]] });
    const s = await new OfficeWorkbook().getSelection();
    expect(s).toMatchObject({ address: "'표7 비중'!D3", sheet: "표7 비중", row: 2, col: 3, formulaRow: 2, formulaCol: 3, value: 0.1893 });
    expect(s.formula).toMatch(/^=SANDAN\.REGIONAL_SHARE/);
  });

  test("a cell of a spill gives the formula of the cell the spill comes from", async () => {
    mockSelection({ address: "표14!D3", formulas: [[0.5925 as unknown as string]], values: [[0.5925]] }, { address: "표14!D2", formulas: [["=SANDAN.HUB_SCORE(A1:C3)"]] });
    const s = await new OfficeWorkbook().getSelection();
    expect(s).toMatchObject({ row: 2, col: 3, formulaRow: 1, formulaCol: 3, formula: "=SANDAN.HUB_SCORE(A1:C3)" });
  });

  test("without spills (ExcelApi before 1.12) a constant is just a constant", async () => {
    mockSelection({ address: "S!B2", formulas: [[5 as unknown as string]], values: [[5]] }, { address: "S!B1", formulas: [["=X()"]] }, false);
    const s = await new OfficeWorkbook().getSelection();
    expect(s).toMatchObject({ formula: "", formulaRow: 1, formulaCol: 1 });
  });
});

test("a chart goes in over its data block, titled and placed", async () => {
  const added: { type: string; range: string; seriesBy: string; title?: string; position?: string }[] = [];
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: () => ({
            getRange: (address: string) => ({ address }),
            charts: {
              add: (type: string, range: { address: string }, seriesBy: string) => {
                const chart = { type, range: range.address, seriesBy, title: { text: "" }, setPosition: (p: string) => (entry.position = p) };
                const entry: (typeof added)[number] = { type, range: range.address, seriesBy };
                added.push(entry);
                return new Proxy(chart, { get: (t, k) => (k === "title" ? { set text(v: string) { entry.title = v; } } : t[k as keyof typeof t]) });
              },
            },
          }),
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as unknown as { context: unknown }).context);
    },
  });
  (global as unknown as { Excel: unknown }).Excel = Object.assign(mock, { ChartType: { columnClustered: "ColumnClustered" }, ChartSeriesBy: { columns: "Columns" } });
  await new OfficeWorkbook().addChart({ sheet: "차트_비중", title: "서산시의 충청남도 대비 비중", row: 0, col: 0, rows: 3, series: 2, anchorRow: 0, anchorCol: 5 });
  expect(added).toEqual([{ type: "ColumnClustered", range: "A1:C3", seriesBy: "Columns", title: "서산시의 충청남도 대비 비중", position: "F1" }]);
});
