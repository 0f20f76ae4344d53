/**
 * LQ: the location quotient (입지계수) LQ = (e_ir / e_r) ÷ (E_i / E), as REAT locq(e_ij, e_j, e_i, e):
 * the industry's share of the region's total divided by its share of the parent region's total. Above 1 the
 * region is more specialised in the industry than its parent.
 *
 * Two forms: LQ(table, region, parent, industry, measure, [period]) reads a census table as REGIONAL_SHARE does
 * (industry may be a code, a list or a group such as 자동차후방: a ratio of sums); LQ_VALUES(e_ir, e_r, E_i, E)
 * takes the four numbers.
 */
import { censusValue } from "../census";
import { fmt, isOmitted, scalar } from "../coerce";
import { CellPos, Explained, SourceRow, Step, Text, notAvailable, valueError } from "../explain";
import { resolveIndustries } from "../industries";
import { TableIndex } from "../table";
import { cellNumber } from "./read";
import { allIndustryTotal, fromCensus, selectMeasurePeriod, uniqueSources, uniqueTexts } from "./select";

function lqSteps(eir: number, er: number, Ei: number, E: number, steps: Step[], names?: { region: string; parent: string }): number {
  const rn = names?.region ?? "region";
  const pn = names?.parent ?? "parent";
  if (er === 0) {
    throw notAvailable(`${rn}의 전 산업 합계 e_r이 0이어서 입지계수를 구할 수 없습니다.`, `${rn}'s all-industries total e_r is 0, so the location quotient is not defined.`, {
      arg: names ? "region" : "e_r",
      row: 0,
      col: 0,
    });
  }
  if (Ei === 0 || E === 0) {
    throw notAvailable(
      `${pn}의 ${Ei === 0 ? "해당 산업 값 E_i" : "전 산업 합계 E"}가 0이어서 입지계수를 구할 수 없습니다.`,
      `${pn}'s ${Ei === 0 ? "industry value E_i" : "all-industries total E"} is 0, so the location quotient is not defined.`,
      { arg: names ? "parent" : Ei === 0 ? "E_i" : "E", row: 0, col: 0 },
    );
  }
  const sr = eir / er;
  const sp = Ei / E;
  const value = sr / sp;
  // Values near the limits of a double (5e-324, 1e308) can overflow a share even when no input is 0.
  if (!Number.isFinite(sr) || !Number.isFinite(sp) || !Number.isFinite(value)) {
    throw valueError(
      `값이 너무 크거나 작아 비중을 계산할 수 없습니다 (e_ir ${fmt(eir)}, e_r ${fmt(er)}, E_i ${fmt(Ei)}, E ${fmt(E)}). 단위를 바꾸어 넣으세요.`,
      `The values are too large or too small to divide reliably (e_ir ${fmt(eir)}, e_r ${fmt(er)}, E_i ${fmt(Ei)}, E ${fmt(E)}); enter them in another unit.`,
      { arg: names ? "table" : "e_ir", row: 0, col: 0 },
    );
  }
  steps.push({
    id: "share.region",
    label: { ko: `${rn}에서 해당 산업의 비중 e_ir ÷ e_r`, en: `The industry's share of ${rn}: e_ir ÷ e_r` },
    value: sr,
    formula: `${fmt(eir)} / ${fmt(er)} = ${fmt(sr)}`,
  });
  steps.push({
    id: "share.parent",
    label: { ko: `${pn}에서 해당 산업의 비중 E_i ÷ E`, en: `The industry's share of ${pn}: E_i ÷ E` },
    value: sp,
    formula: `${fmt(Ei)} / ${fmt(E)} = ${fmt(sp)}`,
  });
  steps.push({
    id: "result",
    label: {
      ko: `입지계수 LQ = (e_ir ÷ e_r) ÷ (E_i ÷ E) (REAT locq); 1보다 크면 ${pn}보다 특화`,
      en: `Location quotient LQ = (e_ir ÷ e_r) ÷ (E_i ÷ E) (REAT locq); above 1 means more specialised than ${pn}`,
    },
    value,
    formula: `${fmt(sr)} / ${fmt(sp)} = ${fmt(value)}`,
  });
  return value;
}

/** LQ_VALUES(e_ir, e_r, E_i, E): the location quotient from four numbers. */
export function lqValues(e_ir: unknown, e_r: unknown, E_i: unknown, E: unknown): Explained<number> {
  const notes: Text[] = [];
  const read = (x: unknown, arg: string): number => {
    const cell: CellPos = { arg, row: 0, col: 0 };
    const v = cellNumber(scalar(x, arg), cell, notes);
    if (v === null) throw valueError(`${arg} 인수가 필요합니다.`, `The ${arg} argument is required.`, cell);
    if (v < 0) {
      throw valueError(`${arg}의 값 ${fmt(v)}이(가) 음수입니다.`, `${arg} holds ${fmt(v)}, a negative number.`, cell);
    }
    return v;
  };
  const eir = read(e_ir, "e_ir");
  const er = read(e_r, "e_r");
  const Ei = read(E_i, "E_i");
  const Et = read(E, "E");
  if (eir > er) {
    notes.push({
      ko: `e_ir(${fmt(eir)})이 지역 합계 e_r(${fmt(er)})보다 큽니다. 인수 순서(e_ir, e_r, E_i, E)를 확인하세요.`,
      en: `e_ir (${fmt(eir)}) exceeds the region's total e_r (${fmt(er)}); check the argument order (e_ir, e_r, E_i, E).`,
    });
  }
  if (Ei > Et) {
    notes.push({
      ko: `E_i(${fmt(Ei)})가 상위지역 합계 E(${fmt(Et)})보다 큽니다. 인수 순서(e_ir, e_r, E_i, E)를 확인하세요.`,
      en: `E_i (${fmt(Ei)}) exceeds the parent's total E (${fmt(Et)}); check the argument order (e_ir, e_r, E_i, E).`,
    });
  }
  const steps: Step[] = [];
  const value = lqSteps(eir, er, Ei, Et, steps);
  return { value, steps, warnings: notes };
}

