/**
 * The `industries` argument: a KSIC code ("C30", "30", "C 30"), a comma list, a range of codes, a KSIC name
 * or a named group ("자동차후방"). A selection holding a code and its own ancestor is #VALUE! (double counting).
 */
import { cleanText, isBlank, toMatrix } from "./coerce";
import { CellPos, Text, valueError } from "./explain";
import { findIndustryGroup, findKsicByName, isKsicAncestor, ksicName, normaliseKsic } from "./reference/ksic";

export interface SelectedIndustry {
  code: string;
  /** Where the code came from in the industries argument. */
  cell: CellPos;
  /** The group it was expanded from, if any. */
  group?: string;
}

export interface IndustrySelection {
  codes: SelectedIndustry[];
  warnings: Text[];
  /** "자동차후방 → C19, C20, …" lines for the explanation. */
  expansions: string[];
}

export function codeLabel(code: string): string {
  const n = ksicName(code);
  return n ? `${code} ${n.ko}` : code;
}

export function resolveIndustries(arg: unknown, argName = "industries"): IndustrySelection {
  const m = toMatrix(arg);
  const out: SelectedIndustry[] = [];
  const warnings: Text[] = [];
  const expansions: string[] = [];
  m.forEach((r, row) =>
    r.forEach((raw, col) => {
      if (isBlank(raw)) return;
      const cell: CellPos = { arg: argName, row, col };
      if (typeof raw === "number") {
        const c = normaliseKsic(raw);
        if (!c) {
          throw valueError(
            `${argName} ${row + 1}행 ${col + 1}열의 ${raw}은(는) KSIC 산업코드가 아닙니다.`,
            `${raw} at ${argName} row ${row + 1}, column ${col + 1} is not a KSIC industry code.`,
            cell,
          );
        }
        out.push({ code: c, cell });
        return;
      }
      if (typeof raw !== "string") {
        throw valueError(
          `${argName} ${row + 1}행 ${col + 1}열에 산업코드 대신 ${String(raw)}이(가) 있습니다.`,
          `${argName} row ${row + 1}, column ${col + 1} holds ${String(raw)} instead of an industry code.`,
          cell,
        );
      }
      const tokens = raw.split(/[,;、\n]/).map((t) => cleanText(t)).filter((t) => t !== "");
      for (const t of tokens) {
        const g = findIndustryGroup(t);
        if (g) {
          for (const c of g.codes) out.push({ code: c, cell, group: g.name });
          expansions.push(`${t} → ${g.codes.join(", ")}`);
          continue;
        }
        const c = normaliseKsic(t) ?? findKsicByName(t);
        if (!c) {
          throw valueError(
            `${argName} ${row + 1}행 ${col + 1}열의 '${t}'을(를) 알 수 없습니다. KSIC 코드(C30, 30), 산업명 또는 '자동차', '자동차후방' 같은 산업군 이름을 쓰세요.`,
            `Unknown industry '${t}' at ${argName} row ${row + 1}, column ${col + 1}; use a KSIC code (C30, 30), an industry name or a group such as '자동차' or '자동차후방'.`,
            cell,
          );
        }
        out.push({ code: c, cell });
      }
    }),
  );
  if (out.length === 0) {
    throw valueError(`${argName} 인수에 산업이 하나도 없습니다.`, `The ${argName} argument names no industry.`, { arg: argName, row: 0, col: 0 });
  }
  // Duplicates are harmless once removed; a code with its ancestor would count the same rows twice.
  const unique: SelectedIndustry[] = [];
  for (const s of out) {
    const prev = unique.find((u) => u.code === s.code);
    if (prev) {
      warnings.push({
        ko: `${s.code}이(가) 두 번 선택되어 한 번만 셉니다.`,
        en: `${s.code} was selected twice and is counted once.`,
      });
      continue;
    }
    const anc = unique.find((u) => isKsicAncestor(u.code, s.code) || isKsicAncestor(s.code, u.code));
    if (anc) {
      const [a, d] = isKsicAncestor(anc.code, s.code) ? [anc.code, s.code] : [s.code, anc.code];
      throw valueError(
        `${argName}에 ${d}와(과) 그 상위 분류 ${a}가 함께 있어 같은 값을 두 번 셉니다 (${argName} ${s.cell.row + 1}행 ${s.cell.col + 1}열). 둘 중 하나만 고르세요.`,
        `${argName} holds ${d} together with its ancestor ${a}, which would count the same values twice (${argName} row ${s.cell.row + 1}, column ${s.cell.col + 1}); choose one of them.`,
        s.cell,
      );
    }
    unique.push(s);
  }
  return { codes: unique, warnings, expansions };
}
