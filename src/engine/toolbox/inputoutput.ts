/**
 * Input-output analysis (산업연관분석): the Leontief inverse, backward and forward linkage indices and induced
 * output, for the seed's 표10 (production inducement of auto production).
 *
 * Conventions:
 *  - Z is the n×n table of intermediate transactions, z_ij = sales of sector i to sector j (rows sell, columns
 *    buy); X the n total outputs. A = Z · diag(X)⁻¹, a_ij = z_ij / x_j; L = (I − A)⁻¹ (Miller & Blair,
 *    Input-Output Analysis, ch. 2). Give a domestic transactions table (국산거래표) for domestic inducement.
 *  - A is used at full precision. Published coefficient tables round A (often to 4–6 decimals); a rounded A gives
 *    a slightly different L, so results may differ from a published 생산유발계수표 in the last digits.
 *  - Linkages follow the Bank of Korea (한국은행, 산업연관표 해설) convention: 영향력계수 (backward) = column
 *    sum of L ÷ the mean of the column sums; 감응도계수 (forward) = row sum of L ÷ the mean of the row sums. Both
 *    means equal Σ_ij l_ij / n, so the indices average 1.
 */
import { fmt } from "../coerce";
import { CellPos, Explained, Step, Text, valueError } from "../explain";
import { Matrix, identity, inverse, maxAbsDiff, multiply, subtract } from "./matrix";
import { NumberCell, readMatrix, readVector, round } from "./read";

function roundM(m: Matrix, digits = 10): number[][] {
  return m.map((r) => r.map((v) => round(v, digits)));
}

interface Leontief {
  n: number;
  A: Matrix;
  L: Matrix;
  steps: Step[];
  warnings: Text[];
}

function readOutputs(X: unknown, n: number, notes: Text[]): NumberCell[] {
  const xs = readVector(X, "X", notes);
  if (xs.length !== n) {
    throw valueError(
      `X에 총산출액이 ${xs.length}개 있는데 Z는 ${n}×${n}입니다. 부문마다 총산출액 하나가 필요합니다.`,
      `X holds ${xs.length} total outputs but Z is ${n}×${n}; give one total output per sector.`,
      { arg: "X", row: 0, col: 0 },
    );
  }
  for (const c of xs) {
    if (c.value === 0) {
      throw valueError(
        `X ${c.cell.row + 1}행 ${c.cell.col + 1}열(부문 ${xs.indexOf(c) + 1})의 총산출액이 0이어서 투입계수 z_ij/x_j를 구할 수 없습니다(0으로 나눔). 산출이 없는 부문은 Z와 X에서 빼세요.`,
        `X row ${c.cell.row + 1}, column ${c.cell.col + 1} (sector ${xs.indexOf(c) + 1}) is 0, so its input coefficients z_ij/x_j divide by zero; remove sectors without output from Z and X.`,
        c.cell,
      );
    }
    if (c.value < 0) {
      throw valueError(
        `X ${c.cell.row + 1}행 ${c.cell.col + 1}열의 총산출액 ${fmt(c.value)}이(가) 음수입니다.`,
        `X row ${c.cell.row + 1}, column ${c.cell.col + 1} holds a negative total output ${fmt(c.value)}.`,
        c.cell,
      );
    }
  }
  return xs;
}

function squareMatrix(arg: unknown, argName: string, notes: Text[]): Matrix {
  const { x, rows, cols } = readMatrix(arg, argName, notes);
  if (rows !== cols) {
    throw valueError(
      `${argName}는 정방행렬(행 수 = 열 수)이어야 하는데 ${rows}행 ${cols}열입니다. 부문 이름이나 합계 행·열은 빼고 숫자 부분만 지정하세요.`,
      `${argName} must be square (as many rows as columns) but is ${rows}×${cols}; select only the numbers, without sector names or total rows and columns.`,
      { arg: argName, row: 0, col: 0 },
    );
  }
  return x;
}

