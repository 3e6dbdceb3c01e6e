// Properties over generated stories: nothing of the placeholders is left, the same seed gives
// the same output, pseudonyms never collide, and reidentify undoes anonymize.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {anonymize, anonymizeText, deidentify, deidentifyText, parse, reidentify, toHtml, toText} from '../../src/index.js'
import type {AnonymizeOptions, Root} from '../../src/index.js'
import {all, withoutPositions} from '../util/tree.js'
import {hasWord, placeholderNames, renderedTexts} from './util.js'

const names = ['Verkäufer', 'Kollegin', 'Stadt_in_der_Nähe', 'Sowieso', 'CHEF', 'boss', 'Caller', 'Anderes_Produkt', 'Anna', 'Jan', 'X']
// A space before each: `x$Name`, glued to a word, is text and stays text (see the parse tests).
const placeholder = fc.constantFrom(...names).chain((name) => fc.constantFrom(' $' + name, ' $' + name + 's'))
const word = fc.constantFrom(
  'Herr ', 'Frau ', 'Mr. ', 'Mrs ', 'Firma ', 'the company ', 'nach ', 'in ', 'bei ', 'und ', 'Wo ist ', 'ich ', 'der ',
  'Chef: ', 'Ich: ', 'Me: ', '<leise> ', '(sighs) ', '. ', ', ', '? ', '\n', '\n\n', '  ', 'Update: ', "'s ", 'Jan ', 'Anna ',
  '2 Kommentare:\n\n1. ', 'AntwortenLöschen\n', '$20 ', '[...] ', 'Hallo. '
)
const label = fc.constantFrom(...names).map((name) => '\n$' + name + ': ')
// A comment whose byline names a placeholder: the name is in the comment's `author` and `byline` fields.
const byline = fc.constantFrom(...names).map((name) => '\n\n1 Kommentar:\n\n1. $' + name + ' said...\n')
const story = fc
  .array(fc.oneof({weight: 3, arbitrary: word}, {weight: 2, arbitrary: placeholder}, {weight: 1, arbitrary: label}, {weight: 1, arbitrary: byline}), {maxLength: 40})
  .map((parts) => parts.join(''))

const strategies: AnonymizeOptions[] = [
  {strategy: 'pseudonym', seed: 7},
  {strategy: 'pseudonym', seed: 'key'},
  {strategy: 'generic'},
  {strategy: 'redact'},
  {strategy: 'map', map: {Verkäufer: 'Herr Albers', Kollegin: 'Sabine'}, fallback: 'pseudonym'}
]
const strategy = fc.constantFrom(...strategies)
const runs = {numRuns: 300, seed: 20261126}

/** Names of the placeholders a tree holds. */
function namesIn(tree: Root): Set<string> {
  return new Set(all(tree, 'placeholder').map((node) => node.name))
}

describe('anonymize on generated stories', () => {
  it('leaves no placeholder: not in the tree, not in what a reader sees, not in the text out', () => {
    fc.assert(
      fc.property(story, strategy, (value, options) => {
        const tree = parse(value)
        const original = namesIn(tree)
        const result = anonymize(tree, options)
        expect(all(result, 'placeholder')).toEqual([])
        for (const text of renderedTexts(result)) {
          for (const name of placeholderNames(text)) expect(original.has(name), text).toBe(false)
        }
        for (const turn of all(result, 'turn')) expect(original.has(turn.who)).toBe(false)
        expect(toHtml(result)).not.toContain('class="placeholder"')
        const text = anonymizeText(value, options)
        for (const name of placeholderNames(text)) expect(original.has(name), text).toBe(false)
      }),
      runs
    )
  })

  it('the same seed gives the same output', () => {
    fc.assert(
      fc.property(story, strategy, (value, options) => {
        expect(anonymizeText(value, options)).toBe(anonymizeText(value, {...options}))
        expect(anonymize(parse(value), options)).toEqual(anonymize(parse(value), options))
      }),
      runs
    )
  })

  it('two placeholders never get the same pseudonym or label in one story', () => {
    fc.assert(
      fc.property(story, fc.constantFrom<AnonymizeOptions>({strategy: 'pseudonym', seed: 1}, {strategy: 'pseudonym', seed: 'x'}, {strategy: 'generic'}), (value, options) => {
        const mapping: Record<string, string> = {}
        const tree = parse(value)
        anonymize(tree, {...options, mapping})
        const replacements = Object.values(mapping).map((item) => item.toLowerCase())
        expect(new Set(replacements).size).toBe(replacements.length)
        // Nor the name of another placeholder of the story.
        const own = [...namesIn(tree)].map((name) => name.toLowerCase())
        for (const item of replacements) expect(own).not.toContain(item)
      }),
      runs
    )
  })

  it('pseudonyms do not depend on the order in which names appear', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), {minLength: 1, maxLength: 8}), fc.integer(), (picked, seed) => {
        const forward: Record<string, string> = {}
        const backward: Record<string, string> = {}
        anonymizeText(picked.map((name) => 'Ich sah $' + name + '.').join('\n\n'), {seed, lang: 'de', mapping: forward})
        anonymizeText(picked.reverse().map((name) => 'Ich sah $' + name + '.').join('\n\n'), {seed, lang: 'de', mapping: backward})
        expect(backward).toEqual(forward)
      }),
      runs
    )
  })

  it('reidentify(anonymize(tree)) is the tree, positions aside', () => {
    fc.assert(
      fc.property(story, fc.constantFrom<AnonymizeOptions>(...strategies.filter((item) => item.strategy !== 'redact'), {strategy: 'keep'}), (value, options) => {
        const tree = parse(value)
        const mapping: Record<string, string> = {}
        const restored = reidentify(anonymize(tree, {...options, mapping}), mapping)
        expect(withoutPositions(restored)).toEqual(withoutPositions(tree))
      }),
      runs
    )
  })

  it('anonymizeText changes nothing outside the placeholders', () => {
    fc.assert(
      fc.property(story, strategy, (value, options) => {
        const tree = parse(value)
        const spans = all(tree, 'placeholder').map((node) => [node.position!.start.offset!, node.position!.end.offset!])
        // Placeholders in a comment's byline are in a field, not in nodes: find them in its line.
        for (const comment of all(tree, 'comment')) {
          if (!comment.byline) continue
          const at = value.indexOf(comment.byline, comment.position!.start.offset!)
          for (const match of comment.byline.matchAll(/\$[\p{L}\p{N}_]+/gu)) spans.push([at + match.index, at + match.index + match[0].length])
        }
        spans.sort((a, b) => a[0] - b[0])
        const text = anonymizeText(value, options)
        // Remove the placeholders from the input: what is left must be in the output, in order.
        let cursor = 0
        let last = 0
        for (const [start, end] of [...spans, [value.length, value.length]]) {
          const piece = value.slice(last, start)
          const at = text.indexOf(piece, cursor)
          expect(at).toBeGreaterThanOrEqual(cursor)
          cursor = at + piece.length
          last = end
        }
      }),
      runs
    )
  })
})

