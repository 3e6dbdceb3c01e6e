// Every text fixture: the reviewed HTML and plain text, and the plain text's round trip.
import {describe, expect, it} from 'vitest'
import {parse, toHtml, toText} from '../../src/index.js'
import {expected, fixtures} from '../util/fixtures.js'
import {withoutPositions} from '../util/tree.js'

describe('render fixtures', () => {
  for (const fixture of fixtures('text')) {
    describe(fixture.name, () => {
      const tree = parse(fixture.value)
      const text = toText(tree)

      it('renders to the reviewed HTML', () => {
        const actual = toHtml(tree) + '\n'
        const reviewed = expected(fixture, '.html', actual)
        expect(reviewed, 'missing ' + fixture.name + '.html (UPDATE=1 writes it)').toBeDefined()
        expect(actual).toBe(reviewed)
      })

      it('writes the reviewed plain text', () => {
        const reviewed = expected(fixture, '.out.txt', text)
        expect(reviewed, 'missing ' + fixture.name + '.out.txt (UPDATE=1 writes it)').toBeDefined()
        expect(text).toBe(reviewed)
      })

      it('reads its plain text back as the same tree', () => {
        const again = parse(text)
        expect(withoutPositions(again)).toEqual(withoutPositions(tree))
        expect(toText(again)).toBe(text)
      })
    })
  }
})
