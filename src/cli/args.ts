/**
 * Command-line arguments: positionals and flags, checked against what each command accepts. Pure.
 */
import { cliError } from "./errors";

export interface FlagSpec {
  /** Long name without dashes, e.g. "output". */
  name: string;
  /** One-letter alias without the dash, e.g. "o". */
  short?: string;
  /** Whether the flag takes a value (`-o out.xlsx`, `--layout=wide`). */
  value: boolean;
  /** Accepted values, when the value is one of a few words. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Parses `args` for one command; unknown flags, missing values and bad choices are CliErrors. */
export function parseArgs(args: readonly string[], specs: readonly FlagSpec[], command: string): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  let rest = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (rest || a === "-" || !a.startsWith("-")) {
      positionals.push(a);
      continue;
    }
    if (a === "--") {
      rest = true;
      continue;
    }
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      if (eq >= 0) inline = a.slice(eq + 1);
      spec = byLong.get(name);
    } else if (a.length === 2) spec = byShort.get(a.slice(1));
    if (!spec) {
      throw cliError(`알 수 없는 옵션 ${a} (sandan ${command} --help 참고)`, `unknown option ${a} (see sandan ${command} --help)`);
    }
    if (!spec.value) {
      if (inline !== undefined) throw cliError(`--${spec.name}에는 값이 없습니다`, `--${spec.name} takes no value`);
      flags.set(spec.name, true);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith("-") && value !== "-")) {
      throw cliError(`${a} 뒤에 값이 필요합니다`, `${a} needs a value`);
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw cliError(
        `--${spec.name}의 값 ${value}은(는) 쓸 수 없습니다 (${spec.choices.join(", ")} 중 하나)`,
        `--${spec.name} must be one of ${spec.choices.join(", ")} (got ${value})`,
      );
    }
    flags.set(spec.name, value);
  }
  return { positionals, flags };
}

export function flagString(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

export function flagSet(parsed: ParsedArgs, name: string): boolean {
  return parsed.flags.get(name) !== undefined;
}
