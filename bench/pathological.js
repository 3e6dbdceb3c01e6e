// How parse and render time scales on the pathological inputs of test/reliability/shapes.js,
// from 1 MiB to 8 MiB: linear time means the time per byte stays the same as the input grows.
// Run `npm run build` first; then `node --expose-gc bench/pathological.js` (or
// `npm run bench:pathological`). ROUNDS (default 3) rounds, median per size; SHAPES=a,b picks
// shapes by name; SIZES=1,2,4,8 sets the sizes in MiB; STEPS=text,html picks steps (also
// anonymize and anonymizeText, which run only when picked).
// BASE=dir/index.js times a baseline build beside this one in the same run, round by round
// (build one with `git archive <ref> | tar -x -C dir && cd dir && npx tsup`): before/after.
import * as current from '../dist/index.js'
import {shapes} from '../test/reliability/shapes.js'

const rounds = Number(process.env.ROUNDS ?? 3)
const sizes = (process.env.SIZES ?? '1,2,4,8').split(',').map((mib) => Number(mib) * 1024 * 1024)
const picked = process.env.SHAPES ? process.env.SHAPES.split(',') : undefined
const base = process.env.BASE ? await import(new URL(process.env.BASE, 'file://' + process.cwd() + '/').href) : undefined
const builds = base ? {before: base, after: current} : {now: current}

/** Each step takes the input and the text-path tree of the same build. */
const allSteps = {
  text: (lib, value) => lib.parse(value, {format: 'text', maxLength: Infinity}),
  markdown: (lib, value) => lib.parse(value, {format: 'markdown', maxLength: Infinity}),
  auto: (lib, value) => lib.parse(value, {maxLength: Infinity}),
  html: (lib, value, tree) => lib.toHtml(tree),
  // Not run unless asked for (`STEPS=anonymize,anonymizeText`): every name of the input replaced.
  anonymize: (lib, value, tree) => lib.anonymize(tree),
  anonymizeText: (lib, value) => lib.anonymizeText(value, {maxLength: Infinity})
}
const chosen = process.env.STEPS ? process.env.STEPS.split(',') : undefined

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
    '; ratio = time per byte at the largest size / at the smallest (linear: about 1)' +
    (base ? '; before = ' + process.env.BASE + ', after = this build, interleaved' : '')
)
for (const shape of shapes) {
  if (picked && !picked.includes(shape.name)) continue
  const steps = (chosen ?? ['text', 'markdown', 'html', ...(shape.auto ? ['auto'] : [])]).filter((step) => step !== 'auto' || shape.auto)
  const inputs = sizes.map((size) => shape.build(size))
  const times = {}
  for (const build of Object.keys(builds)) for (const step of steps) times[build + step] = sizes.map(() => [])
  // Rounds interleave the sizes and the builds, so a busy moment on a shared machine hits them alike.
  for (let round = 0; round < rounds; round++) {
    inputs.forEach((value, index) => {
      for (const [build, lib] of Object.entries(builds)) {
        const tree = time(() => allSteps.text(lib, value))
        for (const step of steps) {
          times[build + step][index].push(step === 'text' ? tree.time : time(() => allSteps[step](lib, value, tree.result)).time)
        }
      }
    })
  }
  for (const step of steps) {
    for (const build of Object.keys(builds)) {
      const medians = times[build + step].map(median)
      const perByte = medians.map((ms, index) => ms / inputs[index].length)
      const ratio = perByte[perByte.length - 1] / perByte[0]
      console.log(
        (shape.name + (shape.baseline ? ' (baseline)' : '')).padEnd(34) + step.padEnd(9) + (base ? build.padEnd(7) : '') +
          medians.map((ms) => ms.toFixed(0).padStart(8)).join('') + '   ratio ' + ratio.toFixed(2)
      )
    }
  }
}
