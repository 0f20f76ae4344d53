/** `sandan calc <book.xlsx> -o <out.xlsx> | --in-place [--force]`: recalculate and store cached values. */
import { flagSet, flagString, parseArgs, type FlagSpec } from "./args";
import { cliError, EXIT_OK } from "./errors";
import { applyResults, address, readModel } from "./exceljs-book";
import { exists, partsLostOnRewrite, readWorkbook, sameFile, writeWorkbook } from "./files";
import type { Io } from "./io";
import { recalculate } from "./recalc";
import { bi } from "./render";

export const CALC_FLAGS: FlagSpec[] = [
  { name: "output", short: "o", value: true },
  { name: "in-place", value: false },
  { name: "force", value: false },
  { name: "json", value: false },
];

export const CALC_HELP = `사용법 / usage: sandan calc <book.xlsx> (-o <out.xlsx> | --in-place) [--force] [--json]

통합 문서의 모든 수식을 HyperFormula(Excel 호환 설정, SANDAN 함수 등록)로 다시 계산하고, 결과를
캐시 값으로 저장합니다. 수식은 그대로 두며 SANDAN 함수는 Excel이 파일에 쓰는 _xldudf_SANDAN_ 형태로 저장합니다.
Recalculates every formula with HyperFormula (Excel-compatible settings, SANDAN functions registered) and
stores the results as cached values; formulas are kept, SANDAN calls in the _xldudf_SANDAN_ form Excel uses.

  -o, --output <file>  결과를 쓸 파일 / where to write the result
  --in-place           입력 파일을 덮어씁니다 / overwrite the input workbook
  --force              이미 있는 -o 파일을 덮어쓰고, 차트·피벗 등 exceljs가 옮기지 못하는 부분이 있어도 씁니다
                       overwrite an existing -o file, and write even when parts exceljs cannot carry would be lost
  --json               요약을 JSON으로 / summary as JSON

입력 파일은 -o가 다른 파일을 가리키거나 --in-place를 줄 때만 바뀝니다 (The input is never overwritten
unless -o names another file or --in-place is given).
`;

export async function calcCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, CALC_FLAGS, "calc");
  if (parsed.positionals.length !== 1) {
    throw cliError("통합 문서 하나를 주세요 (sandan calc <book.xlsx> -o <out.xlsx>)", "give one workbook (sandan calc <book.xlsx> -o <out.xlsx>)");
  }
  const input = parsed.positionals[0];
  const inPlace = flagSet(parsed, "in-place");
  const force = flagSet(parsed, "force");
  let output = flagString(parsed, "output");
  if (output && inPlace) throw cliError("-o와 --in-place는 함께 쓸 수 없습니다", "-o and --in-place cannot be used together");
  if (!output && !inPlace) {
    throw cliError(
      `${input}: 결과를 쓸 곳이 없습니다. -o <out.xlsx>로 다른 파일을 주거나 --in-place로 입력을 덮어쓰세요`,
      `${input}: nowhere to write; name another file with -o <out.xlsx>, or pass --in-place to overwrite the input`,
    );
  }
  if (output && (await exists(output)) && (await sameFile(input, output))) {
    throw cliError(`${output}: 입력 파일과 같습니다. 덮어쓰려면 --in-place를 쓰세요`, `${output} is the input file; pass --in-place to overwrite it`);
  }
  if (output && !force && (await exists(output))) {
    throw cliError(`${output}: 이미 있는 파일입니다. 덮어쓰려면 --force를 쓰세요`, `${output} exists; pass --force to overwrite it`);
  }
  output = output ?? input;

  const { workbook, bytes } = await readWorkbook(input);
  const lost = partsLostOnRewrite(bytes);
  if (lost.en.length) {
    const ko = `${input}: 이 통합 문서의 ${lost.ko.join(", ")}은(는) 다시 쓸 때 옮겨지지 않습니다`;
    const en = `${input}: its ${lost.en.join(", ")} would not be carried into the written workbook`;
    if (inPlace && !force) throw cliError(`${ko}. 다른 파일로 쓰거나(-o) --force를 쓰세요`, `${en}; write another file with -o, or pass --force`);
    io.err(`sandan calc: 경고 / warning: ${ko} / ${en}\n`);
  }
  const recalc = recalculate(readModel(workbook));
  try {
    const summary = applyResults(workbook, recalc.results);
    await writeWorkbook(workbook, output);
    const unsupported = recalc.results.filter((r) => r.status === "unsupported");
    const sandan = recalc.results.filter((r) => r.sandan).length;
    if (flagSet(parsed, "json")) {
      io.out(
        JSON.stringify(
          {
            input,
            output,
            formulas: summary.formulas,
            sandanFormulas: sandan,
            changed: summary.changed,
            spillCells: summary.spillCells,
            unsupported: unsupported.map((r) => ({ address: address(r.sheet, r.row, r.col), formula: `=${r.stored}`, reason: r.reason })),
            skippedNames: recalc.skippedNames,
          },
          null,
          2,
        ) + "\n",
      );
    } else {
      io.out(
        `${output}: 수식 ${summary.formulas}개 재계산 (SANDAN ${sandan}개), 값이 바뀐 셀 ${summary.changed.length}개, 계산하지 못해 저장값을 둔 수식 ${unsupported.length}개\n` +
          `(${summary.formulas} formulas recalculated (${sandan} SANDAN), ${summary.changed.length} cells changed value, ${unsupported.length} formulas not supported, stored values kept)\n`,
      );
      if (summary.changed.length) io.out(`바뀐 셀 / changed: ${listCells(summary.changed)}\n`);
      for (const r of unsupported.slice(0, 20)) io.out(`계산 못 함 / not supported: ${address(r.sheet, r.row, r.col)} =${r.stored} — ${r.reason ? bi(r.reason) : ""}\n`);
      if (unsupported.length > 20) io.out(`… ${unsupported.length - 20}개 더 / more\n`);
      if (recalc.skippedNames.length) io.out(`쓰지 못한 이름 / names not loaded: ${recalc.skippedNames.join(", ")}\n`);
    }
    return EXIT_OK;
  } finally {
    recalc.destroy();
  }
}

export function listCells(cells: string[], max = 20): string {
  return cells.length <= max ? cells.join(", ") : `${cells.slice(0, max).join(", ")} … (+${cells.length - max})`;
}
