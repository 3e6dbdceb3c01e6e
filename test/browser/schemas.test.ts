// The browser build's HTML and SVG schemas (src/browser/schemas.ts) against property-information's
// own: every property, looked up by its name and by its attribute as hast-util-to-html looks it
// up (`find`), gives the same type and the same attribute; in HTML a property left out (a plain
// string) gives its attribute in another case only (`hrefLang`), which HTML reads alike, and so
// does an SVG attribute in lower case (`onClick`, `crossOrigin`), which HTML's parser reads in lower
// case in SVG too (it adjusts only the others, such as `viewBox`).
import {describe, expect, it} from 'vitest'
// By file: the package's `exports` has its entry only.
import {find} from '../../node_modules/property-information/lib/find.js'
import {html} from '../../node_modules/property-information/lib/html.js'
import {svg} from '../../node_modules/property-information/lib/svg.js'
import {create} from '../../node_modules/property-information/lib/util/create.js'
import {htmlDefinition, svgDefinition} from '../../src/browser/schemas.js'

const flags = ['boolean', 'booleanish', 'overloadedBoolean', 'number', 'commaSeparated', 'spaceSeparated', 'commaOrSpaceSeparated', 'mustUseProperty'] as const

/** What hast-util-to-html writes by: the attribute and the type. */
function written(info: ReturnType<typeof find>, lower: boolean): Record<string, unknown> {
  const result: Record<string, unknown> = {attribute: lower ? info.attribute.toLowerCase() : info.attribute}
  for (const flag of flags) result[flag] = Boolean(info[flag])
  return result
}

describe('the HTML and SVG schemas (browser build)', () => {
  it('write every property of property-information’s schemas as it does: by name and by attribute', () => {
    for (const [space, theirs, ours] of [['html', html, create(htmlDefinition())], ['svg', svg, create(svgDefinition())]] as const) {
      expect(ours.space).toBe(space)
      const keys = Object.values(theirs.property).flatMap((info) => [info.property, info.attribute])
      expect(keys.length).toBeGreaterThan(space === 'html' ? 500 : 700)
      for (const key of keys) {
        // An SVG attribute in lower case (`onclick`, `crossorigin`) is read so however it is written.
        const theirAttribute = find(theirs, key).attribute
        const lower = space === 'html' || theirAttribute === theirAttribute.toLowerCase()
        expect({key, ...written(find(ours, key), lower)}).toEqual({key, ...written(find(theirs, key), lower)})
      }
    }
  })

  it('write the attributes `toHtml` writes exactly as the package does, the HTML types hast-util-to-html writes by', () => {
    const ours = create(htmlDefinition())
    for (const key of ['className', 'href', 'title', 'lang', 'dateTime', 'charSet', 'name', 'content', 'value', 'start', 'acceptCharset', 'htmlFor', 'httpEquiv']) {
      expect(find(ours, key).attribute).toBe(find(html, key).attribute)
    }
    const {property} = ours
    expect([property.coords!.number, property.coords!.commaSeparated, property.hidden!.overloadedBoolean, property.draggable!.booleanish, property.checked!.mustUseProperty]).toEqual([true, true, true, true, true])
    // A plain string left out: written as it is named, which HTML reads as `onclick`.
    expect(find(ours, 'onClick').attribute).toBe('onClick')
  })

  it('write SVG’s attributes in kebab, lower and other case exactly', () => {
    const ours = create(svgDefinition())
    // An event handler as it is named: HTML's parser lowers it (it adjusts only names like `viewBox`).
    expect(['strokeWidth', 'onClick', 'viewBox', 'className', 'strokeDashArray', 'attributeName'].map((key) => find(ours, key).attribute)).toEqual([
      'stroke-width',
      'onClick',
      'viewBox',
      'class',
      'stroke-dasharray',
      'attributeName'
    ])
    const {property} = ours
    expect([property.className!.spaceSeparated, property.accentHeight!.number, property.download!.boolean, property.strokeDashArray!.commaOrSpaceSeparated]).toEqual([true, true, true, true])
    expect(property.strokeWidth!.number).toBe(false)
  })
})
