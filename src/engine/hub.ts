/**
 * HUB_SCORE, HUB_TIPPING and HUB_ELIGIBLE: choosing the hub complex (거점산단) among candidates, as in the
 * seed's 표14 (서산오토밸리 46 firms / 5,990 workers against 아산국가산단 고대·부곡 133 firms / 4,745 workers).
 */
import { parseCell } from "../census/symbols";
import { cleanText, describe, fmt, isBlank, isOmitted, looseKey, orderFreeSum, scalar, toMatrix } from "./coerce";
import { CellPos, Explained, Step, Text, notAvailable, valueError } from "./explain";

export type HubMethod = "share" | "minmax" | "max" | "zscore" | "topsis";

const METHOD_NAMES: Record<HubMethod, Text> = {
  share: { ko: "비중(열 합계로 나눔)", en: "share (x ÷ column sum)" },
  minmax: { ko: "최소-최대 정규화", en: "min-max normalisation" },
  max: { ko: "최댓값 대비(열 최댓값으로 나눔)", en: "ratio to the column maximum" },
  zscore: { ko: "표준점수(z)", en: "z-score" },
  topsis: { ko: "TOPSIS(벡터 정규화, 이상해와의 근접도)", en: "TOPSIS (vector normalisation, closeness to the ideal)" },
};

export interface CriteriaMatrix {
  /** n candidates × k criteria. */
  x: number[][];
  names: string[];
  criteria: string[];
  hasHeader: boolean;
  /** Offsets of the numbers within the values argument. */
  rowOff: number;
  colOff: number;
}

function isTextCell(c: unknown): boolean {
  return typeof c === "string" && parseCell(c).kind === "text";
}

/** Reads candidates × criteria, with an optional text header row and an optional text first column (names). */
export function readCriteria(arg: unknown, argName = "values"): CriteriaMatrix {
  const m = toMatrix(arg);
  if (m.length === 0 || m[0].length === 0) {
    throw valueError(`${argName} 인수가 비어 있습니다.`, `The ${argName} argument is empty.`, { arg: argName, row: 0, col: 0 });
  }
  const width = Math.max(...m.map((r) => r.length));
  const first = Array.from({ length: width }, (_, c) => m[0][c]);
  const hasHeader = m.length > 1 && first.some(isTextCell) && first.every((c) => isBlank(c) || isTextCell(c));
  const rowOff = hasHeader ? 1 : 0;
  const body = m.slice(rowOff);
  const col0 = body.map((r) => r[0]);
  const hasNames = width > 1 && col0.some(isTextCell) && col0.every((c) => isBlank(c) || isTextCell(c));
  const colOff = hasNames ? 1 : 0;
  const k = width - colOff;
  const x: number[][] = body.map((r, i) =>
    Array.from({ length: k }, (_, j) => {
      const raw = r[j + colOff];
      const cell: CellPos = { arg: argName, row: i + rowOff, col: j + colOff };
      if (typeof raw === "number" && Number.isFinite(raw)) return raw;
      if (typeof raw === "string") {
        const p = parseCell(raw);
        if (p.kind === "number" && p.flag === "" && p.value !== null) return p.value;
      }
      const what = isBlank(raw) ? "빈 칸" : `숫자가 아닌 값 ${describe(raw)}`;
      const whatEn = isBlank(raw) ? "a blank cell" : `a non-number ${describe(raw)}`;
      throw valueError(
        `${argName} ${cell.row + 1}행 ${cell.col + 1}열에 ${what}이(가) 있습니다. 후보×기준 값은 모두 숫자여야 합니다.`,
        `${argName} row ${cell.row + 1}, column ${cell.col + 1} holds ${whatEn}; every candidate × criterion value must be a number.`,
        cell,
      );
    }),
  );
  if (x.length === 0) {
    throw valueError(`${argName}에 후보 행이 없습니다.`, `${argName} has no candidate rows.`, { arg: argName, row: 0, col: 0 });
  }
  const names = body.map((r, i) => (hasNames && !isBlank(r[0]) ? cleanText(r[0]) : `후보${i + 1}`));
  const criteria = Array.from({ length: k }, (_, j) => (hasHeader && !isBlank(first[j + colOff]) ? cleanText(first[j + colOff]) : `기준${j + 1}`));
  return { x, names, criteria, hasHeader, rowOff, colOff };
}

function flatten(arg: unknown, argName: string): { v: unknown; cell: CellPos }[] {
  const m = toMatrix(arg);
  const out: { v: unknown; cell: CellPos }[] = [];
  m.forEach((r, i) => r.forEach((v, j) => out.push({ v, cell: { arg: argName, row: i, col: j } })));
  return out;
}

