/**
 * The audit sheet (감사 시트): a grid of cells that recomputes one SANDAN result with native Excel formulas only,
 * one visible cell per step, Korean labels first (column A) with English beside them (column B), referencing
 * the original source cells, and ending with a check cell that is TRUE when the native result agrees with the
 * SANDAN cell. Pure: the caller writes the grid at the sheet and top-left cell it names.
 *
 * Closed forms: REGIONAL_SHARE and CENSUS_VALUE (suppressed "error" and "zero"; "bounds" is explained, not
 * recomputed), HUB_SCORE (share, minmax, max, zscore, topsis), HUB_TIPPING for the methods whose scores are
 * straight lines in the weight (share, minmax, max, zscore; TOPSIS has no closed form), HUB_ELIGIBLE and
 * BUDGET_SPLIT (hamilton and exact).
 */
import { parseCell } from "../census/symbols";
import { toMatrix } from "../engine/coerce";
import type { Explained, SourceRow, Step, Text } from "../engine/explain";
import { readCriteria, readDirections, readMethod, readWeights, type HubMethod } from "../engine/hub";
import { parseTable, type ParsedTable, type Role } from "../engine/table";
import { parseSuppressedMode } from "../engine/census";
import { toDecimal } from "../engine/budget";
import { columnLetters } from "./address";
import type { ArgumentRef } from "./arguments";
import { sandanFunction, type SandanFunction } from "./catalog";
import {
  Grid,
  argumentText,
  excelEquals,
  literalFor,
  sourceCell,
  sheetPrefix,
  sourceRange,
  stringLiteral,
  text,
  type AuditCell,
  type Origin,
} from "./sheet-grid";

export type { AuditCell } from "./sheet-grid";

export interface AuditSheetRequest {
  /** The function, or its id such as "REGIONAL_SHARE". */
  fn: SandanFunction | string;
  /** One per parameter of the function, as parseArgument() reads the formula (undefined = omitted). */
  args: readonly (ArgumentRef | undefined)[];
  /** The argument values as the engine received them (2-D arrays for ranges). */
  values: readonly unknown[];
  /** The engine's explained result for these arguments. */
  explained: Explained<unknown>;
  /** The SANDAN cell (the top-left cell of its spill). */
  resultCell: { sheet: string; row: number; col: number };
  /** Where the audit sheet will be written: its sheet and top-left cell (0-based; A1 by default). */
  target: { sheet: string; row?: number; col?: number };
}

export interface AuditSheet {
  title: Text;
  /** The sheet the grid must be written to, and its top-left cell ("A1"). */
  sheet: string;
  topLeft: string;
  /** The whole block, sheet-qualified, e.g. `'감사_B3'!A1:L40`. */
  range: string;
  /** Rows of cells; a string beginning with "=" is a formula, other strings are text. */
  cells: AuditCell[][];
  /** Sheet-qualified address of the check cell (TRUE when the native result agrees); absent without a closed form. */
  check?: string;
  /** Sheet-qualified addresses of the native result cells, in the order of the SANDAN result (row by row). */
  native: string[];
  /** Whether the result is recomputed natively. */
  closedForm: boolean;
  /** What the sheet could not do natively, and why. */
  notes: Text[];
}

/** Tolerance of the check: 1E-9, relative for values above 1 in size. */
export function agreeFormula(native: string, sandan: string): string {
  return `ABS(${native}-${sandan})<=0.000000001*MAX(1,ABS(${sandan}))`;
}

