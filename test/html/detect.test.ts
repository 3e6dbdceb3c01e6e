// `format: 'auto'` and HTML: a document or a fragment of known elements is HTML; a story whose
// only angle brackets are directions (`<hektisch>`, `<seufz>`), or one stray tag, is not.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parse, toHtml} from '../../src/index.js'
import {all} from '../util/tree.js'
import {fixtures} from '../util/fixtures.js'

const isHtml = (value: string) => parse(value).data?.format === 'html'

describe('format auto', () => {
  for (const fixture of fixtures('detect/html', '.html')) {
    it('reads ' + fixture.name + '.html as HTML', () => expect(isHtml(fixture.value)).toBe(true))
  }
  for (const fixture of fixtures('detect/text', '.txt')) {
    it('reads ' + fixture.name + '.txt as a story, not HTML', () => expect(isHtml(fixture.value)).toBe(false))
  }
  it('counts no tag escaped as Markdown writes it (`\\<b>`, issue 18: toMarkdown of `<b><b><b>`)', () => {
    expect(isHtml('\\<b>\\<b>\\<b>\n')).toBe(false)
    expect(isHtml('<b>a</b> <i>b</i>')).toBe(true)
  })

  it('reads no text or Markdown fixture as HTML', () => {
    for (const fixture of [...fixtures('text'), ...fixtures('markdown'), ...fixtures('anonymize')]) {
      expect(isHtml(fixture.value), fixture.name).toBe(false)
    }
  })
})

describe('hostile HTML', () => {
  it('reads HTML nested past the limit as plain text, with one warning, nothing lost', () => {
    const value = '<div>'.repeat(100_000) + 'Ich: Hallo<br>Chef: <hektisch> Nein'
    const file = new VFile(value)
    const tree = parse(file, {format: 'html'})
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['html-depth', 'HTML elements nest deeper than 512 levels (at offset 2560): read as plain text']
    ])
    expect(tree.position!.end.offset).toBe(value.length)
  })

  it('counts elements that nest, in any case, and not those that cannot (void ones, implied end tags)', () => {
    const deep = (tag: string) => {
      const file = new VFile(('<' + tag + '>').repeat(600) + 'Ich: Hallo')
      parse(file, {format: 'html'})
      return file.messages.map((message) => message.ruleId)
    }
    for (const tag of ['DIV', 'Span', 'h1', 'blockquote', 'colgroupx']) expect(deep(tag), tag).toEqual(['html-depth'])
    for (const tag of ['BR', 'P', 'Li', 'colgroup', 'optgroup', 'wbr', 'TBODY']) expect(deep(tag), tag).toEqual([])
  })

  it('keeps scripts and handlers out of the rendered HTML', () => {
    const tree = parse('<p>Ich: <img src=x onerror=alert(1)>Hallo</p><script>alert(2)</script><p>Chef: <a href="javascript:alert(3)">klick</a></p>', {format: 'html'})
    const html = toHtml(tree)
    expect(html).not.toMatch(/<script|onerror|javascript:/i)
    expect(all(tree, 'link')).toEqual([])
  })
})
