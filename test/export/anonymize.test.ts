// anonymizeExport: every name replaced wherever the export writes it — in a post body's HTML as
// markup reads it (an `href`, a character reference), whether the XML holds the body in CDATA
// (WordPress) or escaped once more (Blogger) — and every other byte as it was.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anonymizeExport, readBlogExport} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'
import {de as deLocale} from '../../src/locale/de.js'

const de = deLocale.pseudonyms

const blogger = fixtures('export', '.xml').find((item) => item.name === 'blogger')!.value
const wordpress = fixtures('export', '.xml').find((item) => item.name === 'wordpress')!.value
const options = {strategy: 'map', map: {Kollegin: 'Frau Müller', Kunde: 'Uwe', Anna: 'Eva Maria'}} as const

describe('anonymizeExport', () => {
  it('WordPress (CDATA): a name in an `href`, percent-encoded or as a reference, becomes a URL', () => {
    const body = 'one till open. <a href="https://e.x/%24Anna">Her blog</a>, <a href=\'/u/&#36;Anna\' title="$Anna">this</a>, $Annas bag.'
    const xml = wordpress.replace('one till open.', body)
    const expected = wordpress
      .replace('one till open.', 'one till open. <a href="https://e.x/Eva%20Maria">Her blog</a>, <a href=\'/u/Eva%20Maria\' title="Eva Maria">this</a>, Eva Marias bag.')
      .replaceAll('$Kunde', 'Uwe')
      // The post's address and slug, which WordPress made from its title `Anruf von $Kunde`.
      .replaceAll('anruf-von-kunde', 'anruf-von-uwe')
    expect(anonymizeExport(xml, options)).toBe(expected)
  })

  it('Blogger (HTML escaped in XML): the same forms, escaped once more, and names in titles', () => {
    const body = '&lt;a href=&quot;https://e.x/%24Kollegin&quot;&gt;Blog&lt;/a&gt; &amp;#36;Kollegin und $Koll&amp;#101;gin.&lt;br /&gt;'
    const at = blogger.indexOf('&lt;b&gt;$Kollegin:')
    const xml = blogger.slice(0, at) + body + blogger.slice(at)
    const result = anonymizeExport(xml, options)
    // Every other byte as it was: the names, in whatever form, are all that changed.
    const expected = blogger.slice(0, at) + '&lt;a href=&quot;https://e.x/Frau%20M%C3%BCller&quot;&gt;Blog&lt;/a&gt; Frau Müller und Frau Müller.&lt;br /&gt;' + blogger.slice(at)
    // The address Blogger made from the title `Der Drucker von $Kollegin` too.
    expect(result).toBe(expected.replaceAll('$Kollegin', 'Frau Müller').replaceAll('$Kunde', 'Uwe').replace('der-drucker-von-kollegin', 'der-drucker-von-frau-mueller'))
    expect(readBlogExport(result).posts.map((post) => post.title)).toContain('Der Drucker von Frau Müller')
  })

  it('a name in the addresses and slugs made from it, and a URL written in the XML gets a URL\'s characters', () => {
    const item =
      '<item><title>Der Tag mit $Anna</title><link>https://blog.example/2018/03/der-tag-mit-anna/</link><wp:post_name>der-tag-mit-anna</wp:post_name>' +
      '<wp:post_type>post</wp:post_type><wp:status>publish</wp:status><category domain="post_tag" nicename="anna"><![CDATA[$Anna]]></category>' +
      '<content:encoded><![CDATA[<p><b>Ich:</b> Hallo $Anna!<br /><b>$Anna:</b> Ja?</p>]]></content:encoded>' +
      '<wp:comment><wp:comment_id>9</wp:comment_id><wp:comment_author><![CDATA[$Anna]]></wp:comment_author><wp:comment_author_email>anna@x.example</wp:comment_author_email>' +
      '<wp:comment_author_url>https://anna.example/$Anna</wp:comment_author_url><wp:comment_content><![CDATA[Ich bin $Anna.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment></item>'
    // Without a `wp:post_id` and a date, no post is read from the item: its names are names all the same.
    const at = wordpress.lastIndexOf('</channel>')
    const result = anonymizeExport(wordpress.slice(0, at) + item + wordpress.slice(at), options)
    expect(result.slice(result.indexOf('<item><title>Der Tag mit'), result.lastIndexOf('</channel>'))).toBe(
      '<item><title>Der Tag mit Eva Maria</title><link>https://blog.example/2018/03/der-tag-mit-eva-maria/</link><wp:post_name>der-tag-mit-eva-maria</wp:post_name>' +
        '<wp:post_type>post</wp:post_type><wp:status>publish</wp:status><category domain="post_tag" nicename="eva-maria"><![CDATA[Eva Maria]]></category>' +
        '<content:encoded><![CDATA[<p><b>Ich:</b> Hallo Eva Maria!<br /><b>Eva Maria:</b> Ja?</p>]]></content:encoded>' +
        '<wp:comment><wp:comment_id>9</wp:comment_id><wp:comment_author><![CDATA[Eva Maria]]></wp:comment_author><wp:comment_author_email>eva-maria@x.example</wp:comment_author_email>' +
        '<wp:comment_author_url>https://eva-maria.example/Eva%20Maria</wp:comment_author_url><wp:comment_content><![CDATA[Ich bin Eva Maria.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment></item>'
    )
  })

  it('a name with an umlaut in a slug: spelled out (`mueller`) or with the mark dropped (`muller`)', () => {
    const item = '<item><title>Bei $Müller</title><link>https://b.example/bei-muller/</link><wp:post_name>bei-mueller</wp:post_name><wp:post_type>page</wp:post_type></item>'
    const at = wordpress.lastIndexOf('</channel>')
    const result = anonymizeExport(wordpress.slice(0, at) + item + wordpress.slice(at), {strategy: 'map', map: {Müller: 'Frau Weiß'}, fallback: 'generic'})
    expect(result.slice(result.indexOf('<item><title>Bei'), result.lastIndexOf('</channel>'))).toBe(
      '<item><title>Bei Frau Weiß</title><link>https://b.example/bei-frau-weiss/</link><wp:post_name>bei-frau-weiss</wp:post_name><wp:post_type>page</wp:post_type></item>'
    )
  })

  it('a name with `ß` or an umlaut in a slug as Blogger (`weiss`, `wei`) and WordPress (`jörg`, `j%C3%B6rg`) write it', () => {
    const options = {strategy: 'map', map: {Jörg_Weiß: 'Uwe Kahl', Jörg: 'Olaf'}} as const
    const entry = (slug: string) =>
      "<entry><id>tag:blogger.com,1999:blog-1.post-9</id><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>" +
      "<title type='text'>Besuch von $Jörg_Weiß</title><content type='html'>$Jörg war da.</content><link rel='alternate' type='text/html' href='https://b.example/" +
      slug +
      ".html'/></entry>"
    for (const slug of ['besuch-von-jorg-weiss', 'besuch-von-jorg-wei', 'besuch-von-joerg-weiss']) {
      const at = blogger.lastIndexOf('</feed>')
      const result = anonymizeExport(blogger.slice(0, at) + entry(slug) + blogger.slice(at), options)
      expect(result).toContain("href='https://b.example/besuch-von-uwe-kahl.html'")
    }
    for (const slug of ['besuch-von-jörg', 'besuch-von-j%C3%B6rg', 'besuch-von-j%c3%b6rg']) {
      const item = '<item><title>Besuch von $Jörg</title><link>https://b.example/' + slug + '/</link><wp:post_name>' + slug + '</wp:post_name><wp:post_type>page</wp:post_type></item>'
      const at = wordpress.lastIndexOf('</channel>')
      const result = anonymizeExport(wordpress.slice(0, at) + item + wordpress.slice(at), options)
      expect(result).toContain('<link>https://b.example/besuch-von-olaf/</link><wp:post_name>besuch-von-olaf</wp:post_name>')
    }
  })

  it("takes the posts' language, not their comments' (a German story under English comments)", () => {
    const head = "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-1.archive</id><title type='text'>B</title>"
    const kind = (name: string) => "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#" + name + "'/>"
    const post = "<entry><id>tag:blogger.com,1999:blog-1.post-5</id><published>2013-01-01T10:00:00.000+01:00</published>" + kind('post') + "<title type='text'>X</title><content type='html'>Chef: Wo ist der $Verkäufer?&lt;br /&gt;Ich: Keine Ahnung.</content><link rel='alternate' type='text/html' href='https://b.example/x.html'/></entry>"
    const comment = (id: number, text: string) =>
      '<entry><id>tag:blogger.com,1999:blog-1.post-' + id + '</id><published>2013-01-01T11:00:00.000+01:00</published>' + kind('comment') + "<content type='html'>" + text + "</content><thr:in-reply-to ref='tag:blogger.com,1999:blog-1.post-5' href='https://b.example/x.html'/></entry>"
    const xml = head + post + comment(6, 'LOL. What did you do then?') + comment(7, 'This is why I quit.') + comment(8, 'Love it!') + '</feed>'
    const mapping: Record<string, string> = {}
    anonymizeExport(xml, {strategy: 'pseudonym', seed: 1, mapping})
    expect(de.male).toContain(mapping.Verkäufer)
  })

  it('a genitive is its name, as in a story: one replacement, with the ending', () => {
    const xml = blogger.replace('Heute früh stand $Kollegin mit', 'Wo ist $Verkäufer? $Verkäufers Auto steht vor dem $Verein, im Haus des $Vereins. $Kollegin mit')
    const mapping: Record<string, string> = {}
    const result = anonymizeExport(xml, {strategy: 'generic', mapping})
    expect(result).toContain('Wo ist Person B? Person Bs Auto steht vor dem Verein C, im Haus des Vereins C. Person A mit')
    expect(Object.keys(mapping).sort()).toEqual(['Kollegin', 'Kunde', 'Verein', 'Verkäufer'])
  })

  it("a Blogger comment's author: the name, and the address and e-mail made from it", () => {
    const comment =
      "<entry><id>tag:blogger.com,1999:blog-1.post-77</id><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>" +
      "<content type='html'>Schön, $Kollegin!</content><author><name>$Kollegin</name><uri>https://kollegin.example/</uri><email>kollegin@example.de</email></author></entry>"
    const at = blogger.lastIndexOf('</feed>')
    const result = anonymizeExport(blogger.slice(0, at) + comment + blogger.slice(at), {strategy: 'map', map: {Kollegin: 'Amy'}})
    expect(result).toContain('<author><name>Amy</name><uri>https://amy.example/</uri><email>amy@example.de</email></author>')
    // A name of several words in an e-mail address: joined by a dot, or run together.
    for (const email of ['joerg.weiss@x.de', 'JOERG.WEISS@x.de', 'jörg.weiß@x.de', 'joergweiss@x.de']) {
      const author = comment.replaceAll('$Kollegin', '$Jörg_Weiß').replace('kollegin@example.de', email)
      expect(anonymizeExport(blogger.slice(0, at) + author + blogger.slice(at), {strategy: 'map', map: {Jörg_Weiß: 'Uwe Kahl'}})).toContain('<email>uwe-kahl@x.de</email>')
    }
  })

  it('a name only in an item no post is read from (a page); `$PATH` in its code stays', () => {
    const page = '<item><title>Seite</title><wp:post_type>page</wp:post_type><content:encoded><![CDATA[<p>Von $Zora. <code>echo $PATH</code> <pre class="x">ls $HOME</pre></p>]]></content:encoded></item>'
    const at = wordpress.lastIndexOf('</channel>')
    const mapping: Record<string, string> = {}
    const result = anonymizeExport(wordpress.slice(0, at) + page + wordpress.slice(at), {strategy: 'generic', mapping})
    expect(result).toContain('<p>Von Person B. <code>echo $PATH</code> <pre class="x">ls $HOME</pre></p>')
    expect(Object.keys(mapping)).toContain('Zora')
    expect(Object.keys(mapping)).not.toContain('PATH')
  })

  it('a name a character reference goes on (`$Zo&amp;euml;` in a Blogger comment) is one name, as the post reads it', () => {
    const comment =
      "<entry><id>tag:blogger.com,1999:blog-1.post-78</id><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>" +
      "<content type='html'>Gru&amp;szlig; an $Zo&amp;euml;!</content><author><name>Leser</name></author></entry>"
    const at = blogger.lastIndexOf('</feed>')
    const mapping: Record<string, string> = {}
    const result = anonymizeExport(blogger.slice(0, at) + comment + blogger.slice(at), {strategy: 'generic', mapping})
    expect(result).toContain("<content type='html'>Gru&amp;szlig; an Person C!</content>")
    expect(Object.keys(mapping).sort()).toEqual(['Kollegin', 'Kunde', 'Zoë'])
  })

  it('takes a `mapping` carried from other stories, and writes what it adds; a frozen one is reported, not thrown at', () => {
    const mapping: Record<string, string> = {Kunde: 'Gertrud', Chef: 'Olaf'}
    const result = anonymizeExport(wordpress, {mapping})
    expect(result).toBe(wordpress.replaceAll('$Kunde', 'Gertrud').replaceAll('anruf-von-kunde', 'anruf-von-gertrud'))
    expect(mapping).toEqual({Kunde: 'Gertrud', Chef: 'Olaf'})
    // A name the export lacks is not looked for in its addresses and slugs.
    expect(anonymizeExport(wordpress.replaceAll('anruf-von-kunde', 'anruf-vom-chef'), {mapping})).toContain('/anruf-vom-chef/')
    const file = new VFile()
    expect(anonymizeExport(wordpress, {mapping: Object.freeze({}), seed: 1}, file)).not.toContain('Kunde')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['mapping-not-written'])
  })

  it('refuses rather than return an export that still names someone', () => {
    // A name split by the end of one CDATA section and the start of the next: the replacement
    // cannot keep both sections whole, so the export would no longer be XML.
    const xml = wordpress.replace('one till open.', 'one till open. $An]]><![CDATA[na.')
    expect(() => anonymizeExport(xml, options)).not.toThrow()
    // Escaped text and then a CDATA section (Blogger): the section's start would go, its end stay.
    const at = blogger.indexOf('&lt;b&gt;$Kollegin:')
    const broken = blogger.slice(0, at) + '$An<![CDATA[na]]> ' + blogger.slice(at)
    expect(() => anonymizeExport(broken, options)).toThrow('anonymizeExport: the replacements left the export no well-formed XML: refusing to return it')
  })
})
