/**
 * Writes the audit sheet (감사 시트) of a SANDAN cell: a new sheet that recomputes the result with native Excel
 * formulas over the original source cells, ending with a check cell. Never over an existing sheet.
 */
import { buildAuditSheet, auditSheetName } from "../audit/audit-sheet";
import { resolveCall } from "./audit-loader";
import { uniqueSheetName, type SelectionInfo, type WorkbookHost } from "./workbook";
import { parseRangeRef } from "../audit/address";

export interface WrittenAuditSheet {
  sheet: string;
  /** Sheet-qualified address of the check cell, when the function has a closed form. */
  check?: string;
  /** The check cell's value after writing: true when the native recomputation agrees. */
  agrees?: boolean;
  notes: { ko: string; en: string }[];
}

export async function writeAuditSheet(host: WorkbookHost, selection: SelectionInfo): Promise<WrittenAuditSheet | undefined> {
  const call = await resolveCall(host, selection);
  if (!call) return undefined;
  // The engine refuses what Excel shows as an error; there is nothing to recompute then.
  const explained = call.fn.run(call.values);
  const sheet = uniqueSheetName(auditSheetName(call.cell), await host.sheetNames());
  const audit = buildAuditSheet({ fn: call.fn, args: call.args, values: call.values, explained, resultCell: call.cell, target: { sheet } });
  await host.addSheet(sheet);
  try {
    await host.writeFormulas(sheet, 0, 0, audit.cells.map((row) => row.map((c) => (c === null ? "" : typeof c === "string" ? c : String(c)))));
  } catch (e) {
    await host.deleteSheet(sheet).catch(() => undefined);
    throw e;
  }
  let agrees: boolean | undefined;
  const ref = audit.check ? parseRangeRef(audit.check) : undefined;
  if (ref) {
    const [[v]] = await host.readRange(sheet, ref.row, ref.col, 1, 1);
    agrees = v === true || v === "TRUE";
  }
  return { sheet, check: audit.check, agrees, notes: audit.notes };
}
