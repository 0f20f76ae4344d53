/**
 * The audit view's content for one SANDAN cell, built from the engine's explained result: the formula,
 * each argument resolved, the source rows used and left out (with their worksheet cells), the steps with
 * the same numbers the cell shows, warnings, and the provenance of an imported table. Host-free: the task
 * pane renders it, tests read it.
 */
import { cellAddress, rangeAddress, type RangeRef } from "./address";
import type { ArgumentRef } from "./arguments";
import type { SandanFunction } from "./catalog";
import { isSandanError, type CellPos, type Explained, type StepValue, type Text } from "../engine/explain";

export type Lang = keyof Text;

export interface CellLink {
  sheet: string;
  row: number;
  col: number;
  address: string;
}

export interface AuditView {
  title: string;
  cell: string;
  formula: string;
  /** What the engine computes now; `error` when it refuses, with the message Excel shows. */
  result: { text: string; error?: { kind: "value" | "na"; message: string } };
  arguments: { name: string; text: string; resolved: string; link?: CellLink }[];
  sources: {
    link?: CellLink;
    region: string;
    industry: string;
    period: string;
    measure: string;
    value: string;
    unit: string;
    flag: string;
    role: string;
    used: boolean;
    reason: string;
  }[];
  steps: { id: string; label: string; formula: string; value: string; links: CellLink[] }[];
  warnings: string[];
  provenance: { label: string; value: string }[];
}

export interface AuditInput {
  fn: SandanFunction;
  cell: { sheet: string; row: number; col: number };
  formula: string;
  /** One per parameter of fn (omitted ones included). */
  args: ArgumentRef[];
  /** The argument values the engine received. */
  values: unknown[];
  /** The 출처 sheet's header and the row of the table's sheet, when the table came from an import. */
  provenance?: { header: unknown[]; row: unknown[] };
}

const ROLE: Record<string, Text> = { region: { ko: "지역", en: "region" }, parent: { ko: "상위 지역", en: "parent" } };

export function formatValue(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return String(v);
    const rounded = Number(v.toPrecision(12));
    return rounded.toLocaleString(lang === "ko" ? "ko-KR" : "en-US", { maximumFractionDigits: 10 });
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? x.map((y) => formatValue(y, lang)).join(", ") : formatValue(x, lang))).join(" | ");
  return String(v);
}

function link(ref: RangeRef & { sheet: string }, row: number, col: number): CellLink {
  return { sheet: ref.sheet, row: ref.row + row, col: ref.col + col, address: cellAddress(ref, row, col) };
}

export function buildAuditView(input: AuditInput, lang: Lang): AuditView {
  const { fn, args } = input;
  const argByName = new Map(fn.params.map((name, i) => [name, args[i]]));
  const linkOf = (pos: CellPos): CellLink | undefined => {
    const a = argByName.get(pos.arg);
    return a && a.kind === "range" ? link(a, pos.row, pos.col) : undefined;
  };

  let explained: Explained<unknown> | undefined;
  let result: AuditView["result"];
  try {
    explained = fn.run(input.values);
    result = { text: formatValue(explained.value, lang) };
  } catch (e) {
    const message = isSandanError(e) ? e.text[lang] : e instanceof Error ? e.message : String(e);
    const kind = isSandanError(e) ? e.kind : "value";
    const where = isSandanError(e) && e.cell ? linkOf(e.cell) : undefined;
    result = { text: kind === "na" ? "#N/A" : "#VALUE!", error: { kind, message: where ? `${message} [${where.address}]` : message } };
  }

  const table = argByName.get("table");
  return {
    title: `SANDAN.${fn.id}`,
    cell: cellAddress(input.cell),
    formula: input.formula,
    result,
    arguments: fn.params.map((name, i) => describeArgument(name, args[i], input.values[i], lang)),
    sources: (explained?.sources ?? []).map((s) => ({
      link: table && table.kind === "range" ? link(table, s.row, 0) : undefined,
      region: s.region,
      industry: s.industry,
      period: s.period ?? "",
      measure: s.measure ?? "",
      value: formatValue(s.value, lang),
      unit: s.unit ?? "",
      flag: s.flag ?? "",
      role: ROLE[s.role]?.[lang] ?? s.role,
      used: s.used,
      reason: s.reason?.[lang] ?? "",
    })),
    steps: (explained?.steps ?? []).map((s) => ({
      id: s.id,
      label: s.label[lang],
      formula: s.formula ?? "",
      value: s.value === undefined ? "" : formatValue(s.value as StepValue, lang),
      links: (s.cells ?? []).map(linkOf).filter((l): l is CellLink => !!l),
    })),
    warnings: (explained?.warnings ?? []).map((w) => w[lang]),
    provenance: input.provenance
      ? input.provenance.header.map((h, i) => ({ label: String(h ?? ""), value: formatValue(input.provenance!.row[i], lang) })).filter((p) => p.label && p.value)
      : [],
  };
}

function describeArgument(name: string, arg: ArgumentRef | undefined, value: unknown, lang: Lang): AuditView["arguments"][number] {
  if (!arg || arg.kind === "omitted") return { name, text: "", resolved: lang === "ko" ? "생략 (기본값)" : "omitted (default)" };
  if (arg.kind === "range") {
    const size = arg.rows * arg.cols === 1 ? formatValue(Array.isArray(value) ? (value as unknown[][])[0]?.[0] : value, lang) : `${arg.rows}×${arg.cols}`;
    const address = rangeAddress(arg);
    return { name, text: arg.text, resolved: `${address} = ${size}`, link: link(arg, 0, 0) };
  }
  if (arg.kind === "literal") return { name, text: arg.text, resolved: formatValue(arg.value, lang) };
  return { name, text: arg.text, resolved: formatValue(value, lang) };
}
