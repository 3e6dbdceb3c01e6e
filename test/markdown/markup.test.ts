// The Markdown “nothing lost” check itself: it must catch a lost word, and only markup may go unaccounted.
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {Narration} from '../../src/index.js'
import {lostInMarkdown} from './markup.js'

describe('lostInMarkdown', () => {
  it('accepts markup (`**`, `#`, `>`, link syntax) that the tree records by meaning', () => {
    const value = '# Titel\n\n> **Chef:** Siehe [hier](https://example.com "x") und `code`.\n'
    expect(lostInMarkdown(value, parse(value, {format: 'markdown'}))).toEqual([])
  })

  it('reports a word that is in no leaf', () => {
    const value = 'Ein Satz mit *Betonung* darin.'
    const tree = parse(value, {format: 'markdown'})
    const narration = tree.children[0] as Narration
    narration.children.pop()
    expect(lostInMarkdown(value, tree)).toEqual(['narration at 0-30: "darin." is in no leaf, field or markup'])
  })

  it('reports markup a node type may not hold', () => {
    const value = '**Chef:** Hallo'
    const tree = parse(value, {format: 'markdown'})
    const turn = (tree.children[0] as {children: {separator: string}[]}).children[0]
    turn.separator = ''
    expect(lostInMarkdown(value, tree)).toEqual(['turn at 0-15: ":" is in no leaf, field or markup'])
  })
})