/** Weights normalised to sum 1; default equal. */
export function readWeights(arg: unknown, k: number, argName = "weights"): { w: number[]; raw: number[]; given: boolean } {
  if (isOmitted(arg)) {
    const w = Array.from({ length: k }, () => 1 / k);
    return { w, raw: Array.from({ length: k }, () => 1), given: false };
  }
  const cells = flatten(arg, argName);
  if (cells.length !== k) {
    throw valueError(
      `${argName}에 가중치가 ${cells.length}개 있는데 기준은 ${k}개입니다. 기준마다 가중치 하나가 필요합니다.`,
      `${argName} holds ${cells.length} weights but there are ${k} criteria; give one weight per criterion.`,
      { arg: argName, row: 0, col: 0 },
    );
  }
  const raw = cells.map(({ v, cell }) => {
    let n: number | null = null;
    if (typeof v === "number" && Number.isFinite(v)) n = v;
    else if (typeof v === "string") {
      const p = parseCell(v);
      if (p.kind === "number" && p.flag === "") n = p.value;
    }
    if (n === null) {
      throw valueError(
        `${argName} ${cell.row + 1}행 ${cell.col + 1}열의 가중치 ${describe(v)}은(는) 숫자가 아닙니다.`,
        `The weight ${describe(v)} at ${argName} row ${cell.row + 1}, column ${cell.col + 1} is not a number.`,
        cell,
      );
    }
    if (n < 0) {
      throw valueError(
        `${argName} ${cell.row + 1}행 ${cell.col + 1}열의 가중치 ${n}이(가) 음수입니다. 가중치는 0 이상이어야 합니다.`,
        `The weight ${n} at ${argName} row ${cell.row + 1}, column ${cell.col + 1} is negative; weights must be 0 or more.`,
        cell,
      );
    }
    return n;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  if (total <= 0) {
    throw valueError(`${argName}의 가중치가 모두 0입니다.`, `All weights in ${argName} are 0.`, { arg: argName, row: 0, col: 0 });
  }
  return { w: raw.map((x) => x / total), raw, given: true };
}

export function readDirections(arg: unknown, k: number, argName = "directions"): number[] {
  if (isOmitted(arg)) return Array.from({ length: k }, () => 1);
  const cells = flatten(arg, argName);
  if (cells.length !== k) {
    throw valueError(
      `${argName}에 방향이 ${cells.length}개 있는데 기준은 ${k}개입니다.`,
      `${argName} holds ${cells.length} directions but there are ${k} criteria.`,
      { arg: argName, row: 0, col: 0 },
    );
  }
  return cells.map(({ v, cell }) => {
    if (v === 1 || v === -1) return v;
    const k2 = looseKey(v);
    if (["1", "+1", "+", "benefit", "이익", "편익", "클수록"].includes(k2)) return 1;
    if (["-1", "-", "cost", "비용", "작을수록"].includes(k2)) return -1;
    throw valueError(
      `${argName} ${cell.row + 1}행 ${cell.col + 1}열의 ${describe(v)}은(는) 방향이 아닙니다. 1(클수록 좋음) 또는 -1(작을수록 좋음)을 쓰세요.`,
      `${describe(v)} at ${argName} row ${cell.row + 1}, column ${cell.col + 1} is not a direction; use 1 (benefit) or -1 (cost).`,
      cell,
    );
  });
}

export function readMethod(arg: unknown, argName = "method"): HubMethod {
  if (isOmitted(arg)) return "share";
  const v = scalar(arg, argName);
  const k = looseKey(v);
  const map: Record<string, HubMethod> = {
    share: "share",
    비중: "share",
    minmax: "minmax",
    "min-max": "minmax",
    최소최대: "minmax",
    max: "max",
    최대: "max",
    zscore: "zscore",
    "z-score": "zscore",
    z: "zscore",
    표준점수: "zscore",
    topsis: "topsis",
  };
  const m = map[k];
  if (!m) {
    throw valueError(
      `${argName} '${String(v)}'을(를) 알 수 없습니다. "share"(기본값), "minmax", "max", "zscore", "topsis" 중 하나를 쓰세요.`,
      `Unknown ${argName} '${String(v)}'; use "share" (default), "minmax", "max", "zscore" or "topsis".`,
      { arg: argName, row: 0, col: 0 },
    );
  }
  return m;
}

interface Normalised {
  /** n × k normalised values (before weighting). */
  r: number[][];
  /** Per criterion, the arithmetic shown in the explanation. */
  formulas: string[];
  warnings: Text[];
}

/** Normalises each criterion column; independent of the weights and of the order of the candidates. */
export function normalise(c: CriteriaMatrix, dirs: number[], method: HubMethod): Normalised {
  const n = c.x.length;
  const k = c.criteria.length;
  const r: number[][] = c.x.map(() => new Array<number>(k).fill(0));
  const formulas: string[] = [];
  const warnings: Text[] = [];
  const nothing = (j: number, why: Text) => {
    warnings.push({
      ko: `기준 '${c.criteria[j]}'은(는) ${why.ko} 점수에 아무 영향이 없습니다.`,
      en: `Criterion '${c.criteria[j]}' ${why.en} and contributes nothing to the scores.`,
    });
  };
  const needPositive = (j: number, strict: boolean) => {
    for (let i = 0; i < n; i++) {
      const v = c.x[i][j];
      if (strict ? v <= 0 : v < 0) {
        const cell = { arg: "values", row: i + c.rowOff, col: j + c.colOff };
        throw valueError(
          `values ${cell.row + 1}행 ${cell.col + 1}열의 ${v}: '${method}' 방법${strict ? "의 비용 기준" : ""}에는 ${strict ? "0보다 큰" : "0 이상인"} 값이 필요합니다.`,
          `values row ${cell.row + 1}, column ${cell.col + 1} is ${v}: the '${method}' method${strict ? " with a cost criterion" : ""} needs values ${strict ? "greater than 0" : "of 0 or more"}.`,
          cell,
        );
      }
    }
  };
  for (let j = 0; j < k; j++) {
    const col = c.x.map((row) => row[j]);
    const cost = dirs[j] < 0;
    const name = c.criteria[j];
    const set = (f: (v: number) => number) => {
      for (let i = 0; i < n; i++) r[i][j] = f(col[i]);
    };
    switch (method) {
      case "share": {
        if (!cost) {
          needPositive(j, false);
          const s = orderFreeSum(col);
          if (s === 0) {
            nothing(j, { ko: "값이 모두 0이어서", en: "is 0 for every candidate" });
            formulas.push(`${name}: 0`);
            break;
          }
          set((v) => v / s);
          formulas.push(`${name}: ${col.map((v, i) => `${fmt(v)} / ${fmt(s)} = ${fmt(r[i][j])}`).join("; ")}`);
        } else {
          needPositive(j, true);
          const s = orderFreeSum(col.map((v) => 1 / v));
          set((v) => 1 / v / s);
          formulas.push(`${name} (비용/cost): ${col.map((v, i) => `(1/${fmt(v)}) / ${fmt(s)} = ${fmt(r[i][j])}`).join("; ")}`);
        }
        break;
      }
      case "max": {
        if (!cost) {
          needPositive(j, false);
          const mx = Math.max(...col);
          if (mx === 0) {
            nothing(j, { ko: "값이 모두 0이어서", en: "is 0 for every candidate" });
            formulas.push(`${name}: 0`);
            break;
          }
          set((v) => v / mx);
          formulas.push(`${name}: ${col.map((v, i) => `${fmt(v)} / ${fmt(mx)} = ${fmt(r[i][j])}`).join("; ")}`);
        } else {
          needPositive(j, true);
          const mn = Math.min(...col);
          set((v) => mn / v);
          formulas.push(`${name} (비용/cost): ${col.map((v, i) => `${fmt(mn)} / ${fmt(v)} = ${fmt(r[i][j])}`).join("; ")}`);
        }
        break;
      }
      case "minmax": {
        const mn = Math.min(...col);
        const mx = Math.max(...col);
        if (mx === mn) {
          nothing(j, { ko: "모든 후보의 값이 같아서", en: "has the same value for every candidate" });
          formulas.push(`${name}: ${fmt(mx)} − ${fmt(mn)} = 0 → 0`);
          break;
        }
        if (!cost) {
          set((v) => (v - mn) / (mx - mn));
          formulas.push(`${name}: ${col.map((v, i) => `(${fmt(v)} − ${fmt(mn)}) / (${fmt(mx)} − ${fmt(mn)}) = ${fmt(r[i][j])}`).join("; ")}`);
        } else {
          set((v) => (mx - v) / (mx - mn));
          formulas.push(`${name} (비용/cost): ${col.map((v, i) => `(${fmt(mx)} − ${fmt(v)}) / (${fmt(mx)} − ${fmt(mn)}) = ${fmt(r[i][j])}`).join("; ")}`);
        }
        break;
      }
      case "zscore": {
        const mean = orderFreeSum(col) / n;
        const sd = Math.sqrt(orderFreeSum(col.map((v) => (v - mean) * (v - mean))) / n);
        if (sd === 0 || Math.min(...col) === Math.max(...col)) {
          nothing(j, { ko: "모든 후보의 값이 같아서(표준편차 0)", en: "has the same value for every candidate (standard deviation 0)" });
          formulas.push(`${name}: sd = 0 → 0`);
          break;
        }
        const sign = cost ? -1 : 1;
        set((v) => (sign * (v - mean)) / sd);
        formulas.push(
          `${name}${cost ? " (비용/cost)" : ""}: mean ${fmt(mean)}, sd ${fmt(sd)}; ${col.map((v, i) => `${cost ? "−" : ""}(${fmt(v)} − ${fmt(mean)}) / ${fmt(sd)} = ${fmt(r[i][j])}`).join("; ")}`,
        );
        break;
      }
      case "topsis": {
        const norm = Math.sqrt(orderFreeSum(col.map((v) => v * v)));
        if (norm === 0) {
          nothing(j, { ko: "값이 모두 0이어서", en: "is 0 for every candidate" });
          formulas.push(`${name}: 0`);
          break;
        }
        set((v) => v / norm);
        formulas.push(`${name}${cost ? " (비용/cost)" : ""}: ${col.map((v, i) => `${fmt(v)} / ${fmt(norm)} = ${fmt(r[i][j])}`).join("; ")}`);
        break;
      }
    }
  }
  return { r, formulas, warnings };
}

interface Scored {
  scores: number[];
  formulas: string[];
  /** TOPSIS: ideal and anti-ideal points. */
  ideal?: { best: number[]; worst: number[]; dPlus: number[]; dMinus: number[] };
  warnings: Text[];
}

/** Scores from normalised values and weights (summing 1). */
export function scoreWith(nz: Normalised, w: number[], dirs: number[], method: HubMethod, names: string[]): Scored {
  const n = nz.r.length;
  const k = w.length;
  if (method !== "topsis") {
    const scores = nz.r.map((row) => {
      let s = 0;
      for (let j = 0; j < k; j++) s += w[j] * row[j];
      return s;
    });
    const formulas = nz.r.map((row, i) => `${names[i]}: ${row.map((v, j) => `${fmt(w[j])} × ${fmt(v)}`).join(" + ")} = ${fmt(scores[i])}`);
    return { scores, formulas, warnings: [] };
  }
  const v = nz.r.map((row) => row.map((x, j) => w[j] * x));
  const best: number[] = [];
  const worst: number[] = [];
  for (let j = 0; j < k; j++) {
    const col = v.map((row) => row[j]);
    const hi = Math.max(...col);
    const lo = Math.min(...col);
    best.push(dirs[j] < 0 ? lo : hi);
    worst.push(dirs[j] < 0 ? hi : lo);
  }
  const dPlus = v.map((row) => Math.sqrt(row.reduce((a, x, j) => a + (x - best[j]) ** 2, 0)));
  const dMinus = v.map((row) => Math.sqrt(row.reduce((a, x, j) => a + (x - worst[j]) ** 2, 0)));
  const warnings: Text[] = [];
  const scores = dPlus.map((dp, i) => {
    const t = dp + dMinus[i];
    return t === 0 ? 0.5 : dMinus[i] / t;
  });
  if (dPlus.some((dp, i) => dp + dMinus[i] === 0)) {
    warnings.push({
      ko: "모든 후보가 이상해와 반이상해에 똑같이 있어(모든 기준 값이 같음) 근접도를 0.5로 두었습니다.",
      en: "Every candidate coincides with both the ideal and the anti-ideal (all criteria equal); closeness set to 0.5.",
    });
  }
  const formulas = Array.from({ length: n }, (_, i) => `${names[i]}: ${fmt(dMinus[i])} / (${fmt(dPlus[i])} + ${fmt(dMinus[i])}) = ${fmt(scores[i])}`);
  return { scores, formulas, ideal: { best, worst, dPlus, dMinus }, warnings };
}

function rankOf(scores: number[]): number[] {
  return scores.map((s) => 1 + scores.filter((t) => t > s).length);
}

/** HUB_SCORE: an n×1 column of scores aligned with the candidate rows. */
export function hubScore(values: unknown, weights?: unknown, method?: unknown, directions?: unknown): Explained<number[][]> {
  const c = readCriteria(values);
  const k = c.criteria.length;
  const wt = readWeights(weights, k);
  const dirs = readDirections(directions, k);
  const m = readMethod(method);
  const steps: Step[] = [];
  const cellsAll: CellPos[] = [];
  c.x.forEach((row, i) => row.forEach((_, j) => cellsAll.push({ arg: "values", row: i + c.rowOff, col: j + c.colOff })));
  steps.push({
    id: "input",
    label: {
      ko: `후보 ${c.x.length}곳(${c.names.join(", ")}) × 기준 ${k}개(${c.criteria.map((s, j) => `${s}${dirs[j] < 0 ? "↓" : ""}`).join(", ")}), 방법: ${METHOD_NAMES[m].ko}`,
      en: `${c.x.length} candidates (${c.names.join(", ")}) × ${k} criteria (${c.criteria.map((s, j) => `${s}${dirs[j] < 0 ? " (cost)" : ""}`).join(", ")}), method: ${METHOD_NAMES[m].en}`,
    },
    value: c.x,
    cells: cellsAll,
  });
  const wsum = wt.raw.reduce((a, b) => a + b, 0);
  steps.push({
    id: "weights",
    label: wt.given
      ? { ko: "가중치를 합이 1이 되도록 나눔", en: "Weights divided by their sum so they add up to 1" }
      : { ko: "가중치를 지정하지 않아 모든 기준에 같은 가중치", en: "No weights given: every criterion weighs the same" },
    value: wt.w,
    formula: wt.raw.map((x, j) => `${c.criteria[j]}: ${fmt(x)} / ${fmt(wsum)} = ${fmt(wt.w[j])}`).join("; "),
  });
  const nz = normalise(c, dirs, m);
  steps.push({ id: "normalise", label: { ko: `정규화: ${METHOD_NAMES[m].ko}`, en: `Normalisation: ${METHOD_NAMES[m].en}` }, value: nz.r, formula: nz.formulas.join(" | ") });
  const sc = scoreWith(nz, wt.w, dirs, m, c.names);
  if (sc.ideal) {
    steps.push({
      id: "ideal",
      label: { ko: "가중 정규값의 이상해(최선)와 반이상해(최악)", en: "Ideal (best) and anti-ideal (worst) of the weighted normalised values" },
      value: [sc.ideal.best, sc.ideal.worst],
      formula: `best = (${sc.ideal.best.map(fmt).join(", ")}); worst = (${sc.ideal.worst.map(fmt).join(", ")})`,
    });
    steps.push({
      id: "distance",
      label: { ko: "이상해까지 거리 d+와 반이상해까지 거리 d−", en: "Distance to the ideal d+ and to the anti-ideal d−" },
      value: c.names.map((_, i) => [sc.ideal!.dPlus[i], sc.ideal!.dMinus[i]]),
    });
  }
  steps.push({
    id: "score",
    label: m === "topsis" ? { ko: "근접도 = d− ÷ (d+ + d−)", en: "Closeness = d− ÷ (d+ + d−)" } : { ko: "점수 = Σ 가중치 × 정규값", en: "Score = Σ weight × normalised value" },
    value: sc.scores,
    formula: sc.formulas.join(" | "),
  });
  const ranks = rankOf(sc.scores);
  steps.push({
    id: "rank",
    label: {
      ko: `순위: ${c.names.map((nm, i) => `${ranks[i]}위 ${nm}`).join(", ")}`,
      en: `Rank: ${c.names.map((nm, i) => `${ranks[i]}. ${nm}`).join(", ")}`,
    },
    value: ranks,
  });
  steps.push({ id: "result", label: { ko: "후보별 점수(행 순서대로)", en: "Scores by candidate, in row order" }, value: sc.scores.map((s) => [s]) });
  return { value: sc.scores.map((s) => [s]), steps, warnings: [...nz.warnings, ...sc.warnings] };
}

function readCriterion(arg: unknown, c: CriteriaMatrix): number {
  const k = c.criteria.length;
  if (isOmitted(arg)) {
    throw valueError("criterion 인수가 필요합니다 (기준 번호 1부터, 또는 머리글 이름).", "The criterion argument is required (1-based index or header name).", {
      arg: "criterion",
      row: 0,
      col: 0,
    });
  }
  const v = scalar(arg, "criterion");
  const cell = { arg: "criterion", row: 0, col: 0 };
  let idx: number | null = null;
  if (typeof v === "number") idx = v;
  else if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) idx = Number(v);
  if (idx !== null) {
    if (!Number.isInteger(idx) || idx < 1 || idx > k) {
      throw valueError(
        `criterion ${idx}이(가) 범위를 벗어났습니다. 1부터 ${k}까지의 기준 번호를 쓰세요.`,
        `criterion ${idx} is out of range; use a criterion number from 1 to ${k}.`,
        cell,
      );
    }
    return idx - 1;
  }
  const key = looseKey(v);
  const j = c.hasHeader ? c.criteria.findIndex((s) => looseKey(s) === key) : -1;
  if (j < 0) {
    throw valueError(
      c.hasHeader
        ? `criterion '${String(v)}'이(가) 머리글에 없습니다. 있는 기준: ${c.criteria.join(", ")}`
        : `values에 머리글 행이 없어 criterion '${String(v)}'을(를) 이름으로 찾을 수 없습니다. 기준 번호(1부터)를 쓰세요.`,
      c.hasHeader
        ? `criterion '${String(v)}' is not a header of values; criteria: ${c.criteria.join(", ")}`
        : `values has no header row, so criterion '${String(v)}' cannot be found by name; use its 1-based number.`,
      cell,
    );
  }
  return j;
}

function leaderOf(scores: number[]): number {
  let L = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] > scores[L]) L = i;
  return L;
}

