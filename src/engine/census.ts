/**
 * REGIONAL_SHARE and CENSUS_VALUE: select a region's rows of a census table for some industries, one measure
 * and one period, and sum them. A share is Σ region ÷ Σ parent over the selected rows: a ratio of sums, never an
 * average of shares. Suppressed cells (X) are never silently zero.
 */
import { flagMeaning, flagMeanings } from "../census/symbols";
import { fmt, isOmitted, looseKey, scalar } from "./coerce";
import { CellPos, Explained, SourceRow, Step, Text, notAvailable, valueError } from "./explain";
import { IndustrySelection, SelectedIndustry, codeLabel, resolveIndustries } from "./industries";
import { ALL_INDUSTRIES, isKsicAncestor } from "./reference/ksic";
import { Area, resolveRegions } from "./regions";
import { selectMeasurePeriod } from "./selection";
import { TableIndex, TableRecord, describeLayout } from "./table";

export type SuppressedMode = "error" | "zero" | "bounds";

export function parseSuppressedMode(x: unknown): SuppressedMode {
  if (isOmitted(x)) return "error";
  const v = scalar(x, "suppressed");
  if (v === 0) return "zero";
  const k = looseKey(v);
  if (["error", "오류", "에러", "na"].includes(k)) return "error";
  if (["zero", "0", "영", "0으로"].includes(k)) return "zero";
  if (["bounds", "bound", "범위", "구간", "상하한"].includes(k)) return "bounds";
  throw valueError(
    `suppressed 인수 '${String(v)}'을(를) 알 수 없습니다. "error"(기본값: 비밀보호 칸이 있으면 #N/A), "zero"(0으로 계산), "bounds"(하한·상한) 중 하나를 쓰세요.`,
    `Unknown suppressed option '${String(v)}'; use "error" (default: #N/A when a cell is suppressed), "zero" (count as 0) or "bounds" (low and high).`,
    { arg: "suppressed", row: 0, col: 0 },
  );
}

interface Ctx {
  t: TableIndex;
  mKey: string;
  mLabel: string;
  period: string | null;
  sel: IndustrySelection;
  bySelCode: Map<string, SelectedIndustry>;
  mode: SuppressedMode;
  steps: Step[];
  warnings: Text[];
  sources: SourceRow[];
}

function hiddenLabel(r: TableRecord): Text {
  if (r.kind === "blank") return { ko: "빈 칸", en: "blank" };
  const m = flagMeaning(r.flag);
  if (m === "suppressed") return { ko: `비밀보호(${r.flag})`, en: `suppressed (${r.flag})` };
  if (m === "unknown") return { ko: `미상(${r.flag})`, en: `not known (${r.flag})` };
  return { ko: `값 없음(${r.flag})`, en: `no value (${r.flag})` };
}

function isNil(r: TableRecord): boolean {
  return r.value === null && flagMeaning(r.flag) === "nil";
}

function isPublished(r: TableRecord): boolean {
  return r.kind === "number" && r.value !== null;
}

function cellOf(r: TableRecord): CellPos {
  return { arg: "table", row: r.row, col: r.col };
}

function prepare(tableArg: unknown, industriesArg: unknown, measureArg: unknown, periodArg: unknown, suppressedArg: unknown): Ctx {
  const mode = parseSuppressedMode(suppressedArg);
  const t = new TableIndex(tableArg);
  const steps: Step[] = [];
  const warnings: Text[] = [];
  steps.push({ id: "read.table", label: describeLayout(t), value: t.recordCount });

  const { mKey, mLabel: hit, period } = selectMeasurePeriod(t, measureArg, periodArg, "period", warnings);
  steps.push({ id: "measure", label: { ko: `항목: ${hit}`, en: `Measure: ${hit}` }, value: hit });
  if (period !== null) steps.push({ id: "period", label: { ko: `시점: ${period}`, en: `Period: ${period}` }, value: period });

  // Industries.
  const sel = resolveIndustries(industriesArg);
  warnings.push(...sel.warnings);
  const bySelCode = new Map(sel.codes.map((s) => [s.code, s]));
  steps.push({
    id: "industries",
    label: {
      ko: `선택한 산업: ${sel.codes.map((s) => codeLabel(s.code)).join(", ")}${sel.expansions.length ? ` (${sel.expansions.join("; ")})` : ""}`,
      en: `Selected industries: ${sel.codes.map((s) => s.code).join(", ")}${sel.expansions.length ? ` (${sel.expansions.join("; ")})` : ""}`,
    },
    value: sel.codes.map((s) => s.code),
    cells: [...new Map(sel.codes.map((s) => [`${s.cell.row},${s.cell.col}`, s.cell])).values()],
  });
  return { t, mKey, mLabel: hit, period, sel, bySelCode, mode, steps, warnings, sources: [] };
}

