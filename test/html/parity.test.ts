// The same story as HTML and as Markdown gives the same tree: each `fixtures/html/*.html` that has
// a Markdown twin (`<name>.md`) beside it parses to the twin's tree. Lists (`<ul>`, `<ol>`,
// `<li>`, nested), quotes (`<blockquote>`) and headings (`<h1>`–`<h6>`) tell the core what the
// Markdown reader tells it. What may differ: positions (each points into its own source), the
// root's `data.format`, and the markers Markdown writes and HTML does not (a turn's `bullet`, a
// comment's `marker`; an `<ol>` numbers its items, so a comment's `index` is the same).
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {Nodes, Root} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'
import {all} from '../util/tree.js'

/** The tree without what HTML cannot share with Markdown. */
function comparable(tree: Root): unknown {
  return JSON.parse(
    JSON.stringify(tree, function (key, value) {
      if (key === 'position') return undefined
      if (key === 'data' && (this as Nodes).type === 'root') return undefined
      if (key === 'bullet' && (this as Nodes).type === 'turn') return undefined
      if (key === 'marker' && (this as Nodes).type === 'comment') return undefined
      return value
    })
  )
}

const twins = fixtures('html', '.html').filter((fixture) => existsSync(fixture.path.replace(/\.html$/, '.md')))

describe('HTML and its Markdown twin', () => {
  it('has twins to compare', () => {
    expect(twins.map((fixture) => fixture.name)).toEqual(['twin-emphasis', 'twin-help-desk', 'twin-warteschlange'])
  })

  for (const fixture of twins) {
    it(fixture.name + ' gives the Markdown twin’s tree', () => {
      const markdown = parse(readFileSync(fixture.path.replace(/\.html$/, '.md'), 'utf8'), {format: 'markdown'})
      const html = parse(fixture.value, {format: 'html'})
      expect(comparable(html)).toEqual(comparable(markdown))
    })
  }

  it('reads emphasis where Markdown would: nested alike, over several lines, in a note', () => {
    const pairs: Array<[string, string]> = [
      ['Es war kalt.\n**_seufzt_**\nDann ging er.\n', '<p>Es war kalt.<br><b><i>seufzt</i></b><br>Dann ging er.</p>'],
      ['Es war kalt.\n_**seufzt**_\nDann ging er.\n', '<p>Es war kalt.<br><i><b>seufzt</b></i><br>Dann ging er.</p>'],
      ['*Chef: Hallo.\nIch: Ja.\nChef: Gut.*\n', '<p><i>Chef: Hallo.<br>Ich: Ja.<br>Chef: Gut.</i></p>'],
      ['Nachtrag: Es war so.\n*seufzt*\n', '<p>Nachtrag: Es war so.<br><i>seufzt</i></p>'],
      ['Es war so.\n\n*a\nb*\n', '<p>Es war so.</p><p><i>a<br>b</i></p>']
    ]
    for (const [markdown, html] of pairs) {
      expect(comparable(parse(html, {format: 'html'})), html).toEqual(comparable(parse(markdown, {format: 'markdown'})))
    }
  })

  it('reads an <ol>’s items as numbered comments, from its start and an item’s value', () => {
    const tree = parse('<p>Es war kalt.</p><p>3 Kommentare:</p><ol start="4"><li>Ja.</li><li value="9">Nein.</li><li>Doch.</li></ol>', {format: 'html'})
    expect(all(tree, 'comment').map((comment) => [comment.index, comment.marker])).toEqual([
      [4, undefined],
      [9, undefined],
      [10, undefined]
    ])
  })

  it('takes no dateline or comment header from a quote or a list item', () => {
    const quoted = parse('<blockquote>Montag, 21. Februar 2011</blockquote><p>Es war kalt.</p><blockquote>3 Kommentare:</blockquote><p>Ja.</p>', {format: 'html'})
    expect(quoted.children.map((node) => node.type)).toEqual(['title', 'narration', 'narration', 'narration'])
    const listed = parse('<ul><li>Montag, 21. Februar 2011</li></ul><p>Es war kalt.</p>', {format: 'html'})
    expect(listed.children.map((node) => node.type)).toEqual(['title', 'narration'])
  })

  it('takes a first-rank heading as the title, even one that ends like a sentence', () => {
    const tree = parse('<h1>Der Drucker.</h1><p>Er war kaputt.</p>', {format: 'html'})
    expect(tree.children.map((node) => node.type)).toEqual(['title', 'narration'])
  })

  it('reads a heading that names the comments as their header', () => {
    const tree = parse('<p>Er war kaputt.</p><h2>Kommentare</h2><ul><li>Anna: Toll.</li><li>Bernd: Super.</li></ul>', {format: 'html'})
    expect(all(tree, 'comments').map((node) => [node.label, node.children.length])).toEqual([['Kommentare', 2]])
  })
})
