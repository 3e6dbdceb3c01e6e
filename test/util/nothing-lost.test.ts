// The “nothing lost” checker must catch what it is there to catch, or the fixture check passes vacuously.
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {Nodes, Root} from '../../src/index.js'
import {lostCharacters} from './nothing-lost.js'
import {all} from './tree.js'

const value = 'Chef: <hektisch> Wo ist der $Verkäufer?\nIch: Weg.\n\nPS: Stimmt.\n'

/** A fresh tree of `value` to break. */
const tree = (): Root => parse(value)

describe('lostCharacters', () => {
  it('finds nothing lost in the intact tree', () => {
    expect(lostCharacters(value, tree())).toEqual([])
  })

  it('reports a tree that drops a character from a text leaf’s position', () => {
    const broken = tree()
    const text = all(broken, 'text').find((node) => node.value === 'Weg.')!
    text.position!.end = {...text.position!.end, offset: text.position!.end.offset! - 1}
    expect(lostCharacters(value, broken)).toEqual([
      'turn at 40-49: syntax ".:" is not its fields ":"',
      'text at 45-48: value "Weg." is not the text it covers'
    ])
  })

  it('reports a text whose value drops a character its position covers', () => {
    const broken = tree()
    all(broken, 'text').find((node) => node.value === 'Weg.')!.value = 'Weg'
    expect(lostCharacters(value, broken)).toEqual(['text at 45-49: value "Weg" is not the text it covers'])
  })

  it('reports a placeholder whose value is not what was written', () => {
    const broken = tree()
    all(broken, 'placeholder')[0].value = '$Verkaufer'
    expect(lostCharacters(value, broken)).toEqual(['placeholder at 28-38: value "$Verkaufer" is not the text it covers'])
  })

  it('reports a tree that drops a whole leaf', () => {
    const broken = tree()
    const turn = all(broken, 'turn')[1]
    turn.children.splice(1, 1)
    expect(lostCharacters(value, broken)).toEqual(['turn at 40-49: syntax ".:Weg" is not its fields ":"'])
  })

  it('reports overlapping leaves', () => {
    const broken = tree()
    const placeholder = all(broken, 'placeholder')[0]
    placeholder.position!.start = {...placeholder.position!.start, offset: placeholder.position!.start.offset! - 3}
    const problems = lostCharacters(value, broken)
    expect(problems.some((problem) => /^offset \d+ lies in two leaves/.test(problem))).toBe(true)
  })

  it('reports a wrong field: a separator that is not the one written', () => {
    const broken = tree()
    all(broken, 'turn')[0].separator = '：'
    expect(lostCharacters(value, broken)).toEqual(['turn at 0-39: syntax ":" is not its fields "："'])
  })

  it('reports a wrong field: a note label that is not the one written', () => {
    const broken = tree()
    all(broken, 'note')[0].label = 'PPS:'
    expect(lostCharacters(value, broken)).toEqual(['note at 51-62: syntax ":PS" is not its fields ":PPS"'])
  })

  it('reports a wrong direction marker', () => {
    const broken = tree()
    all(broken, 'direction')[0].marker = 'paren'
    expect(lostCharacters(value, broken)).toEqual(['direction at 6-16: syntax "<>" is not its fields "()"'])
  })

  it('reports a node without a position', () => {
    const broken = tree()
    delete (all(broken, 'placeholder')[0] as Nodes).position
    expect(lostCharacters(value, broken)).toContain('placeholder has no position')
  })
})