/** A sheet name for the audit of a cell, within Excel's 31 characters: 감사_표6_D3. */
export function auditSheetName(cell: { sheet: string; row: number; col: number }): string {
  const a1 = `${columnLetters(cell.col)}${cell.row + 1}`;
  const base = cell.sheet.replace(/[\\/?*[\]:']/g, "_");
  const name = `감사_${base}_${a1}`;
  return name.length <= 31 ? name : `감사_${base.slice(0, 31 - 4 - a1.length)}_${a1}`;
}

interface Ctx {
  g: Grid;
  fn: SandanFunction;
  req: AuditSheetRequest;
  notes: Text[];
  native: string[];
  check?: string;
  closedForm: boolean;
  /** Grid positions of the cells holding literal argument values, by parameter index. */
  literalCells: Map<number, { row: number; col: number }[][]>;
}

const TOL_KO = "검증: SANDAN 셀과 일치 (차이 ≤ 1E-9, 1보다 큰 값은 상대 차이)";
const TOL_EN = "Check: agrees with the SANDAN cell (difference ≤ 1E-9, relative for values above 1)";

/** Builds the audit sheet of one SANDAN result. */
export function buildAuditSheet(req: AuditSheetRequest): AuditSheet {
  const fn = typeof req.fn === "string" ? sandanFunction(req.fn) : req.fn;
  if (!fn) throw new Error(`unknown SANDAN function ${String(req.fn)}`);
  const origin: Origin = { sheet: req.target.sheet, row: req.target.row ?? 0, col: req.target.col ?? 0 };
  const g = new Grid(origin);
  const ctx: Ctx = { g, fn, req, notes: [], native: [], closedForm: true, literalCells: new Map() };
  const title: Text = { ko: `감사 시트: SANDAN.${fn.id}`, en: `Audit sheet: SANDAN.${fn.id}` };
  header(ctx, title);
  switch (fn.id) {
    case "REGIONAL_SHARE":
      census(ctx, true);
      break;
    case "CENSUS_VALUE":
      census(ctx, false);
      break;
    case "HUB_SCORE":
      hubScoreSheet(ctx);
      break;
    case "HUB_TIPPING":
      hubTippingSheet(ctx);
      break;
    case "HUB_ELIGIBLE":
      hubEligibleSheet(ctx);
      break;
    case "BUDGET_SPLIT":
      budgetSheet(ctx);
      break;
    default:
      ctx.closedForm = false;
      ctx.notes.push({ ko: `SANDAN.${fn.id}의 감사 시트는 아직 없습니다.`, en: `There is no audit sheet for SANDAN.${fn.id} yet.` });
  }
  if (ctx.notes.length > 0) {
    g.add([]);
    g.add(["참고", "Notes"]);
    for (const n of ctx.notes) g.add([n.ko, n.en]);
  }
  const cells = g.rectangle();
  const width = cells[0]?.length ?? 1;
  const topLeft = g.addr(0, 0);
  return {
    title,
    sheet: origin.sheet,
    topLeft,
    range: `${sheetPrefix(origin.sheet)}!${topLeft}:${g.addr(cells.length - 1, width - 1)}`,
    cells,
    check: ctx.check,
    native: ctx.native,
    closedForm: ctx.closedForm,
    notes: ctx.notes,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Header: the SANDAN cell, its formula and its arguments.

function sandanRef(ctx: Ctx, dr = 0, dc = 0): string {
  return sourceCell(ctx.req.resultCell, dr, dc);
}

function header(ctx: Ctx, title: Text): void {
  const { g, fn, req } = ctx;
  g.add([title.ko, title.en]);
  g.add([
    "이 시트는 SANDAN 함수의 계산을 엑셀 기본 함수만으로 다시 합니다. 모든 수식은 원래 자료 셀을 참조합니다.",
    "This sheet redoes the SANDAN calculation with native Excel functions only; every formula refers to the original source cells.",
  ]);
  g.add(["SANDAN 셀", "SANDAN cell", sandanRef(ctx).replace(/\$/g, ""), `=${sandanRef(ctx)}`]);
  const argTexts = fn.params.map((_, i) => argumentText(req.args[i]));
  while (argTexts.length > 0 && argTexts[argTexts.length - 1] === "") argTexts.pop();
  g.add(["수식", "Formula", `SANDAN.${fn.id}(${argTexts.join(", ")})`]);
  g.add(["인수", "Arguments", "이름 / name", "주소 또는 값 / address or value", "값 / value"]);
  fn.params.forEach((name, i) => {
    const a = req.args[i];
    if (!a || a.kind === "omitted") {
      g.add(["", "", name, "생략 (기본값) / omitted (default)"]);
      return;
    }
    if (a.kind === "range") {
      const one = a.rows * a.cols === 1;
      g.add(["", "", name, argumentText(a), one ? `=${sourceCell(a, 0, 0)}` : `${a.rows}×${a.cols}`]);
      return;
    }
    // A literal or an expression: its value is written here so formulas can refer to it.
    const m = toMatrix(req.values[i]);
    const pos: { row: number; col: number }[][] = [];
    m.forEach((r, ri) => {
      const row = g.add(ri === 0 ? ["", "", name, a.kind === "literal" ? `수식에 쓴 값 / literal ${a.text}` : `식의 값 / value of ${a.text}`] : []);
      pos.push(
        r.map((v, ci) => {
          g.set(row, 4 + ci, cellConstant(v));
          return { row, col: 4 + ci };
        }),
      );
    });
    ctx.literalCells.set(i, pos);
  });
  g.add([]);
}

function cellConstant(v: unknown): AuditCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return text(String(v));
}

/** A formula reference to cell (row, col) of argument i: the source cell, or the grid cell holding a literal. */
function argCell(ctx: Ctx, i: number, row: number, col: number): string | undefined {
  const a = ctx.req.args[i];
  if (a && a.kind === "range") return sourceCell(a, row, col);
  const lit = ctx.literalCells.get(i);
  const p = lit?.[row]?.[col];
  return p ? ctx.g.addr(p.row, p.col, true) : undefined;
}

/** A formula reference to a block of argument i (ranges only, or a literal block on the grid). */
function argBlock(ctx: Ctx, i: number, r1: number, c1: number, r2: number, c2: number): string | undefined {
  const a = ctx.req.args[i];
  if (a && a.kind === "range") return sourceRange(a, r1, c1, r2, c2);
  const lit = ctx.literalCells.get(i);
  const p1 = lit?.[r1]?.[c1];
  const p2 = lit?.[r2]?.[c2];
  return p1 && p2 ? ctx.g.range(p1.row, p1.col, p2.row, p2.col, true) : undefined;
}

function stepOf(e: Explained<unknown>, id: string): Step | undefined {
  return e.steps.find((s) => s.id === id);
}

function finishCheck(ctx: Ctx, checks: string[]): void {
  const { g } = ctx;
  g.add([]);
  const row = g.add([TOL_KO, TOL_EN, checks.length === 1 && !checks[0].includes(":") ? `=${checks[0]}` : `=AND(${checks.join(",")})`]);
  ctx.check = g.qualified(row, 2);
}

// ---------------------------------------------------------------------------------------------------------
// REGIONAL_SHARE and CENSUS_VALUE.

interface Selected {
  row: number;
  col: number;
  engineValue: number;
  source?: SourceRow;
}

function census(ctx: Ctx, isShare: boolean): void {
  const { g, req } = ctx;
  const ex = req.explained;
  const tableArg = req.args[0];
  const suppressedIndex = isShare ? 6 : 5;
  if (!tableArg || tableArg.kind !== "range") {
    ctx.closedForm = false;
    ctx.notes.push({
      ko: "table 인수가 시트의 범위가 아니어서 원래 셀을 참조하는 수식을 만들 수 없습니다.",
      en: "The table argument is not a range of the workbook, so no formula can refer to its cells.",
    });
    return;
  }
  const m = toMatrix(req.values[0]);
  const t = parseTable(req.values[0]);
  const mode = parseSuppressedMode(req.values[suppressedIndex]);
  const period = stepOf(ex, "period");
  const measure = stepOf(ex, "measure");

  g.add(["표 읽기", "How the table was read", stepOf(ex, "read.table")?.label.ko ?? "", stepOf(ex, "read.table")?.label.en ?? ""]);
  g.add(["항목", "Measure", String(measure?.value ?? "")]);
  if (period) g.add(["시점", "Period", String(period.value ?? "")]);
  const ind = stepOf(ex, "industries");
  if (ind) g.add(["선택한 산업", "Industries selected", ind.label.ko, ind.label.en]);
  g.add(["비밀보호 칸 처리", "Suppressed cells", mode === "zero" ? "zero: 0으로 계산 / counted as 0" : mode === "bounds" ? "bounds: 하한·상한 / low and high" : "error: 있으면 #N/A / #N/A when present"]);
  g.add([]);

  const roles: ("region" | "parent")[] = isShare ? ["region", "parent"] : ["region"];
  const sumCells: Record<string, string> = {};
  for (const role of roles) {
    const step = stepOf(ex, role === "region" ? "sum.region" : "sum.parent");
    const cells = (step?.cells ?? []).filter((c) => c.arg === "table");
    const selected: Selected[] = cells.map((c) => {
      const src = ex.sources?.find((s) => s.role === role && s.row === c.row && s.used);
      return { row: c.row, col: c.col, engineValue: typeof src?.value === "number" ? src.value : 0, source: src };
    });
    sumCells[role] = areaSection(ctx, t, m, tableArg, role, selected, period !== undefined, mode);
  }

  excludedSection(ctx, tableArg, ex.sources ?? []);

  g.add([]);
  if (mode === "bounds") {
    ctx.closedForm = false;
    const b = ex.steps.filter((s) => s.id.startsWith("bounds."));
    for (const s of b) g.add(["엔진의 범위 계산", "Engine's bounds", text(s.label.ko), text(s.label.en)]);
    ctx.notes.push({
      ko: '"bounds"(하한·상한)는 합계 행에서 공표된 하위 행을 빼 숨은 값의 범위를 구하는데, 어느 합계 행과 어느 하위 행을 쓰는지가 표의 산업 계층에 따라 달라 이 시트는 수식으로 다시 계산하지 않습니다. 위의 합계는 공표된 행만의 합이며 검증 칸은 없습니다.',
      en: '"bounds" derives the range of the hidden values from a total row minus its published sub-rows; which total and which sub-rows depends on the table\'s industry hierarchy, so this sheet does not recompute it. The sums above are of the published rows only, and there is no check cell.',
    });
    return;
  }
  if (isShare) {
    const row = g.add([
      "비중 = 지역 합계 ÷ 상위 지역 합계 (합의 비율)",
      "Share = region sum ÷ parent sum (a ratio of sums)",
      `=${sumCells.region}/${sumCells.parent}`,
    ]);
    const native = g.addr(row, 2);
    ctx.native.push(g.qualified(row, 2));
    finishCheck(ctx, [agreeFormula(native, sandanRef(ctx))]);
  } else {
    const row = g.add(["결과 = 지역 합계", "Result = region sum", `=${sumCells.region}`]);
    ctx.native.push(g.qualified(row, 2));
    finishCheck(ctx, [agreeFormula(g.addr(row, 2), sandanRef(ctx))]);
  }
}

const ROLE_TEXT: Record<"region" | "parent", Text> = { region: { ko: "지역", en: "region" }, parent: { ko: "상위 지역", en: "parent region" } };

/** One area (region or parent): its selected rows, their sum by condition and by list; returns the sum cell. */
function areaSection(
  ctx: Ctx,
  t: ParsedTable,
  m: unknown[][],
  tableArg: Extract<ArgumentRef, { kind: "range" }>,
  role: "region" | "parent",
  selected: Selected[],
  byPeriod: boolean,
  mode: string,
): string {
  const { g } = ctx;
  const rt = ROLE_TEXT[role];
  g.add([`${rt.ko}: 선택한 행`, `${rt.en}: rows selected`]);
  g.add(["#", "", "값 셀 / value cell", "지역 / region", "산업 / industry", "항목 / measure", "시점 / period", "값 / value", "처리 / treatment"]);
  const col = (r: Role) => t.columns[r];
  const regionCol = col("region") ?? col("regionCode");
  const industryCol = col("industryCode") ?? col("industry");
  const first = g.rows.length;
  let textNumbers = false;
  selected.forEach((s, i) => {
    const raw = m[s.row]?.[s.col];
    const ref = sourceCell(tableArg, s.row, s.col);
    let valueCell: AuditCell = `=${ref}`;
    let treatment = "공표 값 / published";
    const p = parseCell(raw);
    if (typeof raw !== "number") {
      if (p.kind === "number" && p.value !== null) {
        textNumbers = true;
        valueCell = s.engineValue;
        treatment = `텍스트 '${String(raw)}'를 숫자로 읽음 / text read as a number`;
      } else if (s.engineValue === 0) {
        treatment = s.source?.reason ? `${s.source.reason.ko} / ${s.source.reason.en}` : "0으로 계산 / counted as 0";
      }
    }
    g.add([
      i + 1,
      "",
      ref.replace(/\$/g, ""),
      regionCol !== undefined ? `=${sourceCell(tableArg, s.row, regionCol)}` : "",
      industryCol !== undefined ? `=${sourceCell(tableArg, s.row, industryCol)}` : "",
      t.layout === "long" && col("measure") !== undefined ? `=${sourceCell(tableArg, s.row, col("measure")!)}` : t.headers[s.col] ?? "",
      col("period") !== undefined ? `=${sourceCell(tableArg, s.row, col("period")!)}` : "",
      valueCell,
      treatment,
    ]);
  });
  const last = g.rows.length - 1;
  const listSum = selected.length > 0 ? `=SUM(${g.range(first, 7, last, 7)})` : "=0";
  const listRow = g.add([`${rt.ko} 합계 (행 목록의 합)`, `${rt.en} sum (sum of the listed rows)`, listSum]);
  const listCell = g.addr(listRow, 2);

  const cond = selected.length > 0 && !textNumbers ? conditionSum(t, m, tableArg, selected, byPeriod) : undefined;
  if (cond) {
    const r = g.add([
      `${rt.ko} 합계 (조건식: 지역·산업${t.layout === "long" ? "·항목" : ""}${byPeriod ? "·시점" : ""} 열이 위 행과 같은 칸의 합)`,
      `${rt.en} sum (conditions on the region, industry${t.layout === "long" ? ", measure" : ""}${byPeriod ? ", period" : ""} columns)`,
      `=${cond}`,
    ]);
    const condCell = g.addr(r, 2);
    g.add(["두 합계가 같음", "Both sums agree", `=${agreeFormula(condCell, listCell)}`]);
    if (mode === "zero") {
      g.add([
        "비밀보호(X)·빈 칸은 SUMPRODUCT와 SUM에서 0이 됩니다 (suppressed \"zero\").",
        'Suppressed (X) and blank cells count as 0 in SUMPRODUCT and SUM (suppressed "zero").',
      ]);
    }
    g.add([]);
    return condCell;
  }
  if (textNumbers) {
    ctx.notes.push({
      ko: `${rt.ko}: 값 칸 일부가 숫자가 아닌 텍스트(예: "1,234")여서, 엔진이 읽은 숫자를 행 목록에 적고 그 합을 씁니다.`,
      en: `${rt.en}: some value cells hold numbers as text (e.g. "1,234"); the list shows the numbers the engine read and its sum is used.`,
    });
  } else if (selected.length > 0) {
    ctx.notes.push({
      ko: `${rt.ko}: 열 조건만으로는 엔진이 고른 행을 정확히 가려낼 수 없어(대소문자만 다른 이름 등) 행 목록의 합을 씁니다.`,
      en: `${rt.en}: conditions on the columns cannot single out exactly the engine's rows (e.g. names differing only in case), so the sum of the listed rows is used.`,
    });
  }
  g.add([]);
  return listCell;
}

/**
 * SUMPRODUCT over the table with conditions on its region, industry, measure and period columns, equal to
 * the raw texts of the selected rows; undefined when no such conditions pick exactly those rows.
 */
function conditionSum(
  t: ParsedTable,
  m: unknown[][],
  tableArg: Extract<ArgumentRef, { kind: "range" }>,
  selected: Selected[],
  byPeriod: boolean,
): string | undefined {
  const present = (roles: Role[]) => roles.map((r) => t.columns[r]).filter((c): c is number => c !== undefined);
  const dims: number[][] = [present(["regionCode", "region", "parent"]), present(["industryCode", "industry"])];
  if (t.layout === "long") dims.push(present(["measure"]));
  if (byPeriod) dims.push(present(["period"]));
  const nonEmpty = dims.filter((d) => d.length > 0);
  const valueCols = [...new Set(selected.map((s) => s.col))];
  if (valueCols.length !== 1) return undefined;
  const valueCol = valueCols[0];
  const rows = new Set(selected.map((s) => s.row));
  const cell = (r: number, c: number) => m[r]?.[c] ?? null;
  const last = tableArg.rows - 1;
  if (last < 1) return undefined;

  const attempt = (groups: number[][]): string | undefined => {
    const tuples = groups.map((cols) => {
      const seen = new Map<string, unknown[]>();
      for (const s of selected) {
        const tup = cols.map((c) => cell(s.row, c));
        seen.set(tup.map(literalFor).join("\u0001"), tup);
      }
      return [...seen.values()];
    });
    for (let r = 1; r <= last; r++) {
      const hit = groups.every((cols, gi) => tuples[gi].some((tup) => cols.every((c, k) => excelEquals(cell(r, c), tup[k]))));
      if (hit !== rows.has(r)) return undefined;
    }
    const colRange = (c: number) => sourceRange(tableArg, 1, c, last, c);
    const parts = groups.map((cols, gi) => {
      const alts = tuples[gi].map((tup) => cols.map((c, k) => `(${colRange(c)}=${literalFor(tup[k])})`).join("*"));
      return alts.length === 1 ? alts[0] : `((${alts.join("+")})>0)`;
    });
    const formula = `SUMPRODUCT(--(${parts.join("*")}),${colRange(valueCol)})`;
    return formula.length <= 8000 ? formula : undefined;
  };
  return attempt(nonEmpty) ?? attempt([nonEmpty.flat()]);
}

function excludedSection(ctx: Ctx, tableArg: Extract<ArgumentRef, { kind: "range" }>, sources: SourceRow[]): void {
  const { g } = ctx;
  const out = sources.filter((s) => !s.used);
  if (out.length === 0) return;
  const limit = 200;
  g.add(["살펴보았지만 쓰지 않은 행", "Rows looked at but not used"]);
  g.add(["#", "", "행 / row", "지역 / region", "산업 / industry", "항목 / measure", "시점 / period", "이유 / reason", ""]);
  out.slice(0, limit).forEach((s, i) => {
    const a = sourceCell(tableArg, s.row, 0).replace(/\$/g, "");
    const rowText = `${a.split("!")[0]}!${s.row + tableArg.row + 1}행`;
    g.add([i + 1, "", rowText, ...[s.region, s.industry, s.measure ?? "", s.period ?? "", s.reason?.ko ?? "", s.reason?.en ?? ""].map(text)]);
  });
  if (out.length > limit) g.add([`… 외 ${out.length - limit}행`, `… and ${out.length - limit} more rows`]);
  g.add([]);
}

// ---------------------------------------------------------------------------------------------------------
// HUB_SCORE and HUB_TIPPING: the criteria matrix, weights and normalisation.

interface HubLayout {
  n: number;
  k: number;
  /** Grid row of the normalised weights (columns 2..k+1). */
  wRow: number;
  /** Grid rows of the normalised values, one per candidate (columns 2..k+1; the name in column 0). */
  rRows: number[];
}

function hubInputs(ctx: Ctx, method: HubMethod, dirs: number[], weightsIndex: number): HubLayout | undefined {
  const { g, req } = ctx;
  const c = readCriteria(req.values[0]);
  const n = c.x.length;
  const k = c.criteria.length;
  const x = (i: number, j: number) => argCell(ctx, 0, i + c.rowOff, j + c.colOff);
  const colRange = (j: number) => argBlock(ctx, 0, c.rowOff, j + c.colOff, c.rowOff + n - 1, j + c.colOff);
  if (!x(0, 0) || !colRange(0)) {
    ctx.closedForm = false;
    ctx.notes.push({ ko: "values 인수를 참조할 수 없습니다.", en: "The values argument cannot be referred to." });
    return undefined;
  }
  const texts: string[] = [];
  c.x.forEach((row, i) =>
    row.forEach((_, j) => {
      const raw = toMatrix(req.values[0])[i + c.rowOff]?.[j + c.colOff];
      if (typeof raw !== "number") texts.push(x(i, j)!.replace(/\$/g, ""));
    }),
  );
  if (texts.length > 0) {
    ctx.notes.push({
      ko: `숫자가 텍스트로 들어 있는 칸(${texts.slice(0, 5).join(", ")})은 엑셀 수식에서 숫자로 읽히지 않을 수 있습니다. 숫자로 바꾸세요.`,
      en: `Cells holding numbers as text (${texts.slice(0, 5).join(", ")}) may not read as numbers in Excel formulas; convert them to numbers.`,
    });
  }
  const crit = Array.from({ length: k }, (_, j) => (c.hasHeader ? `=${argCell(ctx, 0, 0, j + c.colOff)}` : c.criteria[j]));
  g.add(["기준", "Criterion", ...crit]);

  const dirsArg = req.args[3];
  const dirCells = Array.from({ length: k }, (_, j): AuditCell => {
    if (ctx.fn.id === "HUB_SCORE" && dirsArg && dirsArg.kind !== "omitted") {
      const flatPos = flatPositions(req.values[3]);
      const p = flatPos[j];
      const ref = p ? argCell(ctx, 3, p.row, p.col) : undefined;
      if (ref) return `=${ref}`;
    }
    return dirs[j];
  });
  g.add(["방향 (1 클수록 좋음, -1 작을수록 좋음)", "Direction (1 benefit, -1 cost)", ...dirCells]);

  // Weights: as given, then divided by their sum.
  const wArg = req.args[weightsIndex];
  const omitted = !wArg || wArg.kind === "omitted" || isAllBlank(req.values[weightsIndex]);
  const wPos = omitted ? [] : flatPositions(req.values[weightsIndex]);
  const rawW = Array.from({ length: k }, (_, j): AuditCell => {
    if (omitted) return 1;
    const ref = argCell(ctx, weightsIndex, wPos[j].row, wPos[j].col);
    return ref ? `=${ref}` : 1;
  });
  const rawRow = g.add([
    omitted ? "가중치 (지정하지 않아 모두 1)" : "가중치 (입력)",
    omitted ? "Weight (not given: all 1)" : "Weight (as given)",
    ...rawW,
  ]);
  const rawRange = g.range(rawRow, 2, rawRow, k + 1, true);
  const wRow = g.add([
    "가중치 (합이 1이 되도록 나눔)",
    "Weight (divided by the sum)",
    ...Array.from({ length: k }, (_, j) => `=${g.addr(rawRow, 2 + j)}/SUM(${rawRange})`),
  ]);

  // Column statistics.
  const stat = (ko: string, en: string, f: (j: number) => string) => {
    const r = g.add([ko, en, ...Array.from({ length: k }, (_, j) => `=${f(j)}`)]);
    return (j: number) => g.addr(r, 2 + j, true);
  };
  const col = (j: number) => colRange(j)!;
  let formula: (i: number, j: number) => string;
  switch (method) {
    case "share": {
      const S = stat("열 합계 (비용 기준은 역수의 합)", "Column sum (cost: sum of reciprocals)", (j) => (dirs[j] < 0 ? `SUMPRODUCT(1/${col(j)})` : `SUM(${col(j)})`));
      formula = (i, j) => (dirs[j] < 0 ? `(1/${x(i, j)})/${S(j)}` : `IF(${S(j)}=0,0,${x(i, j)}/${S(j)})`);
      break;
    }
    case "max": {
      const M = stat("열 최댓값 (비용 기준은 최솟값)", "Column maximum (cost: minimum)", (j) => (dirs[j] < 0 ? `MIN(${col(j)})` : `MAX(${col(j)})`));
      formula = (i, j) => (dirs[j] < 0 ? `${M(j)}/${x(i, j)}` : `IF(${M(j)}=0,0,${x(i, j)}/${M(j)})`);
      break;
    }
    case "minmax": {
      const MN = stat("열 최솟값", "Column minimum", (j) => `MIN(${col(j)})`);
      const MX = stat("열 최댓값", "Column maximum", (j) => `MAX(${col(j)})`);
      formula = (i, j) =>
        `IF(${MX(j)}=${MN(j)},0,${dirs[j] < 0 ? `(${MX(j)}-${x(i, j)})` : `(${x(i, j)}-${MN(j)})`}/(${MX(j)}-${MN(j)}))`;
      break;
    }
    case "zscore": {
      const MEAN = stat("열 평균", "Column mean", (j) => `AVERAGE(${col(j)})`);
      const SD = stat("열 표준편차 (모집단, STDEV.P)", "Column standard deviation (population, STDEV.P)", (j) => `STDEV.P(${col(j)})`);
      formula = (i, j) =>
        `IF(OR(${SD(j)}=0,MAX(${col(j)})=MIN(${col(j)})),0,${dirs[j] < 0 ? "-" : ""}(${x(i, j)}-${MEAN(j)})/${SD(j)})`;
      break;
    }
    case "topsis": {
      const N = stat("벡터 크기 √(Σx²)", "Vector length √(Σx²)", (j) => `SQRT(SUMSQ(${col(j)}))`);
      formula = (i, j) => `IF(${N(j)}=0,0,${x(i, j)}/${N(j)})`;
      break;
    }
  }
  g.add([]);
  g.add([`정규화 값 (${METHOD_KO[method]})`, `Normalised values (${METHOD_EN[method]})`, ...crit]);
  const rRows: number[] = [];
  for (let i = 0; i < n; i++) {
    const name = c.colOff > 0 ? `=${argCell(ctx, 0, i + c.rowOff, 0)}` : c.names[i];
    rRows.push(g.add([name, `candidate ${i + 1}`, ...Array.from({ length: k }, (_, j) => `=${formula(i, j)}`)]));
  }
  return { n, k, wRow, rRows };
}

const METHOD_KO: Record<HubMethod, string> = {
  share: "비중: x ÷ 열 합계, 비용 기준은 (1/x) ÷ Σ(1/x)",
  max: "최댓값 대비: x ÷ 최댓값, 비용 기준은 최솟값 ÷ x",
  minmax: "최소-최대: (x − 최솟값) ÷ (최댓값 − 최솟값), 비용 기준은 (최댓값 − x) ÷ (최댓값 − 최솟값); 값이 모두 같으면 0",
  zscore: "표준점수: (x − 평균) ÷ 표준편차, 비용 기준은 부호를 바꿈; 표준편차 0이면 0",
  topsis: "TOPSIS 벡터 정규화: x ÷ √(Σx²)",
};
const METHOD_EN: Record<HubMethod, string> = {
  share: "share: x ÷ column sum; cost: (1/x) ÷ Σ(1/x)",
  max: "ratio to the maximum: x ÷ max; cost: min ÷ x",
  minmax: "min-max: (x − min) ÷ (max − min); cost: (max − x) ÷ (max − min); 0 when all equal",
  zscore: "z-score: (x − mean) ÷ sd; cost: sign reversed; 0 when sd is 0",
  topsis: "TOPSIS vector normalisation: x ÷ √(Σx²)",
};

function isAllBlank(v: unknown): boolean {
  return toMatrix(v).every((r) => r.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === "")));
}

/** Row-major positions of the cells of an argument (as the engine flattens weights and directions). */
function flatPositions(v: unknown): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  toMatrix(v).forEach((r, i) => r.forEach((_, j) => out.push({ row: i, col: j })));
  return out;
}

