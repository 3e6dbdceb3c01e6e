// Files that are not exports, or exports built to hurt: a clear error or a diagnostic, fast.
import {describe, expect, it} from 'vitest'
import {ExportError, readBlogExport} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'

const blogger = fixtures('export', '.xml').find((item) => item.name === 'blogger')!.value
const wordpress = fixtures('export', '.xml').find((item) => item.name === 'wordpress')!.value

/** The classic entity bomb: ten levels of ten references, a billion `lol`s if expanded. */
function billionLaughs(): string {
  let entities = '<!ENTITY lol0 "lol">\n'
  for (let level = 1; level <= 9; level++) {
    entities += '<!ENTITY lol' + level + ' "' + ('&lol' + (level - 1) + ';').repeat(10) + '">\n'
  }
  return blogger.replace("<?xml version='1.0' encoding='UTF-8'?>\n", "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE feed [\n" + entities + ']>\n').replace('Montagmorgen</title>', 'Montagmorgen &lol9;</title>')
}

describe('readBlogExport on hostile input', () => {
  it('does not expand DTD entities: a billion laughs stays one reference, read in milliseconds', () => {
    const value = billionLaughs()
    const started = performance.now()
    const result = readBlogExport(value)
    const elapsed = performance.now() - started
    const post = result.posts.find((item) => item.title.startsWith('Montagmorgen'))!
    expect(post.title).toBe('Montagmorgen &lol9;')
    expect(JSON.stringify(result).length).toBeLessThan(value.length * 20)
    // Not a timing assertion on the code's speed: an expansion would take minutes and gigabytes.
    expect(elapsed).toBeLessThan(5000)
  })

  it('refuses nesting deeper than the limit before parsing (the XML parser recurses)', () => {
    const deep = '<feed>' + '<x>'.repeat(100_000) + '</x>'.repeat(100_000) + '</feed>'
    expect(() => readBlogExport(deep)).toThrow(/^not a Blogger or WordPress export: elements nest deeper than 64 levels at line 1, column /)
  })

  it('says what it is not for any other file', () => {
    const cases: Array<[string, RegExp]> = [
      ['Ich: Hallo\nChef: <hektisch> Wo ist der $Verkäufer?\n', /^not a Blogger or WordPress export: no XML root element at the start of the file$/],
      ['<p>Ich: Hallo</p><p>Chef: Nein</p>', /^not a Blogger or WordPress export: the root element is <p>, not <feed> \(Blogger\) or <rss> \(WordPress\)$/],
      ['', /^not a Blogger or WordPress export: no XML root element/],
      ['<?xml version="1.0"?><feed><entry></feed>', /^not a Blogger or WordPress export: not well-formed XML/],
      ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Other</title><entry><id>urn:x</id></entry></feed>', /^not a Blogger or WordPress export: the root element is <feed>/],
      ['<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>A</title></item></channel></rss>', /^not a Blogger or WordPress export: the root element is <rss>/]
    ]
    for (const [value, message] of cases) {
      expect(() => readBlogExport(value)).toThrow(ExportError)
      expect(() => readBlogExport(value)).toThrow(message)
    }
  })

  it('one diagnostic per post that cannot be read, the others still returned', () => {
    const broken = wordpress.replace(/<content:encoded><!\[CDATA\[Die neue Kaffeemaschine[\s\S]*?\]\]><\/content:encoded>/, '').replace('<wp:post_date><![CDATA[2018-04-20 14:00:00]]></wp:post_date>', '<wp:post_date><![CDATA[someday]]></wp:post_date>').replace('<wp:post_date_gmt><![CDATA[2018-04-20 13:00:00]]></wp:post_date_gmt>', '')
    const result = readBlogExport(broken)
    expect(result.posts.map((post) => post.id)).toEqual(['11', '12', '15'])
    expect(result.diagnostics.map((item) => [item.ruleId, item.reason, item.place.start.line])).toEqual([
      ['export-unreadable', 'WordPress post without a valid `wp:post_date`', 174],
      ['export-unreadable', 'WordPress post without `content:encoded`', 205]
    ])
  })

  it('a Blogger comment whose post is missing is counted, not lost silently', () => {
    const result = readBlogExport(blogger.replace(/<entry><id>[^<]*post-1101<\/id>[\s\S]*?<\/entry>\n/, ''))
    expect(result.posts).toHaveLength(4)
    expect(result.skipped['comment-without-post']).toBe(2)
  })

  it('accepts bytes', () => {
    expect(readBlogExport(new TextEncoder().encode(blogger)).posts).toHaveLength(5)
  })
})
