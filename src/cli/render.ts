/**
 * What the command line prints: the audit as a table for people (Korean first, English after) and as JSON
 * for machines. Pure: returns strings.
 */
import type { AuditReport, CallAudit, CellAudit } from "./audit-core";
import { showValue, type StoredValue } from "./book-model";
import type { StepValue, Text } from "../engine/explain";

/** Columns a string takes in a terminal: Hangul, CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x20 || (c >= 0x300 && c < 0x370)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

export function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** Cuts a string to `width` columns, ending with "…" when cut. */
export function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + "…";
}

export function table(header: string[], rows: string[][], maxWidths: number[] = []): string {
  const widths = header.map((h, i) => Math.min(maxWidths[i] ?? Infinity, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? "")))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(clip(c, widths[i]), widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function bi(t: Text): string {
  return t.ko === t.en ? t.ko : `${t.ko} (${t.en})`;
}

function showBlock(block: (StoredValue | undefined)[][] | undefined): string {
  if (!block) return "—";
  const cells = block.flat();
  if (cells.length === 1) return showNumberish(cells[0]);
  return block.map((r) => r.map(showNumberish).join(", ")).join("; ");
}

/** Numbers rounded for the table (the JSON keeps full precision). */
function showNumberish(v: StoredValue | undefined): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  return showValue(v);
}

export function showStepValue(v: StepValue | StepValue[] | StepValue[][] | undefined): string {
  if (v === undefined) return "";
  if (Array.isArray(v)) return `[${(v as unknown[]).map((x) => showStepValue(x as StepValue)).join(", ")}]`;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  if (v === null) return "";
  return String(v);
}

const STATUS: Record<CellAudit["status"], string> = {
  match: "일치 match",
  differs: "불일치 DIFFERS",
  unverified: "확인 불가 unverified",
};

/** The audit for people: one table of cells, then each cell's working. */
export function renderAudit(file: string, report: AuditReport): string {
  const out: string[] = [];
  const { counts } = report;
  out.push(`${file}: SANDAN 셀 ${counts.cells}개 — 일치 ${counts.match}, 불일치 ${counts.differs}, 확인 불가 ${counts.unverified}`);
  out.push(`(${counts.cells} SANDAN cells — ${counts.match} match, ${counts.differs} differ, ${counts.unverified} unverified)`);
  if (counts.cells === 0) return out.join("\n") + "\n";
  out.push("");
  out.push(
    table(
      ["셀 Cell", "수식 Formula", "저장값 Stored", "재계산 Recomputed", "결과 Result"],
      report.cells.map((c) => [c.address, c.formula, showBlock(c.stored), showBlock(c.recomputed), STATUS[c.status]]),
      [24, 60, 28, 28, 22],
    ),
  );
  for (const c of report.cells) {
    out.push("");
    out.push(`■ ${c.address}  ${c.formula}`);
    if (c.reason) out.push(`  ${STATUS[c.status]}: ${bi(c.reason)}`);
    for (const m of c.mismatches) out.push(`  ${m.address}: 저장 stored ${showValue(m.stored)} ≠ 재계산 recomputed ${showValue(m.recomputed)}`);
    for (const call of c.calls) out.push(...renderCall(call));
  }
  return out.join("\n") + "\n";
}

function renderCall(call: CallAudit): string[] {
  const out: string[] = [`  SANDAN.${call.function}`];
  out.push("    인수 / arguments:");
  for (const a of call.arguments) {
    if (a.kind === "omitted") continue;
    const value = Array.isArray(a.value) ? blockSummary(a.value) : showNumberish(a.value);
    out.push(`      ${a.name} = ${a.text}${a.kind === "reference" || a.kind === "expression" ? ` → ${value}` : ""}`);
  }
  if (call.error) out.push(`    오류 / error: ${bi(call.error.text)}`);
  if (call.steps.length) {
    out.push("    단계 / steps:");
    call.steps.forEach((s, i) => {
      // The engine's formulas end with their result ("50 / 100 = 0.5"); the value is shown when they do not.
      const value = clip(showStepValue(s.value), 120);
      const body = s.formula ? (s.formula.includes("=") || !value ? clip(s.formula, 160) : `${clip(s.formula, 120)} = ${value}`) : value;
      out.push(`      ${i + 1}. ${bi(s.label)}: ${body}`);
    });
  }
  if (call.sources?.length) {
    const used = call.sources.filter((s) => s.used).length;
    out.push(`    원자료 행 / source rows: 사용 ${used}, 제외 ${call.sources.length - used} (used ${used}, left out ${call.sources.length - used})`);
  }
  for (const w of call.warnings) out.push(`    경고 / warning: ${bi(w)}`);
  if (call.value !== undefined && !call.error) out.push(`    결과 / result: ${Array.isArray(call.value) ? showBlock(call.value) : showNumberish(call.value)}`);
  return out;
}

function blockSummary(block: StoredValue[][]): string {
  const rows = block.length;
  const cols = block[0]?.length ?? 0;
  if (rows * cols <= 6) return `{${block.map((r) => r.map(showNumberish).join(",")).join(";")}}`;
  return `${rows}×${cols} 셀 cells`;
}

/** The audit for machines. Errors are `{"error": "#VALUE!"}`; a value absent from the file is null with `"stored": null`. */
export function auditJson(file: string, report: AuditReport): string {
  const clean = (v: unknown): unknown => (v === undefined ? null : v);
  const json = {
    file,
    counts: report.counts,
    ok: report.counts.differs === 0 && report.counts.unverified === 0,
    cells: report.cells.map((c) => ({
      sheet: c.sheet,
      address: c.address,
      formula: c.formula,
      storedFormula: c.storedFormula,
      stored: c.stored.map((r) => r.map(clean)),
      recomputed: c.recomputed ?? null,
      match: c.status === "match",
      status: c.status,
      reason: c.reason ?? null,
      mismatches: c.mismatches.map((m) => ({ ...m, stored: clean(m.stored) })),
      calls: c.calls,
    })),
  };
  return JSON.stringify(json, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), 2) + "\n";
}

