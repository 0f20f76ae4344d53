/**
 * Concentration and specialisation measures on plain ranges, following the definitions of REAT (Regional
 * Economic Analysis Toolbox, Thomas Wieland, R package on CRAN): herf, krugman.spec, hoover, gini.conc and
 * gini.spec. Each step shows the arithmetic; negative inputs are #VALUE!, suppressed cells #N/A.
 */
import { fmt, isOmitted, looseKey, scalar } from "../coerce";
import { Explained, Step, Text, notAvailable, valueError } from "../explain";
import { NumberCell, list, readPair, readVector, requireNonNegative, round } from "./read";

export type HhiMode = "raw" | "normalised" | "equivalent";

function parseHhiMode(x: unknown): HhiMode {
  if (isOmitted(x)) return "raw";
  const v = scalar(x, "mode");
  const k = looseKey(v);
  if (["raw", "hhi", "h", "기본", "원지수", "허핀달"].includes(k)) return "raw";
  if (["normalised", "normalized", "norm", "coefnorm", "정규화", "표준화"].includes(k)) return "normalised";
  if (["equivalent", "eq", "equivalentnumber", "numbersequivalent", "등가", "등가기업수", "등가수", "동등수"].includes(k)) return "equivalent";
  throw valueError(
    `mode '${String(v)}'을(를) 알 수 없습니다. "raw"(기본값: Σs²), "normalised"((H−1/n)/(1−1/n)), "equivalent"(1/H, 등가 수) 중 하나를 쓰세요.`,
    `Unknown mode '${String(v)}'; use "raw" (default: Σs²), "normalised" ((H−1/n)/(1−1/n)) or "equivalent" (1/H, the numbers equivalent).`,
    { arg: "mode", row: 0, col: 0 },
  );
}

function shares(cells: NumberCell[], argName: string, steps: Step[], id: string, label: Text): number[] {
  const xs = cells.map((c) => c.value);
  const total = xs.reduce((a, b) => a + b, 0);
  if (!Number.isFinite(total)) {
    throw valueError(
      `${argName}의 합계가 너무 커서(배정밀도 범위 초과) 비중을 구할 수 없습니다. 단위를 바꿔 넣으세요.`,
      `${argName} sums beyond the range of double precision, so its shares cannot be computed; rescale the values.`,
      cells[0].cell,
    );
  }
  if (total === 0) {
    throw notAvailable(
      `${argName}의 합계가 0이어서 비중을 구할 수 없습니다.`,
      `${argName} sums to 0, so its shares are not defined.`,
      cells[0].cell,
    );
  }
  const s = xs.map((x) => x / total);
  steps.push({
    id,
    label,
    value: s.map((v) => round(v)),
    formula: `s = x / ${fmt(total)}; Σx = ${list(xs)} = ${fmt(total)}`,
    cells: cells.map((c) => c.cell),
  });
  return s;
}

/**
 * HHI(values, [mode]): Herfindahl-Hirschman index of the shares of the total (REAT herf). mode "raw" (default)
 * H = Σ s_i²; "normalised" (H − 1/n)/(1 − 1/n) (REAT coefnorm = TRUE); "equivalent" 1/H (REAT output = "eq").
 * Shares are fractions, so H lies in [1/n, 1]; multiply by 10,000 for the antitrust scale.
 */
