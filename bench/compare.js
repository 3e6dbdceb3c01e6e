// Before and after: the working tree's parser against another git ref (default: where this branch
// left main), built the same way, side by side in one run. `node --expose-gc bench/compare.js [ref]`.
// First it checks that both give the same tree and the same messages for every fixture, the
// corpus and stories of the fixtures' lines shuffled; then it times both in interleaved rounds and
// prints medians and their ratio: the text parse (with positions and without) of the seed and the
// 1 MB text, toHast and toHtml of their trees, the HTML reader on 1 MB of post bodies; with
// LARGE=1 the 16 MB text's parse too.
import {execFileSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {build} from 'esbuild'
import {VFile} from 'vfile'
import {corpus} from './corpus.js'
import {htmlCorpus} from './html.js'

const root = new URL('../', import.meta.url).pathname
const ref = process.argv[2] ?? execFileSync('git', ['merge-base', 'HEAD', 'main'], {cwd: root, encoding: 'utf8'}).trim()
const cache = root + '.bench-cache/'
const rounds = Number(process.env.ROUNDS ?? 5)

/** Bundle `src/index.ts` of a source folder into one ES module (dependencies stay imports). */
async function bundle(source, outfile) {
  await build({entryPoints: [source + 'src/index.ts'], bundle: true, format: 'esm', platform: 'neutral', target: 'node20', packages: 'external', outfile, logLevel: 'error'})
  return import(outfile + '?' + Date.now())
}

const sha = execFileSync('git', ['rev-parse', '--short', ref], {cwd: root, encoding: 'utf8'}).trim()
const folder = cache + 'ref-' + sha + '/'
rmSync(folder, {recursive: true, force: true})
mkdirSync(folder, {recursive: true})
execFileSync('sh', ['-c', 'git archive ' + sha + ' src | tar -x -C ' + folder], {cwd: root})
const before = await bundle(folder, cache + 'before-' + sha + '.js')
const after = await bundle(root, cache + 'after.js')

// Same output: every fixture, and the corpus.
const inputs = corpus()
const samples = [inputs.seed.value, inputs.seedMarkdown.value, inputs.text1.value, inputs.markdown1.value]
for (const folderName of ['text', 'markdown', 'anonymize', 'html']) {
  const directory = root + 'fixtures/' + folderName + '/'
  for (const name of readdirSync(directory).sort()) {
    if (/\.(txt|md|html)$/.test(name)) samples.push(readFileSync(directory + name, 'utf8'))
  }
}
// Stories of the fixtures' lines in a random order, with a fixed seed: neighbours no fixture has
// (a cue beside a comment header, controls amid a story, a run-on after a bold cue). SHUFFLED=n
// sets how many (default 500).
const shuffled = Number(process.env.SHUFFLED ?? 500)
const fixtureLines = []
for (const value of samples.slice(4)) for (const line of value.split(/\r?\n/)) fixtureLines.push(line)
for (const story of shuffledStories(fixtureLines, shuffled)) samples.push(story)

/** `count` stories of 1–30 lines drawn from `lines` by a generator with a fixed seed, some with `\r\n`. */
function shuffledStories(lines, count) {
  let seed = 20261202
  const next = (below) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % below
  }
  const stories = []
  for (let index = 0; index < count; index++) {
    const story = []
    for (let length = 1 + next(30); length > 0; length--) story.push(lines[next(lines.length)])
    stories.push(story.join(next(8) === 0 ? '\r\n' : '\n'))
  }
  return stories
}

// Each input read as every format, with and without positions.
const formats = ['auto', 'text', 'markdown', 'html']
let differences = 0
for (const value of samples) {
  for (const format of formats) {
    for (const positions of [true, false]) {
      const was = snapshot(before, value, format, positions)
      const is = snapshot(after, value, format, positions)
      if (was === is) continue
      differences++
      // DIFFS=1: which input, and where the two snapshots part.
      if (process.env.DIFFS === '1' && positions) {
        let at = 0
        while (at < was.length && was.charCodeAt(at) === is.charCodeAt(at)) at++
        console.log(JSON.stringify(value.slice(0, 60)), format, '\n  before: ' + was.slice(Math.max(0, at - 150), at + 150) + '\n  after:  ' + is.slice(Math.max(0, at - 150), at + 150))
      }
    }
  }
}
console.log('trees and messages: ' + samples.length + ' inputs (' + shuffled + ' of them shuffled fixture lines) x ' + formats.length + ' formats x positions on and off, ' + (differences === 0 ? 'identical' : differences + ' differ'))
if (differences > 0) process.exitCode = 1

