// The dateline under a title (`Titel` / blank / `1. Mai 2020`): read only under a first line that
// can be the title, by the title’s own rule (src/parse/core/passes/title.ts, `canBeTitle`), the
// same through every reader.
import {describe, expect, it} from 'vitest'
import {parse, type Root, toMarkdown} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {withoutPositions} from '../util/tree.js'

const ich = {
  type: 'dialogue',
  children: [{type: 'turn', who: 'ich', separator: ':', children: [{type: 'speaker', children: [{type: 'text', value: 'Ich'}]}, {type: 'text', value: 'Ja'}]}]
}

function types(tree: Root): string[] {
  return tree.children.map((node) => node.type)
}

describe('the dateline under a title', () => {
  it('reads none under an opening turn: a turn is no title (`Ich: Ja` / blank / `Update (später): - 1. Mai 2020`)', () => {
    const note = {type: 'note', label: 'Update (später):', children: [{type: 'text', value: '- 1. Mai 2020'}]}
    const inputs = {
      text: 'Ich: Ja\n\nUpdate (später): - 1. Mai 2020',
      markdown: '**Ich:** Ja\n\nUpdate (später): - 1. Mai 2020',
      html: '<p>Ich: Ja</p>\n<p>Update (später): - 1. Mai 2020</p>'
    } as const
    for (const [format, value] of Object.entries(inputs) as [keyof typeof inputs, string][]) {
      const tree = parse(value, {format})
      expect(withoutPositions(tree.children), format).toEqual([ich, note])
    }
    expect(lostCharacters(inputs.text, parse(inputs.text, {format: 'text'}))).toEqual([])
  })

  it('reads none under an opening turn or note, a date alone in its paragraph staying narration where it stands', () => {
    const date = {type: 'narration', children: [{type: 'text', value: '1. Mai 2020'}]}
    for (const format of ['text', 'markdown'] as const) {
      const tree = parse('Ich: Ja\n\n1\\. Mai 2020'.replace('\\', format === 'text' ? '' : '\\'), {format})
      expect(withoutPositions(tree.children), format).toEqual([ich, date])
    }
    expect(types(parse('Ich: Ja\n\n1. Mai 2020\n\nChef: Nein.', {format: 'text'}))).toEqual(['dialogue', 'narration', 'dialogue'])
    expect(types(parse('PS: Ja\n\n1. Mai 2020\n\nText.', {format: 'text'}))).toEqual(['note', 'narration', 'narration'])
  })

  it('reads one under a line shaped like a cue that is no turn, which can be the title (`Kunde: Hallo` once, `Ich:` without speech)', () => {
    expect(types(parse('Kunde: Hallo\n\n1. Mai 2020\n\nText.', {format: 'text'}))).toEqual(['title', 'dateline', 'narration'])
    expect(types(parse('Ich:\n\n1. Mai 2020\n\nText.', {format: 'text'}))).toEqual(['title', 'dateline', 'narration'])
  })

  it('reads one under a first-rank heading, which is the title whatever it says (`# Ich: Ja`)', () => {
    expect(types(parse('# Ich: Ja\n\n1\\. Mai 2020\n\nText.', {format: 'markdown'}))).toEqual(['title', 'dateline', 'narration'])
  })

  it('reads no turn as the dateline (`Ich: Hallo | 1. Mai 2020` reads as a meta line with a date)', () => {
    const tree = parse('Titel\n\nIch: Hallo | 1. Mai 2020\n\nText.', {format: 'text'})
    expect(types(tree)).toEqual(['title', 'dialogue', 'narration'])
    // Nor a note (see below).
    expect(types(parse('Titel\n\nUpdate: x | 1. Mai 2020\n\nText.', {format: 'text'}))).toEqual(['title', 'note', 'narration'])
  })

  it('writes Markdown that reads back as the same tree', () => {
    for (const value of ['Ich: Ja\n\nUpdate (später): - 1. Mai 2020', 'Ich: Ja\n\n1. Mai 2020\n\nChef: Nein.', 'PS: Ja\n\n1. Mai 2020', 'Titel\n\nIch: Hallo | 1. Mai 2020\n\nText.']) {
      const tree = parse(value, {format: 'text'})
      expect(withoutPositions(parse(toMarkdown(tree))), value).toEqual(withoutPositions(tree))
    }
  })
})

// The first line follows the rule of the line under a title: a turn or a note (`Update:`, `PS:`)
// is no dateline, though it reads as a meta line with a date (`Update: fixed | May 1, 2020`); a
// byline (`Posted by Ann | …`) and a cue shaped line that is no turn (`Kunde: Hallo | …` once) are.

/** The story as simple HTML: a paragraph per block of lines, its lines joined by `<br>`. */
function asHtml(value: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return value.trim().split(/\n\n+/).map((paragraph) => '<p>' + paragraph.split('\n').map(escape).join('<br>\n') + '</p>').join('\n') + '\n'
}

