// toHast and toHtml: the markup, the options, handlers, positions.
import {readFileSync} from 'node:fs'
import type {Element, Root as HastRoot} from 'hast'
import {describe, expect, it} from 'vitest'
import {defaultHandlers, parse, type Root, stylesheet, toHast, toHtml, type ToHtmlOptions} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'

const seed = readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')
const story = 'Montag, 21. Februar 2011\n\nTitel mit $Name_hier\n\nChef: <hektisch> Wo ist $Verkäufers Auto? [...]\nIch: Keine Ahnung.\n\nPS: Das war $Verkäufer.'

function elements(node: HastRoot | Element, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type === 'element') {
      found.push(child)
      elements(child, found)
    }
  }
  return found
}

describe('toHtml', () => {
  it('renders a story as an article with header, turns, directions, placeholders, elisions and notes', () => {
    expect(toHtml(parse(story))).toBe(
      '<article class="anecdote" lang="de">\n' +
        '<header class="header">\n' +
        '<p class="dateline"><time datetime="2011-02-21">Montag, 21. Februar 2011</time></p>\n' +
        '<h1 class="title">Titel mit <span class="placeholder" data-name="Name_hier">$Name_hier</span></h1>\n' +
        '</header>\n' +
        '<div class="dialogue">\n' +
        '<p class="turn" data-who="chef"><b class="speaker">Chef</b><span class="separator">:</span> <span class="speech">' +
        '<i class="direction" data-marker="angle">hektisch</i> Wo ist <span class="placeholder" data-name="Verkäufer">$Verkäufers</span> Auto? ' +
        '<span class="elision">[...]</span></span></p>\n' +
        '<p class="turn" data-who="ich"><b class="speaker">Ich</b><span class="separator">:</span> <span class="speech">Keine Ahnung.</span></p>\n' +
        '</div>\n' +
        '<p class="note"><b class="note-label">PS:</b> Das war <span class="placeholder" data-name="Verkäufer">$Verkäufer</span>.</p>\n' +
        '</article>'
    )
  })

  it('renders comments as a section with a heading and an ordered list, without the controls', () => {
    const html = toHtml(parse(seed))
    expect(html).toContain('<section class="comments">\n<h2 class="comments-heading">2 Kommentare</h2>\n<ol class="comment-list">\n<li class="comment" value="1">')
    expect(html).not.toContain('Antworten')
    expect(toHtml(parse(seed), {comments: false})).not.toContain('<section')
  })

  it('renders a comment byline', () => {
    const html = toHtml(parse('Story\n\nMe: hi\nYou: ho\n\n1 comment:\n\n1.\nAnna said...\nNice.\nReply'))
    expect(html).toContain('<li class="comment" value="1">\n<p class="byline">Anna said...</p>\n<p class="narration">Nice.</p>\n</li>')
  })

  it('shows placeholders as written, as bare names, or as the caller says', () => {
    const tree = parse('Ich: Grüße an $Stadt_in_der_Nähe und $Verkäufers Chef.\nDu: Gern, $Verkäufer.')
    expect(toHtml(tree, {placeholders: 'name'})).toContain(
      '<span class="placeholder" data-name="Stadt_in_der_Nähe">Stadt in der Nähe</span> und <span class="placeholder" data-name="Verkäufer">Verkäufers</span>'
    )
    expect(toHtml(tree, {placeholders: (node) => '<' + node.name.toUpperCase() + '>'})).toContain(
      '<span class="placeholder" data-name="Verkäufer">&#x3C;VERKÄUFER></span>.'
    )
  })

  it('prefixes class names, and cleans the prefix', () => {
    const html = toHtml(parse(story), {classPrefix: 'anecdote-'})
    expect(html).toContain('<article class="anecdote-anecdote" lang="de">')
    expect(html).toContain('<p class="anecdote-turn" data-who="ich"><b class="anecdote-speaker">Ich</b>')
    expect(toHtml(parse(story), {classPrefix: 'x" onclick="y '})).toContain('<article class="xonclickyanecdote"')
  })

  it('sets the heading rank', () => {
    const html = toHtml(parse(seed), {headingRank: 3})
    expect(html).toContain('<h3 class="title">')
    expect(html).toContain('<h4 class="comments-heading">')
  })

  it('takes heading ranks 1 to 5: the title at the rank, the comments heading one below', () => {
    const tree = parse('Titel\n\nIch: Hallo.\n\n1 Kommentar:\n\n    Gut.\n')
    const headings = (html: string) => html.match(/<h\d class="[\w-]+">[^<]*<\/h\d>/g)
    expect(headings(toHtml(tree))).toEqual(['<h1 class="title">Titel</h1>', '<h2 class="comments-heading">1 Kommentar</h2>'])
    expect(headings(toHtml(tree, {headingRank: 5}))).toEqual(['<h5 class="title">Titel</h5>', '<h6 class="comments-heading">1 Kommentar</h6>'])
  })

  it('refuses any other heading rank with a TypeError, as any other bad option', () => {
    const tree = parse(seed)
    for (const [rank, shown] of [[9, '9'], [6, '6'], [0, '0'], [2.5, '2.5'], [Number.NaN, 'NaN'], [-1, '-1']] as const) {
      expect(() => toHtml(tree, {headingRank: rank as never}), shown).toThrow(new TypeError('toHtml: options.headingRank must be 1, 2, 3, 4 or 5, not ' + shown))
      expect(() => toHast(tree, {headingRank: rank as never}), shown).toThrow(new TypeError('toHast: options.headingRank must be 1, 2, 3, 4 or 5, not ' + shown))
    }
  })

  it('renders a standalone document: doctype, lang, title, the stylesheet', () => {
    const html = toHtml(parse(seed), {document: true})
    expect(html.startsWith('<!doctype html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Fahren Sie \'mal da hin...</title>\n<style>')).toBe(true)
    expect(html).toContain('<style>' + stylesheet() + '</style>')
    expect(html).toContain('<body>\n<article class="anecdote" lang="de">')
    expect(html.endsWith('</article>\n</body>\n</html>\n')).toBe(true)
    expect(toHtml(parse(seed), {document: true, classPrefix: 'a-'})).toContain('<style>' + stylesheet('a-') + '</style>')
    expect(toHtml(parse(seed), {document: true, stylesheet: false})).not.toContain('<style')
    // A stylesheet that would end its element is refused, not dropped from the page without a word.
    expect(() => toHtml(parse(seed), {document: true, stylesheet: 'p{}</STYLE ><script>x()</script>'})).toThrow(
      new TypeError('toHtml: options.stylesheet must not hold </style')
    )
    expect(() => toHast(parse(seed), {document: true, stylesheet: 'p{}</style>'})).toThrow('toHast: options.stylesheet must not hold </style')
    expect(toHtml(parse(seed), {document: true, classPrefix: '</style><script>'})).not.toMatch(/<\/style>[^\n]|<script/)
  })

  it('gives a standalone document a title when the story has none: the dateline, else its first words', () => {
    const title = (value: string, options: ToHtmlOptions = {}) => /<title>(.*)<\/title>/.exec(toHtml(parse(value), {document: true, stylesheet: false, ...options}))?.[1]
    expect(title('Montag, 21. Februar 2011\n\nIch: Hallo')).toBe('Montag, 21. Februar 2011')
    expect(title('Kurz und gut.')).toBe('Kurz und gut.')
    expect(title('Chef: Wo ist der $Verkäufer? Ich habe ihn seit Stunden nicht gesehen, und das Telefon klingelt.')).toBe(
      'Chef: Wo ist der $Verkäufer? Ich habe ihn seit Stunden nicht…'
    )
    expect(title('Chef: Wo ist der $Verkäufer?', {placeholders: 'name'})).toBe('Chef: Wo ist der Verkäufer?')
    expect(title('')).toBe('')
  })

  it('renders Markdown shapes, keeping only safe link URLs', () => {
    const link = (url: string): Root => ({
      type: 'root',
      children: [{type: 'narration', children: [{type: 'link', url, title: 't', children: [{type: 'text', value: 'x'}]}]}]
    })
    expect(toHtml(link('https://example.org/?a=1&b=2'))).toBe('<article class="anecdote">\n<p class="narration"><a href="https://example.org/?a=1&#x26;b=2" title="t">x</a></p>\n</article>')
    expect(toHtml(link('mailto:a@example.org'))).toContain('<a href="mailto:a@example.org" title="t">')
    expect(toHtml(link('../other#part'))).toContain('<a href="../other#part" title="t">')
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '\u0001javascript:x']) {
      expect(toHtml(link(url))).toContain('<a title="t">x</a>')
    }
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'narration',
          children: [
            {type: 'emphasis', children: [{type: 'text', value: 'a'}]},
            {type: 'strong', children: [{type: 'text', value: 'b'}]},
            {type: 'inlineCode', value: '<c>'}
          ]
        }
      ]
    }
    expect(toHtml(tree)).toContain('<p class="narration"><em>a</em><strong>b</strong><code>&#x3C;c></code></p>')
  })

  it('renders a dateline without a valid date as plain text', () => {
    expect(toHtml(parse('Montag, 31. Februar 2011\n\nTitel\n\nText.'))).toContain('<p class="dateline">Montag, 31. Februar 2011</p>')
  })
})

