/**
 * Errors the command line reports as one line and an exit code, never as a stack trace.
 * Exit codes: 1 the audit found stored values that differ from their recomputation; 2 bad input or usage.
 */

export const EXIT_OK = 0;
export const EXIT_MISMATCH = 1;
export const EXIT_BAD_INPUT = 2;

export class CliError extends Error {
  constructor(
    readonly ko: string,
    readonly en: string,
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(en);
    this.name = "CliError";
  }

  /** One line, Korean first, English after a slash. */
  line(): string {
    return oneLine(this.ko === this.en ? this.ko : `${this.ko} / ${this.en}`);
  }
}

export function cliError(ko: string, en: string, exitCode = EXIT_BAD_INPUT): CliError {
  return new CliError(ko, en, exitCode);
}

/** Collapses line breaks so that a reason always stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