interface AreaResult {
  label: string;
  areas: Area[];
  /** Published rows used (nil "-" rows counted as 0). */
  used: { rec: TableRecord; value: number }[];
  hidden: TableRecord[];
  sum: number;
  low: number;
  high: number;
  units: Map<string, TableRecord>;
  boundsStep?: Step;
}

function gatherArea(ctx: Ctx, regionArg: unknown, argName: string, role: "region" | "parent"): AreaResult {
  const areas = resolveRegions(ctx.t, regionArg, argName, ctx.warnings);
  const label = areas.map((a) => a.name).join(" + ");
  const used: { rec: TableRecord; value: number }[] = [];
  const hidden: TableRecord[] = [];
  const units = new Map<string, TableRecord>();
  let low = 0;
  let high = 0;
  const boundsLines: { ko: string[]; en: string[]; cells: CellPos[] } = { ko: [], en: [], cells: [] };

  const source = (r: TableRecord, usedFlag: boolean, reason?: Text, value?: number | null): SourceRow => {
    const s: SourceRow = {
      row: r.row,
      region: r.parent && ctx.t.hasParentColumn ? `${r.parent} ${r.region}` : r.region || r.regionCode,
      industry: r.code && r.code !== ALL_INDUSTRIES ? `${r.code} ${r.industry}`.trim() : r.industry,
      measure: r.measure,
      value: value === undefined ? r.value : value,
      role,
      used: usedFlag,
    };
    if (r.period !== "") s.period = r.period;
    if (r.unit !== "") s.unit = r.unit;
    if (r.flag !== "") s.flag = r.flag;
    if (reason) s.reason = reason;
    return s;
  };

  for (const area of areas) {
    const matched = new Map<string, TableRecord[]>();
    const pool: TableRecord[] = [];
    const unknownRows: TableRecord[] = [];
    const areaSources: SourceRow[] = [];
    for (const r of area.records) {
      if (ctx.t.layout === "wide" && r.measureKey !== ctx.mKey) continue;
      if (r.measureKey !== ctx.mKey) {
        areaSources.push(source(r, false, { ko: `다른 항목(${r.measure})`, en: `other measure (${r.measure})` }));
        continue;
      }
      if (ctx.period !== null && r.period !== ctx.period) {
        areaSources.push(source(r, false, { ko: `다른 시점(${r.period || "없음"})`, en: `other period (${r.period || "none"})` }));
        continue;
      }
      pool.push(r);
      if (r.code === null) {
        unknownRows.push(r);
        areaSources.push(source(r, false, { ko: "산업을 KSIC 코드나 이름으로 알아볼 수 없음", en: "industry not recognised as a KSIC code or name" }));
        continue;
      }
      if (!ctx.bySelCode.has(r.code)) {
        const isTotal = ctx.sel.codes.some((s) => isKsicAncestor(r.code as string, s.code));
        areaSources.push(
          source(
            r,
            false,
            isTotal
              ? { ko: "선택한 산업의 합계 행(선택하지 않음)", en: "a total row of the selected industries (not selected)" }
              : { ko: "선택한 산업군에 없음", en: "not in the selected industries" },
          ),
        );
        continue;
      }
      const list = matched.get(r.code);
      if (list) list.push(r);
      else matched.set(r.code, [r]);
    }
    if (unknownRows.length > 0) {
      ctx.warnings.push({
        ko: `${area.name}: 산업을 알아볼 수 없어 제외한 행 ${unknownRows.map((r) => `${r.row + 1}행 '${r.industry}'`).join(", ")}`,
        en: `${area.name}: rows left out because their industry was not recognised: ${unknownRows.map((r) => `row ${r.row + 1} '${r.industry}'`).join(", ")}`,
      });
    }
    // Exactly one row per selected industry.
    const missing: SelectedIndustry[] = [];
    for (const s of ctx.sel.codes) {
      const list = matched.get(s.code) ?? [];
      if (list.length === 0) missing.push(s);
      if (list.length > 1) {
        throw valueError(
          `표의 ${list.map((r) => `${r.row + 1}행`).join(", ")}이(가) 모두 ${area.label} ${s.code} ${ctx.mLabel}${ctx.period ? ` ${ctx.period}` : ""} 값이어서 어느 것을 쓸지 알 수 없습니다(중복 행).`,
          `Table rows ${list.map((r) => r.row + 1).join(", ")} all hold ${area.label} ${s.code} ${ctx.mLabel}${ctx.period ? ` ${ctx.period}` : ""}; duplicate rows.`,
          cellOf(list[1]),
        );
      }
    }
    if (missing.length > 0) {
      throw notAvailable(
        `표에 ${area.label}의 ${missing.map((s) => codeLabel(s.code)).join(", ")} 행이 없습니다 (${ctx.mLabel}${ctx.period ? `, ${ctx.period}` : ""}).`,
        `The table has no row for ${area.label} ${missing.map((s) => s.code).join(", ")} (${ctx.mLabel}${ctx.period ? `, ${ctx.period}` : ""}).`,
        missing[0].cell,
      );
    }
    const areaHidden: TableRecord[] = [];
    for (const s of ctx.sel.codes) {
      const r = (matched.get(s.code) as TableRecord[])[0];
      if (r.unit !== "" && !units.has(r.unit)) units.set(r.unit, r);
      if (isPublished(r)) {
        used.push({ rec: r, value: r.value as number });
        areaSources.push(source(r, true));
        if (flagMeanings(r.flag).includes("preliminary")) {
          ctx.warnings.push({
            ko: `${area.name} ${r.code} 값 ${fmt(r.value as number)}은(는) 잠정치(${r.flag})입니다.`,
            en: `${area.name} ${r.code} value ${fmt(r.value as number)} is preliminary (${r.flag}).`,
          });
        }
      } else if (isNil(r)) {
        used.push({ rec: r, value: 0 });
        areaSources.push(source(r, true, { ko: `'${r.flag}'(해당 없음)을 0으로 계산`, en: `'${r.flag}' (nothing to report) counted as 0` }, 0));
      } else if (r.kind === "text") {
        throw valueError(
          `표 ${r.row + 1}행 ${r.col + 1}열(${area.name} ${r.code} ${r.measure})에 숫자 대신 '${r.text}'이(가) 있습니다.`,
          `Table row ${r.row + 1}, column ${r.col + 1} (${area.name} ${r.code} ${r.measure}) holds '${r.text}' instead of a number.`,
          cellOf(r),
        );
      } else {
        areaHidden.push(r);
      }
    }

    if (areaHidden.length > 0) {
      const list = areaHidden.map((r) => ({
        ko: `${r.code} ${r.industry}(표 ${r.row + 1}행 ${r.col + 1}열, ${hiddenLabel(r).ko})`,
        en: `${r.code} ${r.industry} (table row ${r.row + 1}, column ${r.col + 1}, ${hiddenLabel(r).en})`,
      }));
      if (ctx.mode === "error") {
        throw notAvailable(
          `${area.label}의 ${ctx.mLabel} 값 중 공표되지 않은 칸이 있어 합계를 알 수 없습니다: ${list.map((l) => l.ko).join("; ")}. 0으로 세려면 suppressed 인수에 "zero"를, 하한·상한을 보려면 "bounds"를 쓰세요.`,
          `${area.label} ${ctx.mLabel} has unpublished cells, so the sum is not known: ${list.map((l) => l.en).join("; ")}. Use suppressed "zero" to count them as 0 or "bounds" for a low and high value.`,
          cellOf(areaHidden[0]),
        );
      }
      if (ctx.mode === "zero") {
        for (const r of areaHidden) {
          used.push({ rec: r, value: 0 });
          areaSources.push(
            source(r, true, { ko: `${hiddenLabel(r).ko}: 지정에 따라 0으로 계산`, en: `${hiddenLabel(r).en}: counted as 0 as asked` }, 0),
          );
        }
        ctx.warnings.push({
          ko: `${area.name}: 공표되지 않은 ${areaHidden.length}칸(${areaHidden.map((r) => r.code).join(", ")})을 0으로 셌습니다. 실제 합계는 이보다 클 수 있습니다.`,
          en: `${area.name}: ${areaHidden.length} unpublished cell(s) (${areaHidden.map((r) => r.code).join(", ")}) counted as 0; the true sum may be larger.`,
        });
      } else {
        const b = boundHidden(area, pool, areaHidden);
        low += b.low;
        high += b.high;
        boundsLines.ko.push(...b.ko);
        boundsLines.en.push(...b.en);
        boundsLines.cells.push(...b.cells);
        for (const r of areaHidden) {
          areaSources.push(
            source(r, true, { ko: `${hiddenLabel(r).ko}: 합계 행으로 범위를 구함`, en: `${hiddenLabel(r).en}: bounded from the total row` }, null),
          );
        }
      }
      hidden.push(...areaHidden);
    }
    ctx.sources.push(...areaSources);
  }

  const sum = used.reduce((acc, u) => acc + u.value, 0);
  const result: AreaResult = { label, areas, used, hidden, sum, low: sum + low, high: sum + high, units };
  if (ctx.mode === "bounds" && hidden.length > 0) {
    result.boundsStep = {
      id: role === "region" ? "bounds.region" : "bounds.parent",
      label: {
        ko: `${label}: 공표되지 않은 칸의 범위 — ${boundsLines.ko.join("; ")}`,
        en: `${label}: range of the unpublished cells — ${boundsLines.en.join("; ")}`,
      },
      value: [result.low, result.high],
      formula: `[${fmt(sum)} + ${fmt(low)}, ${fmt(sum)} + ${fmt(high)}] = [${fmt(result.low)}, ${fmt(result.high)}]`,
      cells: boundsLines.cells,
    };
  }
  return result;
}

