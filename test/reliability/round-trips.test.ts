// Round trips with default options (issue 18): what `toText` and `toMarkdown` write, `parse` with
// `format: 'auto'` reads back without losing a character and into the same tree.
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse, toText} from '../../src/index.js'
import {looksLikeMarkdown} from '../../src/parse/markdown/detect.js'
import {htmlLost} from '../util/html-lost.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {withoutPositions} from '../util/tree.js'
import {input, runs, seed, timeout} from './arbitraries.js'

const settings = {numRuns: Math.max(runs, 2000), seed}

/** The non-white-space characters of a text, sorted. */
function characters(text: string): string {
  return [...text.replace(/\s+/g, '')].sort().join('')
}

describe('toText, read back with default options', () => {
  const examples = ['    ```', '    # Titel', '\t#', '#\u00a0', '  ## Titel\n\nChef: Hallo.', 'Ich: Hallo\n    **Chef:** ja', 'Ich: ja\n  [a](https://x.example) b']
  for (const value of examples) {
    it(JSON.stringify(value) + ': read as text, every character kept', () => {
      const text = toText(parse(value))
      expect(looksLikeMarkdown(text)).toBe(false)
      expect(lostCharacters(text, parse(text))).toEqual([])
      expect(toText(parse(text))).toBe(text)
    })
  }

  // A direction before the colon ends at its first closer: `(x))` is no direction (and no cue).
  for (const value of ['Ich: Ja.\nKunde (x)): Hallo', 'Ich: Ja.\nKunde [x]]: Hallo', 'Ich: Ja.\nKunde <x>>: Hallo', 'Kunde: Ja.\nKunde (x)): Hallo']) {
    it(JSON.stringify(value) + ': read back as the same tree', () => {
      const tree = parse(value)
      expect(withoutPositions(parse(toText(tree)))).toEqual(withoutPositions(tree))
    })
  }

  it('writes an HTML story of markup alone as nothing: an element is no text (`<b><img src=x onerror=alert(1)>` twice)', () => {
    // `format: 'auto'` reads it as HTML (three tags of known elements); `b` holds no text and
    // `img` has none, and markup is not content (docs/syntax-tree.md, Nothing lost, for HTML).
    const value = '<b><img src=x onerror=alert(1)><img src=x onerror=alert(1)>'
    const file = new VFile({value})
    const tree = parse(file)
    expect(tree.data?.format).toBe('html')
    expect(htmlLost(value, tree, file.messages)).toEqual([])
    expect(toText(tree)).toBe('')
  })

  it('property: parse(toText(parse(x))) keeps every character of x', {timeout}, () => {
    fc.assert(
      fc.property(input, (value) => {
        // Markdown input is written by toText as its plain text (markup is gone by design).
        fc.pre(!looksLikeMarkdown(value))
        const file = new VFile({value})
        const tree = parse(file)
        const text = toText(tree)
        const again = parse(text)
        expect(lostCharacters(text, again)).toEqual([])
        // Every character of x is written (a direction may move from before the colon to after
        // it); of HTML, every character of its text content: its tags are markup, not text.
        if (tree.data?.format === 'html') expect(htmlLost(value, tree, file.messages)).toEqual([])
        else expect(characters(text)).toBe(characters(value))
        expect(toText(again)).toBe(text)
      }),
      settings
    )
  })
})
