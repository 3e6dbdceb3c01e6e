// In a body, parse5 joins text around what it ignores (a stray end tag, a second `<html>` or
// `<body>` tag, a doctype, a NUL) or puts elsewhere (a comment beside text fostered out of a
// table), and in SVG a CDATA section's text with the text around it: one text node spans them.
// Each character must keep its own place, or `anonymizeText` writes its replacements beside the
// names (which then survive).
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
    // A `"` after a `=` that opens no value is a name's or a value's character, and the tag ends at the first `>`: `$AGerd`, `Gerd?Gerd` were written (helper-69).
    ['<p>Ich: Wo </span =">"> ist der $Verkäufer?</p>', ['$Verkäufer'], '<p>Ich: Wo </span =">"> ist der Gerd?</p>'],
    ['<p>Ich: Wo <body a=="> ist der $Verkäufer?</p>', ['$Verkäufer'], '<p>Ich: Wo <body a=="> ist der Gerd?</p>'],
    ['<p>Ich: a\0b $Verkäufer\0</p>', ['$Verkäufer'], '<p>Ich: a\0b Gerd\0</p>'],
    // RCDATA: a tag in a title is its text; RAWTEXT: so is a reference.
    ['<title>Der <b>$Chef</b> &amp; ich</title><h1>x</h1><p>Ich: Hallo $Chef.</p>', ['$Chef', '$Chef'], '<title>Der <b>Otto</b> &amp; ich</title><h1>x</h1><p>Ich: Hallo Otto.</p>'],
    ['<p>Ich: <xmp>&amp; $Chef</xmp></p>', ['$Chef'], '<p>Ich: <xmp>&amp; Otto</xmp></p>'],
    // A stray doctype in a body, which parse5 ignores: `<!docGerdtml>` (helper-50's finding 2).
    ['<p>Ich: Wo <!doctype html> ist der $Verkäufer?</p>', ['$Verkäufer'], '<p>Ich: Wo <!doctype html> ist der Gerd?</p>'],
    // In SVG a CDATA section's text joins the text around it: `<svg><Gerd[ Gerd ]]></svg>`.
    ['<p>Ich: Hallo.</p><svg><![CDATA[ $Verkäufer & <b> ]]> und $Chef</svg>', ['$Verkäufer', '$Chef'], '<p>Ich: Hallo.</p><svg><![CDATA[ Gerd & <b> ]]> und Otto</svg>'],
    ['<p>Ich: Hallo.</p><svg><![CDATA[ $Verkäufer', ['$Verkäufer'], '<p>Ich: Hallo.</p><svg><![CDATA[ Gerd'],
    // At an integration point (`<mi>`) it is a comment, as in HTML.
    ['<p>Ich: <math><mi>x<![CDATA[ y ]]> $Chef</mi></math> $Verkäufer</p>', ['$Chef', '$Verkäufer'], '<p>Ich: <math><mi>x<![CDATA[ y ]]> Otto</mi></math> Gerd</p>'],
    // Text fostered out of a table joins around the comments left in it.
    ['<table>Ich: $Chef<!-- x -->, $Verkäufer<?y?> und <!--->$Chef<tr><td>c</td></tr></table>', ['$Chef', '$Verkäufer', '$Chef'], '<table>Ich: Otto<!-- x -->, Gerd<?y?> und <!--->Otto<tr><td>c</td></tr></table>']
  ]
  for (const [html, sources, anonymized] of cases) {
    it(JSON.stringify(html), () => {
      expect(placeholderSources(html)).toEqual(sources)
      expect(anonymizeText(html, {format: 'html', seed: 'x'})).toBe(anonymized)
    })
  }

  it('keeps every placeholder’s place among generated stray tags, NULs and references', () => {
    const piece = fc.constantFrom('Wo', 'ist', '&amp;', '&auml;', '$Verk&auml;ufer', '$Chef', '</span>', '</>', '<html lang="a>b">', '<body>', '</b =">">', '\0', '\n')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
        const html = '<p>Ich: ' + pieces.join(' ') + ' x</p>'
        expect(placeholderSources(html)).toEqual(pieces.filter((piece) => piece.startsWith('$')))
        expect(anonymizeText(html, {format: 'html', seed: 'x'})).not.toMatch(/\$|auml;ufer|Chef/)
      }),
      {numRuns: 300}
    )
  })

  it('keeps every placeholder’s place among doctypes and comments in a body, and CDATA sections in SVG', () => {
    const word = ['Wo', '&amp;', '$Verk&auml;ufer', '$Chef', '\0', '\n', '<!doctype html>', '<!DOCTYPE x SYSTEM "a">', '<!-- c -->']
    const piece = fc.constantFrom(...word, '<![CDATA[ $Chef &amp; <b> ]]>', '<![CDATA[]]>', '<![CDATA[$Chef]]>')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), fc.boolean(), (pieces, svg) => {
        // Outside SVG a CDATA section is a bogus comment: no text.
        const html = '<p>Ich: x</p>' + (svg ? '<svg>' : '<p>') + pieces.join(' ') + ' x'
        const inCdata = (piece: string) => (svg ? piece.match(/\$Chef/g) ?? [] : [])
        expect(placeholderSources(html)).toEqual(pieces.flatMap((piece) => (piece.startsWith('$') ? [piece] : inCdata(piece))))
        expect(anonymizeText(html, {format: 'html', seed: 'x'})).not.toMatch(/\$|auml;ufer|Chef/)
      }),
      {numRuns: 300}
    )
  })
})
