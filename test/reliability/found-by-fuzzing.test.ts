// Bugs the property tests found, each pinned by the input that showed it.
import {describe, expect, it} from 'vitest'
import {anonymize, anonymizeText, parse, type Root, stats, toMarkdown, toText} from '../../src/index.js'
import {lostInMarkdown} from '../markdown/markup.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {checkPositions} from '../util/positions.js'
import {all, withoutPositions} from '../util/tree.js'

describe('found by fuzzing', () => {
  it('reads `$A$B` as two placeholders, so anonymizing leaves neither name', () => {
    const tree = parse('Ich: $B_$A$B', {format: 'text'})
    expect(all(tree, 'placeholder').map((node) => node.value)).toEqual(['$B', '$A', '$B'])
    expect(toText(anonymize(tree, {strategy: 'generic'}))).not.toMatch(/\$[AB]/)
  })

  it('keeps a no-break space before a Markdown dateline out of the dateline, as the text path does', () => {
    const value = '\u00a0Monday, February 21, 2011'
    for (const format of ['text', 'markdown'] as const) {
      expect(parse(value, {format}).children[0]).toMatchObject({type: 'dateline', value: 'Monday, February 21, 2011', position: {start: {offset: 1}}})
    }
  })

  it('starts a Markdown heading’s text after a no-break space or a byte order mark', () => {
    expect(toText(parse('##  \u00a0Ich: ', {format: 'markdown'}))).toBe('Ich:\n')
    expect(toText(parse('# \uFEFFTitel\n\nIch: Hallo.', {format: 'markdown'}))).toBe('Titel\n\nIch: Hallo.\n')
  })

  it('anonymizes a placeholder name written in Markdown code or a link definition, and leaves other `$` words there', () => {
    const value = '```\n$A ja\n```\n\nIch: `$A` und `echo $PATH`, $A.\n\n[a]: https://x.example/$A'
    const text = toText(anonymize(parse(value, {format: 'markdown'}), {strategy: 'generic'}))
    expect(text).toBe('Person A ja\n\nIch: Person A und echo $PATH, Person A.\n\n[a]: https://x.example/Person%20A\n')
    expect(anonymizeText(value, {strategy: 'generic', format: 'markdown'})).toBe(
      // In the definition's URL as a URL writes it: `Person A` would end the destination at its space.
      '```\nPerson A ja\n```\n\nIch: `Person A` und `echo $PATH`, Person A.\n\n[a]: https://x.example/Person%20A'
    )
  })

  it('reads a Markdown link or image reference as the text it is written as, like its definition', () => {
    const value = '[ref]: https://x.example\n\nSiehe [ref] und [Text][ref] oder ![Bild][ref].\n'
    const tree = parse(value, {format: 'markdown'})
    expect(withoutPositions(tree.children[1])).toEqual({type: 'narration', children: [{type: 'text', value: 'Siehe [ref] und [Text][ref] oder ![Bild][ref].'}]})
    expect(lostInMarkdown(value, tree)).toEqual([])
    expect(withoutPositions(parse(toMarkdown(tree), {format: 'markdown'}))).toEqual(withoutPositions(tree))
  })

  it('detects Markdown after a byte order mark', () => {
    for (const value of ['\uFEFF**Chef:** Hallo', '\uFEFF```\nx\n```', '\uFEFF# Titel\n\n**Ich:** Hallo']) {
      expect(parse(value), JSON.stringify(value)).toEqual(parse(value, {format: 'markdown'}))
    }
  })

  it('writes a node other than a comment among the comments of a tree built by hand as Markdown, as in the story', () => {
    const tree = {type: 'root', children: [{type: 'comments', label: 'x', children: [{type: 'text', value: 'a', controls: 'J'}, {type: 'narration', controls: 'J', index: 'b', children: [{type: 'text', value: 'c'}]}]}]}
    expect(toMarkdown(tree as unknown as Root)).toBe('## x\n\n- a\n\n1. c\n')
  })

  it('counts a tree built by hand whose node has `children: undefined`, as one without children', () => {
    const node = {type: 'x', children: undefined}
    expect(stats({type: 'root', children: [node]} as unknown as Root)).toEqual({turns: 0, words: 0, cast: [], placeholders: [], comments: 0})
    expect(stats({type: 'root', children: [{type: 'narration', children: [{type: 'text', value: 'a b'}, node]}]} as unknown as Root).words).toBe(2)
  })

  it('keeps a date under a first line that does not become the title under that line, in the tree and in the text', () => {
    const cases: [string, string[]][] = [
      ['Ich: \n\n2011-02-21', ['narration', 'dateline']],
      ['Titel\n\n2011-02-21', ['narration', 'dateline']],
      // A turn or a note is no title: the date under it is no dateline (see test/parse/dateline.test.ts).
      ['Chef: Hallo.\n\n2011-02-21\n\nIch: Hallo.\nChef: Ja.', ['dialogue', 'narration', 'dialogue']],
      ['Update: Hallo.\n\n2011-02-21\n\nIch: Hallo.', ['note', 'narration', 'dialogue']]
    ]
    for (const [value, types] of cases) {
      const tree = parse(value, {format: 'text'})
      expect(tree.children.map((node) => node.type), value).toEqual(types)
      expect(lostCharacters(value, tree), value).toEqual([])
      expect(toText(tree).replace(/\s+/g, ' ').trim(), value).toBe(value.replace(/\s+/g, ' ').trim())
    }
  })

  it('ends the title of a Markdown heading underlined under two lines with its first line, where the second line’s block begins', () => {
    for (const value of ['Ich:\nIch:\n===', 'Foo\nBar\n===\n\nText', 'Foo\nIch: Hallo\n===']) {
      const tree = parse(value, {format: 'markdown'})
      expect(tree.children[0], value).toMatchObject({type: 'title', position: {start: {offset: 0}, end: {offset: value.indexOf('\n')}}})
      expect(lostInMarkdown(value, tree), value).toEqual([])
    }
    // On one line, the underline is the title’s.
    expect(parse('Foo\n===\n\nText', {format: 'markdown'}).children[0]).toMatchObject({type: 'title', position: {end: {offset: 7}}})
  })

  it('ends a placeholder run through a Markdown link at the link’s end when underscores follow, so no link markup is left behind', () => {
    const value = '$A[a](/b "t")__'
    const tree = parse(value, {format: 'markdown'})
    expect(tree.children[0]).toMatchObject({children: [{type: 'placeholder', value: '$Aa', position: {end: {offset: 13}}}, {type: 'text', value: '__'}]})
    expect(lostInMarkdown(value, tree)).toEqual([])
    expect(anonymizeText('$Anna[a](/b)__ kam.', {format: 'markdown', strategy: 'generic'})).toBe('Person A__ kam.')
  })

  it('starts the title of a Markdown heading in a list item at the list marker, where its text starts', () => {
    for (const value of ['1. # Ich: ', '- # Foo\n\nText']) {
      const tree = parse(value, {format: 'markdown'})
      expect(tree.children[0], value).toMatchObject({type: 'title', position: {start: {offset: 0}}, children: [{type: 'text', position: {start: {offset: 0}}}]})
      expect(checkPositions(value, tree), value).toEqual([])
    }
  })

  it('detects Markdown by a bold cue with a colon in its label, as toMarkdown writes `Kund:in`', () => {
    const value = 'Peter schrieb:\n\n**Kund:in:** Ich:\n'
    expect(withoutPositions(parse(value))).toEqual(withoutPositions(parse(value, {format: 'markdown'})))
    const tree = parse('Peter schrieb:\nKund:in: Ich: ', {format: 'text'})
    expect(withoutPositions(parse(toMarkdown(tree)))).toEqual(withoutPositions(tree))
  })

  it('keeps a note that reads as a meta line with a date on the line under the opening in Markdown, as it stood', () => {
    // Alone in its paragraph it was the dateline under a title; a note is none now (see
    // test/parse/dateline.test.ts), and the Markdown is written as before.
    const tree = parse('Ich: \nUpdate (später): - 1. Mai 2020', {format: 'text'})
    expect(withoutPositions(tree.children)).toEqual([
      {type: 'narration', children: [{type: 'text', value: 'Ich:'}]},
      {type: 'note', label: 'Update (später):', children: [{type: 'text', value: '- 1. Mai 2020'}]}
    ])
    expect(toMarkdown(tree)).toBe('Ich:\nUpdate (später): - 1. Mai 2020\n')
    expect(withoutPositions(parse(toMarkdown(tree)))).toEqual(withoutPositions(tree))
    // Under a title, with a turn after it: it stays on the line above the turn.
    const titled = parse('Titel\n\nUpdate (später): - 1. Mai 2020\nIch: Ja.', {format: 'text'})
    expect(toMarkdown(titled)).toBe('# Titel\n\nUpdate (später): - 1. Mai 2020\n**Ich:** Ja.\n')
    expect(withoutPositions(parse(toMarkdown(titled)))).toEqual(withoutPositions(titled))
  })

  it('splits no turn off a line at a note label run on in it (`1. PS: 12. PS (leise): Ich:`), which on a line of its own is a note', () => {
    // The bulleted `1. PS:` is a cue (a note label names a speaker after a list marker); the
    // `PS (leise):` run on was split off as a turn of the same speaker, and so made the line a
    // turn; toMarkdown wrote it as `**PS (leise):**`, which reads back as a note.
    for (const value of ['1. Mai 20201 Kommentar:\n\n1. PS: 12. PS (leise): Ich: ', '1. PS: 12. PS: x']) {
      const tree = parse(value, {format: 'text'})
      expect(all(tree, 'turn'), value).toEqual([])
      expect(lostCharacters(value, tree), value).toEqual([])
      expect(withoutPositions(parse(toMarkdown(tree), {format: 'markdown'})), value).toEqual(withoutPositions(tree))
      expect(withoutPositions(parse(toMarkdown(tree))), value).toEqual(withoutPositions(tree))
    }
    // A speaker's label run on is still split off.
    expect(all(parse('- PS: Ja. Ich: Nein.\n- PS: Gut.', {format: 'text'}), 'turn').map((turn) => turn.who)).toEqual(['ps', 'ich', 'ps'])
  })

  it('anonymizes a placeholder beside a text node without a value in a tree built by hand', () => {
    for (const children of [[{type: 'text'}, {type: 'placeholder', name: 'A'}], [{type: 'placeholder', name: 'A'}, {type: 'text', value: 5}]]) {
      expect(anonymize({type: 'root', children} as unknown as Root, {strategy: 'generic'}).children).toContainEqual(expect.objectContaining({type: 'text', value: 'Person A'}))
    }
  })
})
