// Every anonymization fixture under each strategy, against its reviewed expected output.
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anonymize, anonymizeText, deidentify, deidentifyText, parse} from '../../src/index.js'
import type {AnonymizeOptions, DeidentifyOptions, Root} from '../../src/index.js'
import {expected, type Fixture, fixtures, fixturesRoot} from '../util/fixtures.js'
import {all, textOf, withoutPositions} from '../util/tree.js'

const seed: Fixture = {
  name: 'fahren-sie-mal-da-hin',
  path: fixturesRoot + 'anonymize/fahren-sie-mal-da-hin.txt',
  value: readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')
}
const inputs = [seed, ...fixtures('anonymize').filter((fixture) => !fixture.name.includes('.'))]

/** The `map` strategy's map and fallback for each story. */
const maps: Record<string, Pick<AnonymizeOptions, 'map' | 'fallback'>> = {
  'fahren-sie-mal-da-hin': {map: {Verkäufer: 'Herr Albers', Stadt_in_der_Nähe: 'Lindenfeld', Sowieso: 'Kranich GmbH'}},
  'drucker-der-kollegin': {map: {Kollegin: 'Sabine', Stadt: 'Hameln', Druckerservice: 'Tintenfix'}, fallback: 'redact'},
  'printer-on-fire': {map: {Caller: 'Baker', Boss: 'Hughes', Company: 'Northgate Ltd'}, fallback: 'pseudonym'},
  'hans-drucker': {map: {Hans: 'Thomas', Klaus: 'Jens', Doris: 'Maren'}, fallback: 'pseudonym'}
}

/**
 * The source with each placeholder replaced by what stands in its place in the anonymized tree:
 * the tree's placeholders and replacements, in document order, line up with the parse's.
 */
function spliceTree(source: string, tree: Root): string {
  const original = all(parse(source), 'placeholder')
  const now = all(tree, 'text').filter((node) => (node.data as {anonymized?: unknown} | undefined)?.anonymized || !node.position)
  const kept = all(tree, 'placeholder')
  const replaced = [...now, ...kept]
  expect(replaced).toHaveLength(original.length)
  let result = ''
  let last = 0
  let keptIndex = 0
  let nowIndex = 0
  for (const node of original) {
    const stays = kept[keptIndex] && kept[keptIndex].position?.start.offset === node.position!.start.offset
    const value = stays ? kept[keptIndex++].value : now[nowIndex++].value
    result += source.slice(last, node.position!.start.offset) + value
    last = node.position!.end.offset!
  }
  return result + source.slice(last)
}

const strategies: [string, (name: string) => AnonymizeOptions][] = [
  ['pseudonym', () => ({strategy: 'pseudonym', seed: 'anecdote'})],
  ['generic', () => ({strategy: 'generic'})],
  ['redact', () => ({strategy: 'redact'})],
  ['map', (name) => ({strategy: 'map', ...maps[name]})]
]

describe('anonymization fixtures', () => {
  it('has a map for every story', () => {
    expect(Object.keys(maps).sort()).toEqual(inputs.map((fixture) => fixture.name).sort())
  })

  for (const fixture of inputs) {
    describe(fixture.name, () => {
      for (const [strategy, options] of strategies) {
        it(strategy + ': text out is the reviewed text, the tree says the same', () => {
          const mapping: Record<string, string> = {}
          const actual = anonymizeText(fixture.value, {...options(fixture.name), mapping})
          const reviewed = expected(fixture, '.' + strategy + '.txt', actual)
          expect(reviewed, 'missing ' + fixture.name + '.' + strategy + '.txt (UPDATE=1 writes it)').toBeDefined()
          expect(actual).toBe(reviewed)
          // The tree route gives the same replacements at the same places.
          expect(spliceTree(fixture.value, anonymize(parse(fixture.value), options(fixture.name)))).toBe(actual)
        })
      }

      it('keep: the text is unchanged', () => {
        expect(anonymizeText(fixture.value, {strategy: 'keep'})).toBe(fixture.value)
      })
    })
  }

  it('the seed under pseudonym: the reviewed tree (positions left out)', () => {
    const actual = JSON.stringify(withoutPositions(anonymize(parse(seed.value), {seed: 'anecdote'})), null, 2) + '\n'
    const reviewed = expected(seed, '.pseudonym.json', actual)
    expect(reviewed).toBeDefined()
    expect(JSON.parse(actual)).toEqual(JSON.parse(reviewed!))
  })

  it('map without a fallback reports the names it leaves, with their places', () => {
    const file = new VFile()
    anonymize(parse(seed.value), {strategy: 'map', ...maps[seed.name]}, file)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
      ['unmapped-placeholder', 23, 180, 'Placeholder `$Computerservice` is not in the map: left as it is'],
      ['unmapped-placeholder', 26, 43, 'Placeholder `$Computerservice` is not in the map: left as it is'],
      ['unmapped-placeholder', 28, 102, 'Placeholder `$Anderes_Produkt` is not in the map: left as it is'],
      ['unmapped-placeholder', 28, 221, 'Placeholder `$Anderes_Produkt` is not in the map: left as it is']
    ])
  })
})

/** The real names of each de-identification story. */
const realNames: Record<string, DeidentifyOptions['names']> = {
  'besuch-bei-meier': ['Müller', 'Meier GmbH', 'Bielefeld'],
  'the-smiths-router': {Smith: 'Customer', 'Jane Smith': 'Wife', 'Acme Corp': 'Company', Springfield: 'Town'}
}

describe('de-identification fixtures', () => {
  for (const fixture of fixtures('anonymize/deidentify').filter((fixture) => !fixture.name.includes('.'))) {
    describe(fixture.name, () => {
      const options = {names: realNames[fixture.name]}

      it('text out is the reviewed text', () => {
        const actual = deidentifyText(fixture.value, options)
        const reviewed = expected(fixture, '.deidentify.txt', actual)
        expect(reviewed, 'missing ' + fixture.name + '.deidentify.txt (UPDATE=1 writes it)').toBeDefined()
        expect(actual).toBe(reviewed)
      })

      it('the report is the reviewed report, and each place holds what it says', () => {
        const {tree, replacements} = deidentify(parse(fixture.value), options)
        const actual = JSON.stringify(replacements.map((item) => ({...item, position: item.position && [item.position.start.line, item.position.start.column, item.position.start.offset, item.position.end.offset]})), null, 1) + '\n'
        const reviewed = expected(fixture, '.deidentify.json', actual)
        expect(reviewed).toBeDefined()
        expect(JSON.parse(actual)).toEqual(JSON.parse(reviewed!))
        for (const item of replacements) {
          expect(fixture.value.slice(item.position!.start.offset, item.position!.end.offset)).toBe(item.value)
        }
        // The tree route and the text route agree.
        expect(tree.children.map(textOf)).toEqual(parse(deidentifyText(fixture.value, options)).children.map(textOf))
      })
    })
  }
})