const realNames = ['Müller', 'Meier GmbH', 'Bielefeld', 'Smith', 'Jane Smith']
const realWord = fc.constantFrom(
  'Müller', 'Müllers', "Müller's", 'MÜLLER', 'Mu\u0308ller', 'Meier GmbH', 'Meier  GmbH', 'Bielefeld', 'Smith', "Smith's",
  'Jane Smith', 'Müllerstraße', 'Blacksmith', 'Meier'
)
const realStory = fc
  .array(fc.oneof(word, realWord, realWord.map((name) => '\n' + name + ': ')), {maxLength: 40})
  .map((parts) => parts.join(''))

describe('deidentify on generated stories', () => {
  it('leaves none of the listed names but as placeholders, in the tree or in the text out', () => {
    fc.assert(
      fc.property(realStory, (value) => {
        const {tree} = deidentify(parse(value), {names: realNames})
        for (const node of all(tree, 'text')) {
          for (const name of realNames) expect(hasWord(node.value, name), node.value).toBe(false)
        }
        const text = deidentifyText(value, {names: realNames})
        for (const rendered of [toText(tree), text]) {
          for (const name of realNames) expect(hasWord(rendered, name), rendered).toBe(false)
        }
      }),
      runs
    )
  })

  it('with placeholder names of your choice, none of the real names is left anywhere', () => {
    const chosen = {Müller: 'Kollege', 'Meier GmbH': 'Firma', Bielefeld: 'Stadt', Smith: 'Kunde', 'Jane Smith': 'Ehefrau'}
    fc.assert(
      fc.property(realStory, (value) => {
        const {tree} = deidentify(parse(value), {names: chosen})
        for (const rendered of [...renderedTexts(tree), deidentifyText(value, {names: chosen})]) {
          for (const name of realNames) expect(hasWord(rendered, name, 'not allowed'), rendered).toBe(false)
        }
      }),
      runs
    )
  })

  it('reports places that hold what the report says', () => {
    fc.assert(
      fc.property(realStory, (value) => {
        for (const item of deidentify(parse(value), {names: realNames}).replacements) {
          if (item.position) expect(value.slice(item.position.start.offset, item.position.end.offset)).toBe(item.value)
        }
      }),
      runs
    )
  })
})

describe('bad input', () => {
  const node = fc.letrec((tie) => ({
    node: fc.record(
      {
        type: fc.constantFrom('root', 'narration', 'dialogue', 'turn', 'speaker', 'text', 'placeholder', 'comment', 'x'),
        value: fc.oneof(fc.string(), fc.constant('$A'), fc.integer()),
        name: fc.oneof(fc.constantFrom('A', 'B'), fc.integer()),
        who: fc.oneof(fc.constantFrom('A', 'a'), fc.constant(undefined)),
        byline: fc.constantFrom('$A said...', 'A wrote', undefined),
        children: fc.oneof({depthSize: 'small'}, fc.constant(undefined), fc.array(fc.oneof(tie('node'), fc.anything()), {maxLength: 4}))
      },
      {requiredKeys: ['type']}
    )
  }))
  const options = fc.record(
    {
      strategy: fc.oneof(fc.constantFrom('map', 'pseudonym', 'generic', 'redact', 'keep', 'bogus'), fc.anything()),
      seed: fc.anything(),
      map: fc.oneof(fc.constant({A: 'Anna'}), fc.anything()),
      fallback: fc.anything(),
      mask: fc.anything(),
      lang: fc.anything()
    },
    {requiredKeys: []}
  )

  it('anonymize, reidentify and deidentify never throw on trees and options of any shape', () => {
    fc.assert(
      fc.property(fc.oneof(node.node, fc.anything()), options, (tree, settings) => {
        const mapping: Record<string, string> = {}
        const result = anonymize(tree as Root, {...(settings as AnonymizeOptions), mapping})
        expect(Array.isArray(result.children)).toBe(true)
        reidentify(result, mapping)
        deidentify(tree as Root, {names: ['A', 'Anna']})
        anonymizeText(typeof tree === 'string' ? tree : 'Herr $A und $B.', settings as AnonymizeOptions)
      }),
      {numRuns: 300, seed: 20261126}
    )
  })
})
