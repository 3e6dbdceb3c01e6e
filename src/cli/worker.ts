// A worker thread of `--jobs` (the build's dist/cli-worker.js): it loads its one command
// (src/cli/loaders.ts) and what that command runs of the library, none of the rest of the CLI.
// It gets the settings once, then batches of inputs, and sends back each input's outcome as soon
// as it is done.
import {parentPort, workerData} from 'node:worker_threads'
import {threadedCommands} from './loaders.js'
import {type Item, type Outcome, perform} from './perform.js'
import type {WorkerData} from './pool.js'

/** What the runner sends: first the settings, then batches of inputs. */
export type ToWorker = {settings: unknown; many: boolean} | {items: Item[]}

/** What a worker sends: that it is loaded, then the outcome of each input, in the order sent. */
export type FromWorker =
  | {ready: true}
  | {
      outcome: Outcome
      /** The outcome of a batch's last input. */
      last: boolean
    }

const {command: name} = workerData as WorkerData
const port = parentPort!
const command = await threadedCommands[name]()
let settings: unknown
let many = false
// Messages sent while the command was loading wait in the port until this listener is added.
port.postMessage({ready: true} satisfies FromWorker)
port.on('message', (message: ToWorker) => {
  if (!('items' in message)) {
    ;({settings, many} = message)
    return
  }
  const {items} = message
  for (let index = 0; index < items.length; index++) {
    port.postMessage({outcome: perform(command, settings, many, items[index]), last: index === items.length - 1} satisfies FromWorker)
  }
})