/**
 * HUB_TIPPING: the weight of one criterion at which the leading candidate changes, the other weights scaled in
 * proportion; the crossing nearest the current weight. #N/A when no weight in [0, 1] changes the leader.
 */
export function hubTipping(values: unknown, weights: unknown, criterion: unknown, method?: unknown): Explained<number> {
  const c = readCriteria(values);
  const k = c.criteria.length;
  const n = c.x.length;
  const wt = readWeights(weights, k);
  const m = readMethod(method);
  const ci = readCriterion(criterion, c);
  const dirs = Array.from({ length: k }, () => 1);
  const cname = c.criteria[ci];
  if (k < 2) {
    throw notAvailable("기준이 하나뿐이어서 가중치를 바꿔도 1위가 바뀌지 않습니다.", "There is only one criterion, so no weight changes the leader.", {
      arg: "values",
      row: 0,
      col: 0,
    });
  }
  if (n < 2) {
    throw notAvailable("후보가 하나뿐이어서 1위가 바뀔 수 없습니다.", "There is only one candidate, so the leader cannot change.", { arg: "values", row: 0, col: 0 });
  }
  const steps: Step[] = [];
  const warnings: Text[] = [];
  const t0 = wt.w[ci];
  const restSum = 1 - t0;
  const others = wt.w.map((w, j) => (j === ci ? 0 : restSum > 1e-15 ? w / restSum : 1 / (k - 1)));
  if (restSum <= 1e-15) {
    warnings.push({
      ko: `현재 '${cname}' 가중치가 1이어서 나머지 기준은 똑같은 비율로 나눴습니다.`,
      en: `The current weight of '${cname}' is 1, so the other criteria share the rest equally.`,
    });
  }
  const weightsAt = (t: number) => others.map((o, j) => (j === ci ? t : (1 - t) * o));
  steps.push({
    id: "weights",
    label: {
      ko: `현재 가중치(합 1): '${cname}' = ${fmt(t0)}; 나머지 기준은 (1 − t) × 현재 비율`,
      en: `Current weights (summing 1): '${cname}' = ${fmt(t0)}; the others are (1 − t) × their current proportions`,
    },
    value: wt.w,
    formula: c.criteria.map((s, j) => (j === ci ? `${s}: t` : `${s}: (1 − t) × ${fmt(others[j])}`)).join("; "),
  });
  const nz = normalise(c, dirs, m);
  warnings.push(...nz.warnings);
  steps.push({ id: "normalise", label: { ko: `정규화: ${METHOD_NAMES[m].ko}`, en: `Normalisation: ${METHOD_NAMES[m].en}` }, value: nz.r, formula: nz.formulas.join(" | ") });

  const current = scoreWith(nz, wt.w, dirs, m, c.names).scores;
  const L = leaderOf(current);
  if (current.some((s, i) => i !== L && s === current[L])) {
    warnings.push({
      ko: `현재 가중치에서 1위가 동점입니다(${c.names.filter((_, i) => current[i] === current[L]).join(", ")}).`,
      en: `At the current weights the lead is tied (${c.names.filter((_, i) => current[i] === current[L]).join(", ")}).`,
    });
  }

  type Crossing = { t: number; by: number; formula: string };
  let up: Crossing | null = null;
  let down: Crossing | null = null;

  if (m !== "topsis") {
    // Each score is a straight line in t: s_i(t) = (1 − t)·a_i + t·b_i.
    const a = nz.r.map((row) => row.reduce((acc, v, j) => acc + (j === ci ? 0 : others[j] * v), 0));
    const b = nz.r.map((row) => row[ci]);
    steps.push({
      id: "lines",
      label: {
        ko: `'${cname}' 가중치 t에 따른 점수: s(t) = (1 − t) × a + t × b`,
        en: `Score as a function of the '${cname}' weight t: s(t) = (1 − t) × a + t × b`,
      },
      value: c.names.map((_, i) => [a[i], b[i]]),
      formula: c.names.map((nm, i) => `${nm}: (1 − t) × ${fmt(a[i])} + t × ${fmt(b[i])}`).join(" | "),
    });
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i === L) continue;
      const da = a[L] - a[i];
      const db = b[L] - b[i];
      const den = da - db;
      if (den === 0) {
        lines.push(`${c.names[i]}: parallel`);
        continue;
      }
      const t = da / den;
      const f = `${fmt(da)} / (${fmt(da)} − (${fmt(db)})) = ${fmt(t)}`;
      lines.push(`${c.names[i]}: ${f}`);
      if (t > t0 && t < 1 && (!up || t < up.t)) up = { t, by: i, formula: f };
      if (t < t0 && t > 0 && (!down || t > down.t)) down = { t, by: i, formula: f };
      if (t === t0 && den !== 0) {
        // Tied now: the leader changes right here in one direction.
        const dir = db - da < 0 ? "up" : "down";
        if (dir === "up" && (!up || t < up.t)) up = { t, by: i, formula: f };
        if (dir === "down" && (!down || t > down.t)) down = { t, by: i, formula: f };
      }
    }
    steps.push({
      id: "crossing",
      label: {
        ko: `현재 1위 ${c.names[L]}와(과) 다른 후보의 점수가 같아지는 t = (a₁ − a₂) / ((a₁ − a₂) − (b₁ − b₂))`,
        en: `Weight t at which the current leader ${c.names[L]} and another candidate score the same: t = (a₁ − a₂) / ((a₁ − a₂) − (b₁ − b₂))`,
      },
      formula: lines.join(" | "),
    });
  } else {
    // TOPSIS scores are not linear in t: scan outwards from the current weight and bisect each change of leader.
    const leaderAt = (t: number) => leaderOf(scoreWith(nz, weightsAt(t), dirs, m, c.names).scores);
    const search = (dir: 1 | -1): Crossing | null => {
      const N = 4000;
      let prevT = t0;
      for (let s = 1; s <= N; s++) {
        const t = Math.min(1, Math.max(0, t0 + (dir * s) / N));
        const l = leaderAt(t);
        if (l !== L) {
          let lo = prevT;
          let hi = t;
          for (let it = 0; it < 80; it++) {
            const mid = (lo + hi) / 2;
            if (leaderAt(mid) === L) lo = mid;
            else hi = mid;
          }
          const tc = (lo + hi) / 2;
          return { t: tc, by: l, formula: `bisection: leader at ${fmt(lo)} = ${c.names[L]}, at ${fmt(hi)} = ${c.names[l]}` };
        }
        prevT = t;
        if (t === 0 || t === 1) break;
      }
      return null;
    };
    up = search(1);
    down = search(-1);
    steps.push({
      id: "crossing",
      label: {
        ko: "TOPSIS 점수는 t에 대해 직선이 아니므로 현재 가중치에서 양쪽으로 훑어 1위가 바뀌는 곳을 이분법으로 찾음",
        en: "TOPSIS scores are not linear in t: scanned both ways from the current weight and bisected each change of leader",
      },
      formula: [up ? `up: ${up.formula}` : "up: none", down ? `down: ${down.formula}` : "down: none"].join(" | "),
    });
  }

  if (!up && !down) {
    throw notAvailable(
      `'${cname}' 가중치를 0에서 1 사이 어떻게 바꿔도 1위(${c.names[L]})가 바뀌지 않습니다.`,
      `No weight of '${cname}' between 0 and 1 changes the leader (${c.names[L]}).`,
      { arg: "criterion", row: 0, col: 0 },
    );
  }
  let pick: Crossing;
  if (up && down) {
    pick = up.t - t0 <= t0 - down.t ? up : down;
    if (up.t - t0 === t0 - down.t) {
      warnings.push({
        ko: `현재 가중치에서 위(${fmt(up.t)})와 아래(${fmt(down.t)}) 두 전환점이 같은 거리에 있어 위쪽을 택했습니다.`,
        en: `Two crossings are equally near the current weight (${fmt(up.t)} above, ${fmt(down.t)} below); the one above is reported.`,
      });
    }
  } else pick = (up ?? down) as Crossing;
  const other = pick === up ? down : up;
  const side = pick === up ? { ko: "넘으면", en: "rises above" } : { ko: "밑으로 내려가면", en: "falls below" };
  steps.push({
    id: "result",
    label: {
      ko: `'${cname}' 가중치가 ${fmt(pick.t)}을(를) ${side.ko} 1위가 ${c.names[L]}에서 ${c.names[pick.by]}(으)로 바뀜 (현재 ${fmt(t0)})${other ? `; 반대쪽 전환점 ${fmt(other.t)}` : ""}`,
      en: `When the '${cname}' weight ${side.en} ${fmt(pick.t)} the leader changes from ${c.names[L]} to ${c.names[pick.by]} (currently ${fmt(t0)})${other ? `; the other crossing is at ${fmt(other.t)}` : ""}`,
    },
    value: pick.t,
    formula: pick.formula,
  });
  return { value: pick.t, steps, warnings };
}

