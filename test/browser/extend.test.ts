// The browser build's `extend` (src/browser/extend.ts) against the `extend` package unified
// depends on: the same deep merge for any JSON-like values, `__proto__` keys included.
import {createRequire} from 'node:module'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import extend from '../../src/browser/extend.js'

/** The package unified depends on (CommonJS, without types). */
const extendPackage = createRequire(import.meta.url)('extend') as (deep: boolean, target: object, ...sources: unknown[]) => object

/** Values as JSON has them, with `__proto__` among the keys (JSON.parse makes it an own key). */
const value = fc.letrec((tie) => ({
  node: fc.oneof({depthSize: 'small'}, fc.jsonValue({maxDepth: 0}), tie('array'), tie('object')),
  array: fc.array(tie('node'), {maxLength: 4}),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', 'toString'), tie('node'), {maxKeys: 4}).map((entries) => JSON.parse(JSON.stringify(entries)))
})).node

describe('extend (browser build)', () => {
  it('merges as the extend package does: the same result, the sources untouched, no prototype changed', () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const sources = JSON.stringify([a, b, c])
        const expected = extendPackage(true, {}, a, b, c)
        const actual = extend(true, {}, a, b, c)
        // Compared as JSON and by shape (`toStrictEqual` would compare own `constructor` keys as classes).
        expect(actual).toEqual(expected)
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
        expect(JSON.stringify([a, b, c])).toBe(sources)
        expect(({} as Record<string, unknown>).a).toBeUndefined()
      }),
      {numRuns: 3000}
    )
  })

  it('keeps a class instance as it is, and merges into the settings a plugin already has', () => {
    class Handler {}
    const handler = new Handler()
    const target = {settings: {a: 1, list: [1, 2]}}
    const result = extend(true, target, {settings: {b: handler, list: [3]}}) as typeof target
    expect(result).toBe(target)
    expect(result).toEqual(extendPackage(true, {settings: {a: 1, list: [1, 2]}}, {settings: {b: handler, list: [3]}}))
    expect((result.settings as Record<string, unknown>).b).toBe(handler)
  })
})
