// Problems in a story become VFile messages with a rule id, `source: 'anecdote'` and a place.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anonymizeText, parse} from '../../src/index.js'
import {closeDirect, indexed} from '../../src/one-edit.js'
import {fixtures} from '../util/fixtures.js'
import {readFixture} from '../util/story.js'

/** The messages `parse` writes for `value`, as plain objects. */
function messages(value: string) {
  const file = new VFile({value, path: 'story.txt'})
  parse(file)
  return file.messages.map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    place: message.place,
    fatal: message.fatal
  }))
}

const at = (line: number, column: number, offset: number) => ({line, column, offset})

describe('diagnostics', () => {
  it('comment-count: the header declares more comments than follow', () => {
    const value = 'Text.\n\nIch: Hallo.\n\n3 Kommentare:\n\n1. Eins.\n\nAntwortenLöschen\n2. Zwei.\n\nAntwortenLöschen\n'
    expect(messages(value)).toEqual([
      {
        reason: 'Comment header declares 3 comments, found 2',
        ruleId: 'comment-count',
        source: 'anecdote',
        place: {start: at(5, 1, 20), end: at(5, 14, 33)},
        fatal: false
      }
    ])
  })

  it('comment-count: says “comment” for a header declaring one', () => {
    const value = 'Me: Hi.\n\n1 comment:\n\n1. One.\n2. Two.\n'
    expect(messages(value).map((message) => message.reason)).toEqual(['Comment header declares 1 comment, found 2'])
  })

  it('unclosed-direction: an opener without its closer on the line', () => {
    expect(messages('Ich: <hektisch Wo ist er?\nChef: Weg.\n')).toEqual([
      {
        reason: 'Unclosed direction: `<` has no closing `>` on its line',
        ruleId: 'unclosed-direction',
        source: 'anecdote',
        place: {start: at(1, 6, 5), end: at(1, 7, 6)},
        fatal: false
      }
    ])
  })

  it('placeholder-typo: a placeholder written once, one letter away from another', () => {
    const value = 'Ich: Wo ist $Verkäufer?\nChef: $Verkäufer ist weg.\nIch: Und $Verkaufer?\n'
    expect(messages(value)).toEqual([
      {
        reason: 'Placeholder `$Verkaufer` is written once and is one letter away from `$Verkäufer`: a typo?',
        ruleId: 'placeholder-typo',
        source: 'anecdote',
        place: {start: at(3, 10, 59), end: at(3, 20, 69)},
        fatal: false
      }
    ])
  })

  // Found by a trial: `$Herr Berger` became `Heiko Berger`, the surname left, and nothing said so.
  it('placeholder-title: a title made a placeholder before a name written out', () => {
    const value = 'Ich: $Herr Berger und $Mary Ann kamen.\nChef: Hallo $Herr. Und $Mrs Smith?\n'
    expect(messages(value)).toEqual([
      {
        reason: 'Placeholder `$Herr` is a title: `Berger` after it is written out and stays; write `$Herr_Berger` for the whole name, or `Herr $Berger`',
        ruleId: 'placeholder-title',
        source: 'anecdote',
        place: {start: at(1, 6, 5), end: at(1, 11, 10)},
        fatal: false
      },
      {
        reason: 'Placeholder `$Mrs` is a title: `Smith` after it is written out and stays; write `$Mrs_Smith` for the whole name, or `Mrs $Smith`',
        ruleId: 'placeholder-title',
        source: 'anecdote',
        place: {start: at(2, 24, 62), end: at(2, 28, 66)},
        fatal: false
      }
    ])
    // Written as meant, or the title alone: nothing to tell.
    expect(messages('Ich: $Herr_Berger kam, Herr $Meier auch. Hallo $Herr. $Frau kam, $Dr war da.\n')).toEqual([])
    // `anonymizeText` tells it too, beside what it did.
    const file = new VFile()
    expect(anonymizeText('Ich: $Herr Berger kam.\n', {strategy: 'generic'}, file)).toBe('Ich: Person A Berger kam.\n')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['placeholder-title'])
  })

  it('placeholder-typo: not for numbered roles (`$Kunde1`, `$Kunde2`) nor a name in another letter case (`$jenny`)', () => {
    const typos = (value: string) => messages(value).filter((message) => message.ruleId === 'placeholder-typo').map((message) => message.reason)
    expect(typos('Ich: $Kunde1, $Kunde2, $Kunde3 und $Kunde. $Kunde12, $Jenny, $Jenny, $jenny, $JENNY.\n')).toEqual([])
    expect(typos('Ich: $Kollegin, $Kollegin, $Kolegin, $Kunde1, $Kunde1, $Kundi1.\n')).toEqual([
      'Placeholder `$Kolegin` is written once and is one letter away from `$Kollegin`: a typo?',
      'Placeholder `$Kundi1` is written once and is one letter away from `$Kunde1`: a typo?'
    ])
  })

  it('placeholder-typo: two neighbouring letters swapped (`$Jnaa` beside `$Jana`), but not two digits', () => {
    const typos = (value: string) => messages(value).filter((message) => message.ruleId === 'placeholder-typo').map((message) => message.reason)
    expect(typos('Ich: $Jana, $Jana und $Jnaa. $Kunde12, $Kunde12, $Kunde21, $Ab1, $Ab1, $A1b, $xAay, $xAay, $xaAy.\n')).toEqual([
      'Placeholder `$Jnaa` is written once and is one letter away from `$Jana`: a typo?'
    ])
  })

  it('placeholder-typo: not for a genitive ending (`$Verkäufers` beside `$Verkäufer`)', () => {
    expect(messages(readFixture('genitive-placeholder'))).toEqual([])
  })

  it('placeholder-typo: compares only the first 10,000 distinct names', () => {
    // Names that are no typos of each other (two letters apart), each written twice.
    const others = Array.from({length: 10_000}, (_, index) => '$N' + index.toString(36).padStart(4, '0') + 'xx').join(' ')
    const pair = '$Verkäufer $Verkäufer $Verkaufer'
    const typos = (value: string) => messages(value).filter((message) => message.ruleId === 'placeholder-typo').map((message) => message.reason)
    expect(typos('Ich: ' + pair + ' ' + others + ' ' + others)).toEqual([
      'Placeholder `$Verkaufer` is written once and is one letter away from `$Verkäufer`: a typo?'
    ])
    expect(typos('Ich: ' + others + ' ' + others + ' ' + pair)).toEqual([])
  })

  it('placeholder-typo: a story\'s few names compared directly find what the index finds', () => {
    // Generated lists over a small alphabet: many names one edit apart, repeated letters (`Xaab`
    // without either `a` is one key twice) and lists longer than a key's four candidates.
    let seed = 20261201
    const random = (bound: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return (seed >>> 8) % bound
    }
    let found = 0
    for (let list = 0; list < 2000; list++) {
      const names = new Set<string>()
      const size = 1 + random(list % 3 === 0 ? 40 : 8)
      while (names.size < size) names.add('X' + Array.from({length: random(5)}, () => 'aabc'[random(4)]).join(''))
      const all = [...names]
      const byIndex = indexed(all)
      for (const name of all) {
        const direct = closeDirect(name, all)
        expect(direct, name + ' among ' + all.join(' ')).toBe(byIndex(name))
        if (direct) found++
      }
    }
    expect(found).toBeGreaterThan(10_000)
  })

  it('invalid-date: an English dateline naming February 30', () => {
    expect(messages('Monday, February 30, 2011\n\nTitle\n\nMe: Hi.\n')).toEqual([
      {
        reason: 'Dateline `Monday, February 30, 2011` names a day that does not exist',
        ruleId: 'invalid-date',
        source: 'anecdote',
        place: {start: at(1, 1, 0), end: at(1, 26, 25)},
        fatal: false
      }
    ])
  })

  it('invalid-date: a German dateline naming April 31, the line still a dateline without a date', () => {
    const value = 'Montag, 31. April 2011\n\nTitel\n\nIch: Hallo.\n'
    expect(messages(value).map((message) => [message.ruleId, message.reason])).toEqual([
      ['invalid-date', 'Dateline `Montag, 31. April 2011` names a day that does not exist']
    ])
    const dateline = parse(value).children[0]
    expect(dateline).toMatchObject({type: 'dateline', value: 'Montag, 31. April 2011'})
    expect(dateline).not.toHaveProperty('date')
  })

  it('raises none for the seed', () => {
    expect(messages(readFixture('fahren-sie-mal-da-hin'))).toEqual([])
  })

  it('raises none for any of the phenomenon fixtures', () => {
    for (const fixture of fixtures('text')) expect(messages(fixture.value), fixture.name).toEqual([])
  })

  it('does not change the tree: a string and a VFile of it parse alike', () => {
    const value = 'Ich: <offen\n\n5 Kommentare:\n'
    expect(parse(new VFile({value}))).toEqual(parse(value))
  })
})
