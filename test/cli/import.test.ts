// `anecdote import`, and stats, check and anonymize on HTML files and exports: the built
// executable as a child process.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse, readBlogExport} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'
import {shell} from './util.js'

const cli = new URL('../../dist/cli.js', import.meta.url).pathname
const blogger = fixturesRoot + 'export/blogger.xml'
const wordpress = fixturesRoot + 'export/wordpress.xml'
const seedHtml = fixturesRoot + 'html/fahren-sie-mal-da-hin.html'

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {input: '', encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'anecdote-import-'))
}

describe('anecdote import', () => {
  it('writes one file per post, named from date and title, and prints a summary', () => {
    const out = folder()
    const result = run(['import', blogger, '-o', out + '/'])
    expect(result).toEqual({
      code: 0,
      stdout: 'blogger: 5 posts, 4 comments written to ' + out + '/; skipped: 1 template, 2 settings, 1 draft, 1 page\n',
      stderr: ''
    })
    expect(readdirSync(out)).toEqual([
      '2012-03-05-der-drucker-von-kollegin.txt',
      '2012-04-11-the-router-that-wasnt.txt',
      '2012-05-02-montagmorgen.txt',
      '2012-06-18-printer-on-fire.txt',
      '2012-07-01-kurz-notiert-kunde-und-die-maus.txt'
    ])
    const text = readFileSync(join(out, '2012-05-02-montagmorgen.txt'), 'utf8')
    expect(text).toBe(
      'Mittwoch, 2. Mai 2012\n\nMontagmorgen\n\nEs ist Montag, 7:45 Uhr. Das Telefon klingelt.\n\nChef: <hektisch> Ist der Server wieder da?\nIch: Welcher Server?\nChef: Na, DER Server!\n\nEs gibt vierzig Server im Haus.\n'
    )
    // The written text reads back as the same story.
    expect(parse(text).children.map((node) => node.type)).toEqual(['dateline', 'title', 'narration', 'dialogue', 'narration'])
  })

  it('never overwrites without --force, and gives two posts alike two names', () => {
    const out = folder()
    const twice = readFileSync(wordpress, 'utf8').replace('<title><![CDATA[Password policy]]></title>', '<title><![CDATA[Me vs. the self-checkout]]></title>').replace('2018-04-20 13:00:00', '2018-02-03 13:00:00').replace('2018-04-20 14:00:00', '2018-02-03 14:00:00')
    const input = join(out, 'export.xml')
    writeFileSync(input, twice)
    expect(run(['import', input, '-o', join(out, 'posts/'), '--to', 'markdown']).code).toBe(0)
    expect(readdirSync(join(out, 'posts')).filter((name) => name.startsWith('2018-02-03'))).toEqual([
      '2018-02-03-me-vs-the-self-checkout-2.md',
      '2018-02-03-me-vs-the-self-checkout.md'
    ])
    const again = run(['import', input, '-o', join(out, 'posts/'), '--to', 'markdown'])
    expect(again.code).toBe(4)
    expect(again.stderr.split('\n')[0]).toBe('anecdote: ' + join(out, 'posts/2018-02-03-me-vs-the-self-checkout.md') + ': already exists (use --force to overwrite)')
    expect(run(['import', input, '-o', join(out, 'posts/'), '--to', 'markdown', '--force']).code).toBe(0)
  })

  it('writes JSON and HTML', () => {
    const out = folder()
    expect(run(['import', wordpress, '-o', out, '--to', 'json']).code).toBe(0)
    const post = JSON.parse(readFileSync(join(out, '2018-03-12-anruf-von-kunde.json'), 'utf8'))
    expect([post.id, post.title, post.published, post.labels, post.comments.length, post.tree.type]).toEqual(['12', 'Anruf von $Kunde', '2018-03-12T08:05:00Z', ['Hotline', 'Bildschirm'], 1, 'root'])
    expect(run(['import', wordpress, '-o', out, '--to', 'html']).code).toBe(0)
    expect(readFileSync(join(out, '2018-03-12-anruf-von-kunde.html'), 'utf8')).toContain('<article')
  })

  it('--jobs: the same files, names, summary and messages whether one thread works or several', () => {
    // Two posts alike (their names depend on order), and a file already there (its message too).
    const out = folder()
    const input = join(out, 'export.xml')
    writeFileSync(input, readFileSync(wordpress, 'utf8').replace('<title><![CDATA[Password policy]]></title>', '<title><![CDATA[Me vs. the self-checkout]]></title>').replace('2018-04-20 13:00:00', '2018-02-03 13:00:00'))
    for (const source of [blogger, input]) {
      for (const to of ['text', 'json']) {
        const results = ['1', '2', '3', '9'].map((jobs) => {
          const target = join(out, `${jobs}-${to}-${source === blogger ? 'blogger' : 'wordpress'}`)
          mkdirSync(target)
          writeFileSync(join(target, '2012-05-02-montagmorgen.' + (to === 'json' ? 'json' : 'txt')), 'mine\n')
          const result = run(['import', '--jobs', jobs, '--drafts', '--to', to, source, '-o', target + '/'])
          const files = readdirSync(target).sort()
          return {...result, stdout: result.stdout.replace(target, 'OUT'), stderr: result.stderr.replaceAll(target, 'OUT'), files, contents: files.map((name) => readFileSync(join(target, name), 'utf8'))}
        })
        expect(results[0].files.length).toBeGreaterThan(4)
        for (const result of results.slice(1)) expect(result).toEqual(results[0])
      }
    }
    // Six runs of the CLI, each starting worker threads: on two shared cores under load this took
    // 37–43 s (CI of cc1e03c and 26f2284), past the suite's 30 s; its work does not time anything.
  }, 120_000)

  it('answers a file that is no export, and a missing -o, in one line', () => {
    for (const jobs of ['1', '2']) {
      expect(run(['import', '--jobs', jobs, seedHtml, '-o', folder()])).toEqual({
        code: 3,
        stdout: '',
        stderr: 'anecdote: ' + seedHtml + ': not a Blogger or WordPress export: the root element is <h2>, not <feed> (Blogger) or <rss> (WordPress)\n'
      })
    }
    expect(run(['import', seedHtml, '-o', folder()])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'anecdote: ' + seedHtml + ': not a Blogger or WordPress export: the root element is <h2>, not <feed> (Blogger) or <rss> (WordPress)\n'
    })
    expect(run(['import', blogger])).toEqual({code: 2, stdout: '', stderr: 'anecdote: import: name the folder to write into with -o DIR/\n'})
  })
})

