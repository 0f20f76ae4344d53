/**
 * SHIFT_SHARE (Dunn 1960, as REAT shift(…, shift.method = "Dunn")): one region's change between two periods
 * split into national share, industry mix and regional share (competitive effect), for the selected industries.
 *
 * For each selected industry i, with e the region and E the parent ("nation"), 0 the base and t the end period,
 * and E⁰, Eᵗ the parent's all-industries totals (total row, or the sum of the top-level rows):
 *   growth          G_i  = e_iᵗ − e_i⁰
 *   national share  NS_i = e_i⁰ · (Eᵗ/E⁰ − 1)
 *   industry mix    IM_i = e_i⁰ · (E_iᵗ/E_i⁰ − Eᵗ/E⁰)
 *   regional share  RS_i = e_i⁰ · (e_iᵗ/e_i⁰ − E_iᵗ/E_i⁰)
 * The result is the 1×4 row [G, NS, IM, RS] summed over the industries. RS is built as the residual
 * G − NS − IM so that the three components add up to growth; the direct formula is shown as a check.
 */
import { censusValue } from "../census";
import { fmt, isOmitted } from "../coerce";
import { Explained, SourceRow, Step, StepValue, Text, notAvailable, valueError } from "../explain";
import { codeLabel, resolveIndustries } from "../industries";
import { TableIndex } from "../table";
import { round } from "./read";
import { allIndustryTotal, fromCensus, selectMeasurePeriod, uniqueSources, uniqueTexts } from "./select";

