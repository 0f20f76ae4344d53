/**
 * BUDGET_SPLIT: splitting a sum of money (or a count) by ratios. Integer arithmetic in units with BigInt, so the
 * parts are exact multiples of the unit and add up exactly to the total (totals up to 10^15 units and beyond).
 *
 * Method "hamilton" (largest remainder, default): every party gets the whole units of its exact quota; the units
 * left over go one each to the largest remainders; equal remainders go to the party listed first.
 * Method "exact": the unrounded proportional shares.
 */
import { describe, isBlank, isOmitted, looseKey, scalar, toMatrix } from "./coerce";
import { CellPos, Explained, Step, Text, valueError } from "./explain";

/** An exact decimal: n × 10^(−scale). */
export interface Decimal {
  n: bigint;
  scale: number;
}

const DEC_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The exact decimal a number is written as (its shortest round-trip form), e.g. 0.1 → 1 × 10^−1. */
export function toDecimal(x: number | string | bigint): Decimal | null {
  if (typeof x === "bigint") return { n: x, scale: 0 };
  const s = typeof x === "number" ? (Number.isFinite(x) ? String(x) : "") : x.replace(/[,\s]/g, "");
  const m = DEC_RE.exec(s);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return null;
  const frac = m[3] ?? "";
  const exp = m[4] ? Number(m[4]) : 0;
  let n = BigInt((m[2] || "0") + frac);
  let scale = frac.length - exp;
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  if (m[1] === "-") n = -n;
  return canonical({ n, scale });
}

function canonical(d: Decimal): Decimal {
  let { n, scale } = d;
  while (scale > 0 && n % 10n === 0n) {
    n /= 10n;
    scale--;
  }
  return { n, scale };
}

/** Plain decimal text of n × 10^(−scale). */
export function decimalText(d: Decimal): string {
  const c = canonical(d);
  const neg = c.n < 0n;
  let digits = (neg ? -c.n : c.n).toString();
  if (c.scale === 0) return (neg ? "-" : "") + digits;
  digits = digits.padStart(c.scale + 1, "0");
  return `${neg ? "-" : ""}${digits.slice(0, digits.length - c.scale)}.${digits.slice(digits.length - c.scale)}`;
}

function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** a / b as a decimal text with up to `places` decimals (rounded half up), for the explanation. */
function ratioText(a: bigint, b: bigint, places = 6): string {
  const neg = a < 0n !== b < 0n;
  const A = a < 0n ? -a : a;
  const B = b < 0n ? -b : b;
  const scaled = (A * pow10(places) * 2n + B) / (2n * B);
  return (neg && scaled !== 0n ? "-" : "") + decimalText({ n: scaled, scale: places });
}

function ratioNumber(a: bigint, b: bigint): number {
  return Number(ratioText(a, b, 17));
}

function readNumberArg(v: unknown, cell: CellPos, what: Text): Decimal {
  let d: Decimal | null = null;
  if (typeof v === "number") d = Number.isFinite(v) ? toDecimal(v) : null;
  else if (typeof v === "bigint") d = toDecimal(v);
  else if (typeof v === "string" && v.trim() !== "") d = toDecimal(v.trim());
  if (!d) {
    throw valueError(
      `${cell.arg} ${cell.row + 1}행 ${cell.col + 1}열의 ${what.ko} ${describe(v)}은(는) 숫자가 아닙니다.`,
      `The ${what.en} ${describe(v)} at ${cell.arg} row ${cell.row + 1}, column ${cell.col + 1} is not a number.`,
      cell,
    );
  }
  return d;
}

type SplitMethod = "hamilton" | "exact";

function readSplitMethod(arg: unknown): SplitMethod {
  if (isOmitted(arg)) return "hamilton";
  const v = scalar(arg, "method");
  const k = looseKey(v).replace(/[_\-]/g, "");
  if (["hamilton", "largestremainder", "최대잉여", "최대잔여", "해밀턴"].includes(k)) return "hamilton";
  if (["exact", "정확", "비례", "proportional"].includes(k)) return "exact";
  throw valueError(
    `method '${String(v)}'을(를) 알 수 없습니다. "hamilton"(기본값, 최대잉여 방식) 또는 "exact"(반올림하지 않은 비례 몫)를 쓰세요.`,
    `Unknown method '${String(v)}'; use "hamilton" (default, largest remainder) or "exact" (unrounded proportional shares).`,
    { arg: "method", row: 0, col: 0 },
  );
}

/** The ratios as a matrix of cells; a text "50:50" (alone, or as the only cell of a range) is one row. */
function ratioCells(arg: unknown): { m: unknown[][]; fromText: boolean } {
  // Excel hands a literal to a range parameter as a 1×1 range.
  const only = Array.isArray(arg) && arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1 ? arg[0][0] : arg;
  if (!Array.isArray(only) && typeof only === "string" && /[:：]/.test(only)) {
    return { m: [only.split(/[:：]/).map((s) => s.trim())], fromText: true };
  }
  return { m: toMatrix(arg), fromText: false };
}

