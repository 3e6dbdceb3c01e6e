// The 1 MB text parse after other work in the same process (issue 16): does a process that
// parsed HTML before parse text slower? The HTML reader's records once left hidden classes that
// died with each parse, and V8 threw away the optimized code of the core functions that met them
// (`node --trace-deopt`: "weak objects"). Each round four fresh processes parse the 1 MB text
// three times; then one does nothing more, one parses the 1 MB post bodies three times, one
// allocates about as much garbage as those HTML parses, one parses another text of about the size
// three times (the Markdown corpus as plain text); then each parses the 1 MB text again, timed
// after a collection. Medians of ROUNDS (default 3). One timed call per process: it moves with
// what the optimizing compiler has finished, so use many rounds (bench/README.md, issue 16).
//
//   npm run build && ROUNDS=11 node bench/mixed.js
import {execFileSync} from 'node:child_process'

const rounds = Number(process.env.ROUNDS ?? 3)

if (process.argv[2] === '--child') {
  const {parse} = await import('../dist/index.js')
  const {corpus} = await import('./corpus.js')
  const {htmlCorpus} = await import('./html.js')
  const text = corpus().text1.value
  const html = htmlCorpus().html1.value
  const other = corpus().markdown1.value
  for (let time = 0; time < 3; time++) parse(text, {format: 'text'})
  if (process.argv[3] === 'html') for (let time = 0; time < 3; time++) parse(html, {format: 'html'})
  // Garbage of about the HTML parses' size, in objects the parser never meets: the heap's state without their shapes.
  if (process.argv[3] === 'garbage') for (let time = 0; time < 3; time++) garbage()
  // Another text of about the size (the Markdown corpus, read as plain text): other input, the same reader.
  if (process.argv[3] === 'other') for (let time = 0; time < 3; time++) parse(other, {format: 'text'})
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
  const times = {text: [], html: [], garbage: [], other: []}
  for (let round = 0; round < rounds; round++) {
    for (const before of round % 2 === 0 ? ['text', 'html', 'garbage', 'other'] : ['other', 'garbage', 'html', 'text']) {
      const output = execFileSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--child', before], {encoding: 'utf8'})
      times[before].push(Number(output))
    }
  }
  const median = (list) => list.slice().sort((a, b) => a - b)[list.length >> 1]
  console.log(
    `1 MB text parse, median of ${rounds}: after text parses only ${median(times.text).toFixed(0)} ms, after HTML parses too ${median(times.html).toFixed(0)} ms ` +
      `(${(median(times.html) / median(times.text)).toFixed(2)}x), after as much garbage instead ${median(times.garbage).toFixed(0)} ms (${(median(times.garbage) / median(times.text)).toFixed(2)}x), ` +
      `after another text ${median(times.other).toFixed(0)} ms (${(median(times.other) / median(times.text)).toFixed(2)}x)`
  )
}