/**
 * Bounds for hidden cells: for each hidden row, the nearest ancestor total row with a published value (C for a
 * 중분류) minus the published rows at the hidden row's level under that total leaves the hidden amount H. When
 * the selection holds every hidden row of that group the sum is exactly H, otherwise between 0 and H.
 */
function boundHidden(
  area: Area,
  pool: TableRecord[],
  hidden: TableRecord[],
): { low: number; high: number; ko: string[]; en: string[]; cells: CellPos[] } {
  const groups = new Map<string, { total: TableRecord; level: number; sel: TableRecord[] }>();
  for (const h of hidden) {
    const code = h.code as string;
    const totals = pool.filter((r) => r.code !== null && isKsicAncestor(r.code, code) && isPublished(r));
    if (totals.length === 0) {
      throw notAvailable(
        `${area.label} ${code}의 값이 공표되지 않았고 범위를 구할 합계 행(예: C 제조업)이 표에 없습니다.`,
        `${area.label} ${code} is not published and the table has no total row (such as C, manufacturing) to bound it.`,
        cellOf(h),
      );
    }
    const rank = (c: string) => (c === ALL_INDUSTRIES ? 0 : c.length);
    totals.sort((a, b) => rank(b.code as string) - rank(a.code as string));
    const total = totals[0];
    const key = `${total.code}|${code.length}`;
    const g = groups.get(key);
    if (g) g.sel.push(h);
    else groups.set(key, { total, level: code.length, sel: [h] });
  }
  let low = 0;
  let high = 0;
  const ko: string[] = [];
  const en: string[] = [];
  const cells: CellPos[] = [];
  for (const g of groups.values()) {
    const tcode = g.total.code as string;
    const siblings = pool.filter((r) => r.code !== null && r.code !== ALL_INDUSTRIES && r.code.length === g.level && isKsicAncestor(tcode, r.code));
    const pub = siblings.filter((r) => isPublished(r) || isNil(r));
    const hid = siblings.filter((r) => !isPublished(r) && !isNil(r));
    const P = pub.reduce((a, r) => a + (r.value ?? 0), 0);
    const T = g.total.value as number;
    const H = T - P;
    cells.push(cellOf(g.total), ...pub.map(cellOf));
    if (H < -1e-9 * Math.max(1, Math.abs(T))) {
      throw notAvailable(
        `${area.label}의 합계 행 ${tcode}(${fmt(T)})이 공표된 하위 행의 합(${fmt(P)})보다 작아 범위를 구할 수 없습니다. 표를 확인하세요.`,
        `${area.label}'s total row ${tcode} (${fmt(T)}) is smaller than the sum of its published rows (${fmt(P)}); the bounds cannot be derived. Check the table.`,
        cellOf(g.total),
      );
    }
    const all = hid.every((r) => g.sel.includes(r));
    const lo = all ? H : 0;
    low += lo;
    high += H;
    ko.push(
      `합계 ${tcode} ${fmt(T)} − 공표된 ${pub.length}행 ${fmt(P)} = 숨은 값 ${fmt(H)}; 숨은 ${hid.length}칸 중 ${g.sel.length}칸 선택 → [${fmt(lo)}, ${fmt(H)}]`,
    );
    en.push(
      `total ${tcode} ${fmt(T)} − ${pub.length} published rows ${fmt(P)} = ${fmt(H)} hidden; ${g.sel.length} of ${hid.length} hidden cells selected → [${fmt(lo)}, ${fmt(H)}]`,
    );
  }
  return { low, high, ko, en, cells };
}

