// What a command is, and the loop every command shares: read each input, work, write, go on.
import {VFile} from 'vfile'
import {CliError, type ExitCode, exitCodes} from './errors.js'
import {expandPaths, isProblem, readInput, type Input} from './inputs.js'
import type {OptionSpec} from './options.js'
import {type OutputOptions, realPath, targetFor, writeTarget} from './outputs.js'
import {progress} from './progress.js'

export interface Command {
  name: string
  summary: string
  usage: string
  options: Record<string, OptionSpec>
  /** More help: notes and examples. */
  details?: string
  run(context: RunContext): ExitCode | Promise<ExitCode>
}

export interface RunContext {
  values: Record<string, unknown>
  paths: string[]
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
}

export interface Result {
  /** Text to write: to standard output, or to the file for this input. */
  content: string
  /** Ending of the output file when writing into a folder (`.json`). */
  extension: string
}

/** Print one line about a problem: `anecdote: <message>`. */
export function complain(context: RunContext, message: string): void {
  context.stderr.write(`anecdote: ${message}\n`)
}

/**
 * Run `work` over every input. Problems with one input are reported and the batch goes on;
 * returns the worst exit code.
 */
export async function eachInput(
  context: RunContext,
  work: (input: Input, file: VFile, many: boolean) => Result | undefined,
  finish?: () => void
): Promise<ExitCode> {
  const problems: {path: string; reason: string}[] = []
  const paths = expandPaths(context.paths, problems)
  let code: ExitCode = exitCodes.ok
  for (const problem of problems) {
    complain(context, `${problem.path}: ${problem.reason}`)
    code = exitCodes.input
  }
  if (paths.includes('-') && context.paths.length === 0 && process.stdin.isTTY) {
    throw new CliError('no input: name files or folders, or pipe a story into standard input', exitCodes.usage)
  }

  const output: OutputOptions = {
    output: context.values.output as string | undefined,
    force: Boolean(context.values.force),
    inputs: new Set(paths.filter((path) => path !== '-').map(realPath))
  }
  // Several inputs named (or found) give one result each, even when some cannot be read.
  const many = paths.length + problems.length > 1
  const bar = progress(paths.length)
  try {
    for (const path of paths) {
      bar.tick(path)
      const input = readInput(path)
      if (isProblem(input)) {
        complain(context, `${input.path}: ${input.reason}`)
        code = worst(code, exitCodes.input)
        continue
      }
      const file = new VFile({path: input.path === '-' ? undefined : input.path, value: input.value})
      const result = work(input, file, many)
      if (!result) continue
      const target = targetFor(input.path, result.extension, output, many)
      if (target === undefined) context.stdout.write(result.content)
      else {
        try {
          writeTarget(target, result.content, output)
        } catch (error) {
          if (!(error instanceof CliError)) throw error
          complain(context, error.message)
          code = worst(code, error.code)
        }
      }
    }
    finish?.()
  } finally {
    bar.done()
  }
  return code
}

/** The more serious of two exit codes (usage > output > input > warnings). */
export function worst(a: ExitCode, b: ExitCode): ExitCode {
  const rank = (code: ExitCode) => [exitCodes.ok, exitCodes.warnings, exitCodes.input, exitCodes.output, exitCodes.usage].indexOf(code)
  return rank(a) >= rank(b) ? a : b
}