export function hhi(values: unknown, mode?: unknown): Explained<number> {
  const m = parseHhiMode(mode);
  const notes: Text[] = [];
  const cells = readVector(values, "values", notes);
  requireNonNegative(cells, { ko: "HHI의 값", en: "HHI values" });
  const steps: Step[] = [];
  const n = cells.length;
  const s = shares(cells, "values", steps, "shares", { ko: `비중 s = 값 ÷ 합계 (${n}개)`, en: `Shares s = value ÷ total (${n} values)` });
  const H = s.reduce((a, v) => a + v * v, 0);
  steps.push({
    id: "hhi",
    label: { ko: "허핀달-허쉬만 지수 H = Σ s²", en: "Herfindahl-Hirschman index H = Σ s²" },
    value: H,
    formula: `${s.map((v) => `${fmt(round(v, 6))}²`).slice(0, 12).join(" + ")}${n > 12 ? " + …" : ""} = ${fmt(H)}`,
  });
  let value = H;
  if (m === "normalised") {
    if (n < 2) {
      throw valueError(
        "정규화 HHI는 값이 2개 이상일 때만 정의됩니다((H−1/n)/(1−1/n)에서 n=1이면 0÷0).",
        "The normalised HHI needs at least two values ((H−1/n)/(1−1/n) is 0÷0 for n = 1).",
        { arg: "values", row: 0, col: 0 },
      );
    }
    value = (H - 1 / n) / (1 - 1 / n);
    steps.push({
      id: "result",
      label: { ko: "정규화 HHI = (H − 1/n) ÷ (1 − 1/n) (REAT herf, coefnorm = TRUE)", en: "Normalised HHI = (H − 1/n) ÷ (1 − 1/n) (REAT herf, coefnorm = TRUE)" },
      value,
      formula: `(${fmt(H)} − 1/${n}) / (1 − 1/${n}) = ${fmt(value)}`,
    });
  } else if (m === "equivalent") {
    value = 1 / H;
    steps.push({
      id: "result",
      label: { ko: "등가 수 = 1 ÷ H (같은 크기라면 몇 개와 같은 집중도인지; REAT herf, output = \"eq\")", en: "Numbers equivalent = 1 ÷ H (how many equal-sized units give the same concentration; REAT herf, output = \"eq\")" },
      value,
      formula: `1 / ${fmt(H)} = ${fmt(value)}`,
    });
  } else {
    steps.push({ id: "result", label: { ko: "HHI (비중은 0~1, 1만 배하면 독점규제 척도)", en: "HHI (shares as fractions; × 10,000 for the antitrust scale)" }, value: H });
  }
  return { value, steps, warnings: notes };
}

function pairShares(a: unknown, aName: string, b: unknown, bName: string): { sa: number[]; sb: number[]; steps: Step[]; notes: Text[]; n: number } {
  const notes: Text[] = [];
  const p = readPair(a, aName, b, bName, notes);
  requireNonNegative(p.a, { ko: `${aName}의 값`, en: `${aName} values` });
  requireNonNegative(p.b, { ko: `${bName}의 값`, en: `${bName} values` });
  const steps: Step[] = [];
  const sa = shares(p.a, aName, steps, `shares.${aName}`, { ko: `${aName}의 비중 (자기 합계 대비)`, en: `Shares of ${aName} (of its own total)` });
  const sb = shares(p.b, bName, steps, `shares.${bName}`, { ko: `${bName}의 비중 (자기 합계 대비)`, en: `Shares of ${bName} (of its own total)` });
  return { sa, sb, steps, notes, n: sa.length };
}

function absDiffs(sa: number[], sb: number[]): { d: number[]; sum: number } {
  const d = sa.map((v, i) => Math.abs(v - sb[i]));
  return { d, sum: d.reduce((x, y) => x + y, 0) };
}

/**
 * KRUGMAN(a, b): Krugman specialisation index K = Σ |s_a − s_b| of two regions' industry shares, exactly as
 * REAT krugman.spec (range 0 to 2). Some texts halve it; the halved form is HOOVER(a, b).
 */
