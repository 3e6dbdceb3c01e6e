// Hostile input: whatever the text, the HTML holds only our elements and attributes, no script,
// no event handler, no `javascript:` URL. Checked by parsing the output with a real HTML parser.
import type {Element, Root as HastRoot} from 'hast'
import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {parse, type Root, toHtml, toText} from '../../src/index.js'
import {elements, htmlProblems} from '../util/html-safety.js'

const hostile: string[] = [
  '<script>alert(1)</script>',
  'Ich: <script>alert(1)</script>',
  'Chef: <script src="https://evil.example/x.js"></script> Hallo',
  '<img src=x onerror=alert(1)>',
  'Ich: <img src=x onerror=alert(1)>',
  'Kunde: <svg onload=alert(1)>',
  'Ich: <iframe src="javascript:alert(1)"></iframe>',
  'Chef: <a href="javascript:alert(1)">klick</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  'Ich: <object data="data:text/html,<script>alert(1)</script>">',
  'Chef: <embed src="javascript:alert(1)">',
  'Ich: <style>body{display:none}</style>',
  'Chef: </style><script>alert(1)</script>',
  '</article></p><script>alert(1)</script>',
  'Ich: </b><script>alert(1)</script><b>',
  'Me: <body onload=alert(1)>',
  'Me: <details open ontoggle=alert(1)>',
  'Me: <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'Me: <noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  'Me: <!--<script>alert(1)</script>-->',
  'Me: <![CDATA[<script>alert(1)</script>]]>',
  'Me: <textarea></textarea><script>alert(1)</script>',
  'Me: <title></title><script>alert(1)</script>',
  '$Name"onmouseover="alert(1)',
  'Ich: Hallo $Name"><script>alert(1)</script>',
  "Ich: $Nam'e onclick='alert(1)",
  '$Ver"käufer" onclick="x": Hallo\nIch: ja',
  'Chef" onclick="alert(1): Hallo\nIch: Ja',
  "O'Brien: Hi\nIch: Hallo",
  'Ich <img src=x onerror=alert(1)>: Hallo\nDu: ja',
  'Kunde (onclick=alert(1)): Hallo\nIch: Ja',
  'Kunde <script>: alert(1)\nIch: Ja',
  'Ich: *<script>* alert *</script>*',
  'Ich: [<iframe src=javascript:alert(1)>]',
  'Ich: (<svg/onload=alert(1)>)',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  'Ich: &#60;script&#62;alert(1)&#60;/script&#62;',
  'Ich: &#x3C;script&#x3E;alert(1)',
  'Ich: &amp;lt;script&amp;gt;',
  'Ich: &lt &gt &quot &#; &#xZZ; &#99999999;',
  'Ich: &',
  'Ich: javascript:alert(1)',
  'JavaScript: alert(document.cookie)\nIch: ja',
  'javascript: alert(1)\njavascript: alert(2)',
  'data: text/html,<script>alert(1)</script>\ndata: x',
  'Ich: vbscript:msgbox(1)',
  'Ich: ｓｃｒｉｐｔ：alert(1)',
  'Ich: ＜script＞alert(1)＜/script＞',
  'Ich: \u00ABscript\u00BBalert(1)',
  'Ich: <scr\u0000ipt>alert(1)</script>',
  'Ich: <script\u200b>alert(1)</script>',
  'Ich: ‹script›alert(1)‹/script›',
  'Ich: <ѕcript>alert(1)</ѕcript>',
  'Montag, 21. Februar 2011<script>alert(1)</script>',
  'Montag, 21. Februar 2011\n\n<script>alert(1)</script>\n\nIch: Hallo\nDu: ja',
  'Titel </title><script>alert(1)</script>\n\nIch: a\nDu: b',
  'Update: <script>alert(1)</script>',
  'PS:<img src=x onerror=alert(1)>',
  'Posted by <script>alert(1)</script> at 10:31',
  'Story\n\n2 Kommentare:</h2><script>alert(1)</script>\n\n1. <script>alert(1)</script>\nAntworten',
  'Story\n\n2 comments:\n\n<img src=x onerror=alert(1)> said...\n<svg onload=alert(1)>\nReply',
  'Story\n\n1 comment:\n\n1. Anna said...\nIch: <script>\nDu: </script>\nReply Delete',
  'Ich: \u202e>tpircs/<)1(trela>tpircs<',
  'Ich: <<script>script>alert(1)<</script>/script>',
  'Ich: <scr<script>ipt>alert(1)</script>',
  'Ich: "\'><svg onload=alert(1)>',
  'Ich: `${alert(1)}`',
  'Ich: {{constructor.constructor("alert(1)")()}}',
  'Ich: <a href=" javascript:alert(1)">x</a>',
  'Ich: <form action="javascript:alert(1)"><button>x</button></form>',
  'Ich: <meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'Ich: <base href="javascript:alert(1)//">',
  'Ich: <link rel=stylesheet href="data:text/css,*{}">',
  '\uFEFF<script>alert(1)</script>\r\n\r\nIch: <script>\rDu: x'
]

