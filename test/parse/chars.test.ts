// Character tests that replace a copy and a `toLowerCase` per line: the same answers, every code unit.
import {describe, expect, it} from 'vitest'
import {startsWithLowered} from '../../src/parse/chars.js'

describe('startsWithLowered', () => {
  it('says what slicing and lower-casing says, for every code unit against its own lower case and a few letters', () => {
    for (let code = 0; code < 0x10000; code++) {
      const value = 'x' + String.fromCharCode(code) + 'y'
      for (const lower of [String.fromCharCode(code).toLowerCase(), 'k', 'i', 's', 'ß', 'ss', 'ä']) {
        const sliced = value.slice(1, 1 + lower.length).toLowerCase() === lower
        if (startsWithLowered(value, 1, lower) !== sliced) expect.fail(code.toString(16) + ' against ' + JSON.stringify(lower))
      }
    }
  })

  it('reads phrases in any case, and not past the end', () => {
    expect(startsWithLowered('POSTED BY Anna', 0, 'posted by')).toBe(true)
    expect(startsWithLowered('Eingestellt von Bernd', 0, 'eingestellt von')).toBe(true)
    expect(startsWithLowered('Posted', 0, 'posted by')).toBe(false)
    expect(startsWithLowered('a Posted by', 2, 'posted by')).toBe(true)
  })
})
