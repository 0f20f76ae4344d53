/**
 * AHP_WEIGHTS(pairwise): the analytic hierarchy process (Saaty) weights of n criteria from their pairwise
 * comparison matrix, with the consistency ratio. The weights can feed HUB_SCORE.
 *
 * Result: an (n + 1) × 1 column: the n weights (principal eigenvector by power iteration to 1e-12, summing to 1)
 * followed by one more row holding CR. λmax = Σ_i (A w)_i; CI = (λmax − n)/(n − 1); CR = CI / RI with Saaty's
 * random index RI (Saaty 1980, The Analytic Hierarchy Process, n = 1…15 below); n ≤ 2 is always consistent
 * (CR = 0). CR > 0.1 is flagged with a warning (Saaty's 10% rule), never hidden.
 */
import { cleanText, fmt, isBlank, toMatrix } from "../coerce";
import { CellPos, Explained, Step, Text, valueError } from "../explain";
import { powerIteration } from "./matrix";
import { cellNumber, round } from "./read";
import { parseCell } from "../../census/symbols";

/** Saaty's random consistency index for n = 1…15 (index n − 1). */
export const SAATY_RI: ReadonlyArray<number> = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

function isText(c: unknown): boolean {
  return typeof c === "string" && parseCell(c).kind === "text";
}