describe('anecdote import from standard input', () => {
  const summary = (out: string) => 'wordpress: 5 posts, 4 comments written to ' + out + '; skipped: 2 unapproved-comment, 1 pingback, 1 draft, 1 page, 1 attachment\n'

  it('reads the export piped in, given as - or not named at all, as from the file', () => {
    const fromFile = folder() + '/'
    expect(run(['import', wordpress, '-o', fromFile])).toEqual({code: 0, stdout: summary(fromFile), stderr: ''})
    for (const line of [`cat ${wordpress} | $anecdote import - -o OUT`, `cat ${wordpress} | $anecdote import -o OUT`]) {
      const out = folder() + '/'
      expect(shell(line.replace('OUT', out)), line).toEqual({code: 0, stdout: summary(out), stderr: ''})
      expect(readdirSync(out)).toEqual(readdirSync(fromFile))
      for (const name of readdirSync(out)) expect(readFileSync(out + name, 'utf8')).toBe(readFileSync(fromFile + name, 'utf8'))
    }
  })

  it('names standard input in its messages', () => {
    expect(shell(`echo 'Ich: Hallo' | $anecdote import - -o ${folder()}`)).toEqual({
      code: 3,
      stdout: '',
      stderr: 'anecdote: <stdin>: not a Blogger or WordPress export: no XML root element at the start of the file\n'
    })
    expect(shell(`cat ${wordpress} | $anecdote import - ${blogger} -o ${folder()}`)).toEqual({code: 2, stdout: '', stderr: 'anecdote: import: name exactly one export file\n'})
  })
})

