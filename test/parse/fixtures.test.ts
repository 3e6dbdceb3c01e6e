// Every text fixture against its reviewed expected tree, and the invariants every tree keeps.
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {expected, fixtures} from '../util/fixtures.js'
import {lostCharacters} from '../util/nothing-lost.js'

describe('text fixtures', () => {
  for (const fixture of fixtures('text')) {
    describe(fixture.name, () => {
      const tree = parse(fixture.value)
      const actual = JSON.stringify(tree, null, 2) + '\n'

      it('parses to the reviewed tree', () => {
        const reviewed = expected(fixture, '.json', actual)
        expect(reviewed, 'missing ' + fixture.name + '.json (UPDATE=1 writes it)').toBeDefined()
        expect(JSON.parse(actual)).toEqual(JSON.parse(reviewed!))
      })

      it('loses nothing', () => {
        expect(lostCharacters(fixture.value, tree)).toEqual([])
      })

      it('survives JSON', () => {
        expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
      })
    })
  }
})
