// `shared`: the short strings of a parse kept once. Which object a string is cannot be seen from
// JavaScript, so these check what it keeps: short strings once each, long ones never, and never
// more than `maxShared` (a `Map` throws past 2^24 entries).
import {describe, expect, it} from 'vitest'
import {createContext, maxShared, shared} from '../../src/parse/context.js'
import {parse} from '../../src/index.js'

describe('shared', () => {
  it('keeps each short string once, and returns it equal', () => {
    const context = createContext('')
    expect(['Chef', 'Ich', 'Chef', 'Ja.', 'Ich'].map((text) => shared(context, text))).toStrictEqual(['Chef', 'Ich', 'Chef', 'Ja.', 'Ich'])
    expect([...context.strings.keys()]).toStrictEqual(['Chef', 'Ich', 'Ja.'])
  })

  it('leaves strings of 13 code units and more alone (V8 keeps those as views of the text)', () => {
    const context = createContext('')
    expect(shared(context, 'Abteilungsleiter')).toBe('Abteilungsleiter')
    expect(shared(context, 'x'.repeat(12))).toBe('x'.repeat(12))
    expect([...context.strings.keys()]).toStrictEqual(['x'.repeat(12)])
  })

  it('keeps no more than maxShared strings, and still returns every one', () => {
    const context = createContext('')
    for (let index = 0; index < maxShared + 1000; index++) expect(shared(context, 'n' + index)).toBe('n' + index)
    expect(context.strings.size).toBe(maxShared)
  })

  it('a text with more distinct short lines than that parses like any other', () => {
    const lines = Array.from({length: maxShared + 10}, (_, index) => 'Z' + index.toString(36))
    const tree = parse(lines.join('\n\n'), {format: 'text', positions: false})
    expect(tree.children).toHaveLength(lines.length)
    expect(tree.children[tree.children.length - 1]).toStrictEqual({type: 'narration', children: [{type: 'text', value: lines[lines.length - 1]}]})
  })
})
