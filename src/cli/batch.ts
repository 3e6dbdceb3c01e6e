// The batch runner: every input read, worked on, and its result written in input order — in this
// thread alone (`--jobs 1`) or with worker threads beside it (`--jobs N`, the default the number
// of cores). The outputs are the same either way: the work on one input depends on the input and
// the settings only, results are written here in input order, and what is shared across inputs
// goes through the command's `accept` in input order.
import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {type Batch, type BatchCommand, complain, type RunContext, type WorkResult} from './command.js'
import {CliError, type ExitCode, exitCodes, worst} from './errors.js'
import {displayName, expandPaths, type Input, isProblem, readFileInput, readStdin, type InputProblem} from './inputs.js'
import {jobsFrom} from './options.js'
import {Outputs} from './outputs.js'
import {progress} from './progress.js'
import type {WorkerData} from './worker.js'

/** One input to work on: a path, and the text already read for standard input. */
export interface Item {
  index: number
  path: string
  value?: string
  /** Standard input could not be read. */
  reason?: string
}

/** A diagnostic as it crosses from a worker: the fields vfile-reporter shows. */
interface Diagnostic {
  reason: string
  place?: VFileMessage['place']
  ruleId?: string
  source?: string
  fatal?: boolean | null
  url?: string
  note?: string
}

export type Outcome =
  | {kind: 'done'; result: WorkResult; messages: Diagnostic[]}
  /** An input that could not be read, or a `CliError` its work threw (with that error's code). */
  | {kind: 'problem'; reason: string; code?: ExitCode}
  | {kind: 'crash'; message: string}

/** Files handed to each worker ahead, so that it does not wait for the next one. */
const depth = 2

/** Read and work on one input: the same code in this thread and in a worker. */
export function perform(command: BatchCommand, settings: unknown, many: boolean, item: Item): Outcome {
  if (item.reason !== undefined) return {kind: 'problem', reason: item.reason}
  const input = item.value === undefined ? readFileInput(item.path) : {path: item.path, value: item.value}
  if (isProblem(input)) return {kind: 'problem', reason: input.reason}
  const file = new VFile({path: item.path === '-' ? undefined : item.path, value: input.value})
  try {
    const result = command.work(input, file, settings, many)
    return {kind: 'done', result, messages: file.messages.map(serialize)}
  } catch (error) {
    if (error instanceof CliError) return {kind: 'problem', reason: error.message, code: error.code}
    return {kind: 'crash', message: (error as Error)?.stack ?? String(error)}
  }
}

function serialize(message: VFileMessage): Diagnostic {
  const {reason, place, ruleId, source, fatal, url, note} = message
  return {reason, place, ruleId, source, fatal, url, note}
}

function restore(path: string, messages: readonly Diagnostic[]): VFile {
  const file = new VFile({path: path === '-' ? undefined : path})
  for (const diagnostic of messages) {
    const message = file.message(diagnostic.reason, {place: diagnostic.place, ruleId: diagnostic.ruleId, source: diagnostic.source})
    message.fatal = diagnostic.fatal
    if (diagnostic.url !== undefined) message.url = diagnostic.url
    if (diagnostic.note !== undefined) message.note = diagnostic.note
  }
  return file
}

