// The stats table's column widths: the shortcut agrees with string-width, which it skips (and
// does not load).
import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import {displayWidth, isCombiningDiacritic, isNarrow} from '../../src/cli/display-width.js'

describe('displayWidth', () => {
  it('takes the shortcut only for code units string-width counts as one column', () => {
    const taken: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (!isNarrow(code)) continue
      taken.push(code)
      const character = String.fromCharCode(code)
      expect(stringWidth(character), code.toString(16)).toBe(1)
      expect(stringWidth(character + '\u0308'), code.toString(16) + ' with a diaeresis').toBe(1)
    }
    // ASCII's 95, Latin-1's 95 without the soft hyphen, Latin Extended-A and -B's 336, General
    // Punctuation's 24 dashes, quotes and dots, Box Drawing's 128 and Block Elements' 32.
    expect(taken.length).toBe(95 + 95 + 336 + 24 + 128 + 32)
  })

  it('counts no column for a combining diacritical mark, alone or after a letter', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (!isCombiningDiacritic(code)) continue
      const mark = String.fromCharCode(code)
      expect(stringWidth('a' + mark + mark), code.toString(16)).toBe(1)
      expect(stringWidth(mark), code.toString(16) + ' alone').toBe(0)
    }
  })

  it('measures cells the way string-width does', () => {
    const cells = ['', 'Verkäuferin', 'Ba\u0308cker, Bäcker', '\u0301Chef', 'Kollegé (KÖ)', 'Łukasz', '$Kundin', 'co\u00ADworker', '王先生', 'Ich 👋', 'a\tb', '\u001B[1mBold\u001B[0m', 'Ǆemal', '█████', '„Chef“ – …', '\u2028x', '\u200Bx', '▶️ Play']
    for (const cell of cells) expect(displayWidth(cell), JSON.stringify(cell)).toBe(stringWidth(cell))
  })
})