describe('toHast', () => {
  it('copies positions onto the hast nodes', () => {
    const tree = parse(seed)
    const hast = toHast(tree)
    const article = hast.children[0] as Element
    expect(article.position).toEqual(tree.position)
    const turn = elements(hast).find((node) => node.properties.className?.toString() === 'turn')!
    expect(turn.position?.start).toEqual({line: 7, column: 1, offset: 102})
    const speaker = turn.children[0] as Element
    expect(speaker.position?.start).toEqual({line: 7, column: 1, offset: 102})
    expect(speaker.position?.end).toEqual({line: 7, column: 4, offset: 105})
  })

  it('takes handlers that override or add node types, and renders unknown nodes as their content', () => {
    const tree = {
      type: 'root',
      children: [{type: 'narration', children: [{type: 'mention', value: '@anna'}, {type: 'group', children: [{type: 'text', value: '!'}]}]}]
    } as unknown as Root
    expect(toHtml(tree)).toBe('<article class="anecdote">\n<p class="narration">@anna!</p>\n</article>')
    expect(
      toHtml(tree, {
        handlers: {
          mention: (state, node: {value: string}) => state.element(undefined, 'span', {className: state.className('mention')}, [{type: 'text', value: node.value}]),
          narration: (state, node) => state.element(node, 'div', {}, state.all(node))
        },
        classPrefix: 'x-'
      })
    ).toBe('<article class="x-anecdote">\n<div><span class="x-mention">@anna</span>!</div>\n</article>')
    expect(toHtml(tree, {unknownHandler: () => undefined})).toBe('<article class="anecdote">\n<p class="narration"></p>\n</article>')
  })

  it('renders nesting deeper than the limit as plain text, without running out of stack', () => {
    let node: Record<string, unknown> = {type: 'text', value: 'deep'}
    for (let depth = 0; depth < 100_000; depth++) node = {type: 'strong', children: [node]}
    const tree = {type: 'root', children: [{type: 'narration', children: [node]}]} as unknown as Root
    const html = toHtml(tree)
    expect(html).toContain('deep</strong>')
    expect(html.split('<strong>').length - 1).toBe(62)
  })
})