export function ahpWeights(pairwise: unknown): Explained<number[][]> {
  const notes: Text[] = [];
  let m = toMatrix(pairwise);
  // Optional labels: a text header row and a text first column (the corner may be blank or text).
  let rowOff = 0;
  let colOff = 0;
  const names: string[] = [];
  if (m.length > 1 && m[0].length > 1) {
    const headerRow = m[0].slice(1);
    const firstCol = m.slice(1).map((r) => r[0]);
    if ((isBlank(m[0][0]) || isText(m[0][0])) && headerRow.every(isText) && firstCol.every(isText)) {
      rowOff = 1;
      colOff = 1;
      names.push(...firstCol.map((c) => cleanText(c)));
      m = m.slice(1).map((r) => r.slice(1));
    }
  }
  const n = m.length;
  const width = n === 0 ? 0 : Math.max(...m.map((r) => r.length));
  if (n === 0 || width !== n) {
    throw valueError(
      `pairwise는 기준 수만큼의 정방행렬이어야 하는데 ${n}행 ${width}열입니다.`,
      `pairwise must be a square matrix, one row and column per criterion, but is ${n}×${width}.`,
      { arg: "pairwise", row: 0, col: 0 },
    );
  }
  if (n > SAATY_RI.length) {
    throw valueError(
      `기준이 ${n}개입니다. Saaty의 무작위 일관성 지수(RI)는 15개까지만 있어 일관성비율을 구할 수 없습니다. 기준을 계층으로 나누세요.`,
      `There are ${n} criteria; Saaty's random index (RI) is tabulated only up to 15, so the consistency ratio is not defined. Split the criteria into a hierarchy.`,
      { arg: "pairwise", row: 0, col: 0 },
    );
  }
  const at = (i: number, j: number): CellPos => ({ arg: "pairwise", row: i + rowOff, col: j + colOff });
  const a = m.map((r, i) =>
    Array.from({ length: n }, (_, j) => {
      const v = cellNumber(r[j], at(i, j), notes);
      if (v === null) {
        throw valueError(
          `pairwise ${i + rowOff + 1}행 ${j + colOff + 1}열이 비어 있습니다. 쌍대비교 행렬은 모든 칸을 채워야 합니다(아래쪽은 =1/위쪽 칸).`,
          `pairwise row ${i + rowOff + 1}, column ${j + colOff + 1} is blank; fill every cell of the comparison matrix (below the diagonal, =1/the cell above).`,
          at(i, j),
        );
      }
      if (!(v > 0)) {
        throw valueError(
          `pairwise ${i + rowOff + 1}행 ${j + colOff + 1}열의 ${fmt(v)}은(는) 양수가 아닙니다. 쌍대비교 값은 1/9~9 같은 양수여야 합니다.`,
          `pairwise row ${i + rowOff + 1}, column ${j + colOff + 1} holds ${fmt(v)}; comparison values must be positive (such as 1/9 to 9).`,
          at(i, j),
        );
      }
      return v;
    }),
  );
  for (let i = 0; i < n; i++) {
    if (Math.abs(a[i][i] - 1) > 1e-9) {
      throw valueError(
        `pairwise ${i + rowOff + 1}행 ${i + colOff + 1}열(대각선)은 1이어야 하는데 ${fmt(a[i][i])}입니다.`,
        `pairwise row ${i + rowOff + 1}, column ${i + colOff + 1} is on the diagonal and must be 1, not ${fmt(a[i][i])}.`,
        at(i, i),
      );
    }
    for (let j = i + 1; j < n; j++) {
      const expect = 1 / a[i][j];
      if (Math.abs(a[j][i] - expect) > 1e-9 * Math.max(1, expect)) {
        throw valueError(
          `pairwise ${j + rowOff + 1}행 ${i + colOff + 1}열은 ${i + rowOff + 1}행 ${j + colOff + 1}열(${fmt(a[i][j])})의 역수 ${fmt(expect)}여야 하는데 ${fmt(a[j][i])}입니다. 0.333처럼 반올림하지 말고 =1/3처럼 수식으로 넣으세요.`,
          `pairwise row ${j + rowOff + 1}, column ${i + colOff + 1} must be the reciprocal ${fmt(expect)} of row ${i + rowOff + 1}, column ${j + colOff + 1} (${fmt(a[i][j])}) but is ${fmt(a[j][i])}; enter it as a formula such as =1/3 rather than a rounded 0.333.`,
          at(j, i),
        );
      }
    }
  }
  const steps: Step[] = [];
  const eig = powerIteration(a, 1e-12);
  if (!eig.converged) {
    throw valueError(
      `거듭제곱법이 ${eig.iterations}회 안에 수렴하지 않았습니다(마지막 변화 ${fmt(eig.change)}).`,
      `Power iteration did not converge within ${eig.iterations} iterations (last change ${fmt(eig.change)}).`,
      { arg: "pairwise", row: 0, col: 0 },
    );
  }
  const w = eig.vector;
  const label = (i: number) => names[i] ?? `${i + 1}`;
  steps.push({
    id: "weights",
    label: {
      ko: `가중치 w: 주고유벡터(거듭제곱법 w ← A·w ÷ Σ(A·w), 변화 ≤ 1e-12까지 ${eig.iterations}회 반복), 합계 1`,
      en: `Weights w: the principal eigenvector (power iteration w ← A·w ÷ Σ(A·w), ${eig.iterations} iterations to a change ≤ 1e-12), summing to 1`,
    },
    value: w.map((v) => round(v)),
    formula: w.map((v, i) => `w_${label(i)} = ${fmt(round(v))}`).join("; "),
  });
  const lambda = eig.value;
  steps.push({
    id: "lambda",
    label: { ko: "최대 고유값 λmax = Σ_i (A·w)_i", en: "Largest eigenvalue λmax = Σ_i (A·w)_i" },
    value: lambda,
    formula: `λmax = ${fmt(lambda)}`,
  });
  let CI = 0;
  let CR = 0;
  const RI = SAATY_RI[n - 1];
  if (n <= 2) {
    steps.push({
      id: "cr",
      label: { ko: `기준이 ${n}개이면 쌍대비교는 항상 일관적입니다: CR = 0`, en: `With ${n} criteria the comparisons are always consistent: CR = 0` },
      value: 0,
    });
  } else {
    const raw = (lambda - n) / (n - 1);
    // λmax ≥ n in exact arithmetic; a consistent matrix can land a few ulps below n.
    CI = raw < 0 && raw > -1e-9 ? 0 : raw;
    steps.push({
      id: "ci",
      label: { ko: "일관성 지수 CI = (λmax − n) ÷ (n − 1)", en: "Consistency index CI = (λmax − n) ÷ (n − 1)" },
      value: CI,
      formula: `(${fmt(lambda)} − ${n}) / ${n - 1} = ${fmt(CI)}`,
    });
    CR = CI / RI;
    steps.push({
      id: "cr",
      label: {
        ko: `일관성 비율 CR = CI ÷ RI, Saaty의 무작위 지수 RI(n=${n}) = ${RI}; 0.1 이하이면 일관적`,
        en: `Consistency ratio CR = CI ÷ RI, Saaty's random index RI(n=${n}) = ${RI}; 0.1 or less is acceptable`,
      },
      value: CR,
      formula: `${fmt(CI)} / ${RI} = ${fmt(CR)}`,
    });
    if (CR > 0.1) {
      notes.push({
        ko: `일관성 비율 CR = ${fmt(round(CR, 4))}가 0.1을 넘습니다: 쌍대비교가 서로 모순되므로 판단을 다시 검토하세요(가중치는 그대로 표시).`,
        en: `Consistency ratio CR = ${fmt(round(CR, 4))} exceeds 0.1: the pairwise judgements contradict one another; revisit them (the weights are still shown).`,
      });
    }
  }
  steps.push({
    id: "result",
    label: { ko: `결과: 가중치 ${n}개 다음 행에 CR`, en: `Result: the ${n} weights, then CR in the last row` },
    value: [...w.map((v) => [round(v)]), [round(CR)]],
  });
  return { value: [...w.map((v) => [v]), [CR]], steps, warnings: notes };
}
