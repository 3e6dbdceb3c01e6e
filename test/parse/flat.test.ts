// The parse reads its input as one string of one run (src/parse/flat.ts). How V8 lays a string out
// cannot be seen from here, and its speed is measured in bench/; these check that the change of
// string never changes a character, and that the parse does without `toWellFormed` where a
// browser has none.
import {afterEach, describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {flat} from '../../src/parse/flat.js'
import {textOf} from '../util/tree.js'

const own = Object.getOwnPropertyDescriptor(String.prototype, 'toWellFormed')

afterEach(() => {
  if (own) Object.defineProperty(String.prototype, 'toWellFormed', own)
})

describe('flat', () => {
  it('gives an equal string for a text built by concatenation', () => {
    const parts = ['Chef: Wo ist der $Verkäufer?', 'Ich: Keine Ahnung.']
    const built = parts[0] + '\n' + parts[1] + '\n'
    expect(flat(built)).toBe('Chef: Wo ist der $Verkäufer?\nIch: Keine Ahnung.\n')
  })

  it('keeps a lone surrogate, which `toWellFormed` would replace with U+FFFD', () => {
    const built = 'Ich: a' + '\uD800' + 'b'
    expect(flat(built)).toBe('Ich: a\uD800b')
    expect(textOf(parse(built, {format: 'text'}))).toContain('a\uD800b')
  })

  it('gives the text as it is where strings have no `toWellFormed`', () => {
    // @ts-expect-error: taken away as in a browser from before 2023
    delete String.prototype.toWellFormed
    expect('toWellFormed' in String.prototype).toBe(false)
    const built = 'Kunde: Hallo?\n' + 'Ich: Ja?\n'
    expect(flat(built)).toBe('Kunde: Hallo?\nIch: Ja?\n')
    expect(parse(built, {format: 'text', positions: false}).children[0]).toMatchObject({type: 'dialogue'})
  })
})