/** Run a batch command over its inputs; resolves to the worst exit code. */
export async function runBatch(command: BatchCommand, context: RunContext): Promise<ExitCode> {
  const {values} = context
  // `-o -` is standard output, as when there is no `-o`.
  if (values.output === '-') delete values.output
  const settings = command.setup(values)
  const requested = jobsFrom(values, availableParallelism())
  const problems: InputProblem[] = []
  const paths = expandPaths(context.paths, problems)
  for (const problem of problems) complain(context, `${problem.path}: ${problem.reason}`)
  if (paths.includes('-') && context.paths.length === 0 && process.stdin.isTTY) {
    throw new CliError('no input: name files or folders, or pipe a story into standard input', exitCodes.usage)
  }
  const outputs = new Outputs({output: values.output as string | undefined, force: Boolean(values.force)}, paths)
  // Several inputs named (or found) give one result each, even when some cannot be read.
  const many = paths.length + problems.length > 1
  outputs.checkMany(many)
  const items = await itemsFor(paths)
  const jobs = values.jobs === undefined && inputBytes(paths) < threadedBytes ? 1 : requested
  const delivery = new Delivery(command, context, settings, many, items, outputs)
  if (problems.length > 0) delivery.code = exitCodes.input
  const settle = (index: number, outcome: Outcome) => delivery.settle(index, outcome)
  try {
    if (jobs > 1 && items.length > 1) await inThreads(command, settings, many, items, jobs, settle)
    else for (const item of items) settle(item.index, perform(command, settings, many, item))
    return delivery.finish()
  } finally {
    delivery.bar.done()
  }
}

/**
 * Without `--jobs`, a batch smaller than this is worked on in this thread alone: starting a
 * worker (loading the library again) costs more than it saves.
 */
const threadedBytes = 256 * 1024

/** The size of the files named, as far as they can be seen. */
function inputBytes(paths: readonly string[]): number {
  let total = 0
  for (const path of paths) {
    if (path === '-') continue
    try {
      total += statSync(path).size
    } catch {}
  }
  return total
}

/** The items to work on; standard input is read here, once, to its end. */
async function itemsFor(paths: readonly string[]): Promise<Item[]> {
  const items: Item[] = paths.map((path, index) => ({index, path}))
  if (!paths.includes('-')) return items
  const stdin = await readStdin()
  for (const item of items) {
    if (item.path !== '-') continue
    if (isProblem(stdin)) item.reason = stdin.reason
    else item.value = stdin.value
  }
  return items
}

/** Takes the outcomes as they come and delivers them in input order: messages, output, state. */
class Delivery {
  code: ExitCode = exitCodes.ok
  readonly bar: ReturnType<typeof progress>
  private readonly batch: Batch<unknown, unknown, unknown>
  private readonly outcomes: Array<Outcome | undefined> = []
  private flushed = 0

  constructor(
    private readonly command: BatchCommand,
    private readonly context: RunContext,
    settings: unknown,
    private readonly many: boolean,
    private readonly items: readonly Item[],
    private readonly outputs: Outputs
  ) {
    this.bar = progress(items.length)
    this.batch = {
      context,
      settings,
      state: command.start?.(settings),
      files: [],
      paths: items.map((item) => item.path),
      write: (path, content, source) => outputs.write(path, content, source)
    }
  }

  /** An outcome came in: deliver it, and every one after it that is ready. */
  settle(index: number, outcome: Outcome): void {
    this.outcomes[index] = outcome
    while (this.flushed < this.items.length && this.outcomes[this.flushed] !== undefined) {
      const item = this.items[this.flushed]
      const ready = this.outcomes[this.flushed]!
      this.outcomes[this.flushed] = undefined
      this.flushed++
      this.bar.tick(item.path)
      try {
        this.code = worst(this.code, this.deliver(item, ready))
      } catch (error) {
        const known = error instanceof CliError
        complain(this.context, `${displayName(item.path)}: ${known ? error.message : 'internal error (please report it): ' + ((error as Error)?.stack ?? String(error))}`)
        this.code = worst(this.code, known ? error.code : exitCodes.internal)
      }
    }
  }

  /** After the last input: the command's own finish (reports, files besides the outputs). */
  finish(): ExitCode {
    return this.command.finish ? worst(this.code, this.command.finish(this.batch)) : this.code
  }

