// `format: 'auto'`: every text fixture is read as text, every Markdown fixture as Markdown.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse, toText} from '../../src/index.js'
import {detectLength, lineIsMarkdown, looksLikeMarkdown} from '../../src/parse/markdown/detect.js'
import {fixtures} from '../util/fixtures.js'
import {all, withoutPositions} from '../util/tree.js'

describe('auto detection', () => {
  for (const fixture of fixtures('text')) {
    it('reads text/' + fixture.name + ' as text', () => {
      expect(looksLikeMarkdown(fixture.value)).toBe(false)
    })
  }
  for (const fixture of fixtures('markdown')) {
    it('reads markdown/' + fixture.name + ' as Markdown', () => {
      expect(looksLikeMarkdown(fixture.value)).toBe(true)
    })
  }

  it('sees each sign of Markdown structure', () => {
    const values = [
      'Text\n\n# Titel\n',
      '## Kommentare',
      '```\ncode\n```',
      '~~~js',
      '**Chef:** Hallo',
      '**Chef**: Hallo',
      '__Chef__: Hallo',
      '- **Chef:** Hallo',
      '\\- **Chef:** Hallo',
      '\\#3 **Boss:** Who?',
      '2\\. **Ich:** Ja.',
      '• **Ich:** Ja.',
      'Siehe [hier](https://example.com).',
      'Siehe [oben](#anfang) und [dort](/blog/2011).',
      // An HTML comment shows nothing where the text is rendered (`$Quen<!-- -->dolin` is `$Quendolin`).
      'Ich: Wo ist $Quen<!-- -->dolin?',
      'Ich: Wo ist $Quen<!---->dolin?\n\nMax: Hallo.',
      'Ich: <!-->'
    ]
    for (const value of values) expect(looksLikeMarkdown(value), value).toBe(true)
  })

  it('does not misfire on plain-text stories', () => {
    const values = [
      'Chef: <hektisch> Wo ist der $Verkäufer?',
      '#3 Kunde: Hallo\n#4 Ich: Ja?',
      'Ich: *seufzt* Na gut. [...]',
      'Kunde (leise): Ich hab [lacht] (sic) gesagt.',
      '**wichtig** ohne Doppelpunkt',
      '#hashtag und ## ohne Leerzeichen: ##x',
      'Zwei Backticks `` sind kein Zaun',
      '[Link ohne Ziel] (getrennt)',
      'Ich: [lacht](leise) Na gut. [...](SA)',
      'Ich: <!-- offen\n-->',
      'Ich: <!- nein ->, <!-- -> x'
    ]
    for (const value of values) expect(looksLikeMarkdown(value), value).toBe(false)
  })

  it('takes no backslash before `$` for Markdown: a Windows path (`C:\\$Ordner`) keeps its backslash', () => {
    for (const value of ['Ich: Speichern Sie unter C:\\$Ordner ab.', 'C:\\$Recycle.Bin', 'Siehe https://x.de/\\$Anna', 'Preis: \\$20']) {
      expect(looksLikeMarkdown(value), value).toBe(false)
      const tree = parse(value)
      expect(withoutPositions(tree), value).toEqual(withoutPositions(parse(value, {format: 'text'})))
      // What toText writes reads back as the same text, not indented as a line of Markdown would be.
      expect(toText(tree), value).toBe(value + '\n')
    }
    // The placeholder after it is one either way: the same name is anonymized (docs/markdown.md).
    const path = 'Ich: C:\\$Ordner'
    expect(all(parse(path), 'placeholder').map((node) => node.value)).toEqual(['$Ordner'])
    expect(all(parse(path, {format: 'markdown'}), 'placeholder').map((node) => node.value)).toEqual(['$Ordner'])
    // With other Markdown in the text, `\\$` is the escape it is there.
    expect(looksLikeMarkdown('**Ich:** C:\\$Ordner')).toBe(true)
    expect(looksLikeMarkdown('Ich: \\$Anna und \\*x')).toBe(true)
  })

  it('passes over what a link reference definition holds, which Markdown shows nothing of', () => {
    expect(looksLikeMarkdown('[b]: https://x.de/\\$Anna "T \\$Anna"')).toBe(false)
    expect(looksLikeMarkdown('[b]: /p/\\\\$Anna\n[c]: https://x.de/&#36;Anna\n  [d]: [x](https://x.de) <!-- -->')).toBe(false)
    // Elsewhere on its line or outside one, an escape is one.
    expect(looksLikeMarkdown('Siehe https://x.de/\\_Anna')).toBe(true)
    expect(looksLikeMarkdown('[b] https://x.de/\\*')).toBe(true)
    expect(looksLikeMarkdown('[b]x: https://x.de/\\*')).toBe(true)
    expect(looksLikeMarkdown('[]: \\*')).toBe(true)
    expect(looksLikeMarkdown('    [b]: x\n\\*')).toBe(true)
  })

  it('reads only the start of a long text', () => {
    expect(looksLikeMarkdown('Ich: Hallo.\n'.repeat(10_000) + '# Titel\n')).toBe(false)
    expect(looksLikeMarkdown('x'.repeat(1_000_000) + '\n# Titel\n')).toBe(false)
    expect(looksLikeMarkdown('x'.repeat(detectLength - 20) + '\r\n[a](#b)')).toBe(true)
    expect(looksLikeMarkdown('x'.repeat(detectLength - 2) + '\n[a](#b)')).toBe(false)
  })

  it('is `lineIsMarkdown` of some line of the start, line by line (the scan skips lines without `[`, `\\`, `&`)', () => {
    /** The rule as written: every line ending at `\n` or `\r`, each read up to 200 characters. */
    const byLines = (value: string): boolean => {
      const length = Math.min(value.length, detectLength)
      let start = value.charCodeAt(0) === 0xfeff ? 1 : 0
      while (start < length) {
        let end = start
        while (end < length && value[end] !== '\n' && value[end] !== '\r') end++
        if (lineIsMarkdown(value, start, Math.min(end, start + 200))) return true
        start = end + 1
      }
      return false
    }
    const piece = fc.constantFrom('[', ']', '(', ')', '\\', '&', '&#46;', '<!--', '-->', '<!-->', 'http://x', '#', '/a', '    ', '\t', ' ', '\n', '\r\n', '**', 'Chef', ':', '- ', '```', 'ü', '\ufeff', '¯\\_(ツ)_/¯')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), fc.nat(300), (pieces, padding) => {
        const value = pieces.join('') + 'x'.repeat(padding) + pieces.slice(0, 5).join('')
        expect(looksLikeMarkdown(value)).toBe(byLines(value))
      }),
      {numRuns: 2000}
    )
  })
})
