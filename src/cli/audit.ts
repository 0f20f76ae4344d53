/** `sandan audit <book.xlsx> [--json]`: stored values of SANDAN cells against their recomputation. */
import { flagSet, parseArgs, type FlagSpec } from "./args";
import { auditWorkbook } from "./audit-core";
import { cliError, EXIT_MISMATCH, EXIT_OK } from "./errors";
import { readBlock, readModel } from "./exceljs-book";
import { readWorkbook } from "./files";
import type { Io } from "./io";
import { recalculate } from "./recalc";
import { auditJson, renderAudit } from "./render";
import { listCells } from "./calc";

export const AUDIT_FLAGS: FlagSpec[] = [{ name: "json", value: false }];

export const AUDIT_HELP = `사용법 / usage: sandan audit <book.xlsx> [--json]

SANDAN 함수가 있는 모든 셀에 대해 주소, 수식, 파일에 저장된 값, 다시 계산한 값, 일치 여부, 계산 단계를 보여 줍니다.
For every SANDAN cell: address, formula, value stored in the file, value recomputed, match, and the steps.

  --json   기계가 읽는 JSON 출력 / machine-readable JSON

종료 코드 / exit codes: 0 모두 일치 all agree · 1 저장값이 재계산과 다르거나 확인할 수 없는 셀이 있음
a stored value differs from its recomputation, or a cell cannot be recomputed · 2 잘못된 입력 bad input
`;

export async function auditCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, AUDIT_FLAGS, "audit");
  if (parsed.positionals.length !== 1) throw cliError("통합 문서 하나를 주세요 (sandan audit <book.xlsx>)", "give one workbook (sandan audit <book.xlsx>)");
  const file = parsed.positionals[0];
  const { workbook } = await readWorkbook(file);
  const recalc = recalculate(readModel(workbook));
  try {
    const report = auditWorkbook(recalc, (sheet, row, col, rows, cols) => readBlock(workbook, sheet, row, col, rows, cols));
    io.out(flagSet(parsed, "json") ? auditJson(file, report) : renderAudit(file, report));
    const differs = report.cells.flatMap((c) => (c.status === "differs" ? c.mismatches.map((m) => m.address) : []));
    const unverified = report.cells.filter((c) => c.status === "unverified").map((c) => c.address);
    const ko: string[] = [];
    const en: string[] = [];
    if (differs.length) {
      ko.push(`저장된 값이 재계산과 다른 셀 ${differs.length}개: ${listCells(differs)}`);
      en.push(`${differs.length} stored value(s) differ from their recomputation: ${listCells(differs)}`);
    }
    if (unverified.length) {
      ko.push(`다시 계산할 수 없는 SANDAN 셀 ${unverified.length}개: ${listCells(unverified)}`);
      en.push(`${unverified.length} SANDAN cell(s) cannot be recomputed: ${listCells(unverified)}`);
    }
    if (ko.length) io.err(`sandan audit: ${file}: ${ko.join("; ")} / ${en.join("; ")}\n`);
    return differs.length || unverified.length ? EXIT_MISMATCH : EXIT_OK;
  } finally {
    recalc.destroy();
  }
}
