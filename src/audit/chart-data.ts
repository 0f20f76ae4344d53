/**
 * The data behind the two charts the pane inserts, taken from a SANDAN call's explained result: a hub
 * comparison (criteria and score per candidate) for HUB_SCORE, and a share breakdown (region against
 * parent, industry by industry) for REGIONAL_SHARE.
 */
import type { Explained, Text } from "../engine/explain";

export interface ChartData {
  kind: "hub" | "share";
  title: Text;
  /** Header row then one row per category: a label, the plotted series, then columns shown beside the chart. */
  rows: (string | number)[][];
  /** How many columns after the label the chart plots. */
  series: number;
}

export function chartDataFor(fnId: string, values: readonly unknown[], explained: Explained<unknown>): ChartData | undefined {
  if (fnId === "HUB_SCORE") return hubChart(values[0], explained);
  if (fnId === "REGIONAL_SHARE") return shareChart(explained);
  return undefined;
}

function hubChart(valuesArg: unknown, explained: Explained<unknown>): ChartData | undefined {
  const input = explained.steps.find((s) => s.id === "input")?.value as number[][] | undefined;
  const scores = explained.steps.find((s) => s.id === "score")?.value as number[] | undefined;
  if (!input || !scores) return undefined;
  const grid = Array.isArray(valuesArg) ? (valuesArg as unknown[][]) : [];
  const hasHeader = grid.length === input.length + 1;
  const header = hasHeader ? grid[0] : [];
  const names = input.map((_, i) => {
    const first = grid[i + (hasHeader ? 1 : 0)]?.[0];
    return typeof first === "string" && first.trim() !== "" ? first : `후보 ${i + 1}`;
  });
  const k = input[0]?.length ?? 0;
  const offset = header.length > k ? header.length - k : 0;
  const criteria = Array.from({ length: k }, (_, j) => {
    const h = header[offset + j];
    return typeof h === "string" && h.trim() !== "" ? h : `기준 ${j + 1}`;
  });
  return {
    kind: "hub",
    title: { ko: "거점산단 후보 비교", en: "Hub candidates compared" },
    rows: [["후보", "점수", ...criteria], ...input.map((r, i) => [names[i], scores[i], ...r])],
    // Criteria differ in scale; the chart shows the scores, the table beside it shows the criteria.
    series: 1,
  };
}

function shareChart(explained: Explained<unknown>): ChartData | undefined {
  const used = (explained.sources ?? []).filter((s) => s.used && s.value !== null);
  if (used.length === 0) return undefined;
  const byIndustry = new Map<string, { region: number; parent: number }>();
  for (const s of used) {
    const entry = byIndustry.get(s.industry) ?? { region: 0, parent: 0 };
    if (s.role === "region") entry.region += s.value as number;
    else entry.parent += s.value as number;
    byIndustry.set(s.industry, entry);
  }
  const region = used.find((s) => s.role === "region")?.region ?? "지역";
  const parent = used.find((s) => s.role === "parent")?.region ?? "상위 지역";
  const unit = used[0].unit ? ` (${used[0].unit})` : "";
  return {
    kind: "share",
    title: { ko: `${region}의 ${parent} 대비 비중`, en: `${region} against ${parent}` },
    rows: [
      ["산업", `${region}${unit}`, `${parent}${unit}`, "비중"],
      ...[...byIndustry].map(([industry, v]) => [industry, v.region, v.parent, v.parent === 0 ? 0 : v.region / v.parent]),
    ],
    series: 2,
  };
}
