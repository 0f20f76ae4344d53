/**
 * Table selection for the toolbox's table forms (LQ, SHIFT_SHARE, SUPPRESSED_BOUNDS). Industry sums over a
 * selection go through CENSUS_VALUE (src/engine/census.ts) so that groups, suppressed cells and sources behave
 * exactly as in REGIONAL_SHARE; what census.ts does not export (the all-industries total of a region, the rows
 * of one region for one measure and period) is read here with the same table index and region resolution.
 */
import { flagMeaning } from "../../census/symbols";
import { fmt } from "../coerce";
import { CellPos, Explained, SourceRow, Step, Text, notAvailable, valueError } from "../explain";
import { ALL_INDUSTRIES, isKsicAncestor, ksicName } from "../reference/ksic";
import { Area, resolveRegions } from "../regions";
import { TableRecord } from "../table";

export { selectMeasurePeriod, type Selection } from "../selection";
import type { Selection } from "../selection";

/** The records of the areas for the measure and period. */
export function areaRecords(sel: Selection, area: Area): TableRecord[] {
  return area.records.filter((r) => r.measureKey === sel.mKey && (sel.period === null || r.period === sel.period));
}

export function cellOf(r: TableRecord): CellPos {
  return { arg: "table", row: r.row, col: r.col };
}

export function isPublished(r: TableRecord): boolean {
  return r.kind === "number" && r.value !== null;
}

export function isNil(r: TableRecord): boolean {
  return r.value === null && flagMeaning(r.flag) === "nil";
}

export function hiddenLabel(r: TableRecord): Text {
  if (r.kind === "blank") return { ko: "빈 칸", en: "blank" };
  const m = flagMeaning(r.flag);
  if (m === "suppressed") return { ko: `비밀보호(${r.flag})`, en: `suppressed (${r.flag})` };
  if (m === "unknown") return { ko: `미상(${r.flag})`, en: `not known (${r.flag})` };
  return { ko: `값 없음(${r.flag})`, en: `no value (${r.flag})` };
}

export function codeText(r: TableRecord): string {
  if (r.code === ALL_INDUSTRIES) return r.industry || "계";
  return r.code ?? r.industry;
}

function industryLabel(r: TableRecord): string {
  if (r.code === ALL_INDUSTRIES) return r.industry || "계";
  const n = r.code ? ksicName(r.code) : null;
  return r.code ? `${r.code}${n ? ` ${n.ko}` : ""}` : r.industry;
}

/** Codes of the rows that have no ancestor row among `codes`: the table's top level for that area. */
export function topLevel(codes: string[]): string[] {
  const u = [...new Set(codes)];
  return u.filter((c) => !u.some((o) => isKsicAncestor(o, c)));
}

export interface TotalResult {
  value: number;
  /** "row" when one total row (C, 계 …) gives it, "sum" when it adds the top-level rows. */
  kind: "row" | "sum";
  codes: string[];
  step: Step;
  sources: SourceRow[];
  unit: string;
}

/**
 * The region's total over all industries for the measure and period: the total row when the table has one (the
 * KSIC ancestor of every other row such as C, or a 계/합계 row), otherwise the sum of the top-level rows (for
 * example every published division). A suppressed or unknown total is #N/A, as REGIONAL_SHARE does.
 */
