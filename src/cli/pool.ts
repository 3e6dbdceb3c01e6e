// The worker threads of `--jobs` (src/cli/worker.ts). The executable starts them first thing when
// `--jobs N` asks for them (src/cli/index.ts), so that they load their code while this thread
// loads the CLI; the batch runner takes them over, or starts them itself when it decides on
// threads only after seeing the inputs.
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {threadedCommands} from './loaders.js'

/** What a worker is started with. */
export interface WorkerData {
  command: string
}

/** A worker, and why it ended if it did (it can end before the runner takes it). */
export interface Thread {
  worker: Worker
  ended?: string
}

/** Workers started before the CLI was loaded, for this command. */
let early: {command: string; threads: Thread[]} | undefined

function spawn(command: string): Thread {
  const thread: Thread = {worker: new Worker(new URL('./cli-worker.js', import.meta.url), {workerData: {command} satisfies WorkerData})}
  thread.worker.on('error', (error) => (thread.ended ??= error.stack ?? String(error)))
  thread.worker.on('exit', (code) => (thread.ended ??= `a worker thread ended (exit ${code})`))
  return thread
}

/**
 * Start the workers a command line asks for with `--jobs N` (N - 1: this thread works too),
 * before anything else is loaded. Only a guess from the raw arguments: the runner decides, and
 * ends those it does not need. They do not keep the process alive until it takes them.
 */
export function startEarly(argv: readonly string[]): void {
  const [command, ...rest] = argv
  if (command === undefined || !Object.hasOwn(threadedCommands, command)) return
  const jobs = requestedJobs(rest)
  if (jobs === undefined || jobs < 2) return
  const threads: Thread[] = []
  // Not more than there are cores: the runner starts more if there are files for them.
  for (let index = 1; index < Math.min(jobs, availableParallelism()); index++) {
    const thread = spawn(command)
    thread.worker.unref()
    threads.push(thread)
  }
  early = {command, threads}
}

/** The value of `--jobs` / `-j` in raw arguments, if one is given as a valid number and no help is asked. */
export function requestedJobs(args: readonly string[]): number | undefined {
  let value: string | undefined
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--') break
    if (arg === '--help' || arg === '-h') return undefined
    if (arg === '--jobs' || arg === '-j') value = args[++index]
    else if (arg.startsWith('--jobs=')) value = arg.slice('--jobs='.length)
    else if (/^-j\d/.test(arg)) value = arg.slice(2)
  }
  return value !== undefined && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : undefined
}

/** `count` workers for `command`: those started early, and more if needed; the others end. */
export function takeWorkers(command: string, count: number): Thread[] {
  const threads = early?.command === command ? early.threads : []
  if (early?.command !== command) releaseWorkers()
  early = undefined
  for (const thread of threads.splice(count)) void thread.worker.terminate()
  while (threads.length < count) threads.push(spawn(command))
  for (const thread of threads) thread.worker.ref()
  return threads
}

/** End the workers started early that nobody took (a run in this thread alone, a usage error). */
export function releaseWorkers(): void {
  for (const thread of early?.threads ?? []) void thread.worker.terminate()
  early = undefined
}
