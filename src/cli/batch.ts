// The batch runner: every input read, worked on, and its result written in input order — in this
// thread alone (`--jobs 1`) or with worker threads beside it (`--jobs N`; the default by the
// input's size, src/cli/default-jobs.ts). The outputs are the same either way: the work on one
// input depends on the input and the settings only, results are written here in input order, and
// what is shared across inputs goes through the command's `accept` in input order.
import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {VFile} from 'vfile'
import {type Batch, type BatchCommand, complain, type RunContext, type WorkResult} from './command.js'
import {CliError, type ExitCode, exitCodes, meet, worst} from './errors.js'
import {displayName, expandPaths, type Input, isProblem, readFileInput, readStdin, type InputProblem} from './inputs.js'
import {defaultJobs} from './default-jobs.js'
import {jobsFrom} from './options.js'
import {Outputs, type Planned} from './outputs.js'
import {type Diagnostic, type Item, type Outcome, perform} from './perform.js'
import {releaseWorkers, takeWorkers, type Thread} from './pool.js'
import {progress} from './progress.js'
import type {FromWorker, ToWorker} from './worker.js'

function restore(path: string, messages: readonly Diagnostic[]): VFile {
  const file = new VFile({path: path === '-' ? undefined : path})
  for (const diagnostic of messages) {
    const message = file.message(diagnostic.reason, {place: diagnostic.place, ruleId: diagnostic.ruleId, source: diagnostic.source})
    message.fatal = diagnostic.fatal
    if (diagnostic.url !== undefined) message.url = diagnostic.url
    if (diagnostic.note !== undefined) message.note = diagnostic.note
    if (diagnostic.actual !== undefined) message.actual = diagnostic.actual
    if (diagnostic.expected !== undefined) message.expected = diagnostic.expected
    if (diagnostic.file) message.file = diagnostic.file
  }
  return file
}

/** Run a batch command over its inputs; resolves to the worst exit code. */
export async function runBatch(command: BatchCommand, context: RunContext): Promise<ExitCode> {
  const {values} = context
  // `-o -` is standard output, as when there is no `-o`.
  if (values.output === '-') delete values.output
  let settings = command.setup(values)
  const requested = jobsFrom(values, availableParallelism())
  const problems: InputProblem[] = []
  const paths = expandPaths(context.paths, problems)
  for (const problem of problems) complain(context, `${problem.path}: ${problem.reason}`)
  if (paths.includes('-') && context.paths.length === 0 && process.stdin.isTTY) {
    throw new CliError('no input: name files or folders, or pipe a story into standard input' + fileTakenAsValue(command, values), exitCodes.usage)
  }
  const outputs = new Outputs({output: values.output as string | undefined, force: Boolean(values.force)}, paths, {'--map': values.map, '--cast': values.cast})
  // Several inputs named (or found) give one result each, even when some cannot be read.
  const many = paths.length + problems.length > 1
  outputs.checkMany(many)
  // A companion file that cannot be written: no story is worked on, none written.
  const companion = command.companion?.(values)
  if (companion && companion[0] !== '-') outputs.checkBefore(...companion)
  // Nor when the one output file would be refused; in a folder, the names come with the work (`outputName`).
  if (companion && outputs.output !== undefined && !outputs.folder) outputs.checkBefore(outputs.output, '-o')
  const items = await itemsFor(paths)
  if (command.prepare && items.length > 0) settings = command.prepare(settings, readItems(items))
  const jobs = values.jobs === undefined ? defaultJobs(availableParallelism(), inputBytes(paths)) : requested
  if (jobs < 2 || items.length < 2) releaseWorkers()
  const delivery = new Delivery(command, context, settings, many, items, outputs, companion)
  if (problems.length > 0) delivery.meet(exitCodes.input)
  const settle = (index: number, outcome: Outcome) => delivery.settle(index, outcome)
  try {
    // A worker that could not start: its files are worked on here, and the run ends as an internal error.
    const broken = (why: string) => {
      complain(context, `internal error (please report it): a worker thread failed: ${why}`, true)
      delivery.meet(exitCodes.internal)
    }
    if (jobs > 1 && items.length > 1) await inThreads(command, settings, many, items, jobs, settle, broken)
    else for (const item of items) settle(item.index, perform(command, settings, many, item))
    return delivery.finish()
  } finally {
    delivery.bar.done()
  }
}

/**
 * Where an option of free text took a file's name as its value (`--seed kasse.txt`, the story to
 * anonymize): the reason no input was named, said after the error.
 */