function unitOf(a: AreaResult): string {
  if (a.units.size > 1) {
    const us = [...a.units.entries()];
    throw valueError(
      `${a.label}의 선택한 행들의 단위가 서로 다릅니다(${us.map(([u]) => u).join(", ")}). 단위가 같은 값만 더할 수 있습니다.`,
      `The selected rows of ${a.label} are in different units (${us.map(([u]) => u).join(", ")}); only values in one unit can be added.`,
      cellOf(us[1][1]),
    );
  }
  return a.units.size === 1 ? [...a.units.keys()][0] : "";
}

function sumStep(id: string, a: AreaResult, unit: string): Step {
  const parts = a.used.map((u) => fmt(u.value));
  const bounded = a.hidden.filter((h) => !a.used.some((u) => u.rec === h)).length;
  return {
    id,
    label: {
      ko: `${a.label} 합계${unit ? ` (${unit})` : ""}: 선택한 ${a.used.length}행의 합${bounded ? ` (공표되지 않은 ${bounded}칸은 범위로 따로 계산)` : ""}`,
      en: `${a.label} sum${unit ? ` (${unit})` : ""}: total of the ${a.used.length} selected rows${bounded ? ` (${bounded} unpublished cell(s) bounded separately)` : ""}`,
    },
    value: a.sum,
    formula: `${parts.length ? parts.join(" + ") : "0"} = ${fmt(a.sum)}`,
    cells: a.used.map((u) => cellOf(u.rec)),
  };
}

