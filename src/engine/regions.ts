/**
 * Resolving the `region` and `parent` arguments against a table: by name or code, qualified names
 * ("충청남도 서산시") checked against the parent-region column, ambiguity (중구 in several provinces) as #N/A
 * listing the candidates, never a silent first match. A range or comma list names several regions (summed).
 */
import { cleanText, isBlank, toMatrix } from "./coerce";
import { CellPos, Text, notAvailable, valueError } from "./explain";
import { regionNameMatcher } from "./reference/regions";
import { ParsedTable, TableRecord } from "./table";

export interface Area {
  /** Identity: the region code, or parent|name. */
  key: string;
  name: string;
  parent: string;
  code: string;
  /** "충청남도 서산시" when the parent is known. */
  label: string;
  records: TableRecord[];
  /** Where the argument named it. */
  cell: CellPos;
}

function identity(r: TableRecord): string {
  return r.regionCode !== "" ? `#${r.regionCode}` : `${r.parent}|${r.region}`;
}

function areaOf(recs: TableRecord[], cell: CellPos): Area {
  const r = recs[0];
  const label = r.parent !== "" ? `${r.parent} ${r.region}` : r.region || r.regionCode;
  return { key: identity(r), name: r.region || r.regionCode, parent: r.parent, code: r.regionCode, label, records: recs, cell };
}

function groupByIdentity(recs: TableRecord[]): Map<string, TableRecord[]> {
  const m = new Map<string, TableRecord[]>();
  for (const r of recs) {
    const k = identity(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export function resolveRegions(t: ParsedTable, arg: unknown, argName: string, warnings: Text[]): Area[] {
  const m = toMatrix(arg);
  const areas: Area[] = [];
  m.forEach((row, ri) =>
    row.forEach((raw, ci) => {
      if (isBlank(raw)) return;
      const cell: CellPos = { arg: argName, row: ri, col: ci };
      const tokens = typeof raw === "string" ? raw.split(/[,;、\n]/).map((s) => cleanText(s)).filter((s) => s !== "") : [cleanText(raw)];
      for (const tok of tokens) {
        const a = resolveOne(t, tok, argName, cell, warnings);
        if (areas.some((x) => x.key === a.key)) {
          throw valueError(
            `${argName}에 ${a.label}이(가) 두 번 들어 있어 같은 값을 두 번 더하게 됩니다.`,
            `${argName} names ${a.label} twice, which would add its values twice.`,
            cell,
          );
        }
        areas.push(a);
      }
    }),
  );
  if (areas.length === 0) {
    throw valueError(`${argName} 인수가 비어 있습니다. 지역 이름이나 코드를 쓰세요.`, `The ${argName} argument is empty; give a region name or code.`, {
      arg: argName,
      row: 0,
      col: 0,
    });
  }
  return areas;
}

function resolveOne(t: ParsedTable, s: string, argName: string, cell: CellPos, warnings: Text[]): Area {
  const recs = t.records;
  const sameName = regionNameMatcher(s);
  let hits = recs.filter((r) => (r.region !== "" && sameName(r.region)) || (r.regionCode !== "" && r.regionCode === s));
  if (hits.length === 0) {
    // The table may itself hold qualified names ("충청남도 서산시").
    hits = recs.filter((r) => {
      const parts = r.region.split(" ");
      return parts.length > 1 && sameName(parts[parts.length - 1]);
    });
  }
  if (hits.length === 0 && s.includes(" ")) {
    const parts = s.split(" ");
    const name = parts[parts.length - 1];
    const qual = parts.slice(0, -1).join(" ");
    const sameLeaf = regionNameMatcher(name);
    const sameQualifier = regionNameMatcher(qual);
    const byName = recs.filter((r) => sameLeaf(r.region));
    if (t.hasParentColumn) {
      hits = byName.filter((r) => r.parent !== "" && sameQualifier(r.parent));
    } else if (byName.length > 0) {
      hits = byName;
      warnings.push({
        ko: `표에 상위지역 열이 없어 '${s}'의 '${qual}' 부분은 확인하지 못했습니다.`,
        en: `The table has no parent-region column, so the '${qual}' part of '${s}' could not be checked.`,
      });
    }
  }
  if (hits.length === 0) {
    const names = [...new Set(recs.map((r) => (r.parent ? `${r.parent} ${r.region}` : r.region)))];
    const shown = names.slice(0, 12).join(", ") + (names.length > 12 ? ` 외 ${names.length - 12}곳` : "");
    throw notAvailable(
      `표에서 ${argName} '${s}'을(를) 찾을 수 없습니다. 표에 있는 지역: ${shown}`,
      `${argName} '${s}' is not in the table. Regions in the table: ${shown}`,
      cell,
    );
  }
  const groups = groupByIdentity(hits);
  if (groups.size > 1) {
    const labels = [...groups.values()].map((g) => {
      const a = areaOf(g, cell);
      return a.code !== "" && a.parent === "" ? `${a.label}(${a.code})` : a.label + (a.code !== "" ? `(${a.code})` : "");
    });
    throw notAvailable(
      `${argName} '${s}'에 해당하는 지역이 여러 곳입니다: ${labels.join(", ")}. '충청남도 서산시'처럼 상위지역을 붙이거나 지역코드를 쓰세요.`,
      `${argName} '${s}' is ambiguous; candidates: ${labels.join(", ")}. Qualify it with its parent region (e.g. '충청남도 서산시') or use the region code.`,
      cell,
    );
  }
  const [only] = groups.values();
  // All rows of that identity, not only those matched by name (a code match finds every row).
  const key = identity(only[0]);
  return areaOf(
    recs.filter((r) => identity(r) === key),
    cell,
  );
}