function fileTakenAsValue(command: BatchCommand, values: Record<string, unknown>): string {
  for (const [name, spec] of Object.entries(command.options)) {
    const value = values[name]
    if ((spec.value === 'KEY' || spec.value === 'TEXT') && typeof value === 'string' && isFile(value)) {
      return ` (--${name} took ${value} as its value: give it one before the file, --${name} ${spec.value} ${value})`
    }
  }
  return ''
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

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

/** Each item's text, read one after another (standard input's is at hand); those that cannot be read are passed over, their work says why. */
function* readItems(items: readonly Item[]): Generator<Input> {
  for (const item of items) {
    if (item.reason !== undefined) continue
    const input = item.value === undefined ? readFileInput(item.path) : {path: item.path, value: item.value}
    if (!isProblem(input)) yield input
  }
}

/** Takes the outcomes as they come and delivers them in input order: messages, output, state. */
class Delivery {
  private code: ExitCode = exitCodes.ok
  readonly bar: ReturnType<typeof progress>
  private readonly batch: Batch<unknown, unknown, unknown>
  private readonly outcomes: Array<Outcome | undefined> = []
  private flushed = 0
  /** Results whose file name is not known yet (`outputName`): written after the last input's. */
  private readonly later: Array<[Item, string, string]> = []
  /** With a companion file: every result, to write after it (target, or standard output; text; input). */
  private readonly held: Array<[string | undefined, string, string]> | undefined

  constructor(
    private readonly command: BatchCommand,
    private readonly context: RunContext,
    settings: unknown,
    private readonly many: boolean,
    private readonly items: readonly Item[],
    private readonly outputs: Outputs,
    private readonly companion?: [path: string, option: string]
  ) {
    if (companion) this.held = []
    this.bar = progress(items.length)
    this.batch = {
      context,
      settings,
      state: command.start?.(settings),
      files: [],
      paths: items.map((item) => item.path)
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
        this.meet(this.deliver(item, ready))
      } catch (error) {
        const known = error instanceof CliError
        complain(this.context, `${displayName(item.path)}: ${known ? error.message : 'internal error (please report it): ' + ((error as Error)?.stack ?? String(error))}`, !known)
        this.meet(known ? error.code : exitCodes.internal)
      }
    }
  }

  /** Merge an input's exit code into the run's, also where a run cut short finds it (src/cli/errors.ts). */
  meet(code: ExitCode): void {
    this.code = worst(this.code, code)
    meet(code)
  }

  /** After the last input: the results held back (`outputName`), the companion file and the results held for it, then the command's own finish (reports). */
  finish(): ExitCode {
    for (const [item, content, extension] of this.later.splice(0)) this.meet(this.write(item, content, extension, true))
    if (this.held) this.meet(this.writeHeld(this.held.splice(0)))
    return this.command.finish ? worst(this.code, this.command.finish(this.batch)) : this.code
  }

  private deliver(item: Item, outcome: Outcome): ExitCode {
    if (outcome.kind === 'problem') {
      complain(this.context, `${displayName(item.path)}: ${outcome.reason}`)
      return outcome.code ?? exitCodes.input
    }
    if (outcome.kind === 'crash') {
      complain(this.context, `${displayName(item.path)}: internal error (please report it): ${outcome.message}`, true)
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
    for (const problem of result.problems ?? []) complain(this.context, problem)
    const code = result.problems?.length ? exitCodes.input : exitCodes.ok
    return result.content === undefined ? code : worst(code, this.write(item, result.content, result.extension ?? '.txt'))
  }

  private write(item: Item, content: string, extension: string, last = false): ExitCode {
    let held = false
    const target = this.outputs.targetFor(item.path, extension, (name) => {
      const renamed = this.command.outputName ? this.command.outputName(name, this.batch, last) : name
      held = renamed === undefined && !last
      return renamed ?? name
    })
    if (held) {
      this.later.push([item, content, extension])
      return exitCodes.ok
    }
    if (!this.held) return this.put(target, content, item.path)
    this.held.push([target, content, item.path])
    return exitCodes.ok
  }

  /**
   * The companion file first; the results only once it is written (a full disk writes none). None
   * of them when one would be refused: the companion (a map) tells of the results it goes with.
   */
  private writeHeld(results: Array<[string | undefined, string, string]>): ExitCode {
    const [path, option] = this.companion!
    const refused = this.refusedHeld(results)
    if (refused !== exitCodes.ok) return refused
    const code = this.put(path === '-' ? undefined : path, this.command.companionText!(this.batch), option)
    if (code !== exitCodes.ok) return code
    return results.reduce<ExitCode>((worse, [target, content, source]) => worst(worse, this.put(target, content, source)), exitCodes.ok)
  }

  /** Each refusal the companion file and the held results would meet, a line each and one to say that nothing is written; its exit code. */
  private refusedHeld(results: ReadonlyArray<[string | undefined, string, string]>): ExitCode {
    const [path, option] = this.companion!
    const files: Planned[] = path === '-' ? [] : [{path, source: option, what: `the ${option} file`}]
    for (const [target, , source] of results) if (target !== undefined) files.push({path: target, source, what: `the result for ${displayName(source)}`})
    const refused = this.outputs.refusals(files)
    if (refused.length === 0) return exitCodes.ok
    for (const error of refused) complain(this.context, error.message)
    const count = refused.length === 1 ? 'an output was' : `${refused.length} outputs were`
    complain(this.context, `${option} ${path}: nothing written, neither this file nor any result, as ${count} refused`)
    return refused.reduce<ExitCode>((worse, error) => worst(worse, error.code), exitCodes.ok)
  }

  /** Write one file (standard output for `undefined`); a refusal or failure is one line and its code. */
  private put(target: string | undefined, content: string, source: string): ExitCode {
    if (target === undefined) {
      this.context.stdout.write(content)
      return exitCodes.ok
    }
    try {
      this.outputs.write(target, content, source)
      return exitCodes.ok
    } catch (error) {
      if (!(error instanceof CliError)) throw error
      complain(this.context, error.message)
      return error.code
    }
  }
}

/** Batches handed to each worker ahead, so that it does not wait for the next one. */
const depth = 2

/** The most files in one batch; batches shrink near the end so that the threads end together. */
const maxBatch = 16

/** The items not yet worked on: in input order, and those a failed worker gave back first. */
class Queue {
  private next = 0
  private readonly returned: Item[] = []

  constructor(
    private readonly items: readonly Item[],
    private readonly jobs: number
  ) {}

  get size(): number {
    return this.items.length - this.next + this.returned.length
  }

  take(): Item | undefined {
    // Past the end, `next` stays: `size` counts what is left, given-back files included.
    const item = this.returned.shift()
    if (item !== undefined) return item
    return this.next < this.items.length ? this.items[this.next++] : undefined
  }

  /** A batch for a worker: a share of what is left, at most `maxBatch`. */
  batch(): Item[] {
    const size = Math.min(maxBatch, Math.ceil(this.size / (this.jobs * 2)))
    const batch: Item[] = []
    for (let item; batch.length < size && (item = this.take()); ) batch.push(item)
    return batch
  }

  giveBack(items: readonly Item[]): void {
    for (const item of items) this.returned.push(item)
  }
}

/**
 * Work on the items with this thread and `jobs - 1` workers (src/cli/worker.ts); each outcome is
 * handed to `settle` as it comes. Workers get batches of files, a few ahead, and send back each
 * outcome as it is done; this thread takes the next file whenever it is free, so a slow start of
 * the workers costs nothing.
 */
async function inThreads(
  command: BatchCommand,
  settings: unknown,
  many: boolean,
  items: readonly Item[],
  jobs: number,
  settle: (index: number, outcome: Outcome) => void,
  broken: (why: string) => void
): Promise<void> {
  const queue = new Queue(items, jobs)
  let remaining = items.length
  let wake: (() => void) | undefined
  const done = (index: number, outcome: Outcome) => {
    remaining--
    settle(index, outcome)
    wake?.()
  }
  const threads = takeWorkers(command.name, Math.min(jobs - 1, items.length - 1))
  for (const thread of threads) {
    serve(thread, settings, many, queue, done, () => wake?.(), broken)
  }
  try {
    while (remaining > 0) {
      const item = queue.take()
      if (item === undefined) {
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      done(item.index, perform(command, settings, many, item))
      // Let the workers' outcomes and requests in between two files.
      await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    for (const thread of threads) thread.worker.removeAllListeners('exit')
    await Promise.all(threads.map((thread) => thread.worker.terminate()))
  }
}

/**
 * Keep one worker busy: batches out, outcomes in, in the order sent. A worker that fails gives
 * the file it was on back as an internal error (or, failing while it loads, reports itself), and
 * the files it had not begun to the queue.
 */
function serve(
  thread: Thread,
  settings: unknown,
  many: boolean,
  queue: Queue,
  done: (index: number, outcome: Outcome) => void,
  requeued: () => void,
  broken: (why: string) => void
): void {
  if (thread.ended !== undefined) return broken(thread.ended)
  const {worker} = thread
  /** Files sent and not answered yet, oldest first. */
  const flight: Item[] = []
  let batches = 0
  const feed = () => {
    while (thread.ended === undefined && batches < depth && queue.size > 0) {
      const batch = queue.batch()
      for (const item of batch) flight.push(item)
      batches++
      worker.postMessage({items: batch} satisfies ToWorker)
    }
  }
  let ready = false
  let failed = false
  // Called for 'error' and again for the 'exit' after it.
  const fail = (why: string) => {
    if (failed) return
    failed = true
    thread.ended ??= why
    // Failed while loading: no file's fault; else the file it was on.
    const current = ready ? flight.shift() : undefined
    if (current === undefined) broken(why)
    queue.giveBack(flight.splice(0))
    if (current !== undefined) done(current.index, {kind: 'crash', message: why})
    requeued()
  }
  worker.on('message', (message: FromWorker) => {
    if ('ready' in message) {
      ready = true
      return
    }
    const item = flight.shift()!
    if (message.last) batches--
    done(item.index, message.outcome)
    feed()
  })
  worker.on('error', (error) => fail(error.stack ?? String(error)))
  worker.on('exit', (exit) => fail(`a worker thread ended (exit ${exit})`))
  worker.postMessage({settings, many} satisfies ToWorker)
  feed()
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
