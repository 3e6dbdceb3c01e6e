// HTML of 1 MiB whose inline elements are many: parsed without a runaway. Inline markup is laid
// over the core's tree mark by mark; each mark must find its place without a walk over the
// whole tree or over all the children of its paragraph or turn. How the time scales is measured in
// bench/ (the HTML rows of bench/index.js); this only catches what would take many times
// longer than it should (CPU time, see test/util/cpu-time.ts).
import {describe, expect, it} from 'vitest'
import {anonymizeText, parse} from '../../src/index.js'
import {cpuTime} from '../util/cpu-time.js'
import {all} from '../util/tree.js'

const size = 1024 * 1024
/** Generous: each case takes a few seconds of CPU on the shared machine (before the binary searches, minutes). */
const runaway = 20_000

/** Name, what stands before, the unit repeated to 1 MiB, what stands after. */
const shapes: Array<[string, string, string, string]> = [
  ['many short paragraphs of bold cues and emphasis', '', '<p><b>Chef:</b> Wo ist der $Verkäufer?<br><b>Ich:</b> <i>gähnt</i> Keine <b>Ahnung</b>.</p>\n', ''],
  ['one paragraph of many emphasised words', '', '<i>ja</i> und ', ''],
  // Each `<i>` opens the turn's speech after the ones before it: asked once per turn, not per mark
  // (before, more than two minutes).
  ['one turn whose speech is all directions', '<p>Chef: ', '<i>x</i> ', '</p><p>Ich: Gut.</p>'],
  // Each outer `<i>` wraps a direction again at the front of the run: the run's end moves, no rescan.
  ['one turn of directions each wrapped twice', '<p>Chef: ', '<i><i>x</i> </i>', '</p><p>Ich: Gut.</p>'],
  // Each tag of no element is text of its own (a direction) and a warning.
  ['one turn of tags of no element', '<p>Chef: ', '<hektisch></hektisch> $Anna ', '</p><p>Ich: Gut.</p>']
]

describe('HTML with many inline elements, 1 MiB each', () => {
  for (const [name, before, unit, after] of shapes) {
    it(name, {timeout: 10 * runaway}, () => {
      const value = before + unit.repeat(Math.ceil(size / unit.length)) + after
      const start = cpuTime()
      const tree = parse(value, {format: 'html', maxLength: Infinity})
      expect(cpuTime() - start).toBeLessThan(runaway)
      expect(tree.position?.end.offset).toBe(value.length)
      expect(all(tree, 'emphasis').length + all(tree, 'direction').length).toBeGreaterThan(10_000)
    })
  }
})

describe('a page title and an opening h1 that nearly repeat each other, 2 MiB', () => {
  // Compared whole, the two took 13 s for 1.2 MB and 199 s for 4.8 MB (a substring search of the
  // heading in the title); titles are short, so long ones are not compared.
  it('reads without a runaway', {timeout: 10 * runaway}, () => {
    const words = 'a '.repeat(Math.ceil(size / 2))
    const value = '<html><head><title>' + words + words + '</title></head><body><h1>' + words + 'b ' + words + '</h1></body></html>'
    const start = cpuTime()
    const tree = parse(value, {format: 'html', maxLength: Infinity})
    expect(cpuTime() - start).toBeLessThan(runaway)
    expect(tree.position?.end.offset).toBe(value.length)
  })
})

describe('anonymizeText on HTML of many placeholders', () => {
  // Each place of a name in the source was checked against every replacement made before it:
  // 80,000 placeholders took 7 s, a 0.8 MB link of names 6.5 s, growing with the square.
  const cases: Array<[string, string]> = [
    ['1 MiB of placeholders', '<p>Ich: ' + '$a'.repeat(size / 2) + '</p>'],
    ['a 2 MiB link of names', '<p>Ich: <a href="https://example.com/' + '$Verkäufer/'.repeat((2 * size) / 11) + '">x</a> $Verkäufer</p>'],
    // The URL attributes are found by one scan of the tags, whatever the markup.
    ['an unclosed `href` of 1 MiB of names', '<p>Ich: $Verkäufer</p><a href="' + '$Verkäufer '.repeat(size / 11)],
    ['1 MiB of `<a ` without an end', '<p>Ich: $Verkäufer</p>' + '<a '.repeat(size / 3)]
  ]
  for (const [name, value] of cases) {
    it(name + ', without a runaway', {timeout: 10 * runaway}, () => {
      const start = cpuTime()
      const result = anonymizeText(value, {format: 'html', seed: 'x'})
      expect(cpuTime() - start).toBeLessThan(runaway)
      expect(result).not.toContain('$')
    })
  }
})
