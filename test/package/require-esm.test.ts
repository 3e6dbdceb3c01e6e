// `requireEsm` (src/require-esm.ts), which dist/index.cjs and the CLI's readers load the ES module
// build with. Node 22.12 warns of such a `require` outside node_modules; this Node does not, so the
// warnings are sent here as Node sends them (`process.emitWarning(message, 'ExperimentalWarning')`).
// .ci/check-package runs the built package on Node 22.12 itself.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {requireEsm} from '../../src/require-esm.js'

// Node 22.12.0's words, as it printed them for dist/index.cjs in a clone.
const nodeWarning =
  'CommonJS module /work/anecdote/dist/index.cjs is loading ES Module /work/anecdote/dist/index.js using require().\n' +
  'Support for loading ES Module in require() is an experimental feature and might change at any time'

let emitted: unknown[][]
let original: typeof process.emitWarning

beforeEach(() => {
  emitted = []
  original = process.emitWarning
  process.emitWarning = ((...args: unknown[]) => void emitted.push(args)) as typeof process.emitWarning
})

afterEach(() => {
  process.emitWarning = original
})

describe('requireEsm', () => {
  it('returns what the load returns and leaves out Node’s warning about require of an ES module', () => {
    const recorder = process.emitWarning
    const loaded = requireEsm(() => {
      process.emitWarning(nodeWarning, 'ExperimentalWarning')
      process.emitWarning(nodeWarning, {type: 'ExperimentalWarning'})
      return {parse: 'the module'}
    })
    expect(loaded).toEqual({parse: 'the module'})
    expect(emitted).toEqual([])
    expect(process.emitWarning).toBe(recorder)
  })

  it('passes every other warning on as it was given, during the load and after it', () => {
    const deprecation = new Error('old')
    deprecation.name = 'DeprecationWarning'
    requireEsm(() => {
      process.emitWarning('Fetch is an experimental feature', 'ExperimentalWarning')
      process.emitWarning(deprecation)
      process.emitWarning(nodeWarning, 'Warning')
      return undefined
    })
    process.emitWarning(nodeWarning, 'ExperimentalWarning')
    expect(emitted).toEqual([
      ['Fetch is an experimental feature', 'ExperimentalWarning'],
      [deprecation],
      [nodeWarning, 'Warning'],
      [nodeWarning, 'ExperimentalWarning']
    ])
  })

  it('gives process.emitWarning back when the load throws', () => {
    const recorder = process.emitWarning
    expect(() =>
      requireEsm(() => {
        throw new Error('Cannot find module')
      })
    ).toThrow('Cannot find module')
    expect(process.emitWarning).toBe(recorder)
  })
})
