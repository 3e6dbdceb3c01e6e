// parse() returns a well-formed root for any string whatsoever.
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {checkPositions} from '../util/positions.js'

const fragments = fc.constantFrom(
  'Ich: ', 'Chef: ', 'Anderer Chef: ', 'Kunde (leise): ', 'me: ', '$Verkäufer', '$20', '<hektisch>', '(', ')', '<', '>',
  '*seufzt*', '*', '[...]', '[', ']', '2 Kommentare:', '1. ', '  ', 'AntwortenLöschen', 'Reply', '\n', '\r\n', '\r',
  '\n\n', 'Update: ', 'https://x.example', '10:30', ':-)', 'Montag, 21. Februar 2011', '\uFEFF', '\u0000', '\uD800',
  'a\u0308', '\u202E', '😀', 'Kund:in: ', '：', '#3 ', '- ', 'Posted by ', 'x said...', 'Text. ',
  // The phenomena of the text fixtures, in pieces.
  'Mrs Caller: ', 'mrs. caller: ', 'Systemadministrator (SA): ', 'SA: ', 'Anna*: ', 'Man in a very expensive suit: ',
  'Suit: ', 'Customer #2: ', 'old lady: ', '$Kollegin: ', '• ', 'Chef : ', 'Ich\u00a0: ', 'Chef:', 'Chef：', '(SA)',
  'Kunde <empört>: ', 'Me *beat*: ', '[zu seiner Frau]: ', ' User: ', '? ', '$Verkäufers', '$Verka\u0308ufer', '$16.99',
  '$3.01', 'Keine Kommentare:', '1 Kommentar:', '3 comments:', 'ReplyDelete', 'Delete', 'Antworten', 'Löschen',
  'Monday, February 21, 2011', '21 February 2011', '2011-02-21', 'Monday, February 30, 2011', 'Eingestellt von X um 10:31',
  'Labels: ', 'Tags: ', 'Subject: ', 'Von: ', 'Betreff: ', 'Nachtrag: ', 'PS: ', 'Edit: ', 'Fazit: ', 'Update 2: ',
  '3:1', ':(', ':-(', 'TL;DR: ', 'Er sagte: ', 'Then he asked: ', 'Problem: ', 'Preis: 12,99 €', 'I: ', 'Anonym hat gesagt…', 'Peter schrieb:', 'Antworten Löschen', 'No comments:', 'Na toll:-(', '10:45: ', 'Ende:', 'Meine Antwort war kurz: ', '    ', '\t', '\u00a0'
)
const storyish = fc.array(fragments, {maxLength: 60}).map((parts) => parts.join(''))

describe('parse on any input', () => {
  it('never throws and keeps positions inside the input (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary', maxLength: 300}), fc.string({unit: 'grapheme', maxLength: 300})), (value) => {
        const tree = parse(value)
        expect(tree.type).toBe('root')
        expect(checkPositions(value, tree)).toEqual([])
        expect(lostCharacters(value, tree)).toEqual([])
      }),
      {numRuns: 2000, seed: 20261126}
    )
  })

  it('never throws and loses nothing on strings built from story fragments', () => {
    fc.assert(
      fc.property(storyish, (value) => {
        const file = new VFile({value})
        const tree = parse(file)
        // The fallback for a bug inside the parser must never be what returned the tree.
        expect(file.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
        expect(checkPositions(value, tree)).toEqual([])
        expect(lostCharacters(value, tree)).toEqual([])
      }),
      {numRuns: 2000, seed: 20261126}
    )
  })

  it('copes with very long lines and many line ends', () => {
    const long = [
      'a'.repeat(200_000),
      'Chef: ' + '('.repeat(50_000),
      '\r'.repeat(10_000) + 'x',
      '\r\n'.repeat(10_000),
      // Many run-on cues and cue-like brackets on one line.
      'Ich: ' + 'x. Ab): '.repeat(20_000),
      'Ich: ' + 'x. Ich: '.repeat(20_000)
    ]
    for (const value of long) {
      const tree = parse(value)
      expect(checkPositions(value, tree)).toEqual([])
    }
  })

  it('accepts values that are not strings without throwing', () => {
    // @ts-expect-error: callers in JavaScript pass anything.
    expect(parse(undefined).type).toBe('root')
    // @ts-expect-error: as above.
    expect(parse(42).children).toHaveLength(1)
  })
})
