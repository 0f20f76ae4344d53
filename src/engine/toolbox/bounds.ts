/**
 * SUPPRESSED_BOUNDS(table, region, measure, [period]): for every suppressed (or otherwise unpublished) row of one
 * region, the [low, high] its value must lie in, given the region's totals and its published rows.
 *
 * Model: the rows of the table under a total row (by KSIC code: C ⊃ C30 ⊃ C301; 계 contains everything) add up to
 * it, and no value is negative. In 표6 the manufacturing total C is 23,979 workers, the published divisions add
 * up to 23,575, so the six X rows share 404 workers: each lies in [0, 404]. Totals may nest (계 ⊃ C ⊃ C20 ⊃ C201):
 * the bounds are tightened by interval propagation over the tree until nothing changes, so a hidden subtotal is
 * bounded from above by its own total and from below by its published sub-rows.
 */
import { fmt, isOmitted } from "../coerce";
import { Explained, SourceRow, Step, Text, notAvailable, valueError } from "../explain";
import { ALL_INDUSTRIES, isKsicAncestor } from "../reference/ksic";
import { resolveRegions } from "../regions";
import { TableIndex, TableRecord, describeLayout } from "../table";
import { areaRecords, cellOf, codeText, hiddenLabel, isNil, isPublished, selectMeasurePeriod } from "./select";

interface Node {
  rec: TableRecord;
  code: string;
  hidden: boolean;
  lo: number;
  hi: number;
  parent: Node | null;
  children: Node[];
}

function rank(code: string): number {
  return code === ALL_INDUSTRIES ? 0 : code.length;
}

