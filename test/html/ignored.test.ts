// In a body, parse5 joins text around what it ignores (a stray end tag, a second `<html>` or
// `<body>` tag, a NUL): one text node spans them. Each character must keep its own place, or
// `anonymizeText` writes its replacements beside the names (which then survive).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {anonymizeText, type Nodes, parse} from '../../src/index.js'

/** What each placeholder's position slices out of `html`, in order. */
function placeholderSources(html: string): string[] {
  const found: string[] = []
  const stack: Nodes[] = [parse(html, {format: 'html'})]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'placeholder') found.push(html.slice(node.position!.start.offset, node.position!.end.offset))
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  return found
}

describe('text around what parse5 ignores', () => {
  const cases: Array<[string, string[], string]> = [
    [
      '<p><b>Chef:</b> Wo ist der</span> $Verk&auml;ufer?<br>\n<b>Ich:</b> Keine Ahnung.</p>\n',
      ['$Verk&auml;ufer'],
      '<p><b>Chef:</b> Wo ist der</span> Gerd?<br>\n<b>Ich:</b> Keine Ahnung.</p>\n'
    ],
    ['<p>Ich: Wo <html lang="x"> ist der $Verkäufer?</p>', ['$Verkäufer'], '<p>Ich: Wo <html lang="x"> ist der Gerd?</p>'],
    ['<p>Ich: Wo <body class=">"> ist der $Verkäufer?</p>', ['$Verkäufer'], '<p>Ich: Wo <body class=">"> ist der Gerd?</p>'],
    ['<p>Ich: a\0b $Verkäufer\0</p>', ['$Verkäufer'], '<p>Ich: a\0b Gerd\0</p>'],
    // RCDATA: a tag in a title is its text; RAWTEXT: so is a reference.
    ['<title>Der <b>$Chef</b> &amp; ich</title><h1>x</h1><p>Ich: Hallo $Chef.</p>', ['$Chef', '$Chef'], '<title>Der <b>Otto</b> &amp; ich</title><h1>x</h1><p>Ich: Hallo Otto.</p>'],
    ['<p>Ich: <xmp>&amp; $Chef</xmp></p>', ['$Chef'], '<p>Ich: <xmp>&amp; Otto</xmp></p>']
  ]
  for (const [html, sources, anonymized] of cases) {
    it(JSON.stringify(html), () => {
      expect(placeholderSources(html)).toEqual(sources)
      expect(anonymizeText(html, {format: 'html', seed: 'x'})).toBe(anonymized)
    })
  }

  it('keeps every placeholder’s place among generated stray tags, NULs and references', () => {
    const piece = fc.constantFrom('Wo', 'ist', '&amp;', '&auml;', '$Verk&auml;ufer', '$Chef', '</span>', '</>', '<html lang="a>b">', '<body>', '\0', '\n')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
        const html = '<p>Ich: ' + pieces.join(' ') + ' x</p>'
        expect(placeholderSources(html)).toEqual(pieces.filter((piece) => piece.startsWith('$')))
        expect(anonymizeText(html, {format: 'html', seed: 'x'})).not.toMatch(/\$|auml;ufer|Chef/)
      }),
      {numRuns: 300}
    )
  })
})