describe('the README example', () => {
  it('overrides and wraps default handlers', () => {
    const tree = parse('Chef: Wo ist der $Verkäufer? [...]\nIch: Keine Ahnung, $Sowieso.')
    const html = toHtml(tree, {
      classPrefix: 'story-',
      placeholders: (node) => (node.name === 'Verkäufer' ? 'Herr Müller' : 'N. N.'),
      handlers: {
        elision(state, node) {
          return state.element(node, 'span', {className: state.className('elision'), ariaLabel: 'gekürzt'}, [{type: 'text', value: '…'}])
        },
        turn(state, node, parent) {
          const element = defaultHandlers.turn(state, node, parent) as Element
          ;(element.properties.className as string[]).push(state.className('who-' + node.who)[0])
          return element
        }
      }
    })
    expect(html).toContain(
      '<p class="story-turn story-who-chef" data-who="chef"><b class="story-speaker">Chef</b><span class="story-separator">:</span> <span class="story-speech">Wo ist der <span class="story-placeholder" data-name="Verkäufer">Herr Müller</span>? <span class="story-elision" aria-label="gekürzt">…</span></span></p>'
    )
    expect(html).toContain('<span class="story-placeholder" data-name="Sowieso">N. N.</span>')
  })
})

describe('turns with directions before the colon', () => {
  it('set a space after the directions', () => {
    const html = toHtml(parse('Kunde (leise) [zögernd]: Wo?\nIch: <laut> Da!\nKunde (leise):\nHier.'))
    expect(html).toContain('<span class="speech"><i class="direction" data-marker="paren">leise</i> <i class="direction" data-marker="bracket">zögernd</i> Wo?</span>')
    expect(html).toContain('<span class="speech"><i class="direction" data-marker="angle">laut</i> Da!</span>')
    expect(html).toContain('<span class="speech"><i class="direction" data-marker="paren">leise</i><br>\nHier.</span>')
  })
})
