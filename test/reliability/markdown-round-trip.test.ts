// toMarkdown round trips (issue 18): the Markdown written for any tree the text path reads
// parses back to the same tree, as Markdown and with default options (`auto` must take it for
// Markdown). Generated stories, fixed seed, thousands of runs.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse, type Root, toMarkdown} from '../../src/index.js'
import {all, withoutPositions} from '../util/tree.js'
import {fragment, seed, timeout} from './arbitraries.js'

/** What broke round trips: datelines that read as list items, note words as speakers, bylines with escapes. */
const risky = fc.constantFrom(
  '1. Mai 2020', '1. Mai 2020\n\n', '21. Februar 2011\n', 'PS (leise): ', 'PS: ', 'Update (später): ', 'Nachtrag: ', 'Edit: ',
  'Kunde (x)): ', '(grinst) ', 'Anna said...\n', 'Anna_B said...\n', '*Anna* hat gesagt…\n', 'Peter schrieb:\n', '1 Kommentar:\n\n1. ',
  '2 Kommentare:\n\n', '\n', '\n\n', 'Chef: ', 'Ich: ', '$Verkäufer', '# ', '- ', '* ', '+ ', '1) ', '&amp;', '\\', '`', '_x_', '<b>'
)
const story = fc.array(fc.oneof(fragment, risky), {maxLength: 40}).map((parts) => parts.join(''))
const runs = Number(process.env.FUZZ_RUNS ?? 3000)
/** This file's runs take longer than the shared default allows for. */
const time = Math.max(timeout, runs * 20)

function same(markdown: string, tree: Root, options?: {format: 'markdown'}): void {
  expect(withoutPositions(parse(markdown, options))).toEqual(withoutPositions(tree))
}

describe('toMarkdown round trip, the kinds issue 18 found', () => {
  const examples = [
    '1. Mai 2020\n\nIch: Ja.',
    '21. Februar 2011\nHallo',
    'Ich: Ja.\nPS (leise): (grinst) Nichts.',
    'Ich: Ja.\nUpdate 2 (leise): Nichts.',
    '1 Kommentar\n1.', '2 Kommentare\n1.\n2. Ja',
    '1 Kommentar\n1) I: Ja', '1 Kommentar\n- Ich: Ja', '1 Kommentar\n» Ich: Ja',
    '\uD800\n2 Kommentare', 'Hallo\n2 Kommentare:\n1. Ja',
    'Ich: Ja.\nPS <leise>: x', 'Ich: Ja.\nPS *leise*: Nichts.', 'Ich: Ja.\nPS [...]: x', 'Ich: Ja.\nUpdate [a_b] (c): d',
    '<b><b><b>', 'Ich: <b> <i> </p>',
    'Titel\n\n2 Feb 2011\nPS: Nichts.', 'Er sagte:\n\n2 Feb 2011\nPS: Nichts.', ':\n\n2Feb1\nPS:', 'Titel\n\n21. Februar 2011\nIch: Ja.',
    'A\nEingestellt von 1', 'A\nPosted by x', 'Hallo Welt\nIch: Ja.',
    'Kommentar\n\nText', 'Comments\n\nIch: Ja.', 'Montag, 21. Februar 2011\n\nKommentare\n\nText.',
    '2 Kommentare\n* hat gesagt', '1 Kommentar\n_ said', '1 Kommentar\n# said', '1 Kommentar\n<r schrieb',
    '1 Kommentar:\n\n1. Keine Kommentare:', '1 Kommentar:\n\n1. Ein Kommentar:', '1 comment:\n\n1. No comments',
    'Ich: Ja.\nKunde (x)): Hallo',
    'Ich: Ja.\nKunde [x]]: Hallo',
    'Ich: \nUpdate (später): - 1. Mai 2020', 'Ich: Ja\nUpdate: | 1. Mai 2020', 'Titel\n\nUpdate (später): - 1. Mai 2020\nIch: Ja.',
    '1. Mai 20201 Kommentar:\n\n1. PS: 12. PS (leise): Ich: ',
    '`', '\\', '>', '[', '_', '¯\\_(ツ)_/¯', 'https://x.example/a_(b)', 'Ich: 3 * 4 `x` [y]'
  ]
  for (const value of examples) {
    it(JSON.stringify(value) + ': the same tree, as Markdown and with default options', () => {
      const tree = parse(value, {format: 'text'})
      same(toMarkdown(tree), tree, {format: 'markdown'})
      same(toMarkdown(tree), tree)
    })
  }
})

