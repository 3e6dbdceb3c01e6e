// What a second thread of `--jobs` costs (issue 16): the `stats` work on the 400 stories of
// bench/jobs.js in one isolate, and split over two (this thread and a worker), as CPU time per
// thread, so that the figures hold on a busy machine where wall time does not. For each isolate:
// loading the library, and the work on its share on its own thread; besides them, what V8's
// helper threads spend (the optimizing compiler, the concurrent collector): the process's CPU
// time less the isolates' own. Linux only (thread CPU from /proc/thread-self/stat).
//
//   node bench/isolates.js              # ROUNDS=3, one line per round and layout
//   node --max-opt=1 bench/isolates.js  # the same without the optimizing compiler
import {readdirSync, readFileSync, rmSync} from 'node:fs'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {storyFolder} from './jobs.js'

const rounds = Number(process.env.ROUNDS ?? 3)

/** CPU time (ms) of the calling thread. */
function threadCpu() {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100)
}

function processCpu() {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/** Load the library and do the work of `anecdote stats` on `paths`: parse, then stats. */
async function work(paths) {
  const started = threadCpu()
  const {parse, stats} = await import('../dist/index.js')
  const {VFile} = await import('vfile')
  const loaded = threadCpu()
  for (const path of paths) stats(parse(new VFile({path, value: readFileSync(path, 'utf8')})))
  return {load: loaded - started, work: threadCpu() - loaded}
}

/** One fresh process per measurement: a warm isolate would hide what the first one costs. */
async function measure(paths, isolates) {
  const shares = Array.from({length: isolates}, (_, index) => paths.filter((_, at) => at % isolates === index))
  const before = processCpu()
  const started = performance.now()
  const others = shares.slice(1).map(
    (share) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), {workerData: share})
        worker.once('message', (result) => worker.terminate().then(() => resolve(result)))
        worker.once('error', reject)
      })
  )
  const results = [await work(shares[0]), ...(await Promise.all(others))]
  const wall = performance.now() - started
  const total = processCpu() - before
  const own = results.reduce((sum, result) => sum + result.load + result.work, 0)
  return {wall, total, helpers: total - own, results}
}

if (!isMainThread) {
  parentPort.postMessage(await work(workerData))
} else if (process.argv[2] === 'child') {
  const [, , , folder, isolates] = process.argv
  const paths = readdirSync(folder).sort().map((name) => folder + '/' + name)
  process.stdout.write(JSON.stringify(await measure(paths, Number(isolates))))
} else {
  const {execFileSync} = await import('node:child_process')
  const {folder, stories} = storyFolder()
  try {
    for (let round = 0; round < rounds; round++) {
      for (const isolates of round % 2 ? [2, 1] : [1, 2]) {
        const output = execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, 'child', stories, String(isolates)], {encoding: 'utf8'})
        const {wall, total, helpers, results} = JSON.parse(output)
        const each = results.map((result) => `load ${result.load.toFixed(0)} + work ${result.work.toFixed(0)}`).join('; ')
        console.log(`${isolates} isolate${isolates > 1 ? 's' : ''}: CPU ms ${each}; V8 helper threads ${helpers.toFixed(0)}; process ${total.toFixed(0)} (wall ${wall.toFixed(0)})`)
      }
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
