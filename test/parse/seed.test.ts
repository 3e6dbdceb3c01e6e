// The seed story, fact by fact: a failing test says what broke.
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'
import {all, textOf} from '../util/tree.js'

const value = readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')
const tree = parse(value)

describe('the seed story', () => {
  it('is German', () => {
    expect(tree.lang).toBe('de')
  })

  it('has the dateline with its ISO date, then the title', () => {
    expect(tree.children[0]).toMatchObject({type: 'dateline', value: 'Montag, 21. Februar 2011', date: '2011-02-21'})
    expect(tree.children[1].type).toBe('title')
    expect(textOf(tree.children[1])).toBe("Fahren Sie 'mal da hin...")
  })

  it('has 11 turns in 4 dialogue blocks, speakers in order', () => {
    const dialogues = tree.children.filter((node) => node.type === 'dialogue')
    expect(dialogues.map((node) => node.children.length)).toEqual([5, 3, 1, 2])
    expect(all(tree, 'turn').map((turn) => textOf(turn.children[0]))).toEqual([
      'Ich', 'Chef', 'Ich', 'Chef', 'Ich', 'Kollege', 'Chef', 'Kollege', 'Anderer Chef', 'Verkäufer', 'Techniker'
    ])
  })

  it('gives each speaker an identity', () => {
    expect([...new Set(all(tree, 'turn').map((turn) => turn.who))]).toEqual([
      'ich', 'chef', 'kollege', 'anderer-chef', 'verkaeufer', 'techniker'
    ])
  })

  it('reads the direction of the second turn', () => {
    const second = all(tree, 'turn')[1]
    expect(second.children[1]).toMatchObject({type: 'direction', marker: 'angle', children: [{type: 'text', value: 'hektisch'}]})
  })

  it('reads the elision in the turn of Verkäufer', () => {
    const turn = all(tree, 'turn')[9]
    expect(textOf(turn.children[0])).toBe('Verkäufer')
    expect(all(turn, 'elision').map((node) => node.value)).toEqual(['[...]'])
  })

  it('has 5 narration blocks on lines 5; 13–14; 19–22; 25–26; 30–32', () => {
    const narrations = tree.children.filter((node) => node.type === 'narration')
    expect(narrations.map((node) => [node.position!.start.line, node.position!.end.line])).toEqual([
      [5, 5], [13, 14], [19, 22], [25, 26], [30, 32]
    ])
    expect(narrations.map((node) => all(node, 'break').length)).toEqual([0, 1, 3, 1, 2])
  })

  it('keeps the narration line that ends in a colon as narration', () => {
    const narration = tree.children.filter((node) => node.type === 'narration')[2]
    expect(textOf(narration).endsWith('im Sinne meines Chefs:')).toBe(true)
  })

  it('has 12 placeholders for 5 names, the one inside speech included', () => {
    const placeholders = all(tree, 'placeholder')
    expect(placeholders).toHaveLength(12)
    const counts: Record<string, number> = {}
    for (const node of placeholders) counts[node.name] = (counts[node.name] ?? 0) + 1
    expect(counts).toEqual({Verkäufer: 3, Sowieso: 4, Computerservice: 2, Anderes_Produkt: 2, Stadt_in_der_Nähe: 1})
    const speech = all(tree, 'turn')[8]
    expect(all(speech, 'placeholder').map((node) => node.value)).toEqual(['$Verkäufer', '$Computerservice'])
  })

  it('has the comment section with two comments and their controls', () => {
    const comments = tree.children[tree.children.length - 1]
    expect(comments).toMatchObject({type: 'comments', label: '2 Kommentare:', count: 2})
    if (comments.type !== 'comments') throw new Error('no comments')
    expect(comments.children.map((comment) => comment.index)).toEqual([1, 2])
    expect(comments.children.map((comment) => comment.children.length)).toEqual([2, 2])
    expect(all(comments.children[1].children[0], 'break')).toHaveLength(1)
    for (const comment of comments.children) expect(comment.controls).toEqual(['Antworten', 'Löschen'])
    expect(textOf(comments)).not.toMatch(/Antworten|Löschen/)
  })

  it('raises no diagnostics', () => {
    const file = new VFile({value, path: 'seed.txt'})
    parse(file)
    expect(file.messages.map(String)).toEqual([])
  })
})
