// The seed as Blogger shows it (a post body with `<br />`, `<b>` cues, `&lt;hektisch&gt;`,
// entities, and the comment section) tells the same story as the plain-text seed.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {Comment, Nodes, Root} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'
import {all, textOf} from '../util/tree.js'

const text = readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')
const html = readFileSync(fixturesRoot + 'html/fahren-sie-mal-da-hin.html', 'utf8')

const squeeze = (value: string) => value.replace(/\s+/g, ' ').trim()

function story(tree: Root) {
  return {
    dateline: all(tree, 'dateline').map((node) => [node.value, node.date]),
    title: all(tree, 'title').map(textOf),
    turns: all(tree, 'turn').map((turn) => [turn.who, textOf(turn.children[0]), squeeze(turn.children.slice(1).map((node) => textOf(node as Nodes)).join(''))]),
    placeholders: all(tree, 'placeholder').map((node) => node.value),
    directions: all(tree, 'direction').map((node) => [node.marker, textOf(node)]),
    narration: all(tree, 'narration').map((node) => squeeze(textOf(node))),
    comments: all(tree, 'comment').map((node: Comment) => [squeeze(node.children.map(textOf).join(' ')), node.controls])
  }
}

describe('the seed as a Blogger page', () => {
  const fromText = parse(text, {format: 'text'})
  const fromHtml = parse(html)

  it('is read as HTML by format auto', () => {
    expect(fromHtml.data).toEqual({format: 'html'})
  })

  it('has the same dateline, title, turns, placeholders, directions, narration and comments', () => {
    expect(story(fromHtml)).toEqual(story(fromText))
    expect(story(fromHtml).turns).toHaveLength(11)
    expect(story(fromHtml).comments).toHaveLength(2)
  })

  it('declares and finds two comments, as the text does', () => {
    const comments = fromHtml.children[fromHtml.children.length - 1]
    expect(comments).toMatchObject({type: 'comments', label: '2 Kommentare:', count: 2})
  })

  it('points positions into the HTML source, a text node over its entity references', () => {
    const slice = (node: Nodes) => html.slice(node.position!.start.offset, node.position!.end.offset)
    expect(all(fromHtml, 'direction').map(slice)).toEqual(['&lt;hektisch&gt;'])
    expect(slice(all(fromHtml, 'placeholder')[0])).toBe('$Verk&auml;ufer')
    expect(slice(all(fromHtml, 'turn')[0].children[0])).toBe('Ich')
    const first = all(fromHtml, 'narration')[0]
    expect(slice(first)).toBe('Mein ehem. Chef rief fr&uuml;h am Morgen im B&uuml;ro an.')
    expect(first.position!.start).toEqual({line: 5, column: 1, offset: html.indexOf('Mein ehem.')})
  })
})

describe('bold cues in HTML', () => {
  it('a label in <b> is a turn even where it occurs once, as **Chef:** in Markdown', () => {
    const tree = parse('<p>Es war spät.</p><p><b>Pförtner:</b> Wir schließen.</p><p>Dann ging ich.</p>', {format: 'html'})
    expect(tree.children.map((node) => node.type)).toEqual(['narration', 'dialogue', 'narration'])
    expect(all(tree, 'strong')).toEqual([])
    // The same line without bold is narration, as in text.
    const plain = parse('<p>Es war spät.</p><p>Pförtner: Wir schließen.</p><p>Dann ging ich.</p>', {format: 'html'})
    expect(plain.children.map((node) => node.type)).toEqual(['narration', 'narration', 'narration'])
  })
})
