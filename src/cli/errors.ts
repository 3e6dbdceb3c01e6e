// Exit codes and the one-line errors the CLI prints. Documented in docs/cli.md.

export const exitCodes = {
  ok: 0,
  /** `check --frail` or `anonymize --frail` found warnings. */
  warnings: 1,
  /** Usage: unknown command or option, a bad option value, an option without effect, a broken map or cast file. */
  usage: 2,
  /** An input could not be read (missing, not a regular file, too large, binary, UTF-16, invalid UTF-8); the others were processed. */
  input: 3,
  /** An output was refused: it exists (without `--force`), it is an input (or a file an option reads), or a result already went there in this run. */
  output: 4,
  /** An output could not be written (a file where a folder is needed, permission, disk full); the others were written. */
  write: 5,
  /** A bug: an internal error, printed with its stack. */
  internal: 70
} as const

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]

/** An error the user can act on: printed as one line, `anecdote: <message>`, with an exit code. */
export class CliError extends Error {
  readonly code: ExitCode
  constructor(message: string, code: ExitCode) {
    super(message)
    this.code = code
  }
}

/** The more serious of two exit codes (internal > usage > write > output > input > warnings). */
export function worst(a: ExitCode, b: ExitCode): ExitCode {
  const order: readonly ExitCode[] = [exitCodes.ok, exitCodes.warnings, exitCodes.input, exitCodes.output, exitCodes.write, exitCodes.usage, exitCodes.internal]
  return order.indexOf(a) >= order.indexOf(b) ? a : b
}

/**
 * The most serious exit code met so far in this run. A run can end before its last input (the
 * reader of standard output went away, `| head`): it then exits with this, not with 0.
 */
let metSoFar: ExitCode = exitCodes.ok

/** Note an exit code as met in this run. */
export function meet(code: ExitCode): void {
  metSoFar = worst(metSoFar, code)
}

/** The most serious exit code met so far. */
export function worstSoFar(): ExitCode {
  return metSoFar
}
