// Hostile and broken Markdown: a tree, never an exception, and no runaway time. micromark is
// superlinear on some shapes; those blocks go to the text path with a `markdown-fallback` message.
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {cpuTime} from '../util/cpu-time.js'
import {checkPositions} from '../util/positions.js'
import {lostInMarkdown} from './markup.js'

/** Generous: only a runaway (seconds on an input micromark alone would choke on) fails this; CPU
 * time, see test/util/cpu-time.ts. */
const runaway = 5_000

function run(value: string): {tree: ReturnType<typeof parse>; rules: string[]; time: number} {
  const file = new VFile({value})
  const start = cpuTime()
  const tree = parse(file, {format: 'markdown'})
  const time = cpuTime() - start
  return {tree, rules: file.messages.map((message) => message.ruleId ?? ''), time}
}

const ladder = (count: number) => Array.from({length: count}, (_, index) => '`'.repeat((index % 60) + 1) + 'a').join(' ')

const cases: [string, string, boolean][] = [
  // name, input, whether a fallback diagnostic is expected
  ['unclosed emphasis', '**Chef:** *seufzt Wo ist **der $Verkäufer?\n_offen __auch', false],
  ['10,000 `*`', '*'.repeat(10_000), true],
  ['10,000 `*` and letters', '*a'.repeat(10_000), true],
  ['`*a_` over 28 KB', '*a_'.repeat(9_500), true],
  ['a backtick ladder', ladder(2_000), true],
  ['a backtick run of 28 KB', '`'.repeat(28_000), true],
  ['thousands of `>` quotes, one block', '> **Chef:** Hallo\n'.repeat(8_000), true],
  ['3,000 quoted comments, blank-line separated', '> Kommentar $Nummer\n\n'.repeat(3_000), false],
  ['deep block-quote nesting', '>'.repeat(5_000) + ' Chef: tief', true],
  ['deep list nesting', Array.from({length: 300}, (_, index) => ' '.repeat(index * 2) + '- Chef: x').join('\n'), true],
  ['5,000 list markers on one line', '- '.repeat(5_000) + 'Chef: x', true],
  ['block quotes and lists nested on one line', '> 1. '.repeat(2_000) + 'Chef: x', true],
  ['lists nested by indentation inside a quote', Array.from({length: 100}, (_, index) => '> ' + '  '.repeat(index) + '- Chef: x').join('\n'), true],
  ['list markers nested eight deep', '- '.repeat(8) + 'Chef: x\n\n' + '1. '.repeat(8) + 'x', false],
  ['long link-bracket runs', '['.repeat(20_000) + 'x' + ']'.repeat(20_000), true],
  ['many half links', '[a]('.repeat(5_000), true],
  ['deeply nested emphasis', '*'.repeat(500) + 'x' + '*'.repeat(500), true],
  ['nested emphasis within bounds', '*'.repeat(30) + 'x' + '*'.repeat(30), false],
  ['an unclosed fence', '```\n' + 'Chef: <laut> code\n\n'.repeat(3_000), false],
  ['many directions in one paragraph', 'Chef: <laut> (leise) '.repeat(700), false],
  ['a huge paragraph', 'Ich: ' + 'blah '.repeat(10_000), true],
  ['thousands of names that markup runs through', 'Ich traf $Quen*dolin*, `$A`b und [$C](x)d*e*f.\n\n'.repeat(2_000), false],
  ['a name glued to markup in a long chain', '$A' + '*b*c'.repeat(30), false],
  ['thousands of names with a reference beside the markup', 'Ich traf $Qu&#x65;*n*dolin und $*Quen*&#x64;olin.\n\n'.repeat(2_000), false],
  ['a long line of references, then emphasis glued to words', '&#x65;'.repeat(3_000) + ' x*y*z'.repeat(150), false],
  ['a name glued to markup over references in a long chain', '$Q' + '&#x65;*n*'.repeat(30), false],
  ['thousands of names that a comment runs through', 'Ich traf $Quen<!-- -->dolin, $Quen<!---->*dolin* und $*A*<!--x-->b.\n\n'.repeat(2_000), false],
  ['thousands of comments in a row inside a name', '$Quen' + '<!-- -->'.repeat(5_000) + 'dolin', true],
  ['thousands of comments in a row inside a name, a short line', '$Quen' + '<!-- -->'.repeat(2_000) + 'dolin', false],
  ['thousands of unclosed comments glued to words', 'a<!--'.repeat(3_000), false],
  ['thousands of comments between words, then emphasis', 'Ich: $A' + '<!---->b'.repeat(2_000) + '*c*', false]
]

describe('parse on hostile Markdown', () => {
  for (const [name, value, fallback] of cases) {
    it('returns a sound tree for ' + name, () => {
      const {tree, rules, time} = run(value)
      expect(tree.type).toBe('root')
      expect(checkPositions(value, tree)).toEqual([])
      expect(lostInMarkdown(value, tree)).toEqual([])
      expect(rules.includes('markdown-fallback')).toBe(fallback)
      expect(time).toBeLessThan(runaway)
    })
  }

  it('says which block it read as plain text, and why', () => {
    const value = '# Titel\n\n' + '*a_'.repeat(2_000) + '\n\n**Ich:** Danach geht es normal weiter.'
    const file = new VFile({value})
    const tree = parse(file, {format: 'markdown'})
    expect(file.messages.map(String)).toEqual(['3:1-3:6001: Markdown block read as plain text: it has too many `*` and `_` for its size'])
    expect(tree.children.map((node) => node.type)).toEqual(['title', 'narration', 'dialogue'])
  })

  const fragments = fc.constantFrom(
    '**Chef:** ', '__Ich__: ', '**Kunde**: ', 'Ich: ', '*seufzt*', '*', '**', '_', '__', '`', '```', '~~~', '# ', '## 2 Kommentare',
    '> ', '>', '- ', '1. ', '2) ', '   ', '\t', '[', ']', '(', ')', '[a](b)', '![x](y)', '<hektisch>', '<https://x.example>', '\\',
    '\\*', '&amp;', '&#42;', '&#0;', '&bogus;', '$Verkäufer', '[...]', '\n', '\n\n', '\r\n', '\r', '---', '***', '===', 'AntwortenLöschen',
    'Update: ', '2 Kommentare:', 'Montag, 21. Februar 2011', '\uFEFF', '\u0000', '\uD800', '😀', 'a\u0308', 'Text. '
  )

  it('never throws and keeps positions sound on strings built from Markdown fragments', () => {
    fc.assert(
      fc.property(fc.array(fragments, {maxLength: 60}).map((parts) => parts.join('')), (value) => {
        const tree = parse(value, {format: 'markdown'})
        expect(checkPositions(value, tree)).toEqual([])
        expect(lostInMarkdown(value, tree)).toEqual([])
      }),
      {numRuns: 800, seed: 20261126}
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (value) => {
        const tree = parse(value, {format: 'markdown'})
        expect(checkPositions(value, tree)).toEqual([])
      }),
      {numRuns: 1000, seed: 20261126}
    )
  })
})