export function krugman(a: unknown, b: unknown): Explained<number> {
  const { sa, sb, steps, notes } = pairShares(a, "a", b, "b");
  const { d, sum } = absDiffs(sa, sb);
  steps.push({
    id: "absdiff",
    label: { ko: "|s_a − s_b| (산업별)", en: "|s_a − s_b| (per industry)" },
    value: d.map((v) => round(v)),
  });
  steps.push({
    id: "result",
    label: {
      ko: "크루그만 특화지수 K = Σ|s_a − s_b| (REAT krugman.spec, 0~2; 반으로 나누는 문헌도 있음 → HOOVER)",
      en: "Krugman specialisation index K = Σ|s_a − s_b| (REAT krugman.spec, 0 to 2; some texts halve it → HOOVER)",
    },
    value: sum,
    formula: `${list(d.map((v) => round(v, 6)))} → Σ = ${fmt(sum)}`,
  });
  return { value: sum, steps, warnings: notes };
}

/**
 * HOOVER(a, [b]): Hoover index ½ Σ |s_a − s_b| (REAT hoover with weighting b; b omitted = equal shares 1/n, as
 * REAT does without weighting). Range 0 to 1.
 */
export function hoover(a: unknown, b?: unknown): Explained<number> {
  let sa: number[];
  let sb: number[];
  let steps: Step[];
  let notes: Text[];
  if (isOmitted(b)) {
    notes = [];
    const cells = readVector(a, "a", notes);
    requireNonNegative(cells, { ko: "a의 값", en: "a values" });
    steps = [];
    sa = shares(cells, "a", steps, "shares.a", { ko: "a의 비중 (자기 합계 대비)", en: "Shares of a (of its own total)" });
    sb = sa.map(() => 1 / sa.length);
    steps.push({
      id: "shares.b",
      label: { ko: `b를 생략해 균등 비중 1/${sa.length}과 비교 (REAT hoover, weighting 없음)`, en: `b omitted: compared with equal shares 1/${sa.length} (REAT hoover without weighting)` },
      value: round(1 / sa.length),
    });
  } else {
    ({ sa, sb, steps, notes } = pairShares(a, "a", b, "b"));
  }
  const { d, sum } = absDiffs(sa, sb);
  const value = sum / 2;
  steps.push({ id: "absdiff", label: { ko: "|s_a − s_b|", en: "|s_a − s_b|" }, value: d.map((v) => round(v)) });
  steps.push({
    id: "result",
    label: { ko: "후버 지수 = ½ Σ|s_a − s_b| (REAT hoover, 0~1)", en: "Hoover index = ½ Σ|s_a − s_b| (REAT hoover, 0 to 1)" },
    value,
    formula: `½ × ${fmt(sum)} = ${fmt(value)}`,
  });
  return { value, steps, warnings: notes };
}

/**
 * The Gini coefficient over location quotients as REAT gini.conc / gini.spec compute it:
 * LQ_k = (x_k / Σx) ÷ (r_k / Σr), sorted ascending; G = 2 / (n² · mean(LQ)) · Σ_λ λ · (LQ_(λ) − mean(LQ)).
 * With equal reference values this is the ordinary (non-standardised) Gini of x (REAT gini).
 */