export function allIndustryTotal(
  sel: Selection,
  regionArg: unknown,
  argName: string,
  role: "region" | "parent",
  id: string,
  under: string[],
  warnings: Text[],
): TotalResult {
  const areas = resolveRegions(sel.t, regionArg, argName, warnings);
  const label = areas.map((a) => a.name).join(" + ");
  let value = 0;
  const used: { rec: TableRecord; value: number }[] = [];
  const sources: SourceRow[] = [];
  const allCodes: string[] = [];
  const units = new Set<string>();
  for (const area of areas) {
    const recs = areaRecords(sel, area).filter((r) => r.code !== null);
    if (recs.length === 0) {
      throw notAvailable(
        `표에 ${area.label}의 ${sel.mLabel}${sel.period ? ` ${sel.period}` : ""} 행이 없습니다.`,
        `The table has no ${area.label} ${sel.mLabel}${sel.period ? ` ${sel.period}` : ""} rows.`,
        area.cell,
      );
    }
    const top = topLevel(recs.map((r) => r.code as string));
    allCodes.push(...top);
    for (const code of top) {
      const rows = recs.filter((r) => r.code === code);
      if (rows.length > 1) {
        throw valueError(
          `표의 ${rows.map((r) => `${r.row + 1}행`).join(", ")}이(가) 모두 ${area.label} ${codeText(rows[0])} ${sel.mLabel} 값이어서 어느 것을 쓸지 알 수 없습니다(중복 행).`,
          `Table rows ${rows.map((r) => r.row + 1).join(", ")} all hold ${area.label} ${codeText(rows[0])} ${sel.mLabel}; duplicate rows.`,
          cellOf(rows[1]),
        );
      }
      const r = rows[0];
      if (r.unit !== "") units.add(r.unit);
      let v: number;
      if (isPublished(r)) v = r.value as number;
      else if (isNil(r)) v = 0;
      else if (r.kind === "text") {
        throw valueError(
          `표 ${r.row + 1}행 ${r.col + 1}열(${area.name} ${codeText(r)} ${r.measure})에 숫자 대신 '${r.text}'이(가) 있습니다.`,
          `Table row ${r.row + 1}, column ${r.col + 1} (${area.name} ${codeText(r)} ${r.measure}) holds '${r.text}' instead of a number.`,
          cellOf(r),
        );
      } else {
        const what = top.length === 1 ? { ko: "전 산업 합계", en: "all-industries total" } : { ko: "전 산업 합계를 이루는 행", en: "a row of the all-industries total" };
        throw notAvailable(
          `${area.label}의 ${what.ko} ${industryLabel(r)}(표 ${r.row + 1}행 ${r.col + 1}열)이 ${hiddenLabel(r).ko}이어서 합계를 알 수 없습니다.`,
          `${area.label}'s ${what.en} ${industryLabel(r)} (table row ${r.row + 1}, column ${r.col + 1}) is ${hiddenLabel(r).en}, so the total is not known.`,
          cellOf(r),
        );
      }
      value += v;
      used.push({ rec: r, value: v });
      const s: SourceRow = {
        row: r.row,
        region: r.parent && sel.t.hasParentColumn ? `${r.parent} ${r.region}` : r.region || r.regionCode,
        industry: industryLabel(r),
        measure: r.measure,
        value: v,
        role,
        used: true,
        reason: { ko: "전 산업 합계", en: "all-industries total" },
      };
      if (r.period !== "") s.period = r.period;
      if (r.unit !== "") s.unit = r.unit;
      if (r.flag !== "") s.flag = r.flag;
      sources.push(s);
    }
  }
  const top = [...new Set(allCodes)];
  for (const c of under) {
    if (!top.some((t) => t === c || isKsicAncestor(t, c))) {
      warnings.push({
        ko: `${label}: 선택한 산업 ${c}은(는) 전 산업 합계(${top.join(", ")}) 아래에 있지 않습니다.`,
        en: `${label}: the selected industry ${c} is not under the all-industries total (${top.join(", ")}).`,
      });
    }
  }
  if (under.length > 0 && top.every((t) => under.includes(t))) {
    warnings.push({
      ko: `${label}: 표에 선택한 산업 말고는 행이 없어 전 산업 합계가 선택한 산업의 합과 같습니다. 합계 행(예: C 제조업)이나 다른 산업 행이 있는 표를 쓰세요.`,
      en: `${label}: the table has no rows besides the selected industries, so the all-industries total equals the selection; use a table with a total row (such as C, manufacturing) or the other industries.`,
    });
  }
  const kind: "row" | "sum" = used.length === areas.length ? "row" : "sum";
  const unit = units.size === 1 ? [...units][0] : "";
  const step: Step = {
    id,
    label:
      kind === "row"
        ? {
            ko: `${label} 전 산업 합계: 합계 행 ${used.map((u) => industryLabel(u.rec)).join(", ")}${unit ? ` (${unit})` : ""}`,
            en: `${label} all-industries total: the total row ${used.map((u) => industryLabel(u.rec)).join(", ")}${unit ? ` (${unit})` : ""}`,
          }
        : {
            ko: `${label} 전 산업 합계: 합계 행이 없어 최상위 ${used.length}행(${used.map((u) => codeText(u.rec)).join(", ")})의 합${unit ? ` (${unit})` : ""}`,
            en: `${label} all-industries total: no total row, so the sum of the ${used.length} top-level rows (${used.map((u) => codeText(u.rec)).join(", ")})${unit ? ` (${unit})` : ""}`,
          },
    value,
    formula: `${used.map((u) => fmt(u.value)).join(" + ")} = ${fmt(value)}`,
    cells: used.map((u) => cellOf(u.rec)),
  };
  return { value, kind, codes: top, step, sources, unit };
}

/** A CENSUS_VALUE result as one step, with its sources re-labelled for the role. */
export function fromCensus(
  r: Explained<number | number[][]>,
  id: string,
  label: Text,
  role: "region" | "parent",
): { value: number; step: Step; sources: SourceRow[]; warnings: Text[] } {
  const res = r.steps.find((s) => s.id === "result");
  const value = r.value as number;
  return {
    value,
    step: { id, label, value, formula: res?.formula, cells: res?.cells },
    sources: (r.sources ?? []).map((s) => ({ ...s, role })),
    warnings: r.warnings,
  };
}

/** Warnings without repeats (same English text). */
export function uniqueTexts(ts: Text[]): Text[] {
  const seen = new Set<string>();
  const out: Text[] = [];
  for (const t of ts) {
    if (seen.has(t.en)) continue;
    seen.add(t.en);
    out.push(t);
  }
  return out;
}

/**
 * Sources without repeats: one entry per table row and role; when several sub-calculations looked at the same row,
 * the entry that used it wins over those that left it out.
 */
export function uniqueSources(ss: SourceRow[]): SourceRow[] {
  const key = (s: SourceRow) => `${s.row}|${s.role}|${s.measure ?? ""}|${s.period ?? ""}`;
  const used = new Set(ss.filter((s) => s.used).map(key));
  const seen = new Set<string>();
  const out: SourceRow[] = [];
  for (const s of ss) {
    const k = key(s);
    if (seen.has(k) || (!s.used && used.has(k))) continue;
    seen.add(k);
    out.push(s);
  }
  return out.sort((a, b) => a.row - b.row);
}