function selectedRecs(a: AreaResult): TableRecord[] {
  const out = a.used.map((u) => u.rec);
  for (const h of a.hidden) if (!out.includes(h)) out.push(h);
  return out;
}

function selectStep(parts: AreaResult[]): Step {
  const counts = parts.map((a) => selectedRecs(a).length);
  return {
    id: "select.rows",
    label: {
      ko: `선택한 행: ${parts.map((a, i) => `${a.label} ${counts[i]}행`).join(", ")}`,
      en: `Rows selected: ${parts.map((a, i) => `${a.label} ${counts[i]}`).join(", ")}`,
    },
    value: counts.reduce((x, y) => x + y, 0),
    cells: parts.flatMap((a) => selectedRecs(a).map(cellOf)),
  };
}

/**
 * REGIONAL_SHARE: Σ region ÷ Σ parent over the selected rows. With suppressed = "bounds", [[low, high]].
 */
export function regionalShare(
  table: unknown,
  region: unknown,
  parent: unknown,
  industries: unknown,
  measure: unknown,
  period?: unknown,
  suppressed?: unknown,
): Explained<number | number[][]> {
  if (isOmitted(region)) {
    throw valueError("region 인수가 필요합니다 (예: '서산시').", "The region argument is required (e.g. '서산시').", { arg: "region", row: 0, col: 0 });
  }
  if (isOmitted(parent)) {
    throw valueError("parent 인수가 필요합니다 (예: '충청남도').", "The parent argument is required (e.g. '충청남도').", { arg: "parent", row: 0, col: 0 });
  }
  const ctx = prepare(table, industries, measure, period, suppressed);
  const r = gatherArea(ctx, region, "region", "region");
  const p = gatherArea(ctx, parent, "parent", "parent");
  const ru = unitOf(r);
  const pu = unitOf(p);
  if (ru !== "" && pu !== "" && ru !== pu) {
    throw valueError(
      `${r.label} 값의 단위(${ru})와 ${p.label} 값의 단위(${pu})가 달라 비중을 구할 수 없습니다.`,
      `${r.label} values are in ${ru} but ${p.label} values are in ${pu}; the share needs both in the same unit.`,
      cellOf(p.units.get(pu) as TableRecord),
    );
  }
  // A region outside its stated parent is allowed, but said.
  if (ctx.t.hasParentColumn) {
    for (const a of r.areas) {
      if (p.areas.some((pa) => pa.key === a.key)) continue;
      if (a.parent !== "" && !p.areas.some((pa) => pa.name === a.parent || pa.label === a.parent)) {
        ctx.warnings.push({
          ko: `표에서 ${a.name}의 상위지역은 ${a.parent}인데 parent로 ${p.label}을(를) 지정했습니다.`,
          en: `In the table ${a.name}'s parent region is ${a.parent}, but the parent given is ${p.label}.`,
        });
      }
    }
  }
  const steps = ctx.steps;
  steps.push(selectStep([r, p]));
  steps.push(sumStep("sum.region", r, ru));
  steps.push(sumStep("sum.parent", p, pu));
  if (r.boundsStep) steps.push(r.boundsStep);
  if (p.boundsStep) steps.push(p.boundsStep);

  if (ctx.mode === "bounds") {
    if (p.low <= 0) {
      throw notAvailable(
        `${p.label}의 합계 하한이 0이어서 비중의 범위를 구할 수 없습니다.`,
        `${p.label}'s sum may be 0, so the share has no bounds.`,
        { arg: "parent", row: 0, col: 0 },
      );
    }
    const lo = r.low / p.high;
    const hi = r.high / p.low;
    steps.push({
      id: "result",
      label: { ko: `비중의 범위 = [지역 하한 ÷ 상위 상한, 지역 상한 ÷ 상위 하한]`, en: "Share range = [region low ÷ parent high, region high ÷ parent low]" },
      value: [lo, hi],
      formula: `[${fmt(r.low)} / ${fmt(p.high)}, ${fmt(r.high)} / ${fmt(p.low)}] = [${fmt(lo)}, ${fmt(hi)}]`,
    });
    return { value: [[lo, hi]], steps, warnings: ctx.warnings, sources: ctx.sources };
  }
  if (p.sum === 0) {
    throw notAvailable(
      `${p.label}의 선택한 산업 합계가 0이어서 비중을 구할 수 없습니다.`,
      `${p.label}'s sum over the selected industries is 0, so the share is not defined.`,
      { arg: "parent", row: 0, col: 0 },
    );
  }
  const value = r.sum / p.sum;
  steps.push({
    id: "result",
    label: { ko: `비중 = ${r.label} 합계 ÷ ${p.label} 합계 (합의 비율)`, en: `Share = ${r.label} sum ÷ ${p.label} sum (a ratio of sums)` },
    value,
    formula: `${fmt(r.sum)} / ${fmt(p.sum)} = ${fmt(value)}`,
    cells: [...r.used.map((u) => cellOf(u.rec)), ...p.used.map((u) => cellOf(u.rec))],
  });
  return { value, steps, warnings: ctx.warnings, sources: ctx.sources };
}