function hubScoreSheet(ctx: Ctx): void {
  const { g, req } = ctx;
  const method = readMethod(req.values[2]);
  const c = readCriteria(req.values[0]);
  const dirs = readDirections(req.values[3], c.criteria.length);
  readWeights(req.values[1], c.criteria.length);
  const L = hubInputs(ctx, method, dirs, 1);
  if (!L) return;
  const { n, k, wRow, rRows } = L;
  const wRange = g.range(wRow, 2, wRow, k + 1, true);
  const scoreCol = k + 2;
  const scoreCells: string[] = [];
  if (method !== "topsis") {
    g.set(rRows[0] - 1, scoreCol, "점수 = Σ 가중치 × 정규값 / score");
    rRows.forEach((r) => {
      g.set(r, scoreCol, `=SUMPRODUCT(${wRange},${g.range(r, 2, r, k + 1)})`);
      scoreCells.push(g.addr(r, scoreCol, true));
    });
  } else {
    g.add([]);
    g.add(["가중 정규값 v = 가중치 × 정규값", "Weighted normalised values v = weight × normalised value"]);
    const vRows = rRows.map((r, i) =>
      g.add([`=${g.addr(r, 0)}`, `candidate ${i + 1}`, ...Array.from({ length: k }, (_, j) => `=${g.addr(wRow, 2 + j, true)}*${g.addr(r, 2 + j)}`)]),
    );
    const vCol = (j: number) => g.range(vRows[0], 2 + j, vRows[n - 1], 2 + j, true);
    const best = g.add([
      "이상해 (편익: 최댓값, 비용: 최솟값)",
      "Ideal (benefit: max, cost: min)",
      ...Array.from({ length: k }, (_, j) => `=${dirs[j] < 0 ? "MIN" : "MAX"}(${vCol(j)})`),
    ]);
    const worst = g.add([
      "반이상해 (편익: 최솟값, 비용: 최댓값)",
      "Anti-ideal (benefit: min, cost: max)",
      ...Array.from({ length: k }, (_, j) => `=${dirs[j] < 0 ? "MAX" : "MIN"}(${vCol(j)})`),
    ]);
    g.add([]);
    g.add(["후보", "Candidate", "d+ = √Σ(v − 이상해)²", "d− = √Σ(v − 반이상해)²", "근접도 = d− ÷ (d+ + d−) / closeness"]);
    const bestRange = g.range(best, 2, best, k + 1, true);
    const worstRange = g.range(worst, 2, worst, k + 1, true);
    vRows.forEach((vr, i) => {
      const vRange = g.range(vr, 2, vr, k + 1);
      const row = g.rows.length;
      const dp = g.addr(row, 2);
      const dm = g.addr(row, 3);
      g.add([`=${g.addr(rRows[i], 0)}`, `candidate ${i + 1}`, `=SQRT(SUMXMY2(${vRange},${bestRange}))`, `=SQRT(SUMXMY2(${vRange},${worstRange}))`, `=IF(${dp}+${dm}=0,0.5,${dm}/(${dp}+${dm}))`]);
      scoreCells.push(g.addr(row, 4, true));
    });
  }
  // Rank, the SANDAN values and the checks.
  g.add([]);
  g.add(["후보", "Candidate", "점수 / score", "순위 (큰 점수가 1위) / rank", "SANDAN 값 / SANDAN value", "일치 / agrees"]);
  const scoreRange = `${scoreCells[0]}:${scoreCells[n - 1]}`;
  const checks: string[] = [];
  const first = g.rows.length;
  for (let i = 0; i < n; i++) {
    const row = first + i;
    const s = g.addr(row, 2);
    g.add([
      `=${g.addr(rRows[i], 0)}`,
      `candidate ${i + 1}`,
      `=${scoreCells[i]}`,
      `=1+SUMPRODUCT(--(${scoreRange}>${s}))`,
      `=${sandanRef(ctx, i, 0)}`,
      `=${agreeFormula(s, g.addr(row, 4))}`,
    ]);
    ctx.native.push(g.qualified(row, 2));
    checks.push(g.addr(row, 5));
  }
  finishCheck(ctx, [`${checks[0]}:${checks[n - 1]}`]);
}

