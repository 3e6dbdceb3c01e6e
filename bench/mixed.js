// A text parse in a process that parsed HTML before (issue 16): the HTML reader's line records and
// their formats must not leave hidden classes that die with each parse, or V8 throws away the
// optimized code of every core function that met them (`node --trace-deopt`: "weak objects") and
// the next text parse runs unoptimized. Each round two fresh processes: one parses the 1 MB text
// three times, the other the same and then the 1 MB post bodies three times; then each parses the
// 1 MB text again, timed (after a collection). Medians of ROUNDS (default 3).
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
  globalThis.gc()
  const start = performance.now()
  parse(text, {format: 'text'})
  process.stdout.write(String(performance.now() - start))
} else {
  const times = {text: [], html: []}
  for (let round = 0; round < rounds; round++) {
    for (const before of round % 2 === 0 ? ['text', 'html'] : ['html', 'text']) {
      const output = execFileSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--child', before], {encoding: 'utf8'})
      times[before].push(Number(output))
    }
  }
  const median = (list) => list.slice().sort((a, b) => a - b)[list.length >> 1]
  console.log(
    `1 MB text parse, median of ${rounds}: after text parses only ${median(times.text).toFixed(0)} ms, after HTML parses too ${median(times.html).toFixed(0)} ms (ratio ${(median(times.html) / median(times.text)).toFixed(2)})`
  )
}
