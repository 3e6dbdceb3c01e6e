// The browser build's HTML and SVG schemas (src/browser/schemas.ts) against property-information's
// own: the same properties, attributes, types and look-up keys, in the same order (a later key of
// two that look alike wins in `normal`).
import {describe, expect, it} from 'vitest'
// By file: the package's `exports` has its entry only.
import {html} from '../../node_modules/property-information/lib/html.js'
import {svg} from '../../node_modules/property-information/lib/svg.js'
import {create} from '../../node_modules/property-information/lib/util/create.js'
import {htmlDefinition, svgDefinition} from '../../src/browser/schemas.js'

describe('the HTML and SVG schemas (browser build)', () => {
  it('are the ones property-information creates, key for key and in order', () => {
    for (const [space, theirs, ours] of [['html', html, create(htmlDefinition())], ['svg', svg, create(svgDefinition())]] as const) {
      expect(ours.space).toBe(space)
      expect(Object.keys(ours.property)).toEqual(Object.keys(theirs.property))
      expect(Object.entries(ours.normal)).toEqual(Object.entries(theirs.normal))
      for (const [name, info] of Object.entries(theirs.property)) {
        expect({name, ...ours.property[name]}).toEqual({name, ...info})
        expect(Object.getPrototypeOf(ours.property[name])).toBe(Object.getPrototypeOf(info))
      }
      expect(ours).toStrictEqual(theirs)
    }
  })

  it('has the HTML attributes and types hast-util-to-html writes by', () => {
    const {property} = create(htmlDefinition())
    expect([property.acceptCharset, property.htmlFor, property.className, property.onClick, property.dateTime].map((info) => info.attribute)).toEqual([
      'accept-charset',
      'for',
      'class',
      'onclick',
      'datetime'
    ])
    expect([property.coords.number, property.coords.commaSeparated, property.hidden.overloadedBoolean, property.draggable.booleanish, property.checked.mustUseProperty]).toEqual([true, true, true, true, true])
    expect(property.alt.boolean).toBe(false)
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
