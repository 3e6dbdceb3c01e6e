// How parse and render time scales on the pathological inputs of test/reliability/shapes.js,
// from 1 MiB to 8 MiB: linear time means the time per byte stays the same as the input grows.
// Run `npm run build` first; then `node --expose-gc bench/pathological.js` (or
// `npm run bench:pathological`). ROUNDS (default 3) rounds, median per size; SHAPES=a,b picks
// shapes by name; SIZES=1,2,4,8 sets the sizes in MiB.
import {parse, toHtml} from '../dist/index.js'
import {shapes} from '../test/reliability/shapes.js'

const rounds = Number(process.env.ROUNDS ?? 3)
const sizes = (process.env.SIZES ?? '1,2,4,8').split(',').map((mib) => Number(mib) * 1024 * 1024)
const picked = process.env.SHAPES ? process.env.SHAPES.split(',') : undefined
const steps = {
  text: (value) => parse(value, {format: 'text', maxLength: Infinity}),
  markdown: (value) => parse(value, {format: 'markdown', maxLength: Infinity}),
  html: (value, tree) => toHtml(tree)
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

function time(run) {
  if (typeof globalThis.gc === 'function') globalThis.gc()
  const start = performance.now()
  const result = run()
  return {result, time: performance.now() - start}
}

console.log(
  'median of ' + rounds + ' rounds per size' + (typeof globalThis.gc === 'function' ? ', heap collected before each call' : '') +
    '; ms at ' + sizes.map((size) => size / 1024 / 1024 + ' MiB').join(', ') +
    '; ratio = time per byte at the largest size / at the smallest (linear: about 1)'
)
for (const shape of shapes) {
  if (picked && !picked.includes(shape.name)) continue
  const inputs = sizes.map((size) => shape.build(size))
  const times = {text: sizes.map(() => []), markdown: sizes.map(() => []), html: sizes.map(() => [])}
  // Rounds interleave the sizes, so a busy moment on a shared machine hits them alike.
  for (let round = 0; round < rounds; round++) {
    inputs.forEach((value, index) => {
      const text = time(() => steps.text(value))
      times.text[index].push(text.time)
      times.markdown[index].push(time(() => steps.markdown(value)).time)
      times.html[index].push(time(() => steps.html(value, text.result)).time)
    })
  }
  for (const step of Object.keys(steps)) {
    const medians = times[step].map(median)
    const perByte = medians.map((ms, index) => ms / inputs[index].length)
    const ratio = perByte[perByte.length - 1] / perByte[0]
    console.log(
      (shape.name + (shape.baseline ? ' (baseline)' : '')).padEnd(34) + step.padEnd(9) +
        medians.map((ms) => ms.toFixed(0).padStart(7)).join('') + '   ratio ' + ratio.toFixed(2)
    )
  }
}
