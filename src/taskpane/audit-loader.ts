/**
 * Gathers what the audit view needs from the workbook: the SANDAN call of the selected cell, its arguments
 * read from their ranges, and the provenance row of an imported table, then builds the view model.
 */
import { firstSandanCall } from "../audit/formula";
import { parseArgument, type ArgumentRef } from "../audit/arguments";
import { sandanFunction, type SandanFunction } from "../audit/catalog";
import { buildAuditView, type AuditView, type Lang } from "../audit/explain-view";
import { PROVENANCE_SHEET } from "./import-writer";
import type { SelectionInfo, WorkbookHost } from "./workbook";

export class UnresolvedArgument extends Error {
  constructor(readonly argument: string) {
    super(argument);
  }
}

/** A SANDAN call of the workbook with its arguments read: what both the audit view and the audit sheet need. */
export interface ResolvedCall {
  fn: SandanFunction;
  args: ArgumentRef[];
  values: unknown[];
  /** The cell holding the formula (the top-left cell of its spill). */
  cell: { sheet: string; row: number; col: number };
  formula: string;
}

export async function resolveCall(host: WorkbookHost, selection: SelectionInfo): Promise<ResolvedCall | undefined> {
  const call = selection.formula ? firstSandanCall(selection.formula) : undefined;
  const fn = call && sandanFunction(call.id);
  if (!call || !fn) return undefined;
  const args = fn.params.map((_, i) => parseArgument(call.args[i] ?? "", selection.sheet));
  const values: unknown[] = [];
  for (const [i, arg] of args.entries()) {
    if (arg.kind === "range") {
      const block = await host.readRange(arg.sheet, arg.row, arg.col, arg.rows, arg.cols);
      values.push(fn.ranges.includes(fn.params[i]) || block.length * (block[0]?.length ?? 0) > 1 ? block : block[0]?.[0] ?? null);
    } else if (arg.kind === "literal") values.push(arg.value);
    else if (arg.kind === "omitted") values.push(null);
    else if (host.evaluate) values.push(await host.evaluate(selection.sheet, arg.text));
    else throw new UnresolvedArgument(arg.text);
  }
  return { fn, args, values, cell: { sheet: selection.sheet, row: selection.formulaRow, col: selection.formulaCol }, formula: selection.formula };
}

export async function loadAuditView(host: WorkbookHost, selection: SelectionInfo, lang: Lang): Promise<AuditView | undefined> {
  const resolved = await resolveCall(host, selection);
  if (!resolved) return undefined;
  const table = resolved.args[resolved.fn.params.indexOf("table")];
  const provenance = table?.kind === "range" ? await provenanceOf(host, table.sheet) : undefined;
  return buildAuditView({ ...resolved, provenance }, lang);
}

async function provenanceOf(host: WorkbookHost, sheet: string): Promise<{ header: unknown[]; row: unknown[] } | undefined> {
  if (!(await host.sheetNames()).includes(PROVENANCE_SHEET)) return undefined;
  const rows = await host.usedRows(PROVENANCE_SHEET);
  if (rows < 2) return undefined;
  const grid = await host.readRange(PROVENANCE_SHEET, 0, 0, rows, 25);
  const row = grid.slice(1).find((r) => r[0] === sheet);
  return row ? { header: grid[0], row } : undefined;
}