/** BUDGET_SPLIT(total, ratios, [unit], [method]): amounts in the shape of ratios. */
export function budgetSplit(total: unknown, ratios: unknown, unit?: unknown, method?: unknown): Explained<number[][]> {
  const steps: Step[] = [];
  const warnings: Text[] = [];
  const meth = readSplitMethod(method);

  if (isOmitted(total)) throw valueError("total(나눌 총액)이 필요합니다.", "total (the amount to split) is required.", { arg: "total", row: 0, col: 0 });
  const totalCell: CellPos = { arg: "total", row: 0, col: 0 };
  const T = readNumberArg(scalar(total, "total"), totalCell, { ko: "총액", en: "total" });
  if (T.n < 0n) throw valueError(`총액 ${decimalText(T)}이(가) 음수입니다.`, `The total ${decimalText(T)} is negative.`, totalCell);

  const unitCell: CellPos = { arg: "unit", row: 0, col: 0 };
  const unitGiven = !isOmitted(unit);
  const U = unitGiven ? readNumberArg(scalar(unit, "unit"), unitCell, { ko: "단위", en: "unit" }) : { n: 1n, scale: 0 };
  if (U.n <= 0n) throw valueError(`단위 ${decimalText(U)}은(는) 0보다 커야 합니다.`, `The unit ${decimalText(U)} must be greater than 0.`, unitCell);

  // Ratios: every cell a non-negative number.
  const { m, fromText } = ratioCells(ratios);
  if (m.length === 0 || m.every((r) => r.length === 0)) {
    throw valueError("ratios 인수가 비어 있습니다.", "The ratios argument is empty.", { arg: "ratios", row: 0, col: 0 });
  }
  const cells: { d: Decimal; cell: CellPos }[] = [];
  m.forEach((row, i) =>
    row.forEach((v, j) => {
      const cell: CellPos = { arg: "ratios", row: i, col: j };
      if (isBlank(v)) {
        throw valueError(
          `ratios ${i + 1}행 ${j + 1}열이 비어 있습니다. 몫이 없는 쪽은 0을 쓰세요.`,
          `ratios row ${i + 1}, column ${j + 1} is blank; write 0 for a party that gets nothing.`,
          cell,
        );
      }
      const d = readNumberArg(v, cell, { ko: "비율", en: "ratio" });
      if (d.n < 0n) {
        throw valueError(
          `ratios ${i + 1}행 ${j + 1}열의 비율 ${decimalText(d)}이(가) 음수입니다. 비율은 0 이상이어야 합니다.`,
          `The ratio ${decimalText(d)} at ratios row ${i + 1}, column ${j + 1} is negative; ratios must be 0 or more.`,
          cell,
        );
      }
      cells.push({ d, cell });
    }),
  );
  const S = Math.max(...cells.map((c) => c.d.scale));
  const R = cells.map((c) => c.d.n * pow10(S - c.d.scale));
  const W = R.reduce((a, b) => a + b, 0n);
  if (W === 0n) throw valueError("ratios가 모두 0이어서 나눌 수 없습니다.", "All ratios are 0, so there is nothing to split by.", { arg: "ratios", row: 0, col: 0 });
  const ratioTexts = cells.map((c) => decimalText(c.d));
  const Wd: Decimal = { n: W, scale: S };
  steps.push({
    id: "normalise",
    label: { ko: "비율의 합 (각 몫 = 비율 ÷ 합)", en: "Sum of the ratios (each share = ratio ÷ sum)" },
    value: Number(decimalText(Wd)),
    formula: `${ratioTexts.join(" + ")} = ${decimalText(Wd)}; ${ratioTexts.map((t, i) => `${t} / ${decimalText(Wd)} = ${ratioText(R[i], W)}`).join("; ")}`,
    cells: fromText ? [{ arg: "ratios", row: 0, col: 0 }] : cells.map((c) => c.cell),
  });

  const shape = (vals: number[]): number[][] => {
    if (fromText) return [vals];
    let k = 0;
    return m.map((row) => row.map(() => vals[k++]));
  };

  if (meth === "exact") {
    if (unitGiven) {
      warnings.push({ ko: "exact 방법은 반올림하지 않으므로 unit을 쓰지 않았습니다.", en: "The exact method does not round, so unit was not used." });
    }
    // total × R_i / W, with total = T.n / 10^T.scale and R, W at the same scale.
    const den = W * pow10(T.scale);
    const vals = R.map((r) => ratioNumber(T.n * r, den));
    steps.push({
      id: "quota",
      label: { ko: "비례 몫 = 총액 × 비율 ÷ 비율의 합 (반올림하지 않음)", en: "Proportional share = total × ratio ÷ sum of ratios (unrounded)" },
      value: vals,
      formula: R.map((r, i) => `${decimalText(T)} × ${ratioTexts[i]} / ${decimalText(Wd)} = ${ratioText(T.n * r, den, 10)}`).join("; "),
      cells: [totalCell],
    });
    steps.push({ id: "result", label: { ko: "나눈 금액 (비율과 같은 모양)", en: "Amounts, in the shape of ratios" }, value: shape(vals) });
    return { value: shape(vals), steps, warnings };
  }

  // Total in whole units: N = total / unit must be an integer.
  const num = T.n * pow10(U.scale);
  const den = U.n * pow10(T.scale);
  if (num % den !== 0n) {
    throw valueError(
      `총액 ${decimalText(T)}이(가) 단위 ${decimalText(U)}의 배수가 아닙니다 (${decimalText(T)} ÷ ${decimalText(U)} = ${ratioText(num, den)}). 단위의 배수인 총액을 쓰거나 단위를 바꾸세요.`,
      `The total ${decimalText(T)} is not a multiple of the unit ${decimalText(U)} (${decimalText(T)} / ${decimalText(U)} = ${ratioText(num, den)}); use a total that is a multiple of the unit, or another unit.`,
      totalCell,
    );
  }
  const N = num / den;
  steps.push({
    id: "units",
    label: { ko: "총액을 단위 수로 바꿈", en: "Total expressed in whole units" },
    value: Number(N),
    formula: `${decimalText(T)} / ${decimalText(U)} = ${N}`,
    cells: unitGiven ? [totalCell, unitCell] : [totalCell],
  });

  const prod = R.map((r) => N * r);
  const floors = prod.map((p) => p / W);
  const rems = prod.map((p) => p % W);
  steps.push({
    id: "quota",
    label: { ko: "정확한 몫(단위 수) = 단위 수 × 비율 ÷ 비율의 합", en: "Exact quota in units = units × ratio ÷ sum of ratios" },
    value: prod.map((p) => ratioNumber(p, W)),
    formula: R.map((r, i) => `${N} × ${ratioTexts[i]} / ${decimalText(Wd)} = ${ratioText(prod[i], W)}`).join("; "),
  });
  steps.push({
    id: "floor",
    label: { ko: "정수 부분(내림)", en: "Whole units (rounded down)" },
    value: floors.map((f) => Number(f)),
    formula: floors.map((f, i) => `⌊${ratioText(prod[i], W)}⌋ = ${f}`).join("; "),
  });
  steps.push({
    id: "remainder",
    label: { ko: "나머지(몫의 소수 부분)", en: "Remainders (fractional part of each quota)" },
    value: rems.map((r) => ratioNumber(r, W)),
    formula: rems.map((r, i) => `${ratioText(prod[i], W)} − ${floors[i]} = ${ratioText(r, W)}`).join("; "),
  });
  const order = rems.map((r, i) => i).sort((a, b) => (rems[a] > rems[b] ? -1 : rems[a] < rems[b] ? 1 : a - b));
  const assigned = floors.reduce((a, b) => a + b, 0n);
  const left = N - assigned;
  steps.push({
    id: "rank",
    label: {
      ko: "나머지가 큰 순서 (같으면 먼저 나온 쪽이 앞)",
      en: "Order of the remainders, largest first (ties: the party listed first)",
    },
    value: order.map((i) => i + 1),
    formula: order.map((i) => `#${i + 1} ${ratioText(rems[i], W)}`).join(" > "),
  });
  const extra = new Array<bigint>(R.length).fill(0n);
  for (let k = 0; k < Number(left); k++) extra[order[k]] = 1n;
  steps.push({
    id: "extra",
    label: {
      ko: `남은 ${left}단위를 나머지가 큰 쪽부터 하나씩 배정`,
      en: `The ${left} leftover unit(s) go one each to the largest remainders`,
    },
    value: extra.map((e) => Number(e)),
    formula: `${N} − (${floors.join(" + ")}) = ${left}${left > 0n ? ` → ${order.slice(0, Number(left)).map((i) => `#${i + 1}`).join(", ")}` : ""}`,
  });

  const vals = floors.map((f, i) => {
    const units = f + extra[i];
    const amount: Decimal = { n: units * U.n, scale: U.scale };
    const text = decimalText(amount);
    const x = Number(text);
    const back = toDecimal(x);
    if (!back || decimalText(back) !== text) {
      throw valueError(
        `나눈 금액 ${text}을(를) 엑셀 숫자로 정확히 나타낼 수 없습니다(유효숫자 15자리 초과). 더 큰 단위를 쓰세요.`,
        `The amount ${text} cannot be represented exactly as an Excel number (more than 15 significant digits); use a larger unit.`,
        totalCell,
      );
    }
    return x;
  });
  steps.push({
    id: "result",
    label: { ko: "나눈 금액 = (정수 부분 + 추가 단위) × 단위; 합계는 총액과 정확히 같음", en: "Amounts = (whole units + extra) × unit; they add up exactly to the total" },
    value: shape(vals),
    formula: floors.map((f, i) => `(${f} + ${extra[i]}) × ${decimalText(U)} = ${vals[i]}`).join("; ") + ` | Σ = ${decimalText(T)}`,
  });
  return { value: shape(vals), steps, warnings };
}