export function suppressedBounds(table: unknown, region: unknown, measure: unknown, period?: unknown): Explained<(string | number)[][]> {
  if (isOmitted(region)) {
    throw valueError("region 인수가 필요합니다 (예: '서산시').", "The region argument is required (e.g. '서산시').", { arg: "region", row: 0, col: 0 });
  }
  const warnings: Text[] = [];
  const steps: Step[] = [];
  const t = new TableIndex(table);
  steps.push({ id: "read.table", label: describeLayout(t), value: t.recordCount });
  const sel = selectMeasurePeriod(t, measure, period);
  steps.push({ id: "measure", label: { ko: `항목: ${sel.mLabel}`, en: `Measure: ${sel.mLabel}` }, value: sel.mLabel });
  if (sel.period !== null) steps.push({ id: "period", label: { ko: `시점: ${sel.period}`, en: `Period: ${sel.period}` }, value: sel.period });
  const areas = resolveRegions(t, region, "region", warnings);
  if (areas.length > 1) {
    throw valueError(
      `region에 지역이 ${areas.length}곳(${areas.map((a) => a.label).join(", ")}) 있습니다. 비밀보호 칸의 범위는 한 지역씩 구하세요.`,
      `region names ${areas.length} regions (${areas.map((a) => a.label).join(", ")}); bound the suppressed cells of one region at a time.`,
      areas[1].cell,
    );
  }
  const area = areas[0];
  const all = areaRecords(sel, area);
  const unknown = all.filter((r) => r.code === null);
  if (unknown.length > 0) {
    warnings.push({
      ko: `${area.name}: 산업을 알아볼 수 없어 제외한 행 ${unknown.map((r) => `${r.row + 1}행 '${r.industry}'`).join(", ")}`,
      en: `${area.name}: rows left out because their industry was not recognised: ${unknown.map((r) => `row ${r.row + 1} '${r.industry}'`).join(", ")}`,
    });
  }
  const recs = all.filter((r) => r.code !== null);
  if (recs.length === 0) {
    throw notAvailable(
      `표에 ${area.label}의 ${sel.mLabel}${sel.period ? ` ${sel.period}` : ""} 행이 없습니다.`,
      `The table has no ${area.label} ${sel.mLabel}${sel.period ? ` ${sel.period}` : ""} rows.`,
      area.cell,
    );
  }
  const nodes: Node[] = [];
  for (const r of recs) {
    const code = r.code as string;
    const dup = nodes.find((n) => n.code === code);
    if (dup) {
      throw valueError(
        `표의 ${dup.rec.row + 1}행과 ${r.row + 1}행이 모두 ${area.label} ${codeText(r)} ${sel.mLabel} 값이어서 어느 것을 쓸지 알 수 없습니다(중복 행).`,
        `Table rows ${dup.rec.row + 1} and ${r.row + 1} both hold ${area.label} ${codeText(r)} ${sel.mLabel}; duplicate rows.`,
        cellOf(r),
      );
    }
    if (r.kind === "text") {
      throw valueError(
        `표 ${r.row + 1}행 ${r.col + 1}열(${area.name} ${codeText(r)} ${r.measure})에 숫자 대신 '${r.text}'이(가) 있습니다.`,
        `Table row ${r.row + 1}, column ${r.col + 1} (${area.name} ${codeText(r)} ${r.measure}) holds '${r.text}' instead of a number.`,
        cellOf(r),
      );
    }
    if (isPublished(r)) nodes.push({ rec: r, code, hidden: false, lo: r.value as number, hi: r.value as number, parent: null, children: [] });
    else if (isNil(r)) nodes.push({ rec: r, code, hidden: false, lo: 0, hi: 0, parent: null, children: [] });
    else nodes.push({ rec: r, code, hidden: true, lo: 0, hi: Infinity, parent: null, children: [] });
  }
  const hidden = nodes.filter((n) => n.hidden);
  if (hidden.length === 0) {
    throw notAvailable(
      `${area.label}의 ${sel.mLabel}${sel.period ? ` ${sel.period}` : ""}에는 공표되지 않은 칸이 없습니다.`,
      `${area.label} ${sel.mLabel}${sel.period ? ` ${sel.period}` : ""} has no unpublished cells.`,
      area.cell,
    );
  }
  // The tree: each row's parent is its nearest ancestor row.
  for (const n of nodes) {
    let best: Node | null = null;
    for (const m of nodes) {
      if (m !== n && isKsicAncestor(m.code, n.code) && (best === null || rank(m.code) > rank(best.code))) best = m;
    }
    n.parent = best;
    if (best) best.children.push(n);
  }
  const unit = recs.find((r) => r.unit !== "")?.unit ?? "";
  const u = unit ? ` ${unit}` : "";

  // What each total tells before propagation, for the explanation.
  for (const n of nodes) {
    if (n.children.length === 0 || !n.children.some((c) => c.hidden) || n.hidden) continue;
    const pub = n.children.filter((c) => !c.hidden);
    const P = pub.reduce((a, c) => a + c.lo, 0);
    const H = n.lo - P;
    const hid = n.children.filter((c) => c.hidden);
    steps.push({
      id: `total.${codeText(n.rec)}`,
      label: {
        ko: `합계 ${codeText(n.rec)} ${fmt(n.lo)}${u} − 공표된 하위 ${pub.length}행 ${fmt(P)} = 공표되지 않은 ${hid.length}칸(${hid.map((c) => codeText(c.rec)).join(", ")})의 합 ${fmt(H)}`,
        en: `Total ${codeText(n.rec)} ${fmt(n.lo)}${u} − ${pub.length} published rows under it ${fmt(P)} = ${fmt(H)} spread over ${hid.length} unpublished cells (${hid.map((c) => codeText(c.rec)).join(", ")})`,
      },
      value: H,
      formula: `${fmt(n.lo)} − (${pub.map((c) => fmt(c.lo)).join(" + ") || "0"}) = ${fmt(H)}`,
      cells: [cellOf(n.rec), ...pub.map((c) => cellOf(c.rec))],
    });
  }

  // Interval propagation: parent = Σ children, every value ≥ 0.
  const parents = nodes.filter((n) => n.children.length > 0);
  const tolOf = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
  let changed = true;
  let rounds = 0;
  while (changed && rounds < 200) {
    changed = false;
    rounds++;
    for (const p of parents) {
      let loSum = 0;
      let hiFinite = 0;
      let hiInf = 0;
      for (const c of p.children) {
        loSum += c.lo;
        if (c.hi === Infinity) hiInf++;
        else hiFinite += c.hi;
      }
      const hiSum = hiInf > 0 ? Infinity : hiFinite;
      if (loSum > p.hi + tolOf(p.hi)) {
        const bad = p.hidden ? p.children.find((c) => !c.hidden) ?? p : p;
        throw notAvailable(
          `${area.label}의 합계 행 ${codeText(p.rec)}(${p.hidden ? `상한 ${fmt(p.hi)}` : fmt(p.hi)})이 그 아래 행들의 합(최소 ${fmt(loSum)})보다 작아 범위를 구할 수 없습니다. 표를 확인하세요.`,
          `${area.label}'s total row ${codeText(p.rec)} (${p.hidden ? `at most ${fmt(p.hi)}` : fmt(p.hi)}) is smaller than the rows under it (at least ${fmt(loSum)}); the bounds cannot be derived. Check the table.`,
          cellOf(bad.rec),
        );
      }
      if (hiSum < p.lo - tolOf(p.lo)) {
        throw notAvailable(
          `${area.label}의 합계 행 ${codeText(p.rec)}(${fmt(p.lo)})이 그 아래 행들의 합(최대 ${fmt(hiSum)})보다 커서 표가 맞지 않습니다. 하위 행이 빠졌는지 확인하세요.`,
          `${area.label}'s total row ${codeText(p.rec)} (${fmt(p.lo)}) exceeds the most the rows under it can add up to (${fmt(hiSum)}); check whether rows are missing.`,
          cellOf(p.rec),
        );
      }
      if (p.hidden) {
        if (loSum > p.lo + tolOf(loSum)) {
          p.lo = loSum;
          changed = true;
        }
        if (hiSum < p.hi - tolOf(hiSum)) {
          p.hi = hiSum;
          changed = true;
        }
      }
      for (const c of p.children) {
        if (!c.hidden) continue;
        const otherHiInf = hiInf - (c.hi === Infinity ? 1 : 0);
        const otherHi = otherHiInf > 0 ? Infinity : hiFinite - (c.hi === Infinity ? 0 : c.hi);
        const otherLo = loSum - c.lo;
        const lo = Math.max(0, p.lo - otherHi);
        const hi = p.hi - otherLo;
        if (lo > c.lo + tolOf(lo)) {
          c.lo = lo;
          changed = true;
        }
        if (hi < c.hi - tolOf(hi)) {
          c.hi = Math.max(hi, c.lo);
          changed = true;
        }
      }
    }
  }
  const out: (string | number)[][] = [];
  for (const h of hidden) {
    if (h.hi === Infinity) {
      throw notAvailable(
        `${area.label} ${codeText(h.rec)}(표 ${h.rec.row + 1}행 ${h.rec.col + 1}열)은 ${hiddenLabel(h.rec).ko}인데 범위를 구할 합계 행(예: C 제조업, 계)이 표에 없습니다.`,
        `${area.label} ${codeText(h.rec)} (table row ${h.rec.row + 1}, column ${h.rec.col + 1}) is ${hiddenLabel(h.rec).en} and the table has no total row (such as C, manufacturing, or 계) to bound it.`,
        cellOf(h.rec),
      );
    }
    out.push([codeText(h.rec), h.lo, h.hi]);
  }
  steps.push({
    id: "model",
    label: {
      ko: "가정: 합계 행 아래의 행들을 더하면 합계와 같고(표가 그 아래 산업을 모두 싣는다), 값은 음수가 아님. 합계가 겹쳐 있으면 모든 합계의 제약을 함께 적용",
      en: "Model: the rows under a total add up to it (the table lists every industry under it) and no value is negative; nested totals are applied together",
    },
    value: rounds,
  });
  steps.push({
    id: "result",
    label: {
      ko: `공표되지 않은 ${out.length}칸의 [산업, 하한, 상한]${u ? ` (${unit})` : ""}`,
      en: `[industry, low, high] of the ${out.length} unpublished cells${u ? ` (${unit})` : ""}`,
    },
    value: out,
    cells: hidden.map((h) => cellOf(h.rec)),
  });
  const sources: SourceRow[] = nodes.map((n) => {
    const r = n.rec;
    const s: SourceRow = {
      row: r.row,
      region: r.parent && t.hasParentColumn ? `${r.parent} ${r.region}` : r.region || r.regionCode,
      industry: codeText(r),
      measure: r.measure,
      value: n.hidden ? null : n.lo,
      role: "region",
      used: true,
    };
    if (r.period !== "") s.period = r.period;
    if (r.unit !== "") s.unit = r.unit;
    if (r.flag !== "") s.flag = r.flag;
    if (n.hidden) s.reason = { ko: `${hiddenLabel(r).ko}: [${fmt(n.lo)}, ${fmt(n.hi)}]`, en: `${hiddenLabel(r).en}: [${fmt(n.lo)}, ${fmt(n.hi)}]` };
    return s;
  });
  return { value: out, steps, warnings, sources };
}
