// Pathological inputs of 1 MiB each: parsed through both paths and rendered to HTML and to text
// without an exception and without a runaway. How the time scales with the size is measured
// in bench/pathological.js; this only catches what would take many times longer than it should.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anonymize, anonymizeText, deidentifyText, parse, toHtml, toText} from '../../src/index.js'
import {cpuTime} from '../util/cpu-time.js'
import {shapes} from './shapes.js'

const size = 1024 * 1024
/** Generous: on the shared 2-core machine the slowest shape takes about a tenth of this, in CPU
 * time (see test/util/cpu-time.ts). */
const runaway = 20_000

describe('pathological input, 1 MiB each', () => {
  for (const shape of shapes.filter((item) => !item.baseline)) {
    it(shape.name, {timeout: 10 * runaway}, () => {
      const value = shape.build(size)
      expect(value.length).toBeGreaterThanOrEqual(size)
      const start = cpuTime()
      for (const format of ['text', 'markdown'] as const) {
        const file = new VFile({value})
        const tree = parse(file, {format})
        // A tree from the parser itself (not its fallback for an internal error), covering the input.
        expect(file.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
        expect(tree.position?.end.offset).toBe(value.length)
        expect(toHtml(tree).length).toBeGreaterThan(0)
        expect(typeof toText(tree)).toBe('string')
      }
      expect(cpuTime() - start).toBeLessThan(runaway)
    })
  }
})

describe('anonymization, 256 KiB each', () => {
  // The shapes with the most names (some 19,000 to 44,000 each): each is planned, replaced, and
  // looked up in a URL or not. A quarter of the size: each distinct name costs some 15 µs to plan.
  for (const shape of shapes.filter((item) => ['distinct placeholders', 'two names repeated', 'placeholders glued after a URL', 'dialogue'].includes(item.name))) {
    it(shape.name, {timeout: 2 * runaway}, () => {
      const value = shape.build(size / 4)
      const start = cpuTime()
      const tree = anonymize(parse(value, {maxLength: Infinity}))
      expect(toText(tree)).not.toContain('$')
      expect(anonymizeText(value, {maxLength: Infinity})).not.toContain('$')
      expect(cpuTime() - start).toBeLessThan(runaway)
    })
  }
})

describe('de-identification, 1 MiB each', () => {
  const longName = Array.from({length: 100}, () => 'a').join(' ') + ' b'
  const cases: [string, () => string, string[]][] = [
    ['a run of one-letter words against a name of 100 of them', () => 'a '.repeat(size / 2), [longName, 'a a a']],
    ['10,000 names over prose', () => 'Ich sah Name17 und Herrn Müller. '.repeat(size / 32), Array.from({length: 10_000}, (_, index) => 'Name' + index)],
    ['names that are suffixes of one another', () => 'x'.repeat(size), Array.from({length: 200}, (_, index) => 'x'.repeat(index + 1))]
  ]
  for (const [name, build, names] of cases) {
    it(name, {timeout: 2 * runaway}, () => {
      const value = build()
      const start = cpuTime()
      expect(typeof deidentifyText(value, {names})).toBe('string')
      expect(cpuTime() - start).toBeLessThan(runaway)
    })
  }
})