function snapshot(library, value, format, positions) {
  const file = new VFile(value)
  const tree = library.parse(file, {format, positions})
  const messages = file.messages.map((message) => [message.reason, message.ruleId, message.place])
  return JSON.stringify([tree, messages, library.toHtml(tree), library.toText(tree)])
}

// Timing, interleaved: each round runs every contender once (ROUNDS=0: none). One size at a time,
// the seed first, so the big trees of the 1 MB rounds are not yet in the heap around the small calls.
if (rounds === 0) process.exit()
const collect = typeof globalThis.gc === 'function' ? () => globalThis.gc() : () => {}
const sizes = [
  {size: 'seed', input: inputs.seed, times: 100, rounds: rounds * 4, collect: false},
  {size: '1 MB', input: inputs.text1, times: 1, rounds, collect: true, html: htmlCorpus().html1}
]
// LARGE=1: the 16 MB text too (parse only; the rounds halved), for what the collector does on it.
if (process.env.LARGE === '1') sizes.push({size: '16 MB', input: inputs.text16, times: 1, rounds: Math.max(1, rounds >> 1), collect: true, parseOnly: true})
const tasks = []
const results = []
/** CPU time (ms) of this process: on a machine other work keeps busy, steadier than wall time. */
const cpuResults = []
for (const {size, input, times, rounds: count, collect: clean, html, parseOnly} of sizes) {
  const first = tasks.length
  for (const [side, library] of [['before', before], ['after', after]]) {
    const options = {format: 'text', maxLength: Number.POSITIVE_INFINITY}
    tasks.push({name: 'parse ' + size, side, bytes: input.bytes, run: () => library.parse(input.value, options)})
    tasks.push({name: 'parse ' + size + ', positions: false', side, bytes: input.bytes, run: () => library.parse(input.value, {...options, positions: false})})
    if (html) tasks.push({name: 'parse, html, ' + html.name, side, bytes: html.bytes, run: () => library.parse(html.value, {format: 'html'})})
    if (parseOnly) continue
    const tree = library.parse(input.value, {format: 'text'})
    tasks.push({name: 'toHast ' + size, side, bytes: input.bytes, run: () => library.toHast(tree)})
    tasks.push({name: 'toHtml ' + size, side, bytes: input.bytes, run: () => library.toHtml(tree)})
  }
  const order = []
  for (let index = first; index < tasks.length; index++) {
    order.push(index)
    results.push([])
    cpuResults.push([])
    tasks[index].run() // warm up
  }
  // Every other round runs the contenders in reverse order, so neither side always goes second.
  for (let round = 0; round < count; round++) {
    for (const index of round % 2 === 0 ? order : order.slice().reverse()) {
      if (clean) collect()
      const start = performance.now()
      const cpu = process.cpuUsage()
      for (let time = 0; time < times; time++) tasks[index].run()
      const used = process.cpuUsage(cpu)
      results[index].push((performance.now() - start) / times)
      cpuResults[index].push((used.user + used.system) / 1000 / times)
    }
  }
  // Let the trees of this size go before the next one.
  for (let index = first; index < tasks.length; index++) tasks[index].run = undefined
}

const median = (list) => list.slice().sort((a, b) => a - b)[list.length >> 1]
console.log('medians of interleaved rounds (seed: ' + rounds * 4 + ' of 100 calls each, 1 MB: ' + rounds + (process.env.LARGE === '1' ? ', 16 MB: ' + Math.max(1, rounds >> 1) : '') + ', each from a collected heap); before = ' + ref + ' (' + sha + '), after = working tree')
console.log('| task | before | after | speed-up, wall time | speed-up, CPU time |')
console.log('|---|---:|---:|---:|---:|')
const names = [...new Set(tasks.map((task) => task.name))]
for (const name of names) {
  const indices = ['before', 'after'].map((side) => tasks.findIndex((task) => task.name === name && task.side === side))
  const [b, a] = indices.map((index) => median(results[index]))
  const [cpuB, cpuA] = indices.map((index) => median(cpuResults[index]))
  const bytes = tasks.find((task) => task.name === name).bytes
  const show = (ms) => (ms < 1 ? (ms * 1000).toFixed(1) + ' µs' : ms.toFixed(1) + ' ms') + ' (' + (bytes / 1e3 / ms).toFixed(2) + ' MB/s)'
  console.log('| ' + name + ' | ' + show(b) + ' | ' + show(a) + ' | ' + (b / a).toFixed(2) + 'x | ' + (cpuB / cpuA).toFixed(2) + 'x |')
}
