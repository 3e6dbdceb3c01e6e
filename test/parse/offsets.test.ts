// `offsetsOf` / `nextOffset`: where the phrasing reader finds its markup characters (`$ ( ) * < >
// [ ]`), each found apart and merged. Checked against a plain scan, asked in any order, and on
// text that is all markup; then the spans that step from one markup character to the next.
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {nextOffset, offsetsOf} from '../../src/parse/offsets.js'

const markup = '$()*<>[]'

/** The first markup character at or after `from`, read code unit by code unit. */
function scan(value: string, from: number): number {
  for (let index = Math.max(from, 0); index < value.length; index++) if (markup.includes(value.charAt(index))) return index
  return -1
}

describe('offsetsOf', () => {
  const value = 'Chef: <hektisch> Wo ist der $Verkäufer?\nIch: [...] (leise) *seufzt* ]][[ $A$B\n\nEnde'

  it('finds every markup character once, in ascending order', () => {
    const {at} = offsetsOf(value, markup)
    expect([...at]).toStrictEqual([...value].flatMap((char, index) => (markup.includes(char) ? [index] : [])))
  })

  it('answers as a scan does, in any order of asking', () => {
    const offsets = offsetsOf(value, markup)
    const forwards = Array.from({length: value.length + 2}, (_, index) => index)
    const scattered = forwards.map((_, index) => (index * 11) % forwards.length)
    for (const order of [forwards, [...forwards].reverse(), scattered]) {
      for (const from of order) expect(nextOffset(offsets, from), 'from ' + from).toBe(scan(value, from))
    }
  })

  it('reads a text of nothing but markup, and one without any', () => {
    const all = '$(*<[]>)'.repeat(500)
    expect([...offsetsOf(all, markup).at]).toStrictEqual(Array.from({length: all.length}, (_, index) => index))
    expect(offsetsOf('Kunde: Hallo.', markup).at).toHaveLength(0)
    expect(nextOffset(offsetsOf('', markup), 0)).toBe(-1)
  })
})

describe('spans read by the markup offsets', () => {
  it('reads placeholders, elisions and directions, in a cue and in speech, as before', () => {
    const tree = parse('Kunde (leise): <zögert> $Anna hat [...] gesagt.\nIch: (lacht) $B$C.\n', {positions: false, format: 'text'})
    expect(tree.children).toStrictEqual([
      {
        type: 'dialogue',
        children: [
          {
            type: 'turn',
            who: 'kunde',
            separator: ':',
            children: [
              {type: 'speaker', children: [{type: 'text', value: 'Kunde'}]},
              {type: 'direction', marker: 'paren', cue: true, children: [{type: 'text', value: 'leise'}]},
              {type: 'direction', marker: 'angle', children: [{type: 'text', value: 'zögert'}]},
              {type: 'text', value: ' '},
              {type: 'placeholder', value: '$Anna', name: 'Anna'},
              {type: 'text', value: ' hat '},
              {type: 'elision', value: '[...]'},
              {type: 'text', value: ' gesagt.'}
            ]
          },
          {
            type: 'turn',
            who: 'ich',
            separator: ':',
            children: [
              {type: 'speaker', children: [{type: 'text', value: 'Ich'}]},
              {type: 'direction', marker: 'paren', children: [{type: 'text', value: 'lacht'}]},
              {type: 'text', value: ' '},
              {type: 'placeholder', value: '$B', name: 'B'},
              {type: 'placeholder', value: '$C', name: 'C'},
              {type: 'text', value: '.'}
            ]
          }
        ]
      }
    ])
  })
})
