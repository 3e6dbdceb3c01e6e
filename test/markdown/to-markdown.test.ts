// toMarkdown: Markdown that parses back to the same tree, for every fixture, text and Markdown.
import {describe, expect, it} from 'vitest'
import {parse, toMarkdown} from '../../src/index.js'
import type {Root} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'
import {withoutPositions} from '../util/tree.js'

describe('toMarkdown', () => {
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
    expect(markdown).toBe('\\- **Kunde:** \\*seufzt\\* Siehe [hier](https://example.com) und `$x`\n\nUpdate: **Erledigt**\n')
    const back = withoutPositions(parse(markdown, {format: 'markdown'}))
    expect(back.children).toEqual(tree.children)
  })
})
