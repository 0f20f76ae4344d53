/**
 * Census import core (pure: no Office, no DOM, no Node built-ins). Reads KOSIS tables and other CSV/TSV into a
 * normalised CensusTable that keeps every cell and every statistical symbol, with provenance.
 *
 * ## Formats (detected; override with ParseOptions.format)
 * - "kosis-standard-csv": two header rows (classifications + period; classifications + `항목 (단위)`), CP949
 *   or UTF-8 with BOM, `소계`/`계` total rows, U+3000 indentation.
 * - "kosis-bulk-csv": KOSIS 대용량: one header row (classifications, 항목, 단위, periods such as `2020 년`),
 *   every field quoted, a trailing comma (phantom column, dropped and counted).
 * - "kosis-xlsx": sheet `데이터` (merged cells understood) + optional `메타정보` (→ table.meta).
 * - "kosis-api-json": statisticsParameterData answers; `{"err", "errMsg"}` answers become ImportErrors.
 * - "generic-csv": any CSV/TSV (`"9,726,787"` numbers, `서울특별시  (1100000000)` codes in names).
 *
 * ## API
 * - `detectFormat(bytes, fileName): Detection` — format, encoding, delimiter, reason.
 * - `parseCensus(bytes, fileName, options?): Promise<CensusTable>` (SHA-256 via Web Crypto) and
 *   `parseCensusSync(...)`: CensusTable (pure SHA-256). ParseOptions: format, encoding ("auto" | "utf-8" |
 *   "cp949" | "utf-16le" | "utf-16be"), delimiter, sheet, request.
 * - `toLongRows(table, filters?): LongTable` — header LONG_HEADER
 *   `지역코드 | 지역 | 상위지역 | 산업코드 | 산업명 | 시점 | 항목 | 단위 | 값 | 표시 | 구분` (+ extra
 *   classifications such as 성별), one row per value cell; `decimals` per row; `columnKinds` (only 값 is a
 *   number column: write every other column as text). `longRowChunks(table, size, filters?)` yields the same
 *   rows in chunks.
 * - `toWideRows(table, filters?): WideTable` — the source layout; numbers with markers get a "표시" column.
 *   `wideLayout(table, filters?)` gives its shape and its rows in chunks.
 * - `applyFilters(table, filters)`, `filterOptions(table)`, `preview(table, n?, filters?)`,
 *   `observations(table)`.
 * - `checkExcelFit(table, "long" | "wide", filters?)`: null, or an ImportError to show (more than 1,048,576
 *   rows). `numberFormatFor(decimals)`. `isFormulaLike(text)` / `formulaLikeCells(row)`: text starting with
 *   = + - @ must be written as text.
 * - `provenance(table, importedAt?)`, `provenanceRow(p)`, `PROVENANCE_HEADER`: the 출처 sheet row.
 * - `prepareImport(table, "long" | "wide", filters?)`: the sheet a host writes — header, row count, rows in
 *   chunks made as they are read, number formats, provenance row and the cell accounting.
 * - KOSIS Open API: `planKosisRequests(input)` (≤ 40,000 cells per call, split by period, then region,
 *   other levels, items), `kosisQuery(req, apiKey?)`, `describeKosisRequest(req)` (no key), `redactApiKey`,
 *   `mergeKosisAnswers(answers)`, `kosisRecordsToTable(...)`, `runKosisPlan(requests, fetch, apiKey)` with
 *   an injected fetch, `kosisApiError(code, msg, name)`.
 * - Errors: every parser throws (or rejects with) nothing but `ImportError` {code, text {ko,en}, advice
 *   {ko,en}, fileName, line?, column?, apiCode?}; `describe("ko" | "en")` gives the whole message.
 *
 * ## Output model
 * - 지역: leaf name (서산시), indentation and codes stripped; 지역코드 when the source carries one; 상위지역:
 *   the parent (충청남도), blank at the top. `행정구역별(1)=충청남도, (2)=소계` is 충청남도 itself with 구분 소계.
 * - 산업코드: KSIC normalised (`C30`, `C`, `C28202`) from codes in labels or official names; 산업명 without code.
 * - 시점: normalised (`2020`, `2020.01`, `2020.1/4`); a period marker (`2024 p)`) moves to 표시.
 * - 값: number or empty; 표시: the symbol or marker exactly as published (`X`, `-`, `…`, `*`, `p)`), the
 *   cell's own first, then the period's, separated by a space; a text cell's text. A symbol is never 0.
 * - 구분: "합계" when every hierarchy present (region, industry) is at its grand total (전국, 계, 전산업),
 *   "소계" when at least one is a total of children (소계 rows, indented parents, C over C30), else "".
 * - Accounting: counts.cellsRead = headerCells + labelCells + dataCells + noteCells + phantomCells +
 *   filteredOut; dataCells = numbers + symbols + blanks + texts = long rows.
 */
export * from "./errors";
export * from "./model";
export * from "./decode";
export * from "./csv";
export * from "./labels";
export * from "./ksic";
export { normaliseGrid, regionCodeKey, totalOf, finishCounts, flagPartsOf, effectiveItem } from "./grid";
export type { GridRow, GridSource } from "./grid";
export * from "./xml";
export * from "./xlsx";
export * from "./kosisApi";
export * from "./sha256";
export * from "./parse";
export * from "./output";
export * from "./provenance";
export * from "./sheet";
export * from "./symbols";