describe('the first-line dateline, by the rule of the dateline under a title', () => {
  const cases: [string, string[], unknown][] = [
    ['dateline-in-byline-not-note-de', ['note', 'narration', 'dialogue'], {type: 'note', label: 'Nachtrag (am Abend):', children: [{type: 'text', value: '- 3. März 2012'}]}],
    ['dateline-in-byline-not-note-en', ['note', 'narration', 'dialogue'], {type: 'note', label: 'Update:', children: [{type: 'text', value: 'fixed by IT | May 1, 2020'}]}],
    ['dateline-in-byline-not-turn-de', ['dialogue', 'dialogue'], {type: 'dialogue', children: [{type: 'turn', who: 'ich', separator: ':', children: [{type: 'speaker', children: [{type: 'text', value: 'Ich'}]}, {type: 'text', value: 'Wieder da | 3. März 2012'}]}]}],
    ['dateline-in-byline-not-turn-en', ['dialogue', 'dialogue'], {type: 'dialogue', children: [{type: 'turn', who: 'me', separator: ':', children: [{type: 'speaker', children: [{type: 'text', value: 'Me'}]}, {type: 'text', value: 'Back at my desk | March 3, 2012'}]}]}],
    ['dateline-below-title-not-note-de', ['title', 'note', 'narration'], {type: 'note', label: 'Nachtrag (am Abend):', children: [{type: 'text', value: '- 14. Juni 2017'}]}],
    ['dateline-below-title-not-note-en', ['title', 'note', 'narration'], {type: 'note', label: 'Update:', children: [{type: 'text', value: 'fixed | June 14, 2017'}]}]
  ]
  const stories = new Map(fixtures('text').map((fixture) => [fixture.name, fixture.value]))
  for (const [name, blocks, node] of cases) {
    it(name + ': the same tree through the text, Markdown and HTML readers, and back from toMarkdown', () => {
      const value = stories.get(name)!
      const tree = parse(value, {format: 'text'})
      expect(types(tree)).toEqual(blocks)
      expect(withoutPositions(tree.children[blocks[0] === 'title' ? 1 : 0])).toEqual(node)
      expect(lostCharacters(value, tree)).toEqual([])
      // Nothing in these stories means something in Markdown: the same text is the Markdown story.
      expect(withoutPositions(parse(value, {format: 'markdown'}).children), 'markdown').toEqual(withoutPositions(tree.children))
      expect(withoutPositions(parse(asHtml(value), {format: 'html'}).children), 'html').toEqual(withoutPositions(tree.children))
      expect(withoutPositions(parse(toMarkdown(tree), {format: 'markdown'})), 'toMarkdown').toEqual(withoutPositions(tree))
      expect(withoutPositions(parse(toMarkdown(tree))), 'toMarkdown, auto').toEqual(withoutPositions(tree))
    })
  }

  it('reads a first line in bold a note or a turn as well (`**Update:** x | 1. Mai 2020`, `<b>Ich:</b> …`)', () => {
    const note = {type: 'note', label: 'Update:', children: [{type: 'text', value: 'x | 1. Mai 2020'}]}
    expect(withoutPositions(parse('**Update:** x | 1. Mai 2020\n\n**Ich:** Ja', {format: 'markdown'}).children)).toEqual([note, ich])
    expect(withoutPositions(parse('<p><b>Update:</b> x | 1. Mai 2020</p><p><b>Ich:</b> Ja</p>', {format: 'html'}).children)).toEqual([note, ich])
  })

  it('still reads a byline and a cue that is no turn as the dateline (`Posted by Ann | March 2, 2020`, `Kunde: Hallo | 1. Mai 2020`)', () => {
    for (const line of ['Posted by Ann | March 2, 2020', 'Eingestellt von Ben | 3. März 2012', 'Kunde: Hallo | 1. Mai 2020', 'Filed under: Work | by Ann | March 2, 2020']) {
      for (const format of ['text', 'markdown'] as const) {
        const tree = parse(line + '\n\nText.', {format})
        expect(withoutPositions(tree.children[0]), format + ' ' + line).toMatchObject({type: 'dateline', value: line})
      }
      expect(types(parse('Titel\n\n' + line + '\n\nText.', {format: 'text'})), line).toEqual(['title', 'dateline', 'narration'])
    }
  })
})

describe('a meta line with a date', () => {
  it('has its parts parted by each separator docs/syntax-tree.md names', () => {
    for (const separator of [' | ', ' · ', ' • ', ' » ', ' – ', ' — ', ' - ']) {
      const tree = parse('Filed under Work' + separator + 'March 2, 2020\n\nI went home.', {format: 'text'})
      expect(withoutPositions(tree.children[0]), separator).toEqual({type: 'dateline', value: 'Filed under Work' + separator + 'March 2, 2020', date: '2020-03-02'})
    }
  })
})

describe('the first-line dateline with a title right under it', () => {
  it('reads the date and then the title, as blogs write the date over it (no blank line between)', () => {
    const tree = parse('Montag, 21. Februar 2011\nDer Drucker\n\nIch: Ja.', {format: 'text'})
    expect(withoutPositions(tree.children.slice(0, 2))).toEqual([
      {type: 'dateline', value: 'Montag, 21. Februar 2011', date: '2011-02-21'},
      {type: 'title', children: [{type: 'text', value: 'Der Drucker'}]}
    ])
  })
})
