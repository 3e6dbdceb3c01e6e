// A whole document's `<title>` beside the `<h1>` that opens its body.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {anonymize, anonymizeText, parse, toHtml, toText} from '../../src/index.js'

function page(title: string, body: string): string {
  return '<!doctype html><html><head><title>' + title + '</title></head><body>' + body + '</body></html>'
}

function read(html: string) {
  const file = new VFile(html)
  const tree = parse(file)
  return {text: toText(tree), messages: file.messages.map((message) => [message.ruleId, message.reason, message.place])}
}

const story = '<p>Chef: Wo ist der $Kopierer?<br>Ich: Im Keller.</p>'

describe('a document title and the opening h1', () => {
  it('reads the h1 as the title and drops a <title> that repeats it beside the blog name', () => {
    const html = page('Der Kopierer | Notizen aus dem Keller', '<h1>Der Kopierer</h1>' + story)
    const {text, messages} = read(html)
    expect(text).toBe('Der Kopierer\n\nChef: Wo ist der $Kopierer?\nIch: Im Keller.\n')
    const start = html.indexOf('<title>')
    const end = html.indexOf('</title>') + '</title>'.length
    expect(messages).toEqual([
      ['html-dropped', 'HTML <title> dropped: it repeats the heading that opens the story, its title', {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}]
    ])
  })

  it('takes the title alone, the blog name before or after it, white space collapsed', () => {
    for (const title of ['Der Kopierer', ' Der   Kopierer ', 'Notizen: Der Kopierer', 'Notizen » Der Kopierer', 'Der Kopierer – Notizen']) {
      expect(read(page(title, '<h1>Der\nKopierer</h1>' + story)).messages.map(([rule]) => rule), title).toEqual(['html-dropped'])
    }
  })

  it('keeps the <title> where the h1 is not all of it but a blog name, or not the opening h1, or a date', () => {
    const kept: Array<[string, string]> = [
      ['Der Kopierer', '<h1>Im Keller</h1>'],
      // A part of the title, not the title beside a blog name: the title would be lost.
      ['Der Kopierer | Blog', '<h1>r</h1>'],
      ['Der Kopierer, Teil 2 | Blog', '<h1>Teil 2</h1>'],
      ['Der Kopierer', '<p>Vorweg.</p><h1>Der Kopierer</h1>'],
      ['Der Kopierer', '<h2>Der Kopierer</h2>'],
      // The core reads a date that opens the story as its dateline: the h1 would be no title.
      ['12.03.2024 | Blog', '<h1>12.03.2024</h1>']
    ]
    for (const [title, body] of kept) {
      const {text, messages} = read(page(title, body + story))
      expect(messages, title + ' ' + body).toEqual([])
      expect(text, title + ' ' + body).toContain(title)
    }
  })

  it('keeps both of two titles', () => {
    const html = '<!doctype html><html><head><title>Der Kopierer</title><title>Zweiter</title></head><body><h1>Der Kopierer</h1>' + story + '</body></html>'
    const {text, messages} = read(html)
    expect(messages).toEqual([])
    expect(text.startsWith('Der Kopierer\n\nZweiter\n\nDer Kopierer\n\n')).toBe(true)
  })

  it('keeps a <title> with a $Placeholder beside the heading, so that anonymizing the source replaces it', () => {
    const html = page('Der Kopierer | Notizen von $Autorin', '<h1>Der Kopierer</h1>' + story)
    expect(read(html).messages).toEqual([])
    const tree = parse(html)
    expect(tree.children[0]).toMatchObject({type: 'title', children: [{type: 'text', value: 'Der Kopierer | Notizen von '}, {type: 'placeholder', name: 'Autorin'}]})
    const anonymized = anonymizeText(html, {seed: 'test'})
    expect(anonymized).not.toContain('Autorin')
    const outputs = JSON.stringify(anonymize(tree)) + toHtml(anonymize(tree)) + toText(anonymize(tree))
    expect(outputs).not.toContain('Autorin')
  })

  it('drops a <title> whose only $Placeholders are the heading\'s, and anonymizing replaces them in both', () => {
    const html = page('Ärger mit $Chef | Blog', '<h1>Ärger mit $Chef</h1>' + story)
    expect(read(html).messages.map(([rule]) => rule)).toEqual(['html-dropped'])
    const anonymized = anonymizeText(html, {seed: 'test'})
    expect(anonymized).not.toContain('$Chef')
    expect(anonymized).not.toContain('Chef |')
  })
})