type ComplexType = "national" | "general" | "urban" | "agro";

const TYPE_NAMES: Record<ComplexType, Text> = {
  national: { ko: "국가산업단지", en: "national industrial complex" },
  general: { ko: "일반산업단지", en: "general industrial complex" },
  urban: { ko: "도시첨단산업단지", en: "urban high-tech industrial complex" },
  agro: { ko: "농공단지", en: "agro-industrial complex" },
};

function readType(arg: unknown): ComplexType {
  const v = isOmitted(arg) ? "" : scalar(arg, "type");
  const k = looseKey(v).replace(/[_\-]/g, "");
  const map: Record<string, ComplexType> = {
    국가: "national",
    국가산업단지: "national",
    국가산단: "national",
    national: "national",
    nationalindustrialcomplex: "national",
    일반: "general",
    일반산업단지: "general",
    일반산단: "general",
    general: "general",
    generalindustrialcomplex: "general",
    도시첨단: "urban",
    도시첨단산업단지: "urban",
    도시첨단산단: "urban",
    urban: "urban",
    urbanhightech: "urban",
    농공: "agro",
    농공단지: "agro",
    agro: "agro",
    agroindustrial: "agro",
    agricultural: "agro",
  };
  const t = map[k];
  if (!t) {
    throw valueError(
      `type ${describe(v)}은(는) 산업단지 유형이 아닙니다. 국가, 일반, 도시첨단, 농공(또는 national, general, urban, agro) 중 하나를 쓰세요.`,
      `type ${describe(v)} is not an industrial-complex type; use 국가/national, 일반/general, 도시첨단/urban or 농공/agro.`,
      { arg: "type", row: 0, col: 0 },
    );
  }
  return t;
}

