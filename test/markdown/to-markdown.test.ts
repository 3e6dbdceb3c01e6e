// toMarkdown: Markdown that parses back to the same tree, for every fixture, text and Markdown.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse, toMarkdown, toText} from '../../src/index.js'
import type {Root} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'
import {withoutPositions} from '../util/tree.js'

const fragments = fc.constantFrom(
  'Ich: ', 'Chef: ', 'Anderer Chef: ', 'Kunde (leise): ', 'me: ', '$Verkäufer', '$20', '<hektisch>', '(', ')', '<', '>',
  '*seufzt*', '*', '[...]', '[', ']', '2 Kommentare:', '1. ', '  ', 'AntwortenLöschen', 'Reply', '\n', '\n\n',
  'Update: ', 'https://x.example', '10:30', ':-)', 'Montag, 21. Februar 2011', 'Kund:in: ', '#3 ', '- ', 'Posted by ', 'x said...', 'Text. ',
  'Title line', 'Satz.', '_', '`', '&amp;', '\\', '**', '# ', '~~~', '> ', 'Kommentare', '   ', '\t', '1) ', '---', '[a](b)', '**Chef:**'
)
describe('toMarkdown', () => {
  it('writes any plain-text story as Markdown that parses back to the same tree', () => {
    fc.assert(
      fc.property(fc.array(fragments, {maxLength: 40}).map((parts) => parts.join('')), (value) => {
        const tree = parse(value, {format: 'text'})
        expect(withoutPositions(parse(toMarkdown(tree), {format: 'markdown'}))).toEqual(withoutPositions(tree))
      }),
      {numRuns: 600, seed: 20261126}
    )
  })

  for (const kind of ['text', 'markdown']) {
    for (const fixture of fixtures(kind)) {
      it('writes ' + kind + '/' + fixture.name + ' as Markdown that parses back to the same tree', () => {
        const tree = parse(fixture.value)
        const markdown = toMarkdown(tree)
        expect(withoutPositions(parse(markdown, {format: 'markdown'}))).toEqual(withoutPositions(tree))
        expect(withoutPositions(parse(markdown))).toEqual(withoutPositions(tree))
      })
    }
  }

  it('writes bold cues, a `#` title, escaped directions and the comments as a list', () => {
    const tree = parse('Fahren Sie mal hin\n\nIch: Hallo.\nChef: <hektisch> Wo ist *der* $Verkäufer [...]?\n\n2 Kommentare:\n\n1. Toll!\nAntwortenLöschen\n2. Ja.')
    expect(toMarkdown(tree)).toBe(
      [
        '# Fahren Sie mal hin',
        '',
        '**Ich:** Hallo.',
        '**Chef:** \\<hektisch> Wo ist \\*der\\* $Verkäufer \\[...]?',
        '',
        '## 2 Kommentare:',
        '',
        '1. Toll!',
        '',
        '   AntwortenLöschen',
        '2. Ja.',
        ''
      ].join('\n')
    )
  })

  it('writes directions that stood before the colon inside the bold cue, where the text writer puts them', () => {
    const value = 'Kunde (leise): Hallo.\nIch: <grinst> Ja.\nCoworker, picking up the phone: Yes?\nChef (laut) [...]: Wo?\n'
    const tree = parse(value)
    const markdown = toMarkdown(tree)
    expect(markdown).toBe('**Kunde (leise):** Hallo.\n**Ich:** \\<grinst> Ja.\n**Coworker, picking up the phone:** Yes?\n**Chef (laut) \\[...]:** Wo?\n')
    expect(withoutPositions(parse(markdown, {format: 'markdown'}))).toEqual(withoutPositions(tree))
    expect(toText(tree)).toBe(value)
  })

  it('writes a code block of the source (inline code alone in its narration, with line ends or empty) as a fenced block', () => {
    for (const value of ['Ich: Hallo.\n\n```\n$x = 1\n$y = 2\n```\n', 'Ich: Hallo.\n```\n```\n']) {
      const tree = parse(value, {format: 'markdown'})
      const markdown = toMarkdown(tree)
      expect(markdown).toMatch(/\n```\n/)
      expect(withoutPositions(parse(markdown, {format: 'markdown'}))).toEqual(withoutPositions(tree))
    }
    expect(toMarkdown(parse('Davor.\n\n```\n$x = 1\n$y = 2\n```\n', {format: 'markdown'}))).toBe('Davor.\n\n```\n$x = 1\n$y = 2\n```\n')
  })

  it('keeps a fence\'s info string in `info` and writes it back after the fence', () => {
    const value = 'Ich: Hallo.\n\n```python title="x"\nprint(1)\n```\n\n~~~ ruby  Anna \nputs 1\n~~~\n'
    const tree = parse(value, {format: 'markdown', positions: false})
    expect(tree.children.slice(1)).toEqual([
      {type: 'narration', children: [{type: 'inlineCode', value: 'print(1)', info: 'python title="x"'}]},
      {type: 'narration', children: [{type: 'inlineCode', value: 'puts 1', info: 'ruby  Anna'}]}
    ])
    const markdown = toMarkdown(tree)
    expect(markdown).toBe('**Ich:** Hallo.\n\n```python title="x"\nprint(1)\n```\n\n```ruby  Anna\nputs 1\n```\n')
    expect(parse(markdown, {format: 'markdown', positions: false})).toEqual(tree)
  })

  it('writes a narration line that reads as a comment header with a character reference, so it stays narration', () => {
    for (const value of ['> ## 2 Kommentare\n', '1. ## 2 Kommentare\n', 'Davor.\n\n> 3 Kommentare:\n> Danach.\n']) {
      const tree = parse(value, {format: 'markdown'})
      expect(tree.children.map((node) => node.type)).not.toContain('comments')
      const markdown = toMarkdown(tree)
      expect(withoutPositions(parse(markdown, {format: 'markdown'}))).toEqual(withoutPositions(tree))
    }
    expect(toMarkdown(parse('> ## 2 Kommentare\n', {format: 'markdown'}))).toBe('&#50; Kommentare\n')
    // Not inside a word, whose language it would change (`&#75;eine` holds the German `eine`): the space after it.
    expect(toMarkdown(parse('> Keine Kommentare:\n', {format: 'markdown'}))).toBe('Keine&#32;Kommentare:\n')
  })

  it('writes bullets, notes, Markdown phrasing and a generated tree without positions', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'dialogue',
          children: [
            {
              type: 'turn',
              who: 'kunde',
              bullet: '-',
              separator: ':',
              children: [
                {type: 'speaker', children: [{type: 'text', value: 'Kunde'}]},
                {type: 'direction', marker: 'star', children: [{type: 'text', value: 'seufzt'}]},
                {type: 'text', value: ' Siehe '},
                {type: 'link', url: 'https://example.com', children: [{type: 'text', value: 'hier'}]},
                {type: 'text', value: ' und '},
                {type: 'inlineCode', value: '$x'}
              ]
            }
          ]
        },
        {type: 'note', label: 'Update:', children: [{type: 'strong', children: [{type: 'text', value: 'Erledigt'}]}]}
      ]
    }
    const markdown = toMarkdown(tree)
    expect(markdown).toBe('\\- **Kunde:** *seufzt* Siehe [hier](https://example.com) und `$x`\n\nUpdate: **Erledigt**\n')
    const back = withoutPositions(parse(markdown, {format: 'markdown'}))
    expect(back.children).toEqual(tree.children)
  })
})
