// maxLength: past it the text is not read but kept, as one text node in a last narration, with
// a `max-length` warning; nothing is lost and positions stay sound.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse, toText} from '../../src/index.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {checkPositions} from '../util/positions.js'

function parseFile(value: string, options: Parameters<typeof parse>[1]) {
  const file = new VFile({value})
  const tree = parse(file, options)
  return {tree, messages: file.messages.map((message) => [message.ruleId, message.reason, String(message.place && 'start' in message.place ? message.place.start.offset : '')])}
}

describe('maxLength', () => {
  it('reads up to the last line ending within the limit and keeps the rest as text', () => {
    const value = 'Ich: Hallo.\nDu: Tschüss.\nIch: Bis morgen.\n'
    const {tree, messages} = parseFile(value, {maxLength: 20})
    expect(tree.children.map((node) => node.type)).toEqual(['dialogue', 'narration'])
    expect(tree.children[1]).toMatchObject({
      type: 'narration',
      children: [{type: 'text', value: 'Du: Tschüss.\nIch: Bis morgen.', position: {start: {line: 2, column: 1, offset: 12}, end: {line: 3, column: 17, offset: 41}}}]
    })
    expect(messages).toEqual([['max-length', 'Input longer than 20 characters: read up to line 2 column 1, the 30 characters after it are kept as text', '12']])
    expect(checkPositions(value, tree)).toEqual([])
    expect(lostCharacters(value, tree)).toEqual([])
    expect(tree.position?.end.offset).toBe(value.length)
  })

  it('cuts a single long line at the limit, never inside a surrogate pair or a CRLF', () => {
    const emoji = parseFile('Ich: 😀😀😀', {maxLength: 6})
    expect(emoji.tree.children.at(-1)).toMatchObject({children: [{value: '😀😀😀', position: {start: {offset: 5}}}]})
    const crlf = parseFile('Ich: a\r\nDu: b', {maxLength: 7})
    expect(crlf.tree.children.at(-1)).toMatchObject({children: [{value: 'Du: b', position: {start: {line: 2, column: 1, offset: 8}}}]})
    for (const value of ['Ich: 😀😀😀', 'Ich: a\r\nDu: b', 'a\rb\rc\r', '\r\n\r\n', 'Ich: Hallo $Kollegin und mehr', '$Kollegin war da.']) {
      for (let maxLength = 1; maxLength <= value.length; maxLength++) {
        const {tree} = parseFile(value, {maxLength})
        expect(checkPositions(value, tree), value + ' / ' + maxLength).toEqual([])
        expect(lostCharacters(value, tree), value + ' / ' + maxLength).toEqual([])
      }
    }
  })

  it('cuts a first line past the limit at white space: no word, no placeholder is cut in two', () => {
    const cut = parseFile('Ich: Hallo $Kollegin und mehr', {maxLength: 14})
    expect(cut.tree.children.at(-1)).toMatchObject({children: [{value: '$Kollegin und mehr', position: {start: {offset: 11}}}]})
    expect(cut.messages).toEqual([['max-length', 'Input longer than 14 characters: read up to line 1 column 12, the 18 characters after it are kept as text', '11']])
    // A first word longer than the limit: nothing is read.
    const word = parseFile('$Kollegin war da.', {maxLength: 4})
    expect(word.tree.children).toMatchObject([{type: 'narration', children: [{type: 'text', value: '$Kollegin war da.', position: {start: {offset: 0}}}]}])
  })

  it('reads everything up to the default of 8 Mi characters, and no more', {timeout: 60_000}, () => {
    const limit = 8 * 1024 * 1024
    const value = 'Ich: ' + 'a '.repeat(limit / 2) + '\nDu: b\n'
    const {tree, messages} = parseFile(value, undefined)
    expect(messages.map((message) => message[0])).toEqual(['max-length'])
    expect(tree.children.at(-1)).toMatchObject({type: 'narration', children: [{type: 'text', value: value.slice(limit).trim()}]})
    expect(parseFile(value, {maxLength: Infinity}).messages).toEqual([])
  })

  it('0 reads nothing and keeps it all; a limit that is no number of 0 or more throws, where it was read as the default', () => {
    const value = 'Ich: Hallo $Anna.\n'
    const {tree, messages} = parseFile(value, {maxLength: 0})
    expect(tree.children).toMatchObject([{type: 'narration', children: [{type: 'text', value: 'Ich: Hallo $Anna.'}]}])
    expect(messages).toEqual([['max-length', 'Input longer than 0 characters: read up to line 1 column 1, the 18 characters after it are kept as text', '0']])
    expect(lostCharacters(value, tree)).toEqual([])
    for (const maxLength of [-1, Number.NaN, '10', '', true, {}] as unknown[]) {
      expect(() => parse(value, {maxLength} as Parameters<typeof parse>[1]), String(maxLength)).toThrow(TypeError)
    }
    expect(() => parse(value, {maxLength: '10'} as unknown as Parameters<typeof parse>[1])).toThrow(
      'parse: options.maxLength must be a number of 0 or more, not "10"'
    )
    for (const maxLength of [undefined, null, Infinity, 1e9]) expect(parse(value, {maxLength}).children[0].type).toBe('dialogue')
  })

  it('writes the kept text back with toText', () => {
    const value = 'Ich: Hallo.\n\nDu: Tschüss.\n'
    expect(toText(parse(value, {maxLength: 14}))).toBe(value)
  })
})