function hubTippingSheet(ctx: Ctx): void {
  const { g, req, notes } = ctx;
  const method = readMethod(req.values[3]);
  const c = readCriteria(req.values[0]);
  const k = c.criteria.length;
  const ci = criterionIndex(req.explained, c.criteria, req.values[2], c.hasHeader);
  const dirs = Array.from({ length: k }, () => 1);
  if (method === "topsis") {
    ctx.closedForm = false;
    notes.push({
      ko: "TOPSIS 점수는 가중치 t에 대해 직선이 아니어서(이상해까지의 거리에 제곱근이 있음) 전환 가중치를 닫힌 식으로 쓸 수 없습니다. 엔진은 현재 가중치에서 양쪽으로 훑고 이분법으로 찾습니다. 아래는 엔진의 계산 과정이며 검증 칸은 없습니다.",
      en: "TOPSIS scores are not straight lines in the weight t (the distances to the ideal involve square roots), so the tipping weight has no closed form. The engine scans both ways from the current weight and bisects. Below is the engine's working; there is no check cell.",
    });
    transcript(ctx);
    return;
  }
  if (ci < 0) {
    ctx.closedForm = false;
    notes.push({ ko: "엔진 설명에서 기준을 찾지 못했습니다.", en: "The criterion could not be found in the engine's explanation." });
    transcript(ctx);
    return;
  }
  const L = hubInputs(ctx, method, dirs, 1);
  if (!L) return;
  const { n, wRow, rRows } = L;
  const wRange = g.range(wRow, 2, wRow, k + 1, true);
  g.add([]);
  const t0Row = g.add([
    `현재 가중치 t₀ (기준 ${ci + 1}: ${c.criteria[ci]})`,
    `Current weight t₀ (criterion ${ci + 1}: ${c.criteria[ci]})`,
    `=${g.addr(wRow, 2 + ci, true)}`,
  ]);
  const t0 = g.addr(t0Row, 2, true);
  const othersRow = g.add([
    "나머지 기준의 비율 (합 1; t의 기준은 0)",
    "Proportions of the other criteria (sum 1; 0 for t's criterion)",
    ...Array.from({ length: k }, (_, j) => (j === ci ? 0 : `=IF(1-${t0}<=0.000000000000001,1/${k - 1},${g.addr(wRow, 2 + j, true)}/(1-${t0}))`)),
  ]);
  const othersRange = g.range(othersRow, 2, othersRow, k + 1, true);
  g.add([
    "점수는 t의 직선: s(t) = (1 − t) × a + t × b, a = Σ 나머지 비율 × 정규값, b = 기준의 정규값",
    "Scores are straight lines in t: s(t) = (1 − t) × a + t × b, a = Σ proportion × normalised value, b = the criterion's normalised value",
  ]);
  g.add(["후보", "Candidate", "현재 점수 / current score", "a", "b", "a₁ − a", "b₁ − b", "분모 / denominator", "교차 t / crossing t", "위쪽 후보 / above", "아래쪽 후보 / below"]);
  const first = g.rows.length;
  const rows = Array.from({ length: n }, (_, i) => first + i);
  const sRange = g.range(first, 2, first + n - 1, 2, true);
  const aRange = g.range(first, 3, first + n - 1, 3, true);
  const bRange = g.range(first, 4, first + n - 1, 4, true);
  const leaderRow = first + n;
  const leader = g.addr(leaderRow, 2, true);
  const aL = g.addr(leaderRow + 1, 2, true);
  const bL = g.addr(leaderRow + 2, 2, true);
  rows.forEach((row, i) => {
    const r = rRows[i];
    const A = (col: number) => g.addr(row, col);
    g.add([
      `=${g.addr(r, 0)}`,
      `candidate ${i + 1}`,
      `=SUMPRODUCT(${wRange},${g.range(r, 2, r, k + 1)})`,
      `=SUMPRODUCT(${othersRange},${g.range(r, 2, r, k + 1)})`,
      `=${g.addr(r, 2 + ci)}`,
      `=${aL}-${A(3)}`,
      `=${bL}-${A(4)}`,
      `=${A(5)}-${A(6)}`,
      `=IF(OR(${i + 1}=${leader},${A(7)}=0),"",${A(5)}/${A(7)})`,
      `=IF(${A(8)}="",2,IF(OR(AND(${A(8)}>${t0},${A(8)}<1),AND(${A(8)}=${t0},${A(6)}-${A(5)}<0)),${A(8)},2))`,
      `=IF(${A(8)}="",-1,IF(OR(AND(${A(8)}<${t0},${A(8)}>0),AND(${A(8)}=${t0},NOT(${A(6)}-${A(5)}<0))),${A(8)},-1))`,
    ]);
  });
  g.add(["현재 1위 (행 번호; 동점이면 먼저 나온 후보)", "Current leader (row number; ties: the one listed first)", `=MATCH(MAX(${sRange}),${sRange},0)`, `=INDEX(${g.range(rows[0], 0, rows[n - 1], 0, true)},${leader})`]);
  g.add(["1위의 a (a₁)", "Leader's a (a₁)", `=INDEX(${aRange},${leader})`]);
  g.add(["1위의 b (b₁)", "Leader's b (b₁)", `=INDEX(${bRange},${leader})`]);
  const upRow = g.add([
    "위쪽 전환점: t₀보다 크고 1보다 작은 교차 t 중 가장 작은 것 (없으면 2)",
    "Crossing above: the smallest crossing t above t₀ and below 1 (2 when none)",
    `=MIN(${g.range(rows[0], 9, rows[n - 1], 9, true)})`,
  ]);
  const downRow = g.add([
    "아래쪽 전환점: t₀보다 작고 0보다 큰 교차 t 중 가장 큰 것 (없으면 -1)",
    "Crossing below: the largest crossing t below t₀ and above 0 (-1 when none)",
    `=MAX(${g.range(rows[0], 10, rows[n - 1], 10, true)})`,
  ]);
  const up = g.addr(upRow, 2, true);
  const down = g.addr(downRow, 2, true);
  const res = g.add([
    "전환 가중치: t₀에 더 가까운 전환점 (같은 거리면 위쪽)",
    "Tipping weight: the crossing nearer t₀ (above when equally near)",
    `=IF(AND(${up}<2,${down}>=0),IF(${up}-${t0}<=${t0}-${down},${up},${down}),IF(${up}<2,${up},IF(${down}>=0,${down},NA())))`,
  ]);
  ctx.native.push(g.qualified(res, 2));
  finishCheck(ctx, [agreeFormula(g.addr(res, 2), sandanRef(ctx))]);
}

