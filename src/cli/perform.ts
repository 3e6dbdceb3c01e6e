// The work on one input, the same in the main thread and in a worker (src/cli/worker.ts): read
// it, run the command's `work`, and give back an outcome that can cross between threads (text and
// diagnostics, never a tree).
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {BatchCommand, WorkResult} from './command.js'
import {CliError, type ExitCode} from './errors.js'
import {isProblem, readFileInput} from './inputs.js'

/** One input to work on: a path, and the text already read for standard input. */
export interface Item {
  index: number
  path: string
  value?: string
  /** Standard input could not be read. */
  reason?: string
}

/** A diagnostic as it crosses from a worker: the fields vfile-reporter shows. */
export interface Diagnostic {
  reason: string
  place?: VFileMessage['place']
  ruleId?: string
  source?: string
  fatal?: boolean | null
  url?: string
  note?: string
  /** The value that is wrong, and what was meant (`unused-map-key`: the map's name, the placeholder a letter away). */
  actual?: string
  expected?: string[]
  /** The story it is about where that is not the input (a post of an export: `EXPORT.xml#date-title`). */
  file?: string
}

export type Outcome =
  | {kind: 'done'; result: WorkResult; messages: Diagnostic[]}
  /** An input that could not be read, or a `CliError` its work threw (with that error's code). */
  | {kind: 'problem'; reason: string; code?: ExitCode}
  | {kind: 'crash'; message: string}

/** Read and work on one input. */
export function perform(command: Pick<BatchCommand, 'work'>, settings: unknown, many: boolean, item: Item): Outcome {
  if (item.reason !== undefined) return {kind: 'problem', reason: item.reason}
  const input = item.value === undefined ? readFileInput(item.path) : {path: item.path, value: item.value}
  if (isProblem(input)) return {kind: 'problem', reason: input.reason}
  const file = new VFile({path: item.path === '-' ? undefined : item.path, value: input.value})
  try {
    const result = command.work(input, file, settings, many, item.index)
    return {kind: 'done', result, messages: file.messages.map(serialize)}
  } catch (error) {
    if (error instanceof CliError) return {kind: 'problem', reason: error.message, code: error.code}
    return {kind: 'crash', message: (error as Error)?.stack ?? String(error)}
  }
}

function serialize(message: VFileMessage): Diagnostic {
  const {reason, place, ruleId, source, fatal, url, note, actual, expected, file} = message
  return {reason, place, ruleId, source, fatal, url, note, actual, expected, file}
}
