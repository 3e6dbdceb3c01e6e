// `npm run bench`: every public operation beside its alternatives and floors, on the same corpus,
// in one run. Rounds interleave the contenders, so a busy moment on a shared machine hits all
// alike; the figures are medians over all rounds. ROUNDS=n sets the rounds (default 3).
// The memory figures come from a child process (bench/memory.js), so this process's heap does
// not blur them.
import {execFileSync} from 'node:child_process'
import {availableParallelism, cpus} from 'node:os'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import remarkParse from 'remark-parse'
import {Bench} from 'tinybench'
import {unified} from 'unified'
import {fromHtml} from 'hast-util-from-html'
import {anonymize, parse, readBlogExport, toHast, toHtml, toText} from '../dist/index.js'
import {corpus} from './corpus.js'
import {htmlCorpus} from './html.js'
import {copyShape, copyTree, countNodes, lineScan} from './floors.js'
import {measureJobs, reportJobs} from './jobs.js'
import {median} from './median.js'

const rounds = Number(process.env.ROUNDS ?? 3)
const inputs = Object.assign(corpus(), htmlCorpus())
const remark = unified().use(remarkParse).freeze()

// What the renderers start from: the parsed trees (and, for hast-util-to-html alone, the hast).
const trees = {
  seed: parse(inputs.seed.value, {format: 'text'}),
  text1: parse(inputs.text1.value, {format: 'text'})
}
const hast1 = toHast(trees.text1)

/** Groups of tasks on one input; big inputs run few iterations per round, each from a collected heap. */
const groups = [
  {
    input: inputs.seed,
    // Small and fast: many calls, no collection between them (it would cost more than the call).
    // A warm-up long enough for the optimizing compiler to finish with every task. These rows run
    // in this process's heap, which holds every input (16 MB text, 10 MB export) and the 1 MB
    // tree: the seed parses about 1.6× slower here than in a process of its own
    // (`node bench/seed-heap.js`).
    collect: false,
    options: {time: 500, iterations: 300, warmupTime: 300, warmupIterations: 500},
    tasks: {
      'line scan (floor)': () => lineScan(inputs.seed.value),
      'parse, text': () => parse(inputs.seed.value, {format: 'text'}),
      'parse, markdown': () => parse(inputs.seedMarkdown.value, {format: 'markdown'}),
      'remark-parse alone': () => remark.parse(inputs.seed.value),
      toHtml: () => toHtml(trees.seed),
      toText: () => toText(trees.seed),
      anonymize: () => anonymize(trees.seed)
    }
  },
  {
    input: inputs.text1,
    collect: true,
    options: {time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1},
    tasks: {
      'line scan (floor)': () => lineScan(inputs.text1.value),
      'tree copy (floor)': () => copyTree(trees.text1),
      'tree copy, no positions (floor)': () => copyShape(trees.text1),
      'parse, text': () => parse(inputs.text1.value, {format: 'text'}),
      'parse, text, positions: false': () => parse(inputs.text1.value, {format: 'text', positions: false}),
      'remark-parse alone': () => remark.parse(inputs.text1.value),
      toHast: () => toHast(trees.text1),
      'hast-util-to-html alone': () => hastToHtml(hast1),
      toHtml: () => toHtml(trees.text1),
      toText: () => toText(trees.text1),
      anonymize: () => anonymize(trees.text1)
    }
  },
  {
    // Right after the 1 MB text, in the same state of the process: the time per byte of the two
    // shows whether the parse is linear. Until 2026-12-02 it ran last, after the HTML and export
    // groups, in another state of the process (optimized code, heap) than the 1 MB parse.
    input: inputs.text16,
    collect: true,
    options: {time: 0, iterations: 2, warmupTime: 0, warmupIterations: 1},
    tasks: {
      'line scan (floor)': () => lineScan(inputs.text16.value),
      'parse, text': () => parse(inputs.text16.value, {format: 'text', maxLength: Infinity})
    }
  },
  {
    input: inputs.markdown1,
    collect: true,
    options: {time: 0, iterations: 2, warmupTime: 0, warmupIterations: 1},
    tasks: {
      'parse, markdown': () => parse(inputs.markdown1.value, {format: 'markdown'}),
      'remark-parse alone': () => remark.parse(inputs.markdown1.value)
    }
  },
  {
    input: inputs.html1,
    collect: true,
    options: {time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1},
    tasks: {
      'parse, html': () => parse(inputs.html1.value, {format: 'html'}),
      'hast-util-from-html alone': () => fromHtml(inputs.html1.value, {fragment: true})
    }
  },
  {
    input: inputs.export1,
    collect: true,
    options: {time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1},
    tasks: {readBlogExport: () => readBlogExport(inputs.export1.value)}
  },
  {
    input: inputs.export10,
    collect: true,
    options: {time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0},
    tasks: {readBlogExport: () => readBlogExport(inputs.export10.value)}
  }
]

