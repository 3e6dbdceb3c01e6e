// Every HTML fixture against its reviewed tree and text, and the invariants every tree keeps.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parse, toText} from '../../src/index.js'
import {expected, fixtures} from '../util/fixtures.js'
import {htmlLost} from '../util/html-lost.js'

describe('HTML fixtures', () => {
  for (const fixture of fixtures('html', '.html')) {
    describe(fixture.name, () => {
      const file = new VFile(fixture.value)
      const tree = parse(file, {format: 'html'})

      it('parses to the reviewed tree', () => {
        const actual = JSON.stringify(tree, null, 2) + '\n'
        const reviewed = expected(fixture, '.json', actual)
        expect(reviewed, 'missing ' + fixture.name + '.json (UPDATE=1 writes it)').toBeDefined()
        expect(JSON.parse(actual)).toEqual(JSON.parse(reviewed!))
      })

      it('renders to the reviewed text', () => {
        const actual = toText(tree) + file.messages.map((message) => '# ' + message.line + ':' + message.column + ' ' + message.ruleId + ' ' + message.reason + '\n').join('')
        expect(actual).toBe(expected(fixture, '.out.txt', actual))
      })

      it('loses no text content', () => {
        expect(htmlLost(fixture.value, tree, file.messages)).toEqual([])
      })

      it('is what format auto reads', () => {
        expect(parse(fixture.value)).toEqual(tree)
      })
    })
  }
})
