// `colonsOf` / `nextColon`: where the cue grammar finds its separators. The passes ask in line
// order and then go back for the next region or pass, so every answer is checked against a plain
// scan, asked forwards, backwards and out of order.
import {describe, expect, it} from 'vitest'
import {colonsOf, nextColon} from '../../src/parse/core/colons.js'
import {parse} from '../../src/index.js'

/** The first `:` or `：` at or after `from`, read code unit by code unit. */
function scan(value: string, from: number): number {
  for (let index = Math.max(from, 0); index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 58 || code === 0xff1a) return index
  }
  return -1
}

describe('nextColon', () => {
  const value = '：Chef: Hallo：\nIch：Was?\nKunde (leise): 10:30 Uhr, :-)\n\nEnde ohne'

  it('finds both colons, in order, and -1 after the last', () => {
    const colons = colonsOf(value)
    expect([...colons.at]).toStrictEqual([...value].flatMap((char, index) => (char === ':' || char === '：' ? [index] : [])))
    expect(nextColon(colons, value.length)).toBe(-1)
    expect(nextColon(colons, value.lastIndexOf(':') + 1)).toBe(-1)
  })

  it('answers as a scan does, in any order of asking', () => {
    const colons = colonsOf(value)
    const forwards = Array.from({length: value.length + 2}, (_, index) => index)
    const backwards = [...forwards].reverse()
    // A fixed shuffle: each offset once, far from the one before.
    const scattered = forwards.map((_, index) => (index * 7) % forwards.length)
    for (const order of [forwards, backwards, scattered, forwards]) {
      for (const from of order) expect(nextColon(colons, from), 'from ' + from).toBe(scan(value, from))
    }
  })

  it('answers for a text without colons, or with only full-width ones', () => {
    expect(nextColon(colonsOf(''), 0)).toBe(-1)
    expect(nextColon(colonsOf('kein Doppelpunkt'), 3)).toBe(-1)
    const wide = colonsOf('a：b：c')
    expect([1, 1, 2, 3, 4, 0].map((from) => nextColon(wide, from))).toStrictEqual([1, 1, 3, 3, -1, 1])
  })
})

describe('cues by the colon index', () => {
  it('reads a full-width separator, a gender colon and a run-on turn', () => {
    const tree = parse('Kund:in： Hallo. Ich: Ja?\nIch: Nein.\n', {positions: false})
    const turns = tree.children.flatMap((node) => (node.type === 'dialogue' ? node.children : []))
    expect(turns.map((turn) => [turn.who, turn.separator])).toStrictEqual([
      ['kund-in', '：'],
      ['ich', ':'],
      ['ich', ':']
    ])
  })
})