  private deliver(item: Item, outcome: Outcome): ExitCode {
    if (outcome.kind === 'problem') {
      complain(this.context, `${displayName(item.path)}: ${outcome.reason}`)
      return outcome.code ?? exitCodes.input
    }
    if (outcome.kind === 'crash') {
      complain(this.context, `${displayName(item.path)}: internal error (please report it): ${outcome.message}`)
      return exitCodes.internal
    }
    let file = restore(item.path, outcome.messages)
    let result = outcome.result
    if (this.command.accept) {
      result = this.command.accept(result, this.batch, (other) => {
        const again = perform(this.command, other, this.many, item)
        if (again.kind !== 'done') throw new CliError(again.kind === 'problem' ? again.reason : again.message, exitCodes.input)
        file = restore(item.path, again.messages)
        return again.result
      })
    }
    this.batch.files.push(file)
    return result.content === undefined ? exitCodes.ok : this.write(item, result.content, result.extension ?? '.txt')
  }

  private write(item: Item, content: string, extension: string): ExitCode {
    const target = this.outputs.targetFor(item.path, extension)
    if (target === undefined) {
      this.context.stdout.write(content)
      return exitCodes.ok
    }
    try {
      this.outputs.write(target, content, item.path)
      return exitCodes.ok
    } catch (error) {
      if (!(error instanceof CliError)) throw error
      complain(this.context, error.message)
      return error.code
    }
  }
}

/**
 * Work on the items with this thread and `jobs - 1` workers; each outcome is handed to `settle`
 * as it comes. Workers get files once they are loaded, a few ahead; this thread takes the next
 * file whenever it is free, so a slow start of the workers costs nothing.
 */
async function inThreads(
  command: BatchCommand,
  settings: unknown,
  many: boolean,
  items: readonly Item[],
  jobs: number,
  settle: (index: number, outcome: Outcome) => void
): Promise<void> {
  let next = 0
  let remaining = items.length
  let wake: (() => void) | undefined
  const done = (index: number, outcome: Outcome) => {
    remaining--
    settle(index, outcome)
    wake?.()
  }
  const workers: Worker[] = []
  const count = Math.min(jobs - 1, items.length - 1)
  for (let index = 0; index < count; index++) {
    const worker = new Worker(new URL(import.meta.url), {workerData: {anecdoteCommand: command.name, settings, many} satisfies WorkerData})
    const flight = new Set<number>()
    const feed = () => {
      while (flight.size < depth && next < items.length) {
        const item = items[next++]
        flight.add(item.index)
        worker.postMessage(item)
      }
    }
    // A worker that fails gives its files back as internal errors; the others go on.
    const fail = (why: string) => {
      for (const index of flight) done(index, {kind: 'crash', message: why})
      flight.clear()
    }
    worker.on('message', (message: {ready: true} | {index: number; outcome: Outcome}) => {
      if ('index' in message) {
        flight.delete(message.index)
        done(message.index, message.outcome)
      }
      feed()
    })
    worker.on('error', (error) => fail(error.stack ?? String(error)))
    worker.on('exit', (exit) => fail(`a worker thread ended (exit ${exit})`))
    workers.push(worker)
  }
  try {
    while (next < items.length) {
      const item = items[next++]
      done(item.index, perform(command, settings, many, item))
      // Let the workers' results and requests in between two files.
      await new Promise((resolve) => setImmediate(resolve))
    }
    while (remaining > 0) await new Promise<void>((resolve) => (wake = resolve))
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit')
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/**
 * The loop of a command not (yet) written as a `BatchCommand`: `work` is a closure, so it runs in
 * this thread only (`--jobs` does not apply). Register a `BatchCommand` to get `--jobs`.
 */
export function eachInput(
  context: RunContext,
  work: (input: Input, file: VFile, many: boolean) => WorkResult | undefined,
  finish?: (files: VFile[]) => void
): Promise<ExitCode> {
  const command: BatchCommand = {
    name: 'local',
    summary: '',
    usage: '',
    options: {},
    setup: () => undefined,
    work: (input, file, _settings, many) => work(input, file, many) ?? {},
    finish(batch) {
      finish?.(batch.files)
      return exitCodes.ok
    }
  }
  return runBatch(command, {...context, values: {...context.values, jobs: '1'}})
}