/** CENSUS_VALUE: the sum over the same selection as REGIONAL_SHARE's numerator. */
export function censusValue(
  table: unknown,
  region: unknown,
  industries: unknown,
  measure: unknown,
  period?: unknown,
  suppressed?: unknown,
): Explained<number | number[][]> {
  if (isOmitted(region)) {
    throw valueError("region 인수가 필요합니다 (예: '서산시').", "The region argument is required (e.g. '서산시').", { arg: "region", row: 0, col: 0 });
  }
  const ctx = prepare(table, industries, measure, period, suppressed);
  const r = gatherArea(ctx, region, "region", "region");
  const ru = unitOf(r);
  const steps = ctx.steps;
  steps.push(selectStep([r]));
  steps.push(sumStep("sum.region", r, ru));
  if (ctx.mode === "bounds") {
    if (r.boundsStep) steps.push(r.boundsStep);
    steps.push({
      id: "result",
      label: { ko: `${r.label} ${ctx.mLabel} 범위${ru ? ` (${ru})` : ""}`, en: `${r.label} ${ctx.mLabel} range${ru ? ` (${ru})` : ""}` },
      value: [r.low, r.high],
      formula: `[${fmt(r.low)}, ${fmt(r.high)}]`,
    });
    return { value: [[r.low, r.high]], steps, warnings: ctx.warnings, sources: ctx.sources };
  }
  steps.push({
    id: "result",
    label: { ko: `${r.label} ${ctx.mLabel}${ru ? ` (${ru})` : ""}`, en: `${r.label} ${ctx.mLabel}${ru ? ` (${ru})` : ""}` },
    value: r.sum,
    formula: `${r.used.map((u) => fmt(u.value)).join(" + ") || "0"} = ${fmt(r.sum)}`,
    cells: r.used.map((u) => cellOf(u.rec)),
  });
  return { value: r.sum, steps, warnings: ctx.warnings, sources: ctx.sources };
}
