// Bounds and separations that are easy to get subtly wrong: direction depth, glued controls in
// unnumbered comments, and turns run together after more than one space.
import {describe, expect, it} from 'vitest'
import {maxDirectionDepth, parse} from '../../src/index.js'
import type {Nodes} from '../../src/index.js'
import {all, textOf} from '../util/tree.js'

function depth(node: Nodes): number {
  let deepest = 0
  const stack: [Nodes, number][] = [[node, 0]]
  while (stack.length > 0) {
    const [current, level] = stack.pop()!
    const here = current.type === 'direction' ? level + 1 : level
    deepest = Math.max(deepest, here)
    if ('children' in current) for (const child of current.children) stack.push([child as Nodes, here])
  }
  return deepest
}

describe('direction depth', () => {
  it('nests at most maxDirectionDepth directions in speech', () => {
    const tree = parse('Ich: Na?\nKunde: (a (b (c (d (e) d) c) b) a) Ja.')
    const turn = all(tree, 'turn')[1]
    expect(maxDirectionDepth).toBe(4)
    expect(depth(turn)).toBe(4)
  })

  it('leaves the closer of a refused opener as text, so brackets pair as written', () => {
    const turn = all(parse('Ich: Na?\nKunde: (a (b (c (d (e) d) c) b) a) Ja.'), 'turn')[1]
    const innermost = all(turn, 'direction')[3]
    expect(textOf(innermost)).toBe('d (e) d')
    expect(turn.children[turn.children.length - 1]).toMatchObject({type: 'text', value: ' Ja.'})
  })

  it('counts a direction before the colon towards the bound', () => {
    const tree = parse('Kunde (<a <b <c <d <e x> y> z> w> v>): Hallo\nIch: Na?')
    expect(depth(all(tree, 'turn')[0])).toBe(maxDirectionDepth)
  })
})

describe('comments without numbers', () => {
  it('end at controls glued to their last line as well as at control lines', () => {
    const tree = parse(
      '3 comments:\n\nAnna said...\nGreat story!\nReply\nDelete\n\nBernd wrote:\nHa!ReplyDelete\n\nCarla said...\nSame here.\nReply\n'
    )
    const comments = all(tree, 'comment')
    expect(comments.map((comment) => comment.author)).toEqual(['Anna', 'Bernd', 'Carla'])
    expect(comments.map((comment) => comment.controls)).toEqual([['Reply', 'Delete'], ['Reply', 'Delete'], ['Reply']])
    expect(textOf(comments[1])).toBe('Ha!')
  })
})

describe('turns run together on one line', () => {
  it('split after a sentence end followed by several spaces', () => {
    const tree = parse('Ich: Hallo.   Chef: Was?\nChef: Ja.')
    expect(all(tree, 'turn').map((turn) => [turn.who, turn.children.slice(1).map(textOf).join('')])).toEqual([
      ['ich', 'Hallo.'],
      ['chef', 'Was?'],
      ['chef', 'Ja.']
    ])
  })
})
