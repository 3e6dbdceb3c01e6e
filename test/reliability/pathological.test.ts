// Pathological inputs of 1 MiB each: parsed through both paths and rendered to HTML and to text
// without an exception and without a runaway. How the time scales with the size is measured
// in bench/pathological.js; this only catches what would take many times longer than it should.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse, toHtml, toText} from '../../src/index.js'
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