describe('stats, check and anonymize on HTML files and exports', () => {
  it('stats: one table per post of an export', () => {
    const result = run(['stats', '--json', wordpress])
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => [line.path.slice(wordpress.length), line.turns, line.comments])).toEqual([
      ['#2018-02-03-me-vs-the-self-checkout', 3, 2],
      ['#2018-03-12-anruf-von-kunde', 3, 1],
      ['#2018-04-20-password-policy', 3, 0],
      ['#2018-05-07-die-kaffeemaschine', 3, 0],
      ['#2018-06-01-customer-2', 3, 1]
    ])
  })

  it('stats: each post under the name import gives its file, in one JSON line each with -o too', () => {
    const out = folder()
    // Two posts alike (date and title), one without a title, one whose date cannot be read.
    const twice = readFileSync(wordpress, 'utf8')
      .replace('<title><![CDATA[Password policy]]></title>', '<title><![CDATA[Me vs. the self-checkout]]></title>')
      .replace('2018-04-20 13:00:00', '2018-02-03 13:00:00')
      .replace('<title><![CDATA[Die Kaffeemaschine]]></title>', '<title>😀😀</title>')
      .replace('<wp:post_date><![CDATA[2018-06-01 16:45:00]]></wp:post_date>', '<wp:post_date>gestern</wp:post_date>')
    const input = join(out, 'export.xml')
    writeFileSync(input, twice)
    const result = run(['stats', '--json', input, '-o', join(out, 'stats.json')])
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/^anecdote: [^\n]*export\.xml:\d+:\d+: WordPress post without a valid `wp:post_date`\n$/)
    const lines = readFileSync(join(out, 'stats.json'), 'utf8').trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => line.path.slice(input.length + 1))).toEqual([
      '2018-02-03-me-vs-the-self-checkout',
      '2018-03-12-anruf-von-kunde',
      '2018-02-03-me-vs-the-self-checkout-2',
      '2018-05-07-post'
    ])
    run(['import', input, '-o', join(out, 'posts/')])
    expect(readdirSync(join(out, 'posts')).sort()).toEqual(lines.map((line) => line.path.slice(input.length + 1) + '.txt').sort())
  })

  it('stats: an export that cannot be read is a problem on standard error, not a story', () => {
    const out = folder()
    const input = join(out, 'cut.xml')
    writeFileSync(input, readFileSync(wordpress, 'utf8').slice(0, 600))
    const result = run(['stats', input])
    expect(result).toEqual({code: 3, stdout: '', stderr: expect.stringMatching(/^anecdote: [^\n]*cut\.xml: not a Blogger or WordPress export: not well-formed XML \([^\n]*\)\n$/)})
  })

  it('every command reads an .html file as HTML, whatever tags it has: one tree, the same figures', () => {
    const out = folder()
    const input = join(out, 'few-tags.html')
    writeFileSync(input, 'Ich: Wo?\nChef: Im Archiv.\n\nMehr im <a href="https://example.org/a">Archiv</a>.\n')
    const tree = JSON.parse(run(['parse', input]).stdout)
    expect(tree.data).toEqual({format: 'html'})
    // One paragraph in HTML, whose second speaker, a role, runs on after the first's sentence.
    const turns = JSON.parse(run(['stats', '--json', input]).stdout).turns
    expect(turns).toBe(2)
    expect(run(['render', '--to', 'tei', input]).stdout.match(/<sp /g)).toHaveLength(turns)
    expect(run(['render', '--to', 'text', input]).stdout).toBe('Ich: Wo?\nChef: Im Archiv.  Mehr im Archiv (https://example.org/a).\n')
    // `--format` still says how: here as text.
    expect(JSON.parse(run(['stats', '--json', '--format', 'text', input]).stdout).turns).toBe(2)
  })

  it('every command reads an .md file as Markdown, whatever it shows: a name split by markup is one', () => {
    const out = folder()
    // No other sign of Markdown: `auto` read this as plain text, where `$**Quen**dolin` is `$` and text.
    const story = 'Ich: Wo ist $**Quen**dolin?\nChef: Im Archiv.\n'
    const input = join(out, 'plain.md')
    writeFileSync(input, story)
    expect(JSON.parse(run(['parse', input]).stdout).children[0].children[0].children[2]).toEqual({type: 'placeholder', value: '$Quendolin', name: 'Quendolin'})
    const result = run(['anonymize', '--seed', 'x', input, '-o', join(out, 'out') + '/'])
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(readFileSync(join(out, 'out', 'plain.md'), 'utf8')).not.toMatch(/dolin|Quen/)
    // Three inline tags made `auto` read it as HTML, one paragraph: the second turn was the first's
    // speech. By its ending it is Markdown, a line each.
    const tagged = join(out, 'tags.markdown')
    writeFileSync(tagged, 'Ich: Wo ist <b>das</b> Archiv?\nChef: Im <i>Keller</i>, <span>links</span>.\n')
    expect(JSON.parse(run(['stats', '--json', tagged]).stdout).turns).toBe(2)
    expect(run(['check', '--frail', tagged])).toMatchObject({code: 0})
    // Written under its own ending, as it was read: it was `tags.txt`.
    expect(run(['anonymize', '--seed', 'x', tagged, '-o', join(out, 'out') + '/'])).toMatchObject({code: 0})
    expect(readFileSync(join(out, 'out', 'tags.markdown'), 'utf8')).toContain('<span>links</span>')
    // `--format` still says how.
    expect(JSON.parse(run(['parse', '--format', 'auto', tagged]).stdout).data).toEqual({format: 'html'})
    expect(JSON.parse(run(['stats', '--json', '--format', 'auto', tagged]).stdout).turns).toBe(1)
  })

  it('check: an HTML file by its ending, with html-dropped infos', () => {
    const out = folder()
    const page = join(out, 'page.html')
    writeFileSync(page, '<p>Ich: Hallo</p><script>track()</script><p>Chef: Nein</p>')
    const result = run(['check', page])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('1:18-1:42 info HTML <script> dropped: markup, not text of the story html-dropped')
  })

  it('check: each post of an export under its own name, its places in its content', () => {
    for (const jobs of ['1', '2']) {
      const result = run(['check', '--jobs', jobs, wordpress])
      expect(result.code).toBe(0)
      const lines = result.stderr.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())
      const post = lines.indexOf(wordpress + '#2018-03-12-anruf-von-kunde')
      expect(post).toBeGreaterThan(0)
      expect(lines[post + 1]).toBe('1:1-1:22 info HTML comment dropped: markup, not text of the story html-dropped anecdote')
      expect(lines.filter((line) => line.startsWith(wordpress + ':'))).toEqual([wordpress + ': no issues found'])
    }
  })

  it('anonymize: an HTML file keeps its markup, replacements escaped, names in attributes replaced too', () => {
    const out = folder()
    const page = join(out, 'page.html')
    const map = join(out, 'map.json')
    writeFileSync(page, '<p title="$Kollegin">Ich: Hallo</p><p><b>$Kollegin:</b> Nein, $Kollegins Drucker!</p>\n')
    writeFileSync(map, JSON.stringify({Kollegin: 'Frau <B> & Co'}))
    const result = run(['anonymize', '--strategy', 'map', '--map', map, page])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('<p title="Frau &lt;B&gt; &amp; Co">Ich: Hallo</p><p><b>Frau &lt;B&gt; &amp; Co:</b> Nein, Frau &lt;B&gt; &amp; Cos Drucker!</p>\n')
  })

  it('anonymize: an export stays an export, with no placeholder name left in it', () => {
    const result = run(['anonymize', '--seed', 'key', blogger])
    expect(result.code).toBe(0)
    for (const name of ['$Kollegin', '$Kunde']) expect(result.stdout).not.toContain(name)
    const before = readBlogExport(readFileSync(blogger, 'utf8'))
    const after = readBlogExport(result.stdout)
    expect(after.posts.map((post) => post.id)).toEqual(before.posts.map((post) => post.id))
    expect(after.posts[0].title).toMatch(/^Der Drucker von \p{Lu}\p{L}+$/u)
  })

  it('anonymize: a name in an export post\'s link becomes a URL; an export it cannot finish is refused, nothing written', () => {
    const dir = folder()
    const map = join(dir, 'map.json')
    writeFileSync(map, JSON.stringify({Anna: 'Eva Maria', Kunde: 'Uwe'}))
    const wp = readFileSync(wordpress, 'utf8')
    const linked = join(dir, 'linked.xml')
    writeFileSync(linked, wp.replace('one till open.', 'one till open. <a href="https://e.x/%24Anna">Anna</a> und &#36;Anna.'))
    const result = run(['anonymize', '--strategy', 'map', '--map', map, linked])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('one till open. <a href="https://e.x/Eva%20Maria">Anna</a> und Eva Maria.')
    expect(result.stdout).not.toMatch(/\$Anna|%24Anna|&#36;|\$Kunde/)

    const broken = join(dir, 'broken.xml')
    const bloggerXml = readFileSync(blogger, 'utf8')
    const at = bloggerXml.indexOf('&lt;b&gt;$Kollegin:')
    writeFileSync(broken, bloggerXml.slice(0, at) + '$An<![CDATA[na]]> ' + bloggerXml.slice(at))
    expect(run(['anonymize', '--strategy', 'map', '--map', map, broken])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'anecdote: ' + broken + ': anonymizeExport: the replacements left the export no well-formed XML: refusing to return it\n'
    })
  })
})
