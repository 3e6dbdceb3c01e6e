// A line of blog controls ends a comment. The parser reads a line's text only where its first
// character may start one: a control word's first letter, a space, or what a format decodes.
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {Comments} from '../../src/types.js'

function commentsOf(value: string, format: 'text' | 'markdown' | 'html') {
  const tree = parse(value, {format, positions: false})
  const section = tree.children.find((node): node is Comments => node.type === 'comments')
  return section?.children.map((comment) => [comment.author, comment.controls])
}

const markdown = [
  'Chef: Hallo.',
  '',
  '2 Kommentare:',
  '',
  'Anna hat gesagt…',
  '',
  'Toll.',
  '',
  'L&ouml;schen',
  '',
  'Bernd hat gesagt…',
  '',
  'Naja.',
  '',
  '&#65;ntworten',
  ''
].join('\n')

describe('comment controls', () => {
  it('are read where a character reference starts or spells the word (Markdown)', () => {
    expect(commentsOf(markdown, 'markdown')).toEqual([
      ['Anna', ['Löschen']],
      ['Bernd', ['Antworten']]
    ])
  })

  it('are read where a character reference starts or spells the word (HTML)', () => {
    const html = '<p>Chef: Hallo.</p><p>2 Kommentare:</p><p>Anna hat gesagt…</p><p>Toll.</p><p>L&ouml;schen</p><p>Bernd hat gesagt…</p><p>Naja.</p><p>&#65;ntworten</p>'
    expect(commentsOf(html, 'html')).toEqual([
      ['Anna', ['Löschen']],
      ['Bernd', ['Antworten']]
    ])
  })

  it('are not a line that only starts with the letter of one', () => {
    const text = ['Chef: Hallo.', '', '2 Kommentare:', '', 'Anna hat gesagt…', 'Das war gut.', 'Antworten', '', 'Lena hat gesagt…', 'Alles klar.', 'Reply Delete', ''].join('\n')
    expect(commentsOf(text, 'text')).toEqual([
      ['Anna', ['Antworten']],
      ['Lena', ['Reply', 'Delete']]
    ])
  })
})
