// Time per byte of 16 MB against 1 MB, for the text parse and for its floor (the tree copy, which
// allocates the same tree without reading any text), each size in a process of its own. A fresh
// 16 MB tree takes hundreds of MB that the process has never touched: each first touch of a 4 KiB
// page is a page fault, whose cost depends on the machine (tens of µs on a virtual one), while a
// 1 MB call reuses the pages of the calls before it. The floor's own ratio is what any parser that
// builds this tree pays on the machine; the page faults and system time of each call show why.
//
// `node --expose-gc bench/linear.js`: the four children in turn, PASSES times (default 2); prints
// one JSON line: per task (`parse 1 MB`, `parse 16 MB`, `tree copy 1 MB`, `tree copy 16 MB`) the
// median time (ms), page faults and system time (ms) of a call, and the two ratios.
import {execFileSync} from 'node:child_process'
import {corpus} from './corpus.js'
import {copyTree} from './floors.js'
import {median} from './median.js'

/** Median time, page faults and system time of `calls` calls of `task`, each from a collected heap. */
function measure(task, calls) {
  const ms = []
  const faults = []
  const system = []
  for (let call = 0; call < calls; call++) {
    globalThis.gc()
    const before = process.resourceUsage()
    const start = performance.now()
    task()
    ms.push(performance.now() - start)
    const after = process.resourceUsage()
    faults.push(after.minorPageFault - before.minorPageFault)
    system.push((after.systemCPUTime - before.systemCPUTime) / 1000)
  }
  return {ms: median(ms), faults: median(faults), system: median(system)}
}

if (process.argv[2] === '--child') {
  const {parse} = await import('../dist/index.js')
  const {text1, text16} = corpus()
  const [kind, size] = process.argv.slice(3)
  const big = size === '16'
  const tree1 = parse(text1.value, {format: 'text'})
  const tree16 = kind === 'copy' && big ? parse(text16.value, {format: 'text', maxLength: Infinity}) : undefined
  const run =
    kind === 'copy'
      ? (tree) => () => copyTree(tree)
      : (text) => () => parse(text.value, {format: 'text', maxLength: Infinity})
  // Warm on the 1 MB input either way: the optimized code, and where V8 allocates, settled.
  const warm = kind === 'copy' ? run(tree1) : run(text1)
  for (let call = 0; call < 10; call++) warm()
  const task = kind === 'copy' ? run(big ? tree16 : tree1) : run(big ? text16 : text1)
  console.log(JSON.stringify(measure(task, big ? 3 : 9)))
} else {
  const self = new URL(import.meta.url).pathname
  const tasks = {'parse 1 MB': ['parse', '1'], 'parse 16 MB': ['parse', '16'], 'tree copy 1 MB': ['copy', '1'], 'tree copy 16 MB': ['copy', '16']}
  const runs = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]))
  for (let pass = 0; pass < Number(process.env.PASSES ?? 2); pass++) {
    for (const [name, args] of Object.entries(tasks)) {
      runs[name].push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', self, '--child', ...args], {encoding: 'utf8'})))
    }
  }
  const result = {}
  for (const [name, list] of Object.entries(runs)) {
    result[name] = {ms: median(list.map((run) => run.ms)), faults: median(list.map((run) => run.faults)), system: median(list.map((run) => run.system))}
  }
  const {text1, text16} = corpus()
  const ratio = (one, sixteen) => result[sixteen].ms / text16.bytes / (result[one].ms / text1.bytes)
  result.parseRatio = ratio('parse 1 MB', 'parse 16 MB')
  result.floorRatio = ratio('tree copy 1 MB', 'tree copy 16 MB')
  console.log(JSON.stringify(result))
}
