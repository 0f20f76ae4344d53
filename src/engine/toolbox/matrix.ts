/**
 * Small dense linear algebra for the input-output and AHP functions: LU decomposition with partial pivoting,
 * solving, inverse, determinant with singularity detection, matrix products and power iteration for the
 * principal eigenvector. Plain doubles; sizes are those of an analyst's sheet (tens to a few hundred sectors).
 */

export type Matrix = number[][];

export function identity(n: number): Matrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  const n = a.length;
  const k = b.length;
  const m = k === 0 ? 0 : b[0].length;
  if (n > 0 && a[0].length !== k) throw new Error(`multiply: ${n}×${a[0].length} by ${k}×${m}`);
  const out: Matrix = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < n; i++) {
    const ai = a[i];
    const oi = out[i];
    for (let p = 0; p < k; p++) {
      const v = ai[p];
      if (v === 0) continue;
      const bp = b[p];
      for (let j = 0; j < m; j++) oi[j] += v * bp[j];
    }
  }
  return out;
}

export function subtract(a: Matrix, b: Matrix): Matrix {
  return a.map((r, i) => r.map((v, j) => v - b[i][j]));
}

export function maxAbs(a: Matrix): number {
  let m = 0;
  for (const r of a) for (const v of r) if (Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/** Largest |a_ij − b_ij|. */
export function maxAbsDiff(a: Matrix, b: Matrix): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a[i].length; j++) m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
  return m;
}

export interface LU {
  /** L below the diagonal (unit diagonal implied) and U on and above it, rows in pivoted order. */
  lu: Matrix;
  /** perm[i] = the original row now at row i. */
  perm: number[];
  /** +1 or −1: parity of the row exchanges. */
  sign: number;
  /** Index of the first column whose pivot was (numerically) zero, or −1. */
  singularAt: number;
  /** The tolerance a pivot had to exceed. */
  tolerance: number;
}

/**
 * LU decomposition with partial pivoting (PA = LU). A pivot at or below tolerance × the largest |a_ij| marks the
 * matrix as singular (singularAt = that column); the decomposition stops there.
 */
export function luDecompose(a: Matrix, relTol = 1e-12): LU {
  const n = a.length;
  const lu = a.map((r) => r.slice());
  const perm = Array.from({ length: n }, (_, i) => i);
  let sign = 1;
  const tolerance = relTol * Math.max(maxAbs(a), Number.MIN_VALUE);
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(lu[k][k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i][k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (!(best > tolerance)) return { lu, perm, sign, singularAt: k, tolerance };
    if (p !== k) {
      [lu[p], lu[k]] = [lu[k], lu[p]];
      [perm[p], perm[k]] = [perm[k], perm[p]];
      sign = -sign;
    }
    const pivot = lu[k][k];
    for (let i = k + 1; i < n; i++) {
      const f = lu[i][k] / pivot;
      lu[i][k] = f;
      if (f === 0) continue;
      const ri = lu[i];
      const rk = lu[k];
      for (let j = k + 1; j < n; j++) ri[j] -= f * rk[j];
    }
  }
  return { lu, perm, sign, singularAt: -1, tolerance };
}

export function determinant(d: LU): number {
  if (d.singularAt >= 0) return 0;
  let det = d.sign;
  for (let i = 0; i < d.lu.length; i++) det *= d.lu[i][i];
  return det;
}

/** Solves A x = b for one right-hand side, given A's (non-singular) LU decomposition. */
export function luSolve(d: LU, b: number[]): number[] {
  const n = d.lu.length;
  const x = d.perm.map((p) => b[p]);
  for (let i = 0; i < n; i++) {
    let s = x[i];
    const r = d.lu[i];
    for (let j = 0; j < i; j++) s -= r[j] * x[j];
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    const r = d.lu[i];
    for (let j = i + 1; j < n; j++) s -= r[j] * x[j];
    x[i] = s / r[i];
  }
  return x;
}

/** The inverse from a non-singular LU decomposition, column by column. */
export function luInverse(d: LU): Matrix {
  const n = d.lu.length;
  const inv: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const e = new Array<number>(n).fill(0);
    e[j] = 1;
    const col = luSolve(d, e);
    for (let i = 0; i < n; i++) inv[i][j] = col[i];
  }
  return inv;
}

/** Inverse of A, or null when A is singular (see luDecompose for the tolerance). */
export function inverse(a: Matrix): { inv: Matrix; det: number; lu: LU } | { inv: null; det: 0; lu: LU } {
  const lu = luDecompose(a);
  if (lu.singularAt >= 0) return { inv: null, det: 0, lu };
  return { inv: luInverse(lu), det: determinant(lu), lu };
}

export interface Eigen {
  /** Principal eigenvector scaled to sum 1. */
  vector: number[];
  /** The eigenvalue: Σ_i (A w)_i with Σ w = 1. */
  value: number;
  iterations: number;
  converged: boolean;
  /** Largest change of a component in the last iteration. */
  change: number;
}

/**
 * Power iteration for the principal (Perron) eigenvector of a positive matrix: w ← A w / Σ(A w) from equal
 * components, until no component changes by more than `tol`.
 */
export function powerIteration(a: Matrix, tol = 1e-12, maxIter = 100000): Eigen {
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  let change = Infinity;
  let it = 0;
  while (it < maxIter) {
    it++;
    const aw = a.map((r) => r.reduce((s, v, j) => s + v * w[j], 0));
    const s = aw.reduce((x, y) => x + y, 0);
    const next = aw.map((v) => v / s);
    change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(next[i] - w[i]));
    w = next;
    if (change <= tol) break;
  }
  const aw = a.map((r) => r.reduce((s, v, j) => s + v * w[j], 0));
  const value = aw.reduce((x, y) => x + y, 0);
  return { vector: w, value, iterations: it, converged: change <= tol, change };
}
