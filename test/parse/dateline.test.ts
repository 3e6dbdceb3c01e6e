// The dateline under a title (`Titel` / blank / `1. Mai 2020`): read only under a first line that
// can be the title, by the title’s own rule (src/parse/core/passes/title.ts, `canBeTitle`), the
// same through every reader.
import {describe, expect, it} from 'vitest'
import {parse, type Root, toMarkdown} from '../../src/index.js'
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
    expect(types(parse('Titel\n\nUpdate: x | 1. Mai 2020\n\nText.', {format: 'text'}))).toEqual(['title', 'dateline', 'narration'])
  })

  it('writes Markdown that reads back as the same tree', () => {
    for (const value of ['Ich: Ja\n\nUpdate (später): - 1. Mai 2020', 'Ich: Ja\n\n1. Mai 2020\n\nChef: Nein.', 'PS: Ja\n\n1. Mai 2020', 'Titel\n\nIch: Hallo | 1. Mai 2020\n\nText.']) {
      const tree = parse(value, {format: 'text'})
      expect(withoutPositions(parse(toMarkdown(tree))), value).toEqual(withoutPositions(tree))
    }
  })
})