/** The criterion as the engine reads it: a 1-based number, or a header name compared without spaces and case. */
function criterionIndex(e: Explained<unknown>, criteria: string[], arg: unknown, hasHeader: boolean): number {
  const v = Array.isArray(arg) ? toMatrix(arg).flat().find((x) => x !== null && x !== "") : arg;
  if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= criteria.length) return v - 1;
  if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) return Number(v) - 1;
  if (typeof v === "string" && hasHeader) {
    const key = (x: string) => x.replace(/[\s\u3000]+/g, "").toLowerCase();
    const j = criteria.findIndex((s) => key(s) === key(v));
    if (j >= 0) return j;
  }
  const w = stepOf(e, "weights");
  const f = w?.formula ?? "";
  const parts = f.split("; ");
  const i = parts.findIndex((p) => p.endsWith(": t"));
  if (i >= 0 && parts.length === criteria.length) return i;
  return -1;
}

/** The engine's steps as text, for results without a closed form. */
function transcript(ctx: Ctx): void {
  const { g, req } = ctx;
  g.add(["엔진의 계산 과정 (참고용, 값 복사)", "The engine's working (for reference, values copied)"]);
  for (const s of req.explained.steps) {
    g.add([s.label.ko, s.label.en, s.formula ?? "", s.value === undefined ? "" : JSON.stringify(s.value)].map(text));
  }
}

