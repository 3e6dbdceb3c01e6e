// A text parse in a process that parsed HTML before (issue 16). The HTML reader's records must not
// leave hidden classes that die with each parse, or V8 throws away the optimized code of the core
// functions that met them (`node --trace-deopt`: "weak objects") and the next text parse runs
// slower. Each round three fresh processes parse the 1 MB text three times; then one parses
// nothing more, one the 1 MB post bodies three times, one allocates about as much garbage as
// those HTML parses (the heap's state without their shapes); then each parses the 1 MB text
// again, timed after a collection. Medians of ROUNDS (default 3).
//
//   npm run build && node bench/mixed.js
import {execFileSync} from 'node:child_process'

const rounds = Number(process.env.ROUNDS ?? 3)

if (process.argv[2] === '--child') {
  const {parse} = await import('../dist/index.js')
  const {corpus} = await import('./corpus.js')
  const {htmlCorpus} = await import('./html.js')
  const text = corpus().text1.value
  const html = htmlCorpus().html1.value
  for (let time = 0; time < 3; time++) parse(text, {format: 'text'})
  if (process.argv[3] === 'html') for (let time = 0; time < 3; time++) parse(html, {format: 'html'})
  // Garbage of about the HTML parses' size, in objects the parser never meets: the heap's state without their shapes.
  if (process.argv[3] === 'garbage') for (let time = 0; time < 3; time++) garbage()
  globalThis.gc()
  const start = performance.now()
  parse(text, {format: 'text'})
  process.stdout.write(String(performance.now() - start))

  /** About what one HTML parse of the 1 MB post bodies allocates (270 MB), a tree at a time. */
  function garbage() {
    for (let part = 0; part < 30; part++) {
      const nodes = []
      for (let index = 0; index < 150_000; index++) nodes.push({kind: 'g', at: index, children: [index]})
    }
  }
} else {
  const times = {text: [], html: [], garbage: []}
  for (let round = 0; round < rounds; round++) {
    for (const before of round % 2 === 0 ? ['text', 'html', 'garbage'] : ['garbage', 'html', 'text']) {
      const output = execFileSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--child', before], {encoding: 'utf8'})
      times[before].push(Number(output))
    }
  }
  const median = (list) => list.slice().sort((a, b) => a - b)[list.length >> 1]
  console.log(
    `1 MB text parse, median of ${rounds}: after text parses only ${median(times.text).toFixed(0)} ms, after HTML parses too ${median(times.html).toFixed(0)} ms ` +
      `(${(median(times.html) / median(times.text)).toFixed(2)}x), after as much garbage instead ${median(times.garbage).toFixed(0)} ms (${(median(times.garbage) / median(times.text)).toFixed(2)}x)`
  )
}