const collect = typeof globalThis.gc === 'function' ? () => globalThis.gc() : () => {}
/** Latency samples (ms) by group and task, over all rounds. */
const samples = groups.map((group) => Object.fromEntries(Object.keys(group.tasks).map((name) => [name, []])))

for (let round = 0; round < rounds; round++) {
  for (const [index, group] of groups.entries()) {
    const bench = new Bench({...group.options, retainSamples: true})
    for (const [name, task] of Object.entries(group.tasks)) bench.add(name, task, group.collect ? {beforeEach: collect} : {})
    await bench.run()
    for (const task of bench.tasks) {
      if (task.result.state !== 'completed') throw new Error(task.name + ': ' + task.result.state + ' ' + (task.result.error ?? ''))
      for (const sample of task.result.latency.samples) samples[index][task.name].push(sample)
    }
  }
}

/** Median time (ms) of a task on an input. */
function time(inputKey, task) {
  const index = groups.findIndex((group) => group.input === inputs[inputKey])
  return median(samples[index][task])
}

function megabytesPerSecond(inputKey, task) {
  return inputs[inputKey].bytes / 1e3 / time(inputKey, task)
}

// The seed's parse in a process of its own: this process's heap holds every input and the 1 MB
// tree, which slows the small calls above (bench/seed-heap.js). Its child runs for a third of a
// second, so one busy moment of the machine can double it: it runs three times, before, between
// and after the other children (about a minute apart), and the row takes the median.
const seedAloneRuns = []
const seedAloneRun = () =>
  seedAloneRuns.push(
    JSON.parse(execFileSync(process.execPath, [new URL('seed-heap.js', import.meta.url).pathname, '--child', 'alone'], {encoding: 'utf8'})).median / 1000
  )

seedAloneRun()
const memory = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', new URL('memory.js', import.meta.url).pathname], {encoding: 'utf8'})
)

// The 1 MB parse and its floors in a process of its own (bench/parse-alone.js): the rows above
// run in a heap that holds every input, which slows the floors as much as the parse.
const alone = JSON.parse(
  execFileSync(process.execPath, [new URL('parse-alone.js', import.meta.url).pathname], {encoding: 'utf8'})
)
const aloneRate = (task) => inputs.text1.bytes / 1e3 / alone[task]
const aloneCpuRate = (task) => inputs.text1.bytes / 1e3 / alone.cpu[task]
seedAloneRun()

// 16 MB against 1 MB, the parse and its floor, each size in a process of its own, with the page
// faults and system time of a call (bench/linear.js).
const linearAlone = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', new URL('linear.js', import.meta.url).pathname], {encoding: 'utf8'})
)
seedAloneRun()
const seedAlone = median(seedAloneRuns)

// The table.
const cores = availableParallelism()
console.log('anecdote bench, ' + new Date().toISOString().slice(0, 10) + ', ' + cores + ' cores (' + (cpus()[0]?.model ?? '?').trim() + '), Node ' + process.versions.node)
console.log('median over ' + rounds + ' rounds' + (typeof globalThis.gc === 'function' ? ', heap collected before each call on the 1 MB and larger inputs' : ', run with --expose-gc to collect the heap before each call'))
for (const [name, input] of Object.entries(inputs)) console.log('  ' + name.padEnd(13) + input.name.padEnd(20) + input.bytes.toLocaleString('en').padStart(12) + ' bytes')
console.log('  1 MB text: ' + countNodes(trees.text1).toLocaleString('en') + ' nodes in the tree')
const speeds = coreSpeeds(cores)
if (speeds) console.log('  the cores now (a plain loop pinned to each with taskset; a machine whose cores differ times each figure on whichever ran it): ' + speeds)
console.log('')
console.log('| task | input | median | MB/s | per 3 KB story |')
console.log('|---|---|---:|---:|---:|')
for (const group of groups) {
  const key = Object.keys(inputs).find((name) => inputs[name] === group.input)
  for (const task of Object.keys(group.tasks)) {
    const ms = time(key, task)
    const bytes = task === 'parse, markdown' && key === 'seed' ? inputs.seedMarkdown.bytes : group.input.bytes
    const rate = bytes / 1e3 / ms
    const perStory = (inputs.seed.bytes / bytes) * ms
    console.log('| ' + task + ' | ' + group.input.name + ' | ' + formatMs(ms) + ' | ' + rate.toFixed(2) + ' | ' + formatMs(perStory) + ' |')
  }
}
console.log('')