export function shiftShare(
  table: unknown,
  region: unknown,
  parent: unknown,
  industries: unknown,
  measure: unknown,
  base_period: unknown,
  end_period: unknown,
): Explained<number[][]> {
  for (const [x, name, ex] of [
    [region, "region", "'서산시'"],
    [parent, "parent", "'충청남도'"],
    [base_period, "base_period", "2017"],
    [end_period, "end_period", "2022"],
  ] as const) {
    if (isOmitted(x)) throw valueError(`${name} 인수가 필요합니다 (예: ${ex}).`, `The ${name} argument is required (e.g. ${ex}).`, { arg: name, row: 0, col: 0 });
  }
  const warnings: Text[] = [];
  const sources: SourceRow[] = [];
  const steps: Step[] = [];
  const t = new TableIndex(table);
  const s0 = selectMeasurePeriod(t, measure, base_period, "base_period");
  const s1 = selectMeasurePeriod(t, measure, end_period, "end_period");
  if (s0.period === s1.period) {
    throw valueError(
      `base_period와 end_period가 같은 시점(${s0.period})입니다. 서로 다른 두 시점을 지정하세요.`,
      `base_period and end_period are the same period (${s0.period}); give two different periods.`,
      { arg: "end_period", row: 0, col: 0 },
    );
  }
  const sel = resolveIndustries(industries);
  warnings.push(...sel.warnings);
  const codes = sel.codes.map((c) => c.code);
  steps.push({
    id: "industries",
    label: {
      ko: `선택한 산업: ${codes.map(codeLabel).join(", ")}${sel.expansions.length ? ` (${sel.expansions.join("; ")})` : ""}; 항목 ${s0.mLabel}, 기준 ${s0.period} → 비교 ${s1.period}`,
      en: `Selected industries: ${codes.join(", ")}${sel.expansions.length ? ` (${sel.expansions.join("; ")})` : ""}; measure ${s0.mLabel}, base ${s0.period} → end ${s1.period}`,
    },
    value: codes,
  });

  const E0 = allIndustryTotal(s0, parent, "parent", "parent", "E0", codes, warnings);
  const E1 = allIndustryTotal(s1, parent, "parent", "parent", "E1", codes, warnings);
  E0.step.label = { ko: `E⁰ (${s0.period}): ${E0.step.label.ko}`, en: `E⁰ (${s0.period}): ${E0.step.label.en}` };
  E1.step.label = { ko: `Eᵗ (${s1.period}): ${E1.step.label.ko}`, en: `Eᵗ (${s1.period}): ${E1.step.label.en}` };
  steps.push(E0.step, E1.step);
  sources.push(...E0.sources, ...E1.sources);
  if (E0.codes.join(",") !== E1.codes.join(",")) {
    warnings.push({
      ko: `상위지역 전 산업 합계의 범위가 두 시점에서 다릅니다(${E0.codes.join(", ")} → ${E1.codes.join(", ")}).`,
      en: `The parent's all-industries total covers different industries in the two periods (${E0.codes.join(", ")} → ${E1.codes.join(", ")}).`,
    });
  }
  if (E0.value === 0) {
    throw notAvailable("상위지역의 기준시점 전 산업 합계가 0이어서 성장률을 구할 수 없습니다.", "The parent's all-industries total in the base period is 0, so its growth rate is not defined.", {
      arg: "parent",
      row: 0,
      col: 0,
    });
  }
  const nat = E1.value / E0.value;
  steps.push({
    id: "national.rate",
    label: { ko: "상위지역 전 산업 성장배수 Eᵗ ÷ E⁰", en: "Parent's all-industries growth factor Eᵗ ÷ E⁰" },
    value: nat,
    formula: `${fmt(E1.value)} / ${fmt(E0.value)} = ${fmt(nat)}`,
  });

  let G = 0;
  let NS = 0;
  let IM = 0;
  let RSdirect = 0;
  const rows: StepValue[][] = [];
  for (const code of codes) {
    const lab = { ko: codeLabel(code), en: code };
    const r0 = fromCensus(censusValue(table, region, code, measure, base_period), `e0.${code}`, lab, "region");
    const r1 = fromCensus(censusValue(table, region, code, measure, end_period), `e1.${code}`, lab, "region");
    const p0 = fromCensus(censusValue(table, parent, code, measure, base_period), `E0.${code}`, lab, "parent");
    const p1 = fromCensus(censusValue(table, parent, code, measure, end_period), `E1.${code}`, lab, "parent");
    for (const x of [r0, r1, p0, p1]) {
      sources.push(...x.sources);
      warnings.push(...x.warnings);
    }
    const e0 = r0.value;
    const e1 = r1.value;
    const g = e1 - e0;
    let ns = 0;
    let im = 0;
    let rsd = g;
    if (e0 !== 0) {
      if (p0.value === 0) {
        throw notAvailable(
          `상위지역의 ${code} 기준시점 값이 0인데 지역 값은 ${fmt(e0)}입니다. 지역이 상위지역에 속하는지, 표가 맞는지 확인하세요.`,
          `The parent's base-period ${code} value is 0 while the region's is ${fmt(e0)}; check that the region lies in the parent and the table is right.`,
          p0.step.cells?.[0] ?? { arg: "table", row: 0, col: 0 },
        );
      }
      const ind = p1.value / p0.value;
      ns = e0 * (nat - 1);
      im = e0 * (ind - nat);
      rsd = e0 * (e1 / e0 - ind);
    }
    G += g;
    NS += ns;
    IM += im;
    RSdirect += rsd;
    rows.push([code, e0, e1, p0.value, p1.value, round(g), round(ns), round(im), round(g - ns - im)]);
  }
  steps.push({
    id: "by.industry",
    label: {
      ko: "산업별: [산업, e⁰, eᵗ, E_i⁰, E_iᵗ, 증감 G, 전국(상위)성장 NS = e⁰(Eᵗ/E⁰−1), 산업구조 IM = e⁰(E_iᵗ/E_i⁰ − Eᵗ/E⁰), 지역경쟁 RS = G−NS−IM]",
      en: "By industry: [industry, e⁰, eᵗ, E_i⁰, E_iᵗ, growth G, national share NS = e⁰(Eᵗ/E⁰−1), industry mix IM = e⁰(E_iᵗ/E_i⁰ − Eᵗ/E⁰), regional share RS = G−NS−IM]",
    },
    value: rows,
  });
  const RS = G - NS - IM;
  steps.push({
    id: "growth",
    label: { ko: "증감 G = Σ(eᵗ − e⁰)", en: "Growth G = Σ(eᵗ − e⁰)" },
    value: G,
    formula: rows.map((r) => `(${fmt(r[2] as number)} − ${fmt(r[1] as number)})`).join(" + ") + ` = ${fmt(G)}`,
  });
  steps.push({ id: "national", label: { ko: "전국(상위지역)성장 효과 NS", en: "National share NS" }, value: NS, formula: `${fmt(sumE0(rows))} × (${fmt(nat)} − 1) = ${fmt(NS)}` });
  steps.push({ id: "mix", label: { ko: "산업구조 효과 IM", en: "Industry mix IM" }, value: IM, formula: `Σ e⁰(E_iᵗ/E_i⁰ − ${fmt(nat)}) = ${fmt(IM)}` });
  steps.push({
    id: "regional",
    label: {
      ko: "지역경쟁(지역할당) 효과 RS = G − NS − IM (잔차로 구성해 세 효과의 합이 증감과 같음)",
      en: "Regional share (competitive effect) RS = G − NS − IM (built as the residual so the three add up to growth)",
    },
    value: RS,
    formula: `${fmt(G)} − ${fmt(NS)} − ${fmt(IM)} = ${fmt(RS)}`,
  });
  steps.push({
    id: "regional.check",
    label: {
      ko: "검산: RS를 직접 계산 Σ e⁰(eᵗ/e⁰ − E_iᵗ/E_i⁰)",
      en: "Check: RS computed directly, Σ e⁰(eᵗ/e⁰ − E_iᵗ/E_i⁰)",
    },
    value: RSdirect,
    formula: `${fmt(RSdirect)} − ${fmt(RS)} = ${fmt(RSdirect - RS)}`,
  });
  steps.push({
    id: "result",
    label: { ko: "[증감, 전국(상위)성장, 산업구조, 지역경쟁] (Dunn, REAT shift)", en: "[growth, national share, industry mix, regional share] (Dunn, REAT shift)" },
    value: [[G, NS, IM, RS]],
    formula: `${fmt(NS)} + ${fmt(IM)} + ${fmt(RS)} = ${fmt(NS + IM + RS)}`,
  });
  return { value: [[G, NS, IM, RS]], steps, warnings: uniqueTexts(warnings), sources: uniqueSources(sources) };
}

function sumE0(rows: StepValue[][]): number {
  return rows.reduce((a, r) => a + (r[1] as number), 0);
}
