import { MemoryWorkbook } from "../helpers/memory-workbook";
import { ImportRefused, PROVENANCE_SHEET, tableName, writeImport } from "../../src/taskpane/import-writer";
import type { PreparedImport } from "../../src/census";
import { CancelledError, uniqueSheetName } from "../../src/taskpane/workbook";

function prepared(n = 3): PreparedImport {
  const rows = Array.from({ length: n }, (_, i) => ["서산시", `C${10 + i}`, i % 2 ? null : i * 10, i % 2 ? "X" : ""]);
  return {
    sheetName: "표6",
    header: ["지역", "산업코드", "값", "표시"],
    rowCount: n,
    rowChunks: () => [{ rows }],
    columnFormats: ["", "", "#,##0", ""],
    provenance: { header: ["파일", "SHA-256"], values: ["표6.csv", "ab12"] },
  };
}

test("writes a new sheet with its table and a provenance row, never over an existing sheet", async () => {
  const wb = new MemoryWorkbook(["표6"]);
  wb.sheets.get("표6")!.push(["analyst's own data"]);
  const outcome = await writeImport(wb, prepared());
  expect(outcome).toEqual({ sheet: "표6 (2)", rows: 3, cells: 12 });
  expect(wb.sheets.get("표6")).toEqual([["analyst's own data"]]);
  expect(wb.sheets.get("표6 (2)")![0]).toEqual(["지역", "산업코드", "값", "표시"]);
  expect(wb.sheets.get("표6 (2)")![2]).toEqual(["서산시", "C11", null, "X"]);
  expect(wb.tables).toEqual([{ sheet: "표6 (2)", rows: 4, cols: 4, name: expect.stringMatching(/^표6__2__/) }]);
  expect(wb.sheets.get(PROVENANCE_SHEET)).toEqual([
    ["시트", "파일", "SHA-256"],
    ["표6 (2)", "표6.csv", "ab12"],
  ]);
  await writeImport(wb, prepared());
  expect(wb.sheets.get(PROVENANCE_SHEET)!.map((r) => r[0])).toEqual(["시트", "표6 (2)", "표6 (3)"]);
});

test("a failed write removes the partial sheet and reports the failure", async () => {
  const wb = new MemoryWorkbook();
  wb.failOnWrite = 1;
  await expect(writeImport(wb, prepared())).rejects.toThrow("write failed");
  expect(await wb.sheetNames()).toEqual(["Sheet1"]);
});

test("cancelling mid-way leaves no sheet behind", async () => {
  const wb = new MemoryWorkbook();
  const controller = new AbortController();
  const seen: number[] = [];
  await expect(
    writeImport(wb, prepared(5000), {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done >= 2000) controller.abort();
      },
    }),
  ).rejects.toBeInstanceOf(CancelledError);
  expect(seen).toEqual([1000, 2000]);
  expect(await wb.sheetNames()).toEqual(["Sheet1"]);
});

test("a result larger than a sheet is refused before anything is written", async () => {
  const wb = new MemoryWorkbook();
  let made = 0;
  const huge: PreparedImport = {
    ...prepared(0),
    rowCount: 1_048_576,
    rowChunks: () => {
      made++;
      return [];
    },
  };
  const error = await writeImport(wb, huge).catch((e) => e);
  expect(error).toBeInstanceOf(ImportRefused);
  expect(error.ko).toMatch(/1,048,576행/);
  expect(made).toBe(0);
  expect(await wb.sheetNames()).toEqual(["Sheet1"]);
});

test("unique sheet names respect Excel's rules", () => {
  expect(uniqueSheetName("표6", [])).toBe("표6");
  expect(uniqueSheetName("표6", ["표6", "표6 (2)"])).toBe("표6 (3)");
  expect(uniqueSheetName("a/b:c?[d]", [])).toBe("a b c  d");
  expect(uniqueSheetName("x".repeat(40), ["x".repeat(31)])).toBe("x".repeat(27) + " (2)");
  expect(uniqueSheetName("SHEET1", ["Sheet1"])).toBe("SHEET1 (2)");
  expect(tableName("2022 표")).toMatch(/^_2022_표_[0-9a-z]+$/);
});
