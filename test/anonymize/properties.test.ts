// Properties over generated stories: nothing of the placeholders is left, the same seed gives
// the same output, pseudonyms never collide, and reidentify undoes anonymize.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {anonymize, anonymizeText, deidentify, deidentifyText, parse, reidentify, stats, toHtml, toMarkdown, toText} from '../../src/index.js'
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
        // Not `lang`: there a parse option too, so one of its values or a TypeError (test/reliability/never-throws.test.ts).
        const {lang, ...ownOptions} = settings as AnonymizeOptions
        anonymizeText(typeof tree === 'string' ? tree : 'Herr $A und $B.', ownOptions)
      }),
      {numRuns: 300, seed: 20261126}
    )
  })
})

// Issue 18: every output a user can get, not only the text. Distinctive names, so that any trace
// of one (its slug in `who` included) is a leak.
describe('no replaced name in any output', () => {
  const own = ['Qwertz', 'Zyxel', 'Mökkula', 'Jyrki_Plomm', 'Verka\u0308ufer']
  const ownPlaceholder = fc.constantFrom(...own).chain((name) => fc.constantFrom(' $' + name, ' $' + name + 's'))
  const ownLabel = fc.constantFrom(...own).chain((name) =>
    fc.constantFrom('\n$' + name + ': ', '\n$' + name + '_: ', '\n$' + name + ' (QW): ', '\nSystemadministrator $' + name + ' (SA): ', '\nDer Mann aus dem Laden namens $' + name + ': ', '\nQW: ', '\nSA: ', '\n$' + name + 's Frau: ')
  )
  const ownMarkdown = fc.constantFrom(...own).chain((name) =>
    fc.constantFrom(' [Profil](https://example.com/u/$' + name + ' "Seite von $' + name + '") ', ' ![Bild](https://example.com/$' + name + '.png) ', ' <https://example.com/$' + name + '> ', ' `$' + name + '` ', '\n\n```\n$' + name + '\n```\n\n')
  )
  const ownByline = fc.constantFrom(...own).map((name) => '\n\n1 Kommentar:\n\n1. $' + name + ' said...\n   Ja.\n')
  const ownStory = fc
    .array(fc.oneof({weight: 3, arbitrary: word}, {weight: 2, arbitrary: ownPlaceholder}, {weight: 2, arbitrary: ownLabel}, {weight: 1, arbitrary: ownMarkdown}, {weight: 1, arbitrary: ownByline}), {maxLength: 30})
    .map((parts) => parts.join(''))
  const traces: Record<string, string> = {Qwertz: 'qwertz', Zyxel: 'zyxel', Mökkula: 'moe?kkula', Jyrki_Plomm: 'plomm', Verkäufer: 'verkae?ufer'}
  const leaksOf = (names: string[]) =>
    names.length === 0 ? undefined : new RegExp(names.map((name) => traces[name] ?? fold(name).replace(/[^\p{L}\p{N}]/gu, '.')).join('|'), 'u')

  /** Every output of a tree, folded: no marks, no soft hyphens, full case folding. */
  function outputs(tree: Root): string {
    return fold([JSON.stringify(tree), toHtml(tree), toHtml(tree, {document: true}), toText(tree), toMarkdown(tree), JSON.stringify(stats(tree))].join('\n'))
  }

  function fold(value: string): string {
    return value.normalize('NFD').replace(/[\u00ad\u200b]/g, '').replace(/\p{M}/gu, '').toUpperCase().toLowerCase()
  }

  it('anonymize and anonymizeText, every strategy that replaces, text and Markdown', () => {
    fc.assert(
      fc.property(ownStory, fc.constantFrom<AnonymizeOptions>({strategy: 'pseudonym', seed: 3}, {strategy: 'generic'}, {strategy: 'redact'}, {strategy: 'map', map: {Qwertz: 'Herr Albers'}, fallback: 'generic'}), fc.constantFrom('text', 'markdown', 'auto') as fc.Arbitrary<'text' | 'markdown' | 'auto'>, (value, options, format) => {
        const tree = parse(value, {format})
        const mapping: Record<string, string> = {}
        const result = anonymize(tree, {...options, mapping})
        // The names replaced (a name only in code, `$PATH`-like, is not one).
        const replaced = leaksOf(Object.keys(mapping))
        if (!replaced) return
        expect(outputs(result), value).not.toMatch(replaced)
        expect(fold(anonymizeText(value, {...options, format})), value).not.toMatch(replaced)
      }),
      {numRuns: 200, seed: 20261201}
    )
  })

  const real = ['Plomberg', 'Strauß', 'İlker', 'Meier GmbH', 'Jürgen Möller']
  const realForm = fc.constantFrom('Plomberg', 'PLOMBERG', 'Plom\u00adberg', 'Plombergs', 'Strauß', 'STRAUSS', 'Strauss', 'İlker', 'ILKER', 'Meier GmbH', 'Meier\nGmbH', 'MEIER  GMBH', 'Ju\u0308rgen Möller', 'Jürgen Mo\u0308ller')
  const oneLine = realForm.filter((name) => !name.includes('\n'))
  const realStory = fc
    .array(
      fc.oneof(
        {weight: 3, arbitrary: word},
        // A name over a line break ends its line: where its second line went on into a label (`Meier`⏎`GmbH Ich:`),
        // its words would be two blocks, the end of one and the speaker of the next: no longer the name.
        {weight: 2, arbitrary: realForm.map((name) => ' ' + name + (name.includes('\n') ? '.\n' : ' '))},
        // A label is one line: a name over a line break there would be half narration, half label.
        {weight: 1, arbitrary: oneLine.map((name) => '\n' + name + ': ')},
        {weight: 1, arbitrary: oneLine.map((name) => '\nHerr ' + name + ' (HR): ')},
        {weight: 1, arbitrary: fc.constantFrom('\nHR: ')},
        {weight: 1, arbitrary: oneLine.filter((name) => !/\s/.test(name)).map((name) => ' [x](https://example.com/' + name + ' "' + name + '") `' + name + '` ')}
      ),
      {maxLength: 30}
    )
    .map((parts) => parts.join(''))
  const realLeaks = /plomberg|strauss|ilker|meier[\s_-]*gmbh|jue?rgen[\s_-]*moe?ller/

  it('deidentify with chosen placeholder names, and deidentifyText: no real name in any output', () => {
    const names = Object.fromEntries(real.map((name, index) => [name, 'Wer' + 'ABCDE'[index]]))
    fc.assert(
      fc.property(realStory, fc.constantFrom('text', 'markdown') as fc.Arbitrary<'text' | 'markdown'>, (value, format) => {
        const {tree} = deidentify(parse(value, {format}), {names})
        expect(outputs(tree), value).not.toMatch(realLeaks)
        expect(fold(deidentifyText(value, {names})), value).not.toMatch(realLeaks)
      }),
      {numRuns: 200, seed: 20261201}
    )
  })

  it('deidentify with listed names, then anonymize: no real name in any output', () => {
    fc.assert(
      fc.property(realStory, fc.constantFrom<AnonymizeOptions>({strategy: 'pseudonym', seed: 3}, {strategy: 'generic'}, {strategy: 'redact'}), (value, options) => {
        const {tree} = deidentify(parse(value), {names: real})
        expect(outputs(anonymize(tree, options)), value).not.toMatch(realLeaks)
        expect(fold(anonymizeText(deidentifyText(value, {names: real}), options)), value).not.toMatch(realLeaks)
      }),
      {numRuns: 200, seed: 20261201}
    )
  })
})