// ---------------------------------------------------------------------------------------------------------
// HUB_ELIGIBLE.

const ELIGIBLE_KEYS = ["국가", "국가산업단지", "국가산단", "national", "nationalindustrialcomplex", "일반", "일반산업단지", "일반산단", "general", "generalindustrialcomplex"];

function hubEligibleSheet(ctx: Ctx): void {
  const { g, req } = ctx;
  const type = argCell(ctx, 0, 0, 0);
  const start = argCell(ctx, 1, 0, 0);
  const asOf = argCell(ctx, 2, 0, 0);
  if (!type || !start || !asOf) {
    ctx.closedForm = false;
    ctx.notes.push({ ko: "인수를 참조할 수 없습니다.", en: "The arguments cannot be referred to." });
    return;
  }
  const scalarOf = (v: unknown) => (Array.isArray(v) ? toMatrix(v)[0]?.[0] : v);
  const year = (ref: string, v: unknown) => (typeof scalarOf(v) === "number" ? ref : `--SUBSTITUTE(SUBSTITUTE(${ref},"년","")," ","")`);
  const keyRow = g.add([
    "유형 (공백·_·- 없앰)",
    "Type (spaces, _ and - removed)",
    `=LOWER(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${type}," ",""),"\u3000",""),"_",""),"-",""))`,
  ]);
  const key = g.addr(keyRow, 2);
  const typeRow = g.add([
    "국가 또는 일반산업단지인가",
    "National or general industrial complex?",
    `=OR(${ELIGIBLE_KEYS.map((s) => `${key}=${stringLiteral(s)}`).join(",")})`,
  ]);
  const startRow = g.add(["착공 연도", "Construction start year", `=${year(start, req.values[1])}`]);
  const asOfRow = g.add(["기준 연도", "Year of assessment", `=${year(asOf, req.values[2])}`]);
  const ageRow = g.add(["경과 연수 = 기준 연도 − 착공 연도", "Years since construction start", `=${g.addr(asOfRow, 2)}-${g.addr(startRow, 2)}`]);
  const ageOk = g.add(["20년 이상인가", "20 years or more?", `=${g.addr(ageRow, 2)}>=20`]);
  const res = g.add(["노후거점산단 요건 = 유형 AND 20년 이상", "Eligible = type AND 20 years or more", `=AND(${g.addr(typeRow, 2)},${g.addr(ageOk, 2)})`]);
  ctx.native.push(g.qualified(res, 2));
  finishCheck(ctx, [`${g.addr(res, 2)}=${sandanRef(ctx)}`]);
}

