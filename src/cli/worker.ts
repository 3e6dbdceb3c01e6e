// A worker thread of `--jobs`: the same executable, started with the command's name and settings;
// it reads and works on the files it is sent, one at a time, and sends back each outcome.
import {parentPort} from 'node:worker_threads'
import {type Item, perform} from './batch.js'
import {type Command, isBatch} from './command.js'

/** What a worker is started with. */
export interface WorkerData {
  anecdoteCommand: string
  settings: unknown
  many: boolean
}

export function isWorker(data: unknown): data is WorkerData {
  return typeof data === 'object' && data !== null && typeof (data as WorkerData).anecdoteCommand === 'string'
}

export function serveWorker(commands: readonly Command[], data: WorkerData): void {
  const command = commands.find((candidate) => candidate.name === data.anecdoteCommand)
  if (!parentPort || !command || !isBatch(command)) throw new Error(`no batch command ${data.anecdoteCommand}`)
  const port = parentPort
  port.on('message', (item: Item) => {
    port.postMessage({index: item.index, outcome: perform(command, data.settings, data.many, item)})
  })
  port.postMessage({ready: true})
}
