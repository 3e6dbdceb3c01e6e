// The 3 KB seed's parse in a heap of its own beside the same in a heap like `npm run bench`'s
// (every input of bench/index.js and the 1 MB tree kept): `node bench/seed-heap.js`. Two child
// processes, one each; medians of 2,000 calls after 1,000 to warm up. The second is slower because
// of the 1 MB parse before it, not the heap's size: there nearly every object the parser makes
// survives, and V8 decides to allocate its object literals in the old generation from then on
// (allocation-site pretenuring); `node --no-allocation-site-pretenuring bench/seed-heap.js` shows it.
import {execFileSync} from 'node:child_process'
import {corpus} from './corpus.js'
import {htmlCorpus} from './html.js'

if (process.argv[2] === '--child') {
  const {parse} = await import('../dist/index.js')
  const inputs = corpus()
  const kept = process.argv[3] === 'big' ? [htmlCorpus(), parse(inputs.text1.value, {format: 'text'})] : []
  const times = []
  for (let call = 0; call < 3000; call++) {
    const start = performance.now()
    parse(inputs.seed.value, {format: 'text'})
    times.push(performance.now() - start)
  }
  const sorted = times.slice(1000).sort((a, b) => a - b)
  console.log(JSON.stringify({median: sorted[sorted.length >> 1] * 1000, kept: kept.length}))
} else {
  const self = new URL(import.meta.url).pathname
  // V8 flags given to this process go to the children (`node --no-allocation-site-pretenuring bench/seed-heap.js`).
  const run = (heap) => JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, '--child', heap], {encoding: 'utf8'})).median
  const alone = run('alone')
  const big = run('big')
  console.log('seed parse, median: ' + alone.toFixed(1) + ' µs in a heap of its own, ' + big.toFixed(1) + ' µs beside the bench inputs (' + (big / alone).toFixed(2) + '×)')
}