// ---------------------------------------------------------------------------------------------------------
// BUDGET_SPLIT.

function budgetSheet(ctx: Ctx): void {
  const { g, req } = ctx;
  const methodRaw = req.values[3];
  const exact = !isAllBlank(methodRaw) && /^(exact|정확|비례|proportional)$/i.test(String(toMatrix(methodRaw)[0]?.[0] ?? "").replace(/[\s_-]/g, ""));
  const total = argCell(ctx, 0, 0, 0);
  const unitGiven = !!req.args[2] && req.args[2]!.kind !== "omitted" && !isAllBlank(req.values[2]);
  const unit = unitGiven ? argCell(ctx, 2, 0, 0) : undefined;
  if (!total || (unitGiven && !unit)) {
    ctx.closedForm = false;
    ctx.notes.push({ ko: "인수를 참조할 수 없습니다.", en: "The arguments cannot be referred to." });
    return;
  }
  // The parties: cells of ratios in row order, or the parts of a "50:50" text.
  const rv = req.values[1];
  const fromText = !Array.isArray(rv) && typeof rv === "string" && /[:：]/.test(rv);
  let ratioRefs: string[];
  let shapeRows: number[];
  let shapeCols: number[];
  if (fromText) {
    const parts = (rv as string).split(/[:：]/).map((s) => s.trim());
    const r = g.add(["비율 텍스트를 나눈 값", `Ratios from the text "${rv as string}"`, ...parts.map((p) => Number(p.replace(/,/g, "")))]);
    ratioRefs = parts.map((_, i) => g.addr(r, 2 + i, true));
    shapeRows = parts.map(() => 0);
    shapeCols = parts.map((_, i) => i);
  } else {
    const pos = flatPositions(rv);
    ratioRefs = pos.map((p) => argCell(ctx, 1, p.row, p.col) ?? "");
    shapeRows = pos.map((p) => p.row);
    shapeCols = pos.map((p) => p.col);
    if (ratioRefs.some((r) => r === "")) {
      ctx.closedForm = false;
      ctx.notes.push({ ko: "ratios 인수를 참조할 수 없습니다.", en: "The ratios argument cannot be referred to." });
      return;
    }
  }
  const p = ratioRefs.length;
  const ratioValues = fromText
    ? (rv as string).split(/[:：]/).map((s) => s.trim())
    : flatPositions(rv).map((q) => toMatrix(rv)[q.row][q.col]);
  const scale = Math.max(0, ...ratioValues.map((v) => toDecimal(typeof v === "number" ? v : String(v))?.scale ?? 0));

  const T = total;
  const U = unit ?? "1";
  g.add(["총액", "Total", `=${T}`]);
  g.add(["단위", "Unit", unit ? `=${unit}` : 1, unit ? "" : "생략: 1 / omitted: 1"]);
  // Row of the first party: after the rows of the scalars and the table's heading below.
  const first = g.rows.length + (exact ? 4 : 7);
  const last = first + p - 1;
  const colR = (c: number) => g.range(first, c, last, c, true);

  if (exact) {
    const W = g.add(["비율의 합", "Sum of the ratios", `=SUM(${ratioRefs.join(",")})`]);
    g.add(["exact: 몫 = 총액 × 비율 ÷ 비율의 합 (반올림하지 않음)", "exact: share = total × ratio ÷ sum of ratios (unrounded)"]);
    g.add([]);
    g.add(["#", "", "비율 / ratio", "몫 / share", "SANDAN 값 / SANDAN value", "일치 / agrees"]);
    const checks: string[] = [];
    for (let i = 0; i < p; i++) {
      const row = first + i;
      g.add([i + 1, "", `=${ratioRefs[i]}`, `=${T}*${g.addr(row, 2)}/${g.addr(W, 2, true)}`, `=${sandanRef(ctx, shapeRows[i], shapeCols[i])}`, `=${agreeFormula(g.addr(row, 3), g.addr(row, 4))}`]);
      ctx.native.push(g.qualified(row, 3));
      checks.push(g.addr(row, 5));
    }
    finishCheck(ctx, [`${checks[0]}:${checks[p - 1]}`]);
    return;
  }

  const scaleRow = g.add([
    "비율을 정수로 만드는 배수 (10^소수 자릿수)",
    "Factor that makes the ratios whole numbers (10^decimals)",
    10 ** scale,
  ]);
  const S = g.addr(scaleRow, 2, true);
  const W = g.add(["정수 비율의 합 W", "Sum of the whole-number ratios W", `=SUM(${colR(3)})`]);
  const N = g.add([
    "단위 수 N = 총액 ÷ 단위 (정수여야 함)",
    "Units N = total ÷ unit (must be whole)",
    `=ROUND(${T}/${U},0)`,
  ]);
  const Wc = g.addr(W, 2, true);
  const Nc = g.addr(N, 2, true);
  const left = g.add(["남는 단위 = N − Σ 내림", "Units left over = N − Σ whole units", `=${Nc}-SUM(${colR(5)})`]);
  const leftC = g.addr(left, 2, true);
  g.add([
    "순위: 나머지가 큰 순서, 같으면 먼저 나온 쪽이 앞 (COUNTIF로 셈)",
    "Rank: largest remainder first; equal remainders go to the party listed first (counted with COUNTIF)",
  ]);
  g.add([]);
  g.add([
    "#",
    "",
    "비율 / ratio",
    "정수 비율 R / whole ratio",
    "몫(단위) = N×R÷W / quota",
    "내림 / whole units",
    "나머지 = N×R − W×내림 / remainder (×W)",
    "나머지 (소수) / remainder",
    "순위 / rank",
    "추가 단위 / extra",
    "배분액 = (내림 + 추가) × 단위 / amount",
    "SANDAN 값 / SANDAN value",
    "일치 / agrees",
  ]);
  if (g.rows.length !== first) throw new Error("audit sheet layout");
  const checks: string[] = [];
  for (let i = 0; i < p; i++) {
    const row = first + i;
    const A = (c: number) => g.addr(row, c);
    const rem = A(6);
    const remAll = colR(6);
    const before = i === 0 ? "" : `+COUNTIF(${g.range(first, 6, row - 1, 6, true)},${rem})`;
    g.add([
      i + 1,
      "",
      `=${ratioRefs[i]}`,
      scale === 0 ? `=${A(2)}` : `=ROUND(${A(2)}*${S},0)`,
      `=${Nc}*${A(3)}/${Wc}`,
      `=INT(${Nc}*${A(3)}/${Wc})`,
      `=${Nc}*${A(3)}-${Wc}*${A(5)}`,
      `=${A(6)}/${Wc}`,
      `=1+COUNTIF(${remAll},">"&${rem})${before}`,
      `=IF(${A(8)}<=${leftC},1,0)`,
      `=(${A(5)}+${A(9)})*${U}`,
      `=${sandanRef(ctx, shapeRows[i], shapeCols[i])}`,
      `=${agreeFormula(A(10), A(11))}`,
    ]);
    ctx.native.push(g.qualified(row, 10));
    checks.push(A(12));
  }
  g.add([]);
  g.add(["배분액의 합 = 총액", "The amounts add up to the total", `=${agreeFormula(`SUM(${colR(10)})`, T)}`]);
  finishCheck(ctx, [`${checks[0]}:${checks[p - 1]}`]);
}
