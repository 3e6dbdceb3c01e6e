// The issue-14 rows of bench/index.js alone, for a quicker look on a busy machine:
// `npm run build && node --expose-gc bench/html-rows.js`. The HTML reader on 1 MB of post bodies
// beside hast-util-from-html alone on the same input (interleaved, ROUNDS rounds, default 7),
// and readBlogExport on the 1 MB and 10 MB Blogger exports (time per byte, 10 MB / 1 MB).
// Inputs from bench/html.js, built the same way as for bench/index.js. Medians.
import {fromHtml} from 'hast-util-from-html'
import {parse, readBlogExport} from '../dist/index.js'
import {htmlCorpus} from './html.js'

const rounds = Number(process.env.ROUNDS ?? 7)
const inputs = htmlCorpus()
const collect = typeof globalThis.gc === 'function' ? () => globalThis.gc() : () => {}

function time(run) {
  collect()
  const start = performance.now()
  run()
  return performance.now() - start
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

const html = inputs.html1.value
const reader = []
const alone = []
parse(html, {format: 'html'})
fromHtml(html, {fragment: true})
for (let round = 0; round < rounds; round++) {
  reader.push(time(() => parse(html, {format: 'html'})))
  alone.push(time(() => fromHtml(html, {fragment: true})))
}
console.log(
  inputs.html1.name + ' (' + inputs.html1.bytes + ' bytes): parse, html ' + median(reader).toFixed(0) + ' ms; hast-util-from-html alone ' +
    median(alone).toFixed(0) + ' ms; ratio ' + (median(reader) / median(alone)).toFixed(2) + ' (target <= 1.5)'
)

const small = []
const large = []
readBlogExport(inputs.export1.value)
for (let round = 0; round < Math.max(1, rounds >> 1); round++) {
  small.push(time(() => readBlogExport(inputs.export1.value)))
  large.push(time(() => readBlogExport(inputs.export10.value)))
}
const perByte = median(large) / inputs.export10.bytes / (median(small) / inputs.export1.bytes)
console.log(
  'readBlogExport: ' + inputs.export1.name + ' ' + median(small).toFixed(0) + ' ms, ' + inputs.export10.name + ' ' + median(large).toFixed(0) +
    ' ms; time per byte 10 MB / 1 MB ' + perByte.toFixed(2) + ' (target <= 1.3)'
)
