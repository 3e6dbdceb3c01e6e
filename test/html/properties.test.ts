// Property: a story written as simple HTML (lines joined by `<br />`, paragraphs by `<p>`, the
// text escaped) tells the same story as the text: the same speakers, speech, placeholders and
// directions. (Labels in `<b>` are left out here: a bold label is a turn even where the text
// would not make one, as `**Chef:**` in Markdown; the seed test covers bold cues.)
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {Nodes, Root} from '../../src/index.js'
import {runs, seed, timeout} from '../reliability/arbitraries.js'
import {all, textOf} from '../util/tree.js'

const labels = ['Ich', 'Chef', 'Anderer Chef', 'Kunde', 'Me', 'Customer', 'Customer #2', '$Kollegin', 'Frau Müller', 'old lady']
const words = ['Hallo', 'nein', 'der', 'Drucker', 'ist', 'kaputt.', 'Why?', 'well,', 'I', 'see', '10:30', '$20', '$Verkäufer', '$Stadt_in_der_Nähe', 'A&B', '"quoted"', 'x < y']
const directions = ['<hektisch>', '<seufz>', '(leise)', '*seufzt*', '[zu ihr]', '[...]']

const sentence = (extra: string[]) => fc.array(fc.constantFrom(...words, ...extra), {minLength: 1, maxLength: 8}).map((parts) => parts.join(' '))
const cue = fc.tuple(fc.constantFrom(...labels), sentence(directions)).map(([label, speech]) => ({label, speech}))
const line = fc.oneof({weight: 3, arbitrary: cue}, {weight: 1, arbitrary: sentence([]).map((text) => ({text}))}, {weight: 1, arbitrary: fc.constant({blank: true})})
const storyArbitrary = fc.tuple(fc.array(line, {minLength: 1, maxLength: 12}), fc.boolean())

type Line = {label: string; speech: string} | {text: string} | {blank: true}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function asText(lines: Line[]): string {
  return lines.map((item) => ('blank' in item ? '' : 'text' in item ? item.text : item.label + ': ' + item.speech)).join('\n') + '\n'
}

function asHtml(lines: Line[], paragraphs: boolean): string {
  const rendered = lines.map((item) => {
    if ('blank' in item) return undefined
    if ('text' in item) return escape(item.text)
    return escape(item.label) + ': ' + escape(item.speech)
  })
  let html = ''
  let open: string[] = []
  const close = () => {
    if (open.length > 0) html += paragraphs ? '<p>' + open.join('<br />\n') + '</p>\n' : open.join('<br />\n') + '<br />\n<br />\n'
    open = []
  }
  for (const item of rendered) {
    if (item === undefined) close()
    else open.push(item)
  }
  close()
  return html
}

function story(tree: Root) {
  const squeeze = (value: string) => value.replace(/\s+/g, ' ').trim()
  return {
    turns: all(tree, 'turn').map((turn) => [turn.who, textOf(turn.children[0]), squeeze(turn.children.slice(1).map((node) => textOf(node as Nodes)).join(''))]),
    placeholders: all(tree, 'placeholder').map((node) => node.value),
    directions: all(tree, 'direction').map((node) => [node.marker, textOf(node)])
  }
}

describe('text → simple HTML → parse', () => {
  it(
    'gives the same speakers, speech, placeholders and directions as the text',
    () => {
      fc.assert(
        fc.property(storyArbitrary, ([lines, paragraphs]) => {
          const text = asText(lines)
          const html = asHtml(lines, paragraphs)
          expect(story(parse(html, {format: 'html'}))).toEqual(story(parse(text, {format: 'text'})))
        }),
        {numRuns: runs, seed}
      )
    },
    timeout
  )

  it(
    'the same with its angle-bracket directions typed into the HTML unescaped (`<hektisch>`: a tag of no element)',
    () => {
      fc.assert(
        fc.property(storyArbitrary, ([lines, paragraphs]) => {
          const html = asHtml(lines, paragraphs).replace(/&lt;(hektisch|seufz)&gt;/g, '<$1>')
          expect(story(parse(html, {format: 'html'}))).toEqual(story(parse(asText(lines), {format: 'text'})))
        }),
        {numRuns: runs, seed}
      )
    },
    timeout
  )
})
