// The browser build's SVG schema (src/browser/svg.ts) against property-information's own: the
// same properties, attributes, types and look-up keys, in the same order (a later key of two
// that look alike wins in `normal`).
import {describe, expect, it} from 'vitest'
// By file: the package's `exports` has its entry only.
import {svg} from '../../node_modules/property-information/lib/svg.js'
import {create} from '../../node_modules/property-information/lib/util/create.js'
import {svgDefinition} from '../../src/browser/svg.js'

describe('the SVG schema (browser build)', () => {
  it('is the one property-information creates, key for key and in order', () => {
    const ours = create(svgDefinition())
    expect(ours.space).toBe('svg')
    expect(Object.keys(ours.property)).toEqual(Object.keys(svg.property))
    expect(Object.entries(ours.normal)).toEqual(Object.entries(svg.normal))
    for (const [name, info] of Object.entries(svg.property)) {
      expect({name, ...ours.property[name]}).toEqual({name, ...info})
      expect(Object.getPrototypeOf(ours.property[name])).toBe(Object.getPrototypeOf(info))
    }
    expect(ours).toStrictEqual(svg)
  })

  it('has the attributes hast-util-to-html writes for kebab, lower and other case', () => {
    const {property} = create(svgDefinition())
    expect([property.strokeWidth, property.onClick, property.viewBox, property.className, property.strokeDashArray].map((info) => info.attribute)).toEqual([
      'stroke-width',
      'onclick',
      'viewBox',
      'class',
      'stroke-dasharray'
    ])
    expect([property.className.spaceSeparated, property.accentHeight.number, property.download.boolean, property.strokeDashArray.commaOrSpaceSeparated]).toEqual([true, true, true, true])
    expect(property.strokeWidth.number).toBe(false)
  })
})