/**
 * LQ(table, region, parent, industry, measure, [period]). e_ir and E_i are CENSUS_VALUE sums over the selected
 * industries (suppressed cells → #N/A); e_r and E are each region's all-industries totals: the total row when the
 * table has one (C, 계 …), otherwise the sum of the top-level rows, said in a step.
 */
export function lq(table: unknown, region: unknown, parent: unknown, industry: unknown, measure: unknown, period?: unknown): Explained<number> {
  if (isOmitted(region)) {
    throw valueError("region 인수가 필요합니다 (예: '서산시').", "The region argument is required (e.g. '서산시').", { arg: "region", row: 0, col: 0 });
  }
  if (isOmitted(parent)) {
    throw valueError("parent 인수가 필요합니다 (예: '충청남도').", "The parent argument is required (e.g. '충청남도').", { arg: "parent", row: 0, col: 0 });
  }
  const warnings: Text[] = [];
  const sources: SourceRow[] = [];
  const steps: Step[] = [];
  const cr = censusValue(table, region, industry, measure, period);
  const cp = censusValue(table, parent, industry, measure, period);
  const ind = resolveIndustries(industry, "industry");
  const codes = ind.codes.map((c) => c.code);
  const sel = selectMeasurePeriod(new TableIndex(table), measure, period);
  const head = cr.steps.filter((s) => ["read.table", "measure", "period", "industries"].includes(s.id));
  steps.push(...head);
  const label = (a: Explained<number | number[][]>): string => {
    const s = a.steps.find((x) => x.id === "sum.region");
    return (s?.label.ko ?? "").split(" 합계")[0];
  };
  const rName = label(cr) || "region";
  const pName = label(cp) || "parent";
  const indText = codes.join(", ");
  const eir = fromCensus(cr, "e_ir", { ko: `e_ir: ${rName}의 ${indText} 값`, en: `e_ir: ${rName}'s value for ${indText}` }, "region");
  const Ei = fromCensus(cp, "E_i", { ko: `E_i: ${pName}의 ${indText} 값`, en: `E_i: ${pName}'s value for ${indText}` }, "parent");
  const er = allIndustryTotal(sel, region, "region", "region", "e_r", codes, warnings);
  const E = allIndustryTotal(sel, parent, "parent", "parent", "E", codes, warnings);
  er.step.label = { ko: `e_r: ${er.step.label.ko}`, en: `e_r: ${er.step.label.en}` };
  E.step.label = { ko: `E: ${E.step.label.ko}`, en: `E: ${E.step.label.en}` };
  steps.push(eir.step, er.step, Ei.step, E.step);
  if (er.codes.join(",") !== E.codes.join(",")) {
    warnings.push({
      ko: `지역의 전 산업 합계(${er.codes.join(", ")})와 상위지역의 합계(${E.codes.join(", ")})가 서로 다른 산업 범위에서 나왔습니다. 입지계수의 기준이 같은지 확인하세요.`,
      en: `The region's all-industries total (${er.codes.join(", ")}) and the parent's (${E.codes.join(", ")}) cover different industries; check that the location quotient compares like with like.`,
    });
  }
  if (er.unit !== "" && E.unit !== "" && er.unit !== E.unit) {
    throw valueError(
      `지역 합계의 단위(${er.unit})와 상위지역 합계의 단위(${E.unit})가 다릅니다.`,
      `The region's total is in ${er.unit} but the parent's is in ${E.unit}.`,
      E.step.cells?.[0] ?? { arg: "table", row: 0, col: 0 },
    );
  }
  if (eir.value > er.value) {
    throw valueError(
      `지역의 선택 산업 값(${fmt(eir.value)})이 전 산업 합계(${fmt(er.value)})보다 커서 표가 맞지 않습니다. 합계 행을 확인하세요.`,
      `The region's selected industries (${fmt(eir.value)}) exceed its all-industries total (${fmt(er.value)}); check the total row.`,
      er.step.cells?.[0] ?? { arg: "table", row: 0, col: 0 },
    );
  }
  const value = lqSteps(eir.value, er.value, Ei.value, E.value, steps, { region: rName, parent: pName });
  sources.push(...eir.sources, ...Ei.sources, ...er.sources, ...E.sources);
  return {
    value,
    steps,
    warnings: uniqueTexts([...ind.warnings, ...eir.warnings, ...Ei.warnings, ...warnings]),
    sources: uniqueSources(sources),
  };
}
