/**
 * Resolving the `region` and `parent` arguments against a table: by name or code, qualified names
 * ("충청남도 서산시") checked against the parent-region column, ambiguity (중구 in several provinces) as #N/A
 * listing the candidates, never a silent first match. A range or comma list names several regions (summed).
 */
import { cleanText, isBlank, toMatrix } from "./coerce";
import { CellPos, Text, notAvailable, valueError } from "./explain";
import { regionNameMatcher } from "./reference/regions";
import { TableIndex, TableRecord } from "./table";

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

function areaOf(recs: TableRecord[], cell: CellPos): Area {
  const r = recs[0];
  const label = r.parent !== "" ? `${r.parent} ${r.region}` : r.region || r.regionCode;
  const key = r.regionCode !== "" ? `#${r.regionCode}` : `${r.parent}|${r.region}`;
  return { key, name: r.region || r.regionCode, parent: r.parent, code: r.regionCode, label, records: recs, cell };
}

/** Label of row k's region as areaOf gives it, for the list of ambiguous candidates. */
function candidateLabel(t: TableIndex, k: number): string {
  const region = t.region[k];
  const parent = t.parent[k];
  const code = t.regionCode[k];
  const label = parent !== "" ? `${parent} ${region}` : region || code;
  return code !== "" && parent === "" ? `${label}(${code})` : label + (code !== "" ? `(${code})` : "");
}

/** Rows ks grouped by region identity, in order of first appearance. */
function groupByIdentity(t: TableIndex, ks: number[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const k of ks) {
    const id = t.identity(k);
    const list = m.get(id);
    if (list) list.push(k);
    else m.set(id, [k]);
  }
  return m;
}

export function resolveRegions(t: TableIndex, arg: unknown, argName: string, warnings: Text[]): Area[] {
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

function resolveOne(t: TableIndex, s: string, argName: string, cell: CellPos, warnings: Text[]): Area {
  const n = t.rows.length;
  const { region, parent, regionCode } = t;
  const sameName = regionNameMatcher(s);
  let hits: number[] = [];
  for (let k = 0; k < n; k++) if ((region[k] !== "" && sameName(region[k])) || (regionCode[k] !== "" && regionCode[k] === s)) hits.push(k);
  if (hits.length === 0) {
    // The table may itself hold qualified names ("충청남도 서산시").
    const leafMatches = new Map<string, boolean>();
    for (let k = 0; k < n; k++) {
      let hit = leafMatches.get(region[k]);
      if (hit === undefined) {
        const parts = region[k].split(" ");
        hit = parts.length > 1 && sameName(parts[parts.length - 1]);
        leafMatches.set(region[k], hit);
      }
      if (hit) hits.push(k);
    }
  }
  if (hits.length === 0 && s.includes(" ")) {
    const parts = s.split(" ");
    const name = parts[parts.length - 1];
    const qual = parts.slice(0, -1).join(" ");
    const sameLeaf = regionNameMatcher(name);
    const sameQualifier = regionNameMatcher(qual);
    const byName: number[] = [];
    for (let k = 0; k < n; k++) if (sameLeaf(region[k])) byName.push(k);
    if (t.hasParentColumn) {
      hits = byName.filter((k) => parent[k] !== "" && sameQualifier(parent[k]));
    } else if (byName.length > 0) {
      hits = byName;
      warnings.push({
        ko: `표에 상위지역 열이 없어 '${s}'의 '${qual}' 부분은 확인하지 못했습니다.`,
        en: `The table has no parent-region column, so the '${qual}' part of '${s}' could not be checked.`,
      });
    }
  }
  if (hits.length === 0) {
    const names = new Set<string>();
    for (let k = 0; k < n; k++) names.add(parent[k] ? `${parent[k]} ${region[k]}` : region[k]);
    const list = [...names];
    const shown = list.slice(0, 12).join(", ") + (list.length > 12 ? ` 외 ${list.length - 12}곳` : "");
    throw notAvailable(
      `표에서 ${argName} '${s}'을(를) 찾을 수 없습니다. 표에 있는 지역: ${shown}`,
      `${argName} '${s}' is not in the table. Regions in the table: ${shown}`,
      cell,
    );
  }
  const groups = groupByIdentity(t, hits);
  if (groups.size > 1) {
    const labels = [...groups.values()].map((g) => candidateLabel(t, g[0]));
    throw notAvailable(
      `${argName} '${s}'에 해당하는 지역이 여러 곳입니다: ${labels.join(", ")}. '충청남도 서산시'처럼 상위지역을 붙이거나 지역코드를 쓰세요.`,
      `${argName} '${s}' is ambiguous; candidates: ${labels.join(", ")}. Qualify it with its parent region (e.g. '충청남도 서산시') or use the region code.`,
      cell,
    );
  }
  // All rows of that identity, not only those matched by name (a code match finds every row).
  const [key] = groups.keys();
  const rows: number[] = [];
  for (let k = 0; k < n; k++) if (t.identity(k) === key) rows.push(k);
  return areaOf(t.records(rows), cell);
}
