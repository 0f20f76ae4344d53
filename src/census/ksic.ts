/**
 * Industry labels of census tables: KSIC codes and official names found in labels ("C30", "30", "(C30)",
 * "제조업(10~34)", "28202", "자동차 및 트레일러 제조업") read as `C30` / `C28202` / `C`. The code table and
 * its normalisation are the engine's reference data, shared so both read codes alike.
 */

import {
  KSIC_MANUFACTURING_DIVISIONS,
  KSIC_MINING_DIVISIONS,
  KSIC_SECTIONS,
  normaliseKsic,
} from "../engine/reference/ksic";

/** Official names by code: sections and the mining and manufacturing divisions the census tables use. */
const NAMES = new Map<string, string>([...KSIC_SECTIONS, ...KSIC_MINING_DIVISIONS, ...KSIC_MANUFACTURING_DIVISIONS].map((e) => [e.code, e.ko]));

/** The code of a KSIC code text ("30", "c 30", "28202"), or "" when the text is not one. */
export function ksicCode(text: string): string {
  return normaliseKsic(text) ?? "";
}

/** Labels are compared without spaces, middle dots and case: "의복제외" matches "의복 제외". */
function key(name: string): string {
  return name.replace(/[\s\u3000·ㆍ]/g, "").toLowerCase();
}

const BY_NAME = new Map<string, string>();
for (const [code, name] of NAMES) BY_NAME.set(key(name), code);

/** A range such as "10~34" or "10-34" names a section when it covers exactly the section's divisions. */
function sectionOfRange(lo: number, hi: number): string {
  return KSIC_SECTIONS.find((s) => s.from === lo && s.to === hi)?.code ?? "";
}

export interface IndustryLabel {
  /** The name without the code ("자동차 및 트레일러 제조업"). */
  name: string;
  /** The normalised code, or "" when none is carried or implied. */
  code: string;
}

const TOTAL_INDUSTRY = /^(전산업|전\s*산업|전체|계|합계|총계|소계|total|all industries)$/i;

/** Whether an industry label means "all industries". */
export function isAllIndustries(name: string): boolean {
  return TOTAL_INDUSTRY.test(name.trim());
}

/**
 * Splits an industry label into a name and a KSIC code. Understands a leading code ("C30 자동차…",
 * "30.자동차…", "28202 축전지 제조업"), a trailing code in brackets ("자동차…(C30)", "(30)", "[C30]"), a
 * section range ("제조업(10~34)"), and official names without any code ("자동차 및 트레일러 제조업").
 */
export function parseIndustryLabel(label: string): IndustryLabel {
  let name = label.trim();
  let code = "";
  if (name.length > 300) return { name, code }; // keeps the matching below bounded
  // trailing bracket: (C30), (30), [C30], (10~34)
  const tail = /^(.*?)\s*[([]\s*([A-Ua-u]?\s*\d{2,5}|[A-Ua-u])\s*(?:[~\-–]\s*(\d{2}))?\s*[)\]]$/.exec(name);
  if (tail && tail[1] !== "") {
    if (tail[3]) {
      const lo = Number(tail[2].replace(/\D/g, ""));
      const sec = sectionOfRange(lo, Number(tail[3]));
      if (sec) {
        const letter = tail[2].replace(/[^A-Za-z]/g, "").toUpperCase();
        if (!letter || letter === sec) {
          code = sec;
          name = tail[1];
        }
      }
    } else {
      const c = ksicCode(tail[2]);
      if (c) {
        code = c;
        name = tail[1];
      }
    }
  }
  if (!code) {
    // leading code: "C30 자동차", "C30.자동차", "30 자동차", "C 제조업", "28202 축전지"
    const head = /^([A-Ua-u](?:\d{2,5})?|\d{2,5})(?:\s*[.:_)]\s*|\s+)(\S.*)$/.exec(name);
    if (head) {
      const c = ksicCode(head[1]);
      // a bare letter is a code only when the rest names that section ("C 제조업")
      if (c && (c.length > 1 || key(NAMES.get(c) ?? "") === key(head[2]))) {
        code = c;
        name = head[2];
      }
    }
  }
  if (!code) {
    const bare = ksicCode(name);
    if (bare && /\d/.test(name)) {
      code = bare;
      name = NAMES.get(bare) ?? name;
    }
  }
  if (!code) code = BY_NAME.get(key(name)) ?? "";
  return { name: name.trim(), code };
}