describe('hostile input', () => {
  it('has at least 50 inputs', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(50)
  })

  it('has a checker that sees what it looks for', () => {
    expect(htmlProblems('<p onclick="x"><script></script><style></style><a href=" javascript:x">a</a><iframe></iframe></p>', false).sort()).toEqual([
      'attribute onClick on <p>',
      'event handler onClick',
      'element <script>',
      'dangerous <script>',
      'a <style> that is not ours',
      'URL href= javascript:x',
      'element <iframe>',
      'dangerous <iframe>',
      '1 style elements'
    ].sort())
    expect(htmlProblems('<p lang="javascript:x" title="javascript:x" data-marker="javascript:x">a</p>', false)).toEqual([])
  })

  it('renders every input as text only, in a fragment and in a document', () => {
    for (const value of hostile) {
      const tree = parse(value)
      for (const placeholders of ['written', 'name'] as const) {
        expect(htmlProblems(toHtml(tree, {placeholders}), false), value).toEqual([])
        expect(htmlProblems(toHtml(tree, {document: true, placeholders}), true), value).toEqual([])
      }
    }
  })

  it('renders arbitrary strings safely, and writes them back without throwing', () => {
    const markup = fc.constantFrom('<script>', '</style>', '<img onerror=x>', 'javascript:', '"', "'", '&', '$x"', ':', '\n', 'Ich: ', '(', ')')
    const text = fc.oneof(fc.string({unit: 'binary', maxLength: 120}), fc.array(markup, {maxLength: 30}).map((parts) => parts.join('')))
    fc.assert(
      fc.property(text, (value) => {
        const tree = parse(value)
        expect(htmlProblems(toHtml(tree), false)).toEqual([])
        expect(typeof toText(tree)).toBe('string')
      }),
      {numRuns: 200}
    )
  })

  it('keeps the hostile text visible as text', () => {
    const html = toHtml(parse('Ich: <script>alert(1)</script>'))
    const tree = fromHtml(html, {fragment: true})
    const speech = elements(tree).find((element) => String(element.properties.className) === 'speech')!
    const text = (node: Element | HastRoot): string => node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('')
    expect(text(speech)).toBe('script alert1</script>')
  })

  it('drops dangerous link URLs in built trees, and never takes names from node fields', () => {
    const tree: Root = {
      type: 'root',
      lang: 'de" onload="x' as Root['lang'],
      children: [
        {type: 'dateline', value: '<script>x</script>', date: '"><script>x</script>'},
        {type: 'title', children: [{type: 'text', value: '</title><script>x</script>'}]},
        {
          type: 'narration',
          children: [
            {type: 'link', url: 'javascript:alert(1)', title: '" onclick="x', children: [{type: 'text', value: 'a'}]},
            {type: 'link', url: 'JAVASCRIPT:alert(1)', children: [{type: 'text', value: 'b'}]},
            {type: 'link', url: '\tjava\nscript:alert(1)', children: [{type: 'text', value: 'c'}]},
            {type: 'link', url: 'data:text/html,<script>x</script>', children: [{type: 'text', value: 'd'}]},
            {type: 'placeholder', value: '$x', name: '"><script>x</script>', suffix: '" onclick="x'}
          ]
        },
        {
          type: 'dialogue',
          children: [
            {
              type: 'turn',
              who: '" onclick="x',
              separator: '<script>',
              bullet: '<iframe>',
              children: [{type: 'speaker', children: [{type: 'text', value: '<b onclick=x>'}]}, {type: 'direction', marker: 'onclick' as 'angle', children: []}]
            }
          ]
        },
        {type: 'note', label: '<script>x</script>', children: []},
        {type: 'comments', label: '</h2><script>', children: [{type: 'comment', index: 1e300, byline: '<script>', date: '<script>', children: []}]}
      ]
    }
    for (const placeholders of ['written', 'name'] as const) {
      expect(htmlProblems(toHtml(tree, {placeholders}), false)).toEqual([])
      expect(htmlProblems(toHtml(tree, {document: true, placeholders}), true)).toEqual([])
    }
    expect(toHtml(tree)).toContain('<a title="&#x22; onclick=&#x22;x">a</a><a>b</a><a>c</a><a>d</a>')
  })
})