// The targets of issue 7.
const parse1 = megabytesPerSecond('text1', 'parse, text')
const remark1 = megabytesPerSecond('text1', 'remark-parse alone')
const linear = time('text16', 'parse, text') / inputs.text16.bytes / (time('text1', 'parse, text') / inputs.text1.bytes)
const seedMs = time('seed', 'parse, text')
const html1 = megabytesPerSecond('text1', 'toHtml')
const exportLinear = time('export10', 'readBlogExport') / inputs.export10.bytes / (time('export1', 'readBlogExport') / inputs.export1.bytes)
const targets = [
  ['text parse, 1 MB', parse1.toFixed(2) + ' MB/s', '>= 50 MB/s', parse1 >= 50],
  ['text parse / remark-parse, 1 MB', (parse1 / remark1).toFixed(1) + 'x', '>= 100x', parse1 / remark1 >= 100],
  ['time per byte, 16 MB / 1 MB', linear.toFixed(2), '<= 1.3', linear <= 1.3],
  ['seed parse (median)', formatMs(seedMs), '< 0.1 ms', seedMs < 0.1],
  ['toHtml, 1 MB', html1.toFixed(2) + ' MB/s', '>= 20 MB/s', html1 >= 20],
  ['html parse / hast-util-from-html alone, 1 MB', (time('html1', 'parse, html') / time('html1', 'hast-util-from-html alone')).toFixed(2) + 'x', '<= 1.5x', time('html1', 'parse, html') / time('html1', 'hast-util-from-html alone') <= 1.5],
  ['readBlogExport time per byte, 10 MB / 1 MB', exportLinear.toFixed(2), '<= 1.3', exportLinear <= 1.3],
  ['retained heap, 16 MB tree', memory.retainedPerByte.toFixed(1) + ' B/byte', '<= 10 B/byte', memory.retainedPerByte <= 10]
]
console.log('| target | measured | wanted | met |')
console.log('|---|---:|---:|---|')
for (const [name, measured, wanted, met] of targets) console.log('| ' + name + ' | ' + measured + ' | ' + wanted + ' | ' + (met ? 'yes' : 'no') + ' |')
console.log('')
console.log('floors, 1 MB: line scan ' + megabytesPerSecond('text1', 'line scan (floor)').toFixed(1) + ' MB/s, tree copy ' + megabytesPerSecond('text1', 'tree copy (floor)').toFixed(1) + ' MB/s, without positions ' + megabytesPerSecond('text1', 'tree copy, no positions (floor)').toFixed(1) + ' MB/s')
console.log('toHtml, 1 MB: toHast ' + formatMs(time('text1', 'toHast')) + ', hast-util-to-html alone ' + formatMs(time('text1', 'hast-util-to-html alone')) + ', together ' + formatMs(time('text1', 'toHtml')))
console.log(
  '16 MB parse, memory (child process): retained ' + memory.retainedPerByte.toFixed(1) + ' B per input byte (heap after collection, tree kept), peak ' +
    memory.peakPerByte.toFixed(1) + ' B per input byte (resident set high-water mark over the parse)'
)
console.log(
  'retained heap floors, 16 MB: the tree shape copied ' + memory.copyPerByte.toFixed(1) + ' B per input byte, the same without positions ' +
    memory.shapePerByte.toFixed(1) + ' B per input byte'
)

console.log(
  '16 MB parse with positions: false: retained ' + memory.barePerByte.toFixed(1) + ' B per input byte'
)
console.log(
  '1 MB, in a process of its own (bench/parse-alone.js): parse ' + aloneRate('parse, text').toFixed(2) + ' MB/s, positions: false ' + aloneRate('parse, text, positions: false').toFixed(2) +
    ' MB/s; floors: line scan ' + aloneRate('line scan (floor)').toFixed(1) + ' MB/s, tree copy ' + aloneRate('tree copy (floor)').toFixed(1) + ' MB/s, without positions ' +
    aloneRate('tree copy, no positions (floor)').toFixed(1) + ' MB/s'
)
console.log(
  '  the same, of the main thread\'s CPU time (without the moments the host ran other guests): parse ' + aloneCpuRate('parse, text').toFixed(2) + ' MB/s, positions: false ' +
    aloneCpuRate('parse, text, positions: false').toFixed(2) + ' MB/s; floors: line scan ' + aloneCpuRate('line scan (floor)').toFixed(1) + ' MB/s, tree copy ' +
    aloneCpuRate('tree copy (floor)').toFixed(1) + ' MB/s, without positions ' + aloneCpuRate('tree copy, no positions (floor)').toFixed(1) + ' MB/s'
)
console.log(
  'seed parse in a process of its own (bench/seed-heap.js), three runs about a minute apart: ' + seedAloneRuns.map(formatMs).join(', ') + '; median ' + formatMs(seedAlone)
)
const linearRow = (name) => {
  const {ms, faults, system} = linearAlone[name]
  return name + ' ' + formatMs(ms) + ' (' + faults.toLocaleString('en') + ' page faults, ' + formatMs(system) + ' system time)'
}
console.log(
  'time per byte, 16 MB ÷ 1 MB, each in a process of its own (bench/linear.js): parse ' + linearAlone.parseRatio.toFixed(2) + ', tree-copy floor ' +
    linearAlone.floorRatio.toFixed(2) + '; ' + ['parse 1 MB', 'parse 16 MB', 'tree copy 1 MB', 'tree copy 16 MB'].map(linearRow).join(', ')
)
console.log('')

