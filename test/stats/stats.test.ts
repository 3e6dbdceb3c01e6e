import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {countWords, parse, stats} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'

const seed = readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')

describe('stats', () => {
  it('counts words with inner hyphens and apostrophes as one', () => {
    expect(countWords("Ich geb's dem E-Mail-Server, don't worry — 20 Euro.")).toBe(8)
    expect(countWords('')).toBe(0)
    for (const value of [null, undefined, 42, {}, ['a b']]) expect(countWords(value as unknown as string), String(value)).toBe(0)
  })

  it('counts a placeholder as one word, as stats does in a tree, and a word with a soft hyphen or joiner as one', () => {
    expect(countWords("Der E-Mail-Server von $Firma_X? Don't ask.")).toBe(6)
    // `$A$B` is two placeholders glued (one word); `a$B` no placeholder (`a`, `B`).
    expect(countWords('$Stadt_in_der_Nähe, $A$B und a$B')).toBe(5)
    expect(stats(parse('Ich: $Stadt_in_der_Nähe, $A$B und a$B\nDu: Ja.')).cast[0].words).toBe(5)
    const turn = "Ich: Der E-Mail-Server von $Firma_X in $Stadt_in_der_Nähe? Don't ask.\nChef: ok."
    expect(countWords(turn.slice(5, turn.indexOf('\n')))).toBe(stats(parse(turn)).cast[0].words)
    expect(countWords('Die Kaffee\u00ADmaschine, Kaffee\u200Dmaschine, Kaffee\u2060maschine.')).toBe(4)
    expect(stats(parse('Ich: Die Kaffee\u00ADmaschine ist kaputt.\nChef: Ja.')).cast[0].words).toBe(4)
  })

  it('lists a label once however its letters are composed', () => {
    const [speaker] = stats(parse('Frau M\u00fcller: Hallo.\nFrau Mu\u0308ller: Ja.\nIch: Gut.')).cast
    expect(speaker).toEqual({who: 'frau-mueller', labels: ['Frau Müller'], turns: 2, words: 2})
  })

  it('counts words of any script, with combining marks and astral letters, joined only inside', () => {
    expect(countWords("'a-'b- 𝐀𝐁-𝟙 \u0301x don’t -- 中文 ٣")).toBe(7)
  })

  it('gives the cast of the seed with labels, turns and words spoken', () => {
    const result = stats(parse(seed))
    expect(result.turns).toBe(11)
    expect(result.cast.map((speaker) => [speaker.who, speaker.labels, speaker.turns])).toEqual([
      ['ich', ['Ich'], 3],
      ['chef', ['Chef'], 3],
      ['kollege', ['Kollege'], 2],
      ['anderer-chef', ['Anderer Chef'], 1],
      ['verkaeufer', ['Verkäufer'], 1],
      ['techniker', ['Techniker'], 1]
    ])
    // `Chef: <hektisch> Wo ist der $Verkäufer?` says 4 words: the direction is not spoken;
    // `$Stadt_in_der_Nähe` is one word, `E-Mail-Server` too.
    expect(result.cast[1].words).toBe(4 + 9 + 23)
  })

  it('counts placeholders and comments of the seed', () => {
    const result = stats(parse(seed))
    expect(result.placeholders).toEqual([
      {name: 'Verkäufer', count: 3},
      {name: 'Stadt_in_der_Nähe', count: 1},
      {name: 'Sowieso', count: 4},
      {name: 'Computerservice', count: 2},
      {name: 'Anderes_Produkt', count: 2}
    ])
    expect(result.comments).toBe(2)
    expect(result.declaredComments).toBe(2)
    expect(result.lang).toBe('de')
  })

  it('merges labels of one identity and leaves comments out of the story counts', () => {
    const tree = parse('Ich: Hallo Sie.\nChef: Ja?\nich: Nichts.\n\n1 Kommentar:\n\n1. Ich: Kommentar hier.', {cast: {ich: ['Ich', 'ich']}})
    const result = stats(tree)
    expect(result.cast).toEqual([
      {who: 'ich', labels: ['Ich', 'ich'], turns: 2, words: 3},
      {who: 'chef', labels: ['Chef'], turns: 1, words: 1}
    ])
    expect(result.turns).toBe(3)
    expect(result.comments).toBe(1)
  })
})
