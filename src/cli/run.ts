/**
 * Dispatches `sandan <command>`: calc, audit, import; --help and --version. Every user error is one line on
 * stderr and an exit code (2 for bad input or usage); never a stack trace.
 */
import pkg from "../../package.json";
import { AUDIT_HELP, auditCommand } from "./audit";
import { CALC_HELP, calcCommand } from "./calc";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, oneLine } from "./errors";
import { IMPORT_HELP, importCommand } from "./import";
import { processIo, type Io } from "./io";

export const VERSION: string = (pkg as { version: string }).version;

export const HELP = `sandan ${VERSION} — 산업단지 대개조 분석 도구의 명령줄 / the Sandan command line

사용법 / usage:
  sandan calc <book.xlsx> (-o <out.xlsx> | --in-place)   모든 수식 재계산, 캐시 값 저장 / recalculate, store cached values
  sandan audit <book.xlsx> [--json]                      SANDAN 셀 검증 / check every SANDAN cell against its recomputation
  sandan import <file> -o <book.xlsx> [--layout long|wide]  KOSIS 표 가져오기 / import a KOSIS table
  sandan <command> --help                                명령별 도움말 / help on one command
  sandan --version                                       버전 / version

종료 코드 / exit codes: 0 성공 success · 1 audit 불일치 audit found differences · 2 잘못된 입력 bad input or usage
`;

const COMMANDS: Record<string, { help: string; run: (args: string[], io: Io) => Promise<number> }> = {
  calc: { help: CALC_HELP, run: calcCommand },
  audit: { help: AUDIT_HELP, run: auditCommand },
  import: { help: IMPORT_HELP, run: importCommand },
};

export async function run(args: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      const topic = command === "help" ? rest[0] : undefined;
      io.out(topic && COMMANDS[topic] ? COMMANDS[topic].help : HELP);
      return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
    }
    if (command === "--version" || command === "-V" || command === "version") {
      io.out(`sandan ${VERSION}\n`);
      return EXIT_OK;
    }
    const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!cmd) {
      io.err(`sandan: 알 수 없는 명령 ${command} (calc, audit, import 중 하나) / unknown command ${command}; commands: calc, audit, import (sandan --help)\n`);
      return EXIT_BAD_INPUT;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(cmd.help);
      return EXIT_OK;
    }
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`sandan ${command}: ${e.line()}\n`);
      return e.exitCode;
    }
    // Not a user error: still one line, with a hint; the stack only when asked for.
    const message = e instanceof Error ? e.message : String(e);
    io.err(`sandan: 예기치 않은 오류 / unexpected error: ${oneLine(message)}\n`);
    if (process.env.SANDAN_DEBUG && e instanceof Error && e.stack) io.err(e.stack + "\n");
    return EXIT_BAD_INPUT;
  }
}
