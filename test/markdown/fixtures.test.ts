// Every Markdown fixture against its reviewed expected tree; the invariants every tree keeps.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {expected, fixtures} from '../util/fixtures.js'
import {lostInMarkdown} from './markup.js'

describe('markdown fixtures', () => {
  for (const fixture of fixtures('markdown')) {
    describe(fixture.name, () => {
      const file = new VFile({value: fixture.value, path: fixture.name + '.md'})
      const tree = parse(file)
      const actual = JSON.stringify(tree, null, 2) + '\n'

      it('parses to the reviewed tree', () => {
        const reviewed = expected(fixture, '.json', actual)
        expect(reviewed, 'missing ' + fixture.name + '.json (UPDATE=1 writes it)').toBeDefined()
        expect(JSON.parse(actual)).toEqual(JSON.parse(reviewed!))
      })

      it('is the same tree with `format: markdown` as with auto detection', () => {
        expect(parse(fixture.value, {format: 'markdown'})).toEqual(tree)
      })

      it('raises no diagnostics', () => {
        expect(file.messages.map(String)).toEqual([])
      })

      it('loses nothing but markup', () => {
        expect(lostInMarkdown(fixture.value, tree)).toEqual([])
      })

      it('survives JSON', () => {
        expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
      })
    })
  }
})
