// `format: 'auto'` and HTML: a document or a fragment of known elements is HTML; a story whose
// only angle brackets are directions (`<hektisch>`, `<seufz>`), or one stray tag, is not.
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'

const isHtml = (value: string) => parse(value).data?.format === 'html'

describe('format auto', () => {
  for (const fixture of fixtures('detect/html', '.html')) {
    it('reads ' + fixture.name + '.html as HTML', () => expect(isHtml(fixture.value)).toBe(true))
  }
  for (const fixture of fixtures('detect/text', '.txt')) {
    it('reads ' + fixture.name + '.txt as a story, not HTML', () => expect(isHtml(fixture.value)).toBe(false))
  }
  it('reads no text or Markdown fixture as HTML', () => {
    for (const fixture of [...fixtures('text'), ...fixtures('markdown'), ...fixtures('anonymize')]) {
      expect(isHtml(fixture.value), fixture.name).toBe(false)
    }
  })
})
