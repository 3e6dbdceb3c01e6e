// A whole document's `<title>` beside the `<h1>` that opens its body.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {anonymize, parse, toHtml, toText} from '../../src/index.js'

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
  it('reads the h1 as the title and drops a <title> that contains its text', () => {
    const html = page('Der Kopierer | Notizen von $Autorin', '<h1>Der Kopierer</h1>' + story)
    const {text, messages} = read(html)
    expect(text).toBe('Der Kopierer\n\nChef: Wo ist der $Kopierer?\nIch: Im Keller.\n')
    const start = html.indexOf('<title>')
    const end = html.indexOf('</title>') + '</title>'.length
    expect(messages).toEqual([
      ['html-dropped', 'HTML <title> dropped: it repeats the heading that opens the story, its title', {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}]
    ])
  })

  it('compares the texts with white space collapsed', () => {
    expect(read(page(' Der   Kopierer ', '<h1>Der\nKopierer</h1>' + story)).messages.map(([rule]) => rule)).toEqual(['html-dropped'])
  })

  it('keeps the <title> where the h1 says something else, comes after text, or is an h2', () => {
    for (const body of ['<h1>Im Keller</h1>' + story, '<p>Vorweg.</p><h1>Der Kopierer</h1>' + story, '<h2>Der Kopierer</h2>' + story]) {
      const {text, messages} = read(page('Der Kopierer', body))
      expect(text.startsWith('Der Kopierer\n\n'), body).toBe(true)
      expect(messages, body).toEqual([])
    }
  })

  it('leaves no name of the dropped <title> in the anonymized story', () => {
    const tree = anonymize(parse(page('Der Kopierer | Notizen von $Autorin', '<h1>Der Kopierer</h1>' + story)))
    const outputs = JSON.stringify(tree) + toHtml(tree) + toText(tree)
    expect(outputs).not.toContain('Autorin')
    expect(outputs).not.toContain('Kopierer?')
  })
})