function readYear(arg: unknown, argName: string, required: Text): number {
  if (isOmitted(arg)) throw valueError(required.ko, required.en, { arg: argName, row: 0, col: 0 });
  const v = scalar(arg, argName);
  let y: number | null = null;
  if (typeof v === "number") y = v;
  else if (typeof v === "string" && /^\s*\d{4}\s*년?\s*$/.test(v)) y = Number(v.replace(/[^\d]/g, ""));
  if (y === null || !Number.isInteger(y) || y < 1900 || y > 2200) {
    throw valueError(
      `${argName} ${describe(v)}은(는) 연도가 아닙니다. 1962처럼 네 자리 연도를 쓰세요.`,
      `${argName} ${describe(v)} is not a year; use a four-digit year such as 1962.`,
      { arg: argName, row: 0, col: 0 },
    );
  }
  return y;
}

/**
 * HUB_ELIGIBLE: TRUE when the complex is national (국가) or general (일반) and at least 20 years have passed
 * since construction started (착공 후 20년 이상). as_of_year is required so results never depend on today.
 */
export function hubEligible(type: unknown, constructionStartYear: unknown, asOfYear: unknown): Explained<boolean> {
  const t = readType(type);
  const start = readYear(constructionStartYear, "construction_start_year", {
    ko: "construction_start_year(착공 연도)가 필요합니다.",
    en: "construction_start_year (the year construction started) is required.",
  });
  const asOf = readYear(asOfYear, "as_of_year", {
    ko: "as_of_year(기준 연도)가 필요합니다. 결과가 오늘 날짜에 따라 달라지지 않도록 기준 연도를 직접 쓰세요.",
    en: "as_of_year is required, so that the result does not depend on today's date.",
  });
  if (asOf < start) {
    throw valueError(
      `기준 연도 ${asOf}가 착공 연도 ${start}보다 앞섭니다.`,
      `as_of_year ${asOf} is before the construction start year ${start}.`,
      { arg: "as_of_year", row: 0, col: 0 },
    );
  }
  const age = asOf - start;
  const typeOk = t === "national" || t === "general";
  const ageOk = age >= 20;
  const value = typeOk && ageOk;
  const steps: Step[] = [
    {
      id: "type",
      label: typeOk
        ? { ko: `${TYPE_NAMES[t].ko}: 노후거점산단이 될 수 있는 유형(국가·일반)`, en: `${TYPE_NAMES[t].en}: a type that can be an aged hub (national or general)` }
        : { ko: `${TYPE_NAMES[t].ko}: 국가·일반산업단지가 아니어서 대상이 아님`, en: `${TYPE_NAMES[t].en}: not national or general, so not eligible` },
      value: typeOk,
      cells: [{ arg: "type", row: 0, col: 0 }],
    },
    {
      id: "age",
      label: { ko: `착공 후 경과 연수 (20년 이상이어야 함)`, en: `Years since construction started (20 or more required)` },
      value: age,
      formula: `${asOf} − ${start} = ${age} ${ageOk ? "≥" : "<"} 20`,
      cells: [
        { arg: "construction_start_year", row: 0, col: 0 },
        { arg: "as_of_year", row: 0, col: 0 },
      ],
    },
    {
      id: "result",
      label: value
        ? { ko: "노후거점산단 요건 충족", en: "Meets the aged hub complex conditions" }
        : { ko: `요건 미충족: ${[!typeOk ? "유형" : "", !ageOk ? "경과 연수" : ""].filter(Boolean).join(", ")}`, en: `Not eligible: ${[!typeOk ? "type" : "", !ageOk ? "age" : ""].filter(Boolean).join(", ")}` },
      value,
      formula: `${typeOk} AND ${ageOk} = ${value}`,
    },
  ];
  return { value, steps, warnings: [] };
}
