// The 1 MB text parse and its floors, each in a process of its own. bench/index.js runs them
// beside its own rows, whose process holds every input (16 MB text, 10 MB export, the HTML and
// Markdown inputs), the 1 MB tree and its hast, and runs every task in turn. There, V8 allocates
// the parser's objects straight in the old generation once a parse has kept nearly all it made
// (allocation-site pretenuring), and each call pays for marking that heap: the floors themselves
// run 2–4× slower there than here, more so than when issue 16 measured them.
//
// `node --expose-gc bench/parse-alone.js`: every task, each in a child process that holds the
// 1 MB input (and the tree a floor copies) and does nothing but that task; the children run in
// turn, PASSES times (default 3), so a busy moment does not hit one task alone. Prints one JSON
// line: per task, the median over all passes of each child's median (ROUNDS calls each, default 9,
// after 20 to warm up, a full collection before each call) of the wall time, and under `cpu` the
// same of the main thread's CPU time.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {corpus} from './corpus.js'
import {copyShape, copyTree, lineScan} from './floors.js'
import {median} from './median.js'

const tasks = {
  'line scan (floor)': () => {
    const {value} = corpus().text1
    return () => lineScan(value)
  },
  'tree copy (floor)': (parse) => {
    const tree = parse(corpus().text1.value, {format: 'text'})
    return () => copyTree(tree)
  },
  'tree copy, no positions (floor)': (parse) => {
    const tree = parse(corpus().text1.value, {format: 'text', positions: false})
    return () => copyShape(tree)
  },
  'parse, text': (parse) => {
    const {value} = corpus().text1
    return () => parse(value, {format: 'text'})
  },
  'parse, text, positions: false': (parse) => {
    const {value} = corpus().text1
    return () => parse(value, {format: 'text', positions: false})
  }
}

if (process.argv[2] === '--child') {
  const {parse} = await import('../dist/index.js')
  const task = tasks[process.argv[3]](parse)
  // The first calls of a 1 MB parse take up to 7× as long: V8 settles its optimized code, where it
  // allocates the parser's objects and how many pages its heap keeps. Without positions that took
  // 10 to 17 calls on 2026-12-06 (`node --trace-opt`: optimizing compiles until call 16; page
  // faults per call falling from 1,000 to 40 by call 11–17), so 10 calls of warm-up left some of
  // it in the measured calls. WARMUP=n sets another number.
  const warmUp = Number(process.env.WARMUP ?? 20)
  const times = []
  const cpuTimes = []
  for (let call = -warmUp; call < Number(process.env.ROUNDS ?? 9); call++) {
    globalThis.gc()
    const cpuStart = threadCpu()
    const start = performance.now()
    task()
    if (call < 0) continue
    times.push(performance.now() - start)
    cpuTimes.push(threadCpu() - cpuStart)
  }
  console.log(median(times) + ' ' + median(cpuTimes))
} else {
  const self = new URL(import.meta.url).pathname
  const medians = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]))
  const cpuMedians = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]))
  for (let pass = 0; pass < Number(process.env.PASSES ?? 3); pass++) {
    for (const name of Object.keys(tasks)) {
      const [wall, cpu] = execFileSync(process.execPath, ['--expose-gc', self, '--child', name], {encoding: 'utf8'}).trim().split(' ').map(Number)
      medians[name].push(wall)
      cpuMedians[name].push(cpu)
    }
  }
  const of = (lists) => Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, median(list)]))
  console.log(JSON.stringify({...of(medians), cpu: of(cpuMedians)}))
}

/**
 * The main thread's CPU time in ms (Linux: /proc/thread-self/schedstat; elsewhere the process's,
 * every thread's). On a shared virtual machine the wall time also holds the moments the host ran
 * other guests: this one holds only the thread's own work, and moves less from run to run.
 */
function threadCpu() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  } catch {
    const {user, system} = process.cpuUsage()
    return (user + system) / 1e3
  }
}
