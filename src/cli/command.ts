// What a command is. Most are batch commands (src/cli/batch.ts): their work on one input is a
// function of the input and the settings alone, so it can run in a worker thread (`--jobs`).
import type {VFile} from 'vfile'
import type {ExitCode} from './errors.js'
import type {Input} from './inputs.js'
import type {OptionSpec} from './options.js'

export type Values = Record<string, unknown>

export interface RunContext {
  values: Values
  paths: string[]
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
}

export interface CommandInfo {
  name: string
  usage: string
  options: Record<string, OptionSpec>
  /** More help: notes and examples. */
  details?: string
}

/** A command that runs as a whole. */
export interface PlainCommand extends CommandInfo {
  run(context: RunContext): ExitCode | Promise<ExitCode>
}

/** What the work on one input gives. */
export interface WorkResult<Data = unknown> {
  /** Text to write: to standard output, or to the file for this input; none for a report only. */
  content?: string
  /** Ending of the output file when writing into a folder (`.json`). */
  extension?: string
  /** Anything else the command gathers per input (structured-cloneable: it may come from a worker). */
  data?: Data
  /** Parts of the input that could not be read, a line each for standard error: the run exits 3. */
  problems?: string[]
}

/**
 * A command that works on each input on its own. Registering one is all it takes to get
 * `--jobs`: the runner reads, dispatches, orders and writes.
 */
export interface BatchCommand<Settings = unknown, Data = unknown, State = unknown> extends CommandInfo {
  /** Settings from the option values, read and checked once (option files too); sent to the workers. */
  setup(values: Values): Settings
  /**
   * One input to its result. No output, no state shared between inputs: it may run in a worker.
   * `index` is the input's place in the run.
   */
  work(input: Input, file: VFile, settings: Settings, many: boolean, index: number): WorkResult<Data>
  /**
   * See the text of every input before the work starts, in this thread (each is read again for its
   * work): settings that depend on the whole run, of one input as of several.
   */
  prepare?(settings: Settings, inputs: Iterable<Input>): Settings
  /** State kept across inputs in the main thread (what `accept` and `finish` share). */
  start?(settings: Settings): State
  /**
   * See each result in input order, before it is written; may redo the work with other settings
   * (`redo` runs it in this thread), so that the outcome is the same as one input after another.
   */
  accept?(result: WorkResult<Data>, batch: Batch<Settings, Data, State>, redo: (settings: Settings) => WorkResult<Data>): WorkResult<Data>
  /**
   * The base name of an input's output file in a folder (`besuch-von-maren` of
   * `posts/besuch-von-maren.txt`), asked in input order after its `accept`. `undefined`: not known
   * yet; the file is written after the last input's, asked again with `last`.
   */
  outputName?(name: string, batch: Batch<Settings, Data, State>, last: boolean): string | undefined
  /** After all inputs: reports, files besides the outputs. Returns an exit code to merge. */
  finish?(batch: Batch<Settings, Data, State>): ExitCode
  /**
   * The file that goes with the results (`--save-map`), with its option; `-` is standard output. It
   * is refused before any work, as outputs are; the results are held until the last input is done,
   * then it is written first, and they only once it is: no result is left without it. When one
   * of them, or it, would be refused, none is written.
   */
  companion?(values: Values): [path: string, option: string] | undefined
  /** The companion's text, after the last input. */
  companionText?(batch: Batch<Settings, Data, State>): string
}

/** The run as the hooks see it. */
export interface Batch<Settings, Data, State> {
  context: RunContext
  settings: Settings
  state: State
  /** One file per input read, in input order, with its diagnostics. */
  files: VFile[]
  /** Every input path (after walking folders). */
  paths: string[]
}

export type Command = PlainCommand | BatchCommand<any, any, any>

export function isBatch(command: Command): command is BatchCommand<any, any, any> {
  return 'work' in command
}

/** Print one line about a problem: `anecdote: <message>`. */
export function complain(context: RunContext, message: string, stack = false): void {
  // An internal error keeps its stack's lines: it is a bug report.
  context.stderr.write(`anecdote: ${stack ? message : oneLine(message)}\n`)
}

/**
 * A message as one line of plain text: control characters (a line feed or an escape sequence in
 * a file name, bytes a JSON error quotes) written as escapes, never sent to the terminal.
 */
export function oneLine(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => {
    const code = char.charCodeAt(0)
    return code === 10 ? '\\n' : code === 13 ? '\\r' : code === 9 ? '\\t' : '\\u' + code.toString(16).padStart(4, '0')
  })
}