function lqGini(values: unknown, reference: unknown, kind: "conc" | "spec"): Explained<number> {
  const notes: Text[] = [];
  const steps: Step[] = [];
  let x: NumberCell[];
  let r: number[];
  const unit = kind === "conc" ? { ko: "지역", en: "region" } : { ko: "산업", en: "industry" };
  if (isOmitted(reference)) {
    x = readVector(values, "values", notes);
    r = x.map(() => 1);
    steps.push({
      id: "reference",
      label: {
        ko: `reference를 생략해 ${unit.ko}마다 같은 기준값을 씁니다: 결과는 values의 보통 지니계수(REAT gini, 비표준화)`,
        en: `reference omitted: every ${unit.en} gets the same reference, so the result is the ordinary Gini of values (REAT gini, non-standardised)`,
      },
    });
  } else {
    const p = readPair(values, "values", reference, "reference", notes);
    x = p.a;
    requireNonNegative(p.b, { ko: "reference의 값", en: "reference values" });
    for (const c of p.b) {
      if (c.value === 0) {
        throw valueError(
          `reference ${c.cell.row + 1}행 ${c.cell.col + 1}열이 0이어서 입지계수를 구할 수 없습니다(0으로 나눔). 해당 ${unit.ko}을(를) 빼세요.`,
          `reference row ${c.cell.row + 1}, column ${c.cell.col + 1} is 0, so its location quotient is a division by zero; leave that ${unit.en} out.`,
          c.cell,
        );
      }
    }
    r = p.b.map((c) => c.value);
  }
  requireNonNegative(x, { ko: "values의 값", en: "values" });
  const n = x.length;
  const xs = x.map((c) => c.value);
  const sx = xs.reduce((a, b) => a + b, 0);
  const sr = r.reduce((a, b) => a + b, 0);
  if (sx === 0) throw notAvailable("values의 합계가 0이어서 지니계수를 구할 수 없습니다.", "values sum to 0, so the Gini coefficient is not defined.", x[0].cell);
  if (n < 2) {
    throw valueError("지니계수에는 값이 2개 이상 필요합니다.", "The Gini coefficient needs at least two values.", x[0].cell);
  }
  const lq = xs.map((v, k) => v / sx / (r[k] / sr));
  steps.push({
    id: "lq",
    label: {
      ko: `${unit.ko}별 입지계수 LQ = (x ÷ Σx) ÷ (r ÷ Σr), Σx = ${fmt(sx)}, Σr = ${fmt(sr)}`,
      en: `Location quotient per ${unit.en}: LQ = (x ÷ Σx) ÷ (r ÷ Σr), Σx = ${fmt(sx)}, Σr = ${fmt(sr)}`,
    },
    value: lq.map((v) => round(v)),
    cells: x.map((c) => c.cell),
  });
  const sorted = [...lq].sort((a, b) => a - b);
  const mean = lq.reduce((a, b) => a + b, 0) / n;
  let acc = 0;
  for (let k = 0; k < n; k++) acc += (k + 1) * (sorted[k] - mean);
  const G = (2 / (n * n * mean)) * acc;
  steps.push({
    id: "sorted",
    label: { ko: `LQ 오름차순 정렬, 평균 ${fmt(round(mean))}`, en: `LQ sorted ascending, mean ${fmt(round(mean))}` },
    value: sorted.map((v) => round(v)),
  });
  steps.push({
    id: "result",
    label:
      kind === "conc"
        ? {
            ko: "지니 집중계수(입지 지니) G = 2/(n²·평균LQ) · Σ λ·(LQ_(λ) − 평균LQ) (REAT gini.conc)",
            en: "Gini concentration (locational Gini) G = 2/(n²·mean LQ) · Σ λ·(LQ_(λ) − mean LQ) (REAT gini.conc)",
          }
        : {
            ko: "지니 특화계수 G = 2/(n²·평균LQ) · Σ λ·(LQ_(λ) − 평균LQ) (REAT gini.spec)",
            en: "Gini specialisation G = 2/(n²·mean LQ) · Σ λ·(LQ_(λ) − mean LQ) (REAT gini.spec)",
          },
    value: G,
    formula: `2 / (${n}² × ${fmt(round(mean))}) × ${fmt(round(acc))} = ${fmt(G)}`,
  });
  return { value: G, steps, warnings: notes };
}

/**
 * GINI_CONC(values, [reference]): how concentrated one industry is across regions. values = the industry in each
 * region (e_ij), reference = each region's total over all industries (e_j). REAT gini.conc.
 */
export function giniConc(values: unknown, reference?: unknown): Explained<number> {
  return lqGini(values, reference, "conc");
}

/**
 * GINI_SPEC(values, [reference]): how specialised one region is across industries. values = the region's
 * industries (e_ij), reference = the same industries in the nation or parent region (e_i). REAT gini.spec.
 */
export function giniSpec(values: unknown, reference?: unknown): Explained<number> {
  return lqGini(values, reference, "spec");
}
