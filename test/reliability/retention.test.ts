// A story does not stay in memory once the caller lets go of it and of what was made from it: the
// built package in a process of its own, with `--expose-gc`, measured after full collections.
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

const entry = new URL('../../dist/index.js', import.meta.url).href

// Each call gets a fresh text of 4.8 million code units (about 10 MB: two bytes each, for the
// marks), with a label, a placeholder and a letter with many marks long enough that V8 cuts them
// as views into the text (13 or more code units).
const script = `
const lib = await import(${JSON.stringify(entry)})
const line = 'Systemadministratorin: Hallo, $Verkäuferin_Müllerhausen, der Drucker streikt schon wieder. Z' + '\\u0308'.repeat(14) + '.\\n'
const story = () => ('Die Geschichte geht weiter, Absatz um Absatz, ganz ohne Namen.\\n\\n' + line).repeat(28_000) + String(Math.random())
const calls = {
  'parse': (value) => lib.parse(value, {maxLength: Infinity}),
  'parse, positions: false': (value) => lib.parse(value, {maxLength: Infinity, positions: false}),
  'toHtml': (value) => lib.toHtml(lib.parse(value, {maxLength: Infinity})),
  'toText': (value) => lib.toText(lib.parse(value, {maxLength: Infinity})),
  'toMarkdown': (value) => lib.toMarkdown(lib.parse(value, {maxLength: Infinity})),
  'toTei': (value) => lib.toTei(lib.parse(value, {maxLength: Infinity})),
  'toFountain': (value) => lib.toFountain(lib.parse(value, {maxLength: Infinity})),
  'stats': (value) => lib.stats(lib.parse(value, {maxLength: Infinity})),
  'anonymize': (value) => lib.anonymize(lib.parse(value, {maxLength: Infinity})),
  'anonymizeText': (value) => lib.anonymizeText(value, {maxLength: Infinity}),
  'deidentifyText': (value) => lib.deidentifyText(value, {names: ['Systemadministratorin']})
}
const kept = {}
for (const [name, call] of Object.entries(calls)) {
  call('Ich: Hallo.')
  globalThis.gc()
  const before = process.memoryUsage().heapUsed
  let value = story()
  let result = call(value)
  value = undefined
  result = undefined
  // V8 keeps the subject of the last successful regular expression match (RegExp.input) until
  // the next one, and some of what a call let go of until the task it ran in has ended: the
  // engine's, not the library's. So: a match, then collections with a task between them.
  ;/y/.exec('y')
  for (let round = 0; round < 2; round++) {
    globalThis.gc()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  globalThis.gc()
  kept[name] = Math.round((process.memoryUsage().heapUsed - before) / 1e5) / 10
}
console.log(JSON.stringify(kept))
`

describe('memory kept after a call', () => {
  it('keeps none of a 10 MB story once the caller drops it and the result', () => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(child.stderr).toBe('')
    const kept: Record<string, number> = JSON.parse(child.stdout)
    expect(kept).toEqual(Object.fromEntries(Object.keys(kept).map((name) => [name, expect.any(Number)])))
    // Megabytes still in the heap per call; the story alone is 10 MB, its tree several times that.
    for (const megabytes of Object.values(kept)) expect(megabytes).toBeLessThan(1)
    expect(Object.keys(kept)).toHaveLength(11)
  }, 60_000)
})