// `anecdote stats --jobs 2` beside `--jobs 1` on a 400-story folder (issue 16), built CLI as a child process.
const jobs = measureJobs()
reportJobs(jobs)
console.log('')

// The targets of issue 16: the parse against the floor of its tree, every figure from this run.
// The parse's rows are judged in a process of its own (as the seed's), and shown beside the
// same in this process's heap.
const floorRatio = parse1 / megabytesPerSecond('text1', 'tree copy (floor)')
const floorRatioAlone = aloneRate('parse, text') / aloneRate('tree copy (floor)')
const bare1 = megabytesPerSecond('text1', 'parse, text, positions: false')
const bare1Alone = aloneRate('parse, text, positions: false')
const ofFloor = (rate, floor) => ' (' + (rate / floor).toFixed(2) + ' of its floor)'
const heapRatio = memory.retainedPerByte / memory.copyPerByte
const targets16 = [
  ['text parse ÷ tree-copy floor, 1 MB (MB/s over MB/s; in a process of its own, and beside the inputs above)', floorRatioAlone.toFixed(2) + '; ' + floorRatio.toFixed(2), '>= 0.5', floorRatioAlone >= 0.5],
  ['text parse of the 3 KB seed (median; in a process of its own, and beside the inputs above)', formatMs(seedAlone) + '; ' + formatMs(seedMs), '<= 0.08 ms', seedAlone <= 0.08],
  [
    'parse, positions: false, 1 MB (in a process of its own, and beside the inputs above)',
    bare1Alone.toFixed(2) + ' MB/s' + ofFloor(bare1Alone, aloneRate('tree copy, no positions (floor)')) + ' (CPU time: ' + aloneCpuRate('parse, text, positions: false').toFixed(2) + ' MB/s); ' + bare1.toFixed(2) + ' MB/s' + ofFloor(bare1, megabytesPerSecond('text1', 'tree copy, no positions (floor)')),
    '>= 30 MB/s',
    bare1Alone >= 30
  ],
  [
    'time per byte, 16 MB ÷ 1 MB (in processes of their own, and beside the inputs above; the tree-copy floor in processes of its own)',
    linearAlone.parseRatio.toFixed(2) + '; ' + linear.toFixed(2) + '; floor ' + linearAlone.floorRatio.toFixed(2),
    '<= 1.2',
    linearAlone.parseRatio <= 1.2
  ],
  ['retained heap, 16 MB tree ÷ its shape floor', heapRatio.toFixed(2), '<= 1.1', heapRatio <= 1.1],
  ['retained heap without positions, 16 MB', memory.barePerByte.toFixed(1) + ' B/byte', '<= 9 B/byte', memory.barePerByte <= 9],
  ['stats of ' + jobs.stories + ' stories, --jobs 2 ÷ --jobs 1 (wall)', jobs.ratio.toFixed(2), '<= 0.6', jobs.ratio <= 0.6]
]
console.log('| target (issue 16) | measured | wanted | met |')
console.log('|---|---:|---:|---|')
for (const [name, measured, wanted, met] of targets16) console.log('| ' + name + ' | ' + measured + ' | ' + wanted + ' | ' + (met ? 'yes' : 'no') + ' |')

function formatMs(ms) {
  return ms < 1 ? (ms * 1000).toFixed(1) + ' µs' : ms.toFixed(1) + ' ms'
}

/** Time of one plain arithmetic loop pinned to each core (Linux `taskset`), or undefined where it cannot be pinned. */
function coreSpeeds(count) {
  const loop = 'let x = 0; const s = performance.now(); for (let i = 0; i < 2e8; i++) x = (x + i * 7) | 0; console.log((performance.now() - s).toFixed(0) + (x === 0.5 ? "" : ""))'
  try {
    return Array.from({length: count}, (_, core) => 'cpu' + core + ' ' + execFileSync('taskset', ['-c', String(core), process.execPath, '-e', loop], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim() + ' ms').join(', ')
  } catch {
    return undefined
  }
}