function computeLeontief(Z: unknown, X: unknown): Leontief {
  const warnings: Text[] = [];
  const z = squareMatrix(Z, "Z", warnings);
  const n = z.length;
  const xs = readOutputs(X, n, warnings);
  const x = xs.map((c) => c.value);
  const steps: Step[] = [];
  const A = z.map((r) => r.map((v, j) => v / x[j]));
  steps.push({
    id: "A",
    label: {
      ko: `투입계수 A: a_ij = z_ij ÷ x_j (${n}×${n}, 반올림하지 않은 값 사용 — 공표 투입계수표처럼 반올림한 A를 쓰면 결과가 조금 달라집니다)`,
      en: `Input coefficients A: a_ij = z_ij ÷ x_j (${n}×${n}, unrounded — a rounded A, as in published coefficient tables, gives slightly different results)`,
    },
    value: roundM(A),
    formula: `a_11 = ${fmt(z[0][0])} / ${fmt(x[0])} = ${fmt(A[0][0])}`,
    cells: [{ arg: "Z", row: 0, col: 0 }, xs[0].cell],
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (z[i][j] < 0) {
        warnings.push({
          ko: `Z ${i + 1}행 ${j + 1}열의 중간거래 ${fmt(z[i][j])}이(가) 음수입니다. 표를 확인하세요.`,
          en: `Z row ${i + 1}, column ${j + 1} holds a negative intermediate flow ${fmt(z[i][j])}; check the table.`,
        });
      }
    }
  }
  const colSums = A[0].map((_, j) => A.reduce((s, r) => s + r[j], 0));
  colSums.forEach((s, j) => {
    if (s >= 1) {
      warnings.push({
        ko: `부문 ${j + 1}의 투입계수 합이 ${fmt(round(s, 6))}로 1 이상입니다: 중간투입이 총산출 이상이면 부가가치가 음수이며 레온티예프 역행렬이 의미를 잃을 수 있습니다.`,
        en: `Sector ${j + 1}'s input coefficients sum to ${fmt(round(s, 6))} (1 or more): intermediate inputs at least equal output, so value added is not positive and the Leontief inverse may be meaningless.`,
      });
    }
  });
  const B = subtract(identity(n), A);
  const r = inverse(B);
  if (r.inv === null) {
    const k = r.lu.singularAt;
    throw valueError(
      `I − A가 특이행렬(행렬식 0)이어서 역행렬 (I − A)⁻¹을 구할 수 없습니다 (${k + 1}번째 피벗이 허용오차 ${fmt(r.lu.tolerance)} 이하). 어떤 부문들의 투입계수 합이 1이거나, 행·열이 서로 비례합니다. Z와 X를 확인하세요.`,
      `I − A is singular (determinant 0), so (I − A)⁻¹ does not exist (pivot ${k + 1} is at or below the tolerance ${fmt(r.lu.tolerance)}). Some sectors' input coefficients sum to 1, or rows or columns are proportional; check Z and X.`,
      { arg: "Z", row: Math.min(k, n - 1), col: Math.min(k, n - 1) },
    );
  }
  steps.push({
    id: "det",
    label: { ko: "det(I − A) (LU 분해, 부분 피벗팅)", en: "det(I − A) (LU decomposition with partial pivoting)" },
    value: r.det,
  });
  const L = r.inv;
  steps.push({
    id: "L",
    label: { ko: "레온티예프 역행렬(생산유발계수) L = (I − A)⁻¹", en: "Leontief inverse (output multipliers) L = (I − A)⁻¹" },
    value: roundM(L),
  });
  const check = maxAbsDiff(multiply(B, L), identity(n));
  steps.push({
    id: "check",
    label: { ko: "검산: max |(I − A)·L − I|", en: "Check: max |(I − A)·L − I|" },
    value: check,
    formula: `${fmt(check)}`,
  });
  if (!(check <= 1e-8)) {
    warnings.push({
      ko: `검산 오차 max |(I − A)·L − I| = ${fmt(check)}가 큽니다. 행렬이 특이행렬에 가까워 결과를 믿기 어렵습니다.`,
      en: `The check max |(I − A)·L − I| = ${fmt(check)} is large: the matrix is nearly singular and the result is unreliable.`,
    });
  }
  if (L.some((row) => row.some((v) => v < -1e-12))) {
    warnings.push({
      ko: "L에 음수가 있습니다: 이 투입계수로는 경제가 생산적이지 않습니다(호킨스-사이먼 조건 불충족). 표를 확인하세요.",
      en: "L has negative entries: the economy described by A is not productive (Hawkins-Simon condition fails); check the table.",
    });
  }
  return { n, A, L, steps, warnings };
}

/** LEONTIEF(Z, X): the Leontief inverse (I − A)⁻¹ with A = Z · diag(X)⁻¹, as an n×n spill. */
export function leontief(Z: unknown, X: unknown): Explained<number[][]> {
  const r = computeLeontief(Z, X);
  return { value: r.L, steps: r.steps, warnings: r.warnings };
}

/**
 * LINKAGES(Z, X): n×2 spill [backward 영향력계수, forward 감응도계수] from L = (I − A)⁻¹, Bank of Korea
 * convention: column (row) sums of L divided by the mean of the column (row) sums.
 */