describe('toMarkdown, where the plain reading would change', () => {
  it('keeps an untitled opening line on the line above the note after it, every character as written', () => {
    // A character reference in it (`&#65;`) would split a word, and the language is told from words.
    expect(toMarkdown(parse('A\nEingestellt von 1'))).toBe('A\nEingestellt von 1\n')
  })

  it('keeps a line under the title that reads as a date on the line above the note after it (alone it is a dateline)', () => {
    expect(toMarkdown(parse('Titel\n\n2 Feb 2011\nPS: Nichts.'))).toBe('# Titel\n\n2 Feb 2011\nPS: Nichts.\n')
  })

  it('writes an untitled opening line above the comments as it is (no title without story text after it)', () => {
    // A lone surrogate has no character reference (`&#55296;` reads as U+FFFD).
    expect(toMarkdown(parse('\uD800\n2 Kommentare'))).toBe('\uD800\n\n## 2 Kommentare\n')
  })

  it('writes a title that names the comments alone in its paragraph (`# Kommentare` would start them)', () => {
    expect(toMarkdown(parse('Kommentare\n\nIch: Ja.'))).toBe('Kommentare\n\n**Ich:** Ja.\n')
  })
})

describe('the Markdown reader, on what toMarkdown writes', () => {
  it('reads a turn with its own bullet in a list item (`- \\- **Ich:** Ja`: a comment whose turn has the bullet `-`)', () => {
    const tree = parse('## 1 Kommentar\n\n- \\- **Ich:** Ja\n- 1\\) **Chef:** Nein\n', {format: 'markdown'})
    const turns = all(tree, 'turn')
    expect(turns.map((turn) => [turn.bullet, turn.who])).toEqual([['-', 'ich'], ['1)', 'chef']])
    expect(all(tree, 'comment')).toHaveLength(2)
  })

  it('reads the directions of a bold cue with escapes (`**PS \\<leise>:**`), each where it is written', () => {
    const value = '**Ich:** Ja.\n**PS \\<leise \\*x\\*>:** Nichts.\n'
    const turn = all(parse(value, {format: 'markdown'}), 'turn')[1]
    expect(withoutPositions(turn)).toEqual({
      type: 'turn', who: 'ps', separator: ':',
      children: [
        {type: 'speaker', children: [{type: 'text', value: 'PS'}]},
        {type: 'direction', marker: 'angle', cue: true, children: [{type: 'text', value: 'leise '}, {type: 'direction', marker: 'star', children: [{type: 'text', value: 'x'}]}]},
        {type: 'text', value: 'Nichts.'}
      ]
    })
    const [, angle] = turn.children
    expect(value.slice(angle.position!.start.offset, angle.position!.end.offset)).toBe('\\<leise \\*x\\*>')
  })

  it('reads a byline as Markdown reads it (`\\* hat gesagt`: the byline `* hat gesagt` by `*`)', () => {
    const tree = parse('## 2 Kommentare\n\n- \\* hat gesagt\n', {format: 'markdown'})
    expect(tree.children[0]).toMatchObject({type: 'comments', children: [{type: 'comment', author: '*', byline: '* hat gesagt', children: []}]})
  })
})

describe('toMarkdown round trip, generated stories', () => {
  it('parse(toMarkdown(t), {format: "markdown"}) equals t', {timeout: time}, () => {
    fc.assert(
      fc.property(story, (value) => {
        const tree = parse(value, {format: 'text'})
        same(toMarkdown(tree), tree, {format: 'markdown'})
      }),
      {numRuns: runs, seed}
    )
  })

  it('parse(toMarkdown(t)) with default options equals t', {timeout: time}, () => {
    fc.assert(
      fc.property(story, (value) => {
        const tree = parse(value, {format: 'text'})
        same(toMarkdown(tree), tree)
      }),
      {numRuns: runs, seed}
    )
  })
})
