// The Markdown path against remark-parse alone on the same text: the seed rewritten in Markdown,
// repeated to about 1 MB. Run `npm run build` first; then `node --expose-gc bench/markdown.js`
// (with `--expose-gc` each timed call starts from a collected heap, so no contender pays for the
// garbage of the one before).
import {readFileSync} from 'node:fs'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse} from '../dist/index.js'

const seed = readFileSync(new URL('../fixtures/markdown/fahren-sie-mal-da-hin.md', import.meta.url), 'utf8')
const copies = Math.ceil(1_000_000 / (seed.length + 2))
const value = Array.from({length: copies}, () => seed).join('\n\n')
const rounds = Number(process.env.ROUNDS ?? 7)

// remark-parse as the Markdown path configures it (the same micromark extension).
const remark = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [{disable: {null: ['codeIndented', 'htmlFlow', 'htmlText']}}])
  .freeze()

// The runs the Markdown path hands to micromark (blank-line separated blocks, indented ones joined
// to the block before, grouped up to 4,096 characters), the way `src/parse/markdown/blocks.ts`
// splits this text (it has no fences and no block micromark would be slow on).
function runs(text) {
  const blocks = []
  for (const match of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
    const block = {start: match.index, end: match.index + match[0].length}
    const previous = blocks[blocks.length - 1]
    if (previous && (/^\s/.test(match[0]) || block.end - previous.start <= 4096)) previous.end = block.end
    else blocks.push(block)
  }
  return blocks.map((block) => text.slice(block.start, block.end))
}
const parts = runs(value)

/** Median time of each contender; rounds interleave them, so a busy moment on a shared machine hits all alike. */
function medians(contenders) {
  const times = contenders.map(() => [])
  for (const run of contenders) run() // warm up
  for (let round = 0; round < rounds; round++) {
    contenders.forEach((run, index) => {
      if (typeof globalThis.gc === 'function') globalThis.gc()
      const start = performance.now()
      run()
      times[index].push(performance.now() - start)
    })
  }
  for (const list of times) list.sort((x, y) => x - y)
  fastest = times.map((list) => list[0])
  return times.map((list) => list[list.length >> 1])
}

/** The fastest time of each contender: on a busy machine the least disturbed figure. */
let fastest = []

const [remarkTime, remarkRunsTime, anecdoteTime, textTime] = medians([
  () => remark.parse(value),
  () => {
    for (const part of parts) remark.parse(part)
  },
  () => parse(value, {format: 'markdown'}),
  () => parse(value, {format: 'text'})
])

const size = (value.length / 1e6).toFixed(2) + ' M chars'
const line = (name, time) => console.log(name.padEnd(44) + time.toFixed(1).padStart(9) + ' ms' + (value.length / 1e3 / time).toFixed(2).padStart(9) + ' MB/s')
console.log('Markdown seed x ' + copies + ' (' + size + '), median of ' + rounds + ' rounds' + (typeof globalThis.gc === 'function' ? ', heap collected before each call' : ''))
line('remark-parse alone (whole text)', remarkTime)
line('remark-parse alone (the same ' + parts.length + ' runs)', remarkRunsTime)
line('anecdote parse, format: markdown', anecdoteTime)
line('anecdote parse, format: text (for scale)', textTime)
console.log('ratio markdown path / remark-parse on the same runs: ' + (anecdoteTime / remarkRunsTime).toFixed(2) + ' (target: at most 1.25)')
console.log('ratio markdown path / remark-parse on the whole text: ' + (anecdoteTime / remarkTime).toFixed(2))
console.log('fastest rounds: remark-parse on the same runs ' + fastest[1].toFixed(1) + ' ms, markdown path ' + fastest[2].toFixed(1) + ' ms, ratio ' + (fastest[2] / fastest[1]).toFixed(2))