export function linkages(Z: unknown, X: unknown): Explained<number[][]> {
  const r = computeLeontief(Z, X);
  const { n, L } = r;
  const col = Array.from({ length: n }, (_, j) => L.reduce((s, row) => s + row[j], 0));
  const row = L.map((rw) => rw.reduce((s, v) => s + v, 0));
  const total = col.reduce((a, b) => a + b, 0);
  const mean = total / n;
  const back = col.map((c) => c / mean);
  const fwd = row.map((c) => c / mean);
  const steps = r.steps;
  steps.push({
    id: "sums",
    label: {
      ko: `L의 열합(후방: 그 부문 최종수요 1단위가 유발하는 전 산업 생산)과 행합(전방: 모든 부문 최종수요 1단위씩에 대한 그 부문 생산); 전체 평균 = Σl_ij ÷ n = ${fmt(round(total))} ÷ ${n} = ${fmt(round(mean))}`,
      en: `Column sums of L (backward: output of all sectors per unit of the sector's final demand) and row sums (forward: the sector's output when every sector's final demand rises by one unit); mean = Σl_ij ÷ n = ${fmt(round(total))} ÷ ${n} = ${fmt(round(mean))}`,
    },
    value: col.map((c, j) => [round(c), round(row[j])]),
  });
  steps.push({
    id: "result",
    label: {
      ko: "[영향력계수, 감응도계수] = [열합 ÷ 평균 열합, 행합 ÷ 평균 행합] (한국은행 산업연관표 관행; 1보다 크면 평균 이상)",
      en: "[backward, forward] = [column sum ÷ mean column sum, row sum ÷ mean row sum] (Bank of Korea convention; above 1 means above average)",
    },
    value: back.map((b, j) => [round(b), round(fwd[j])]),
    formula: `영향력계수_1 = ${fmt(round(col[0]))} / ${fmt(round(mean))} = ${fmt(round(back[0]))}; 감응도계수_1 = ${fmt(round(row[0]))} / ${fmt(round(mean))} = ${fmt(round(fwd[0]))}`,
  });
  return { value: back.map((b, j) => [b, fwd[j]]), steps, warnings: r.warnings };
}

/**
 * INDUCED(L, final_demand): induced output L · f. f is a column (or a row) of n final-demand values, or an n×k
 * range of k scenarios (one per column); the result has one column per scenario.
 */
export function induced(L: unknown, finalDemand: unknown): Explained<number[][]> {
  const warnings: Text[] = [];
  const l = squareMatrix(L, "L", warnings);
  const n = l.length;
  const f = readMatrix(finalDemand, "final_demand", warnings);
  let F: Matrix;
  let cellOf: (i: number, j: number) => CellPos;
  if (f.rows === n) {
    F = f.x;
    cellOf = (i, j) => ({ arg: "final_demand", row: i, col: j });
  } else if (f.rows === 1 && f.cols === n) {
    F = f.x[0].map((v) => [v]);
    cellOf = (i) => ({ arg: "final_demand", row: 0, col: i });
  } else {
    throw valueError(
      `final_demand가 ${f.rows}행 ${f.cols}열인데 L은 ${n}×${n}입니다. 부문마다 최종수요 하나씩, ${n}행 1열(또는 1행 ${n}열)로 넣으세요.`,
      `final_demand is ${f.rows}×${f.cols} but L is ${n}×${n}; give one final demand per sector, as ${n} rows by 1 column (or 1 row by ${n} columns).`,
      { arg: "final_demand", row: 0, col: 0 },
    );
  }
  const out = multiply(l, F);
  // Values near the limits of a double can overflow the products even when every input is a number.
  if (out.some((r) => r.some((v) => !Number.isFinite(v)))) {
    throw valueError(
      "L · f가 수의 범위를 넘었습니다. L과 최종수요를 더 작은 단위(예: 백만원 대신 조원)로 넣으세요.",
      "L · f overflows the range of numbers; enter L and the final demand in a larger unit (say trillions rather than millions of won).",
      { arg: "final_demand", row: 0, col: 0 },
    );
  }
  const steps: Step[] = [
    {
      id: "f",
      label: { ko: `최종수요 f (${n}개 부문${F[0].length > 1 ? `, ${F[0].length}개 시나리오` : ""})`, en: `Final demand f (${n} sectors${F[0].length > 1 ? `, ${F[0].length} scenarios` : ""})` },
      value: F.map((r) => r.map((v) => round(v))),
      cells: [cellOf(0, 0)],
    },
    {
      id: "result",
      label: { ko: "유발 생산액 x = L · f (부문 i: Σ_j l_ij · f_j)", en: "Induced output x = L · f (sector i: Σ_j l_ij · f_j)" },
      value: out.map((r) => r.map((v) => round(v))),
      formula: `x_1 = ${l[0].map((v, j) => `${fmt(round(v, 6))}×${fmt(F[j][0])}`).slice(0, 8).join(" + ")}${n > 8 ? " + …" : ""} = ${fmt(round(out[0][0]))}`,
    },
  ];
  return { value: out, steps, warnings };
}
