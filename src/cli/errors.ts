// Exit codes and the one-line errors the CLI prints. Documented in the README.

export const exitCodes = {
  ok: 0,
  /** `check --frail` found warnings. */
  warnings: 1,
  /** Usage: unknown command or option, a bad option value, a broken map or cast file. */
  usage: 2,
  /** An input could not be read (missing, a directory where a file is needed, binary, invalid UTF-8); the others were processed. */
  input: 3,
  /** An output was refused: it exists (without `--force`) or it is one of the inputs. */
  output: 4
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
