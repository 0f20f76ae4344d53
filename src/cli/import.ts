/** `sandan import <file> -o <book.xlsx>`: the task pane's import pipeline, into an xlsx file. */
import { Workbook } from "exceljs";
import * as path from "path";
import { ImportError, parseCensus, prepareImport, type CensusFormat, type EncodingOption, type ImportLayout, type ParseOptions } from "../census";
import { ImportRefused, writeImport } from "../taskpane/import-writer";
import { flagString, parseArgs, type FlagSpec } from "./args";
import { cliError, EXIT_OK } from "./errors";
import { ExcelJsWorkbook } from "./exceljs-host";
import { exists, partsLostOnRewrite, readBytes, readWorkbook, writeWorkbook } from "./files";
import type { Io } from "./io";
import { flagSet } from "./args";

const FORMATS: readonly (CensusFormat | "auto")[] = ["auto", "kosis-standard-csv", "kosis-bulk-csv", "kosis-xlsx", "kosis-api-json", "generic-csv"];
const ENCODINGS: readonly EncodingOption[] = ["auto", "utf-8", "cp949", "utf-16le", "utf-16be"];

export const IMPORT_FLAGS: FlagSpec[] = [
  { name: "output", short: "o", value: true },
  { name: "layout", value: true, choices: ["long", "wide"] },
  { name: "format", value: true, choices: FORMATS },
  { name: "encoding", value: true, choices: ENCODINGS },
  { name: "delimiter", value: true },
  { name: "sheet", value: true },
  { name: "force", value: false },
];

export const IMPORT_HELP = `사용법 / usage: sandan import <file> -o <book.xlsx> [--layout long|wide] [--format …] [--encoding …]

KOSIS 통계표(CSV·XLSX·Open API JSON)나 일반 CSV/TSV를 작업창과 같은 과정으로 가져와 새 시트(표, 고정된 머리글,
숫자 서식, 문자 열은 텍스트)와 '출처' 시트의 한 행(파일의 SHA-256 포함)으로 씁니다. -o 파일이 있으면 그 통합 문서에
시트를 더하며, 기존 시트는 건드리지 않습니다.
Imports a KOSIS table or any CSV/TSV through the task pane's pipeline: a new sheet (an Excel table with a frozen
header, number formats, text columns as text) and a row on the 출처 provenance sheet (with the file's SHA-256).
When -o exists the sheet is added to that workbook; existing sheets are never overwritten.

  -o, --output <book.xlsx>  쓸 통합 문서 (필수) / workbook to write (required)
  --layout long|wide        긴 형식(기본) 또는 원본 형식 / long (default) or the source layout
  --format <format>         ${FORMATS.join(" | ")}
  --encoding <encoding>     ${ENCODINGS.join(" | ")}
  --delimiter <char>        CSV 구분자 / CSV delimiter (",", "\\t", ";", "|")
  --sheet <name>            XLSX 원본에서 읽을 시트 / sheet to read from an XLSX source
  --force                   차트·피벗 등 exceljs가 옮기지 못하는 부분이 있는 -o 통합 문서에도 씁니다
                            write into an -o workbook even when parts exceljs cannot carry would be lost
`;

export async function importCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, IMPORT_FLAGS, "import");
  if (parsed.positionals.length !== 1) throw cliError("가져올 파일 하나를 주세요 (sandan import <file> -o <book.xlsx>)", "give one file to import (sandan import <file> -o <book.xlsx>)");
  const source = parsed.positionals[0];
  const output = flagString(parsed, "output");
  if (!output) throw cliError("-o <book.xlsx>로 쓸 통합 문서를 주세요", "name the workbook to write with -o <book.xlsx>");
  const layout = (flagString(parsed, "layout") ?? "long") as ImportLayout;
  const options: ParseOptions = {};
  const format = flagString(parsed, "format");
  if (format) options.format = format as CensusFormat | "auto";
  const encoding = flagString(parsed, "encoding");
  if (encoding) options.encoding = encoding as EncodingOption;
  const delimiter = flagString(parsed, "delimiter");
  if (delimiter) options.delimiter = delimiter === "\\t" || delimiter === "tab" ? "\t" : delimiter;
  const sheet = flagString(parsed, "sheet");
  if (sheet) options.sheet = sheet;

  // Read and check everything before anything is written.
  // Let go once parsed: the table holds everything the sheet needs, and the file need not stay in memory beside it.
  let bytes: Uint8Array | null = await readBytes(source);
  let workbook: Workbook;
  if (await exists(output)) {
    const read = await readWorkbook(output);
    const lost = partsLostOnRewrite(read.bytes);
    if (lost.en.length && !flagSet(parsed, "force")) {
      throw cliError(
        `${output}: 이 통합 문서의 ${lost.ko.join(", ")}은(는) 다시 쓸 때 옮겨지지 않습니다. 새 파일로 쓰거나 --force를 쓰세요`,
        `${output}: its ${lost.en.join(", ")} would not be carried into the written workbook; write a new file, or pass --force`,
      );
    }
    workbook = read.workbook;
  } else workbook = new Workbook();

  let table;
  try {
    table = await parseCensus(bytes, path.basename(source), options);
  } catch (e) {
    if (e instanceof ImportError) throw cliError(`${e.describe("ko")}`, `${e.describe("en")}`);
    throw e;
  }
  bytes = null;
  const prepared = prepareImport(table, layout);
  let outcome;
  try {
    outcome = await writeImport(new ExcelJsWorkbook(workbook), prepared);
  } catch (e) {
    if (e instanceof ImportRefused) throw cliError(`${source}: ${e.ko}`, `${source}: ${e.en}`);
    throw e;
  }
  await writeWorkbook(workbook, output);
  const s = prepared.summary;
  io.out(
    `${output}: 시트 '${outcome.sheet}'에 ${outcome.rows.toLocaleString("ko-KR")}행 (${layout === "long" ? "긴 형식" : "원본 형식"}), 숫자 ${s.numbers}, 부호 ${s.symbols}, 빈칸 ${s.blanks}, 문자 ${s.texts}; 출처 기록\n` +
      `(sheet '${outcome.sheet}': ${outcome.rows.toLocaleString("en-US")} rows, ${layout} layout; ${s.numbers} numbers, ${s.symbols} symbols, ${s.blanks} blanks, ${s.texts} texts; provenance recorded on 출처)\n`,
  );
  for (const w of table.warnings ?? []) io.err(`sandan import: 경고 / warning: ${w.ko} / ${w.en}\n`);
  return EXIT_OK;
}
