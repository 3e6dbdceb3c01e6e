// docs/html.md shows real output: each example run here, its output compared with the page (and
// the README's `anecdote import`, the first part of the page's).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {inspect} from 'node:util'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse, readBlogExport, toText} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'

const page = readFileSync(new URL('../../docs/html.md', import.meta.url), 'utf8')
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const repository = new URL('../../', import.meta.url).pathname

/** The ```text block after the ```js block whose code contains `marker`. */
function shown(marker: string): string {
  const at = page.indexOf(marker)
  const start = page.indexOf('```text\n', at) + 8
  return page.slice(start, page.indexOf('\n```', start))
}

const log = (...values: unknown[]) => values.map((value) => (typeof value === 'string' ? value : inspect(value, {breakLength: Infinity}))).join(' ')

describe('docs/html.md', () => {
  it('parse on HTML prints what the page shows', () => {
    const file = new VFile('<p><b>Chef:</b> &lt;hektisch&gt; Wo ist der $Verk&auml;ufer?<br>\n<b>Ich:</b> <i>gähnt</i> Keine Ahnung.</p>\n<script>track()</script>')
    const tree = parse(file)
    expect([toText(tree), String(file.messages[0])].join('\n')).toBe(shown("const file = new VFile('<p>"))
    expect(page).toContain('`$Verkäufer` spans offsets 44 to 59')
  })

  it('readBlogExport prints what the page shows', () => {
    const blog = readBlogExport(readFileSync(fixturesRoot + 'export/wordpress.xml', 'utf8'))
    const [post] = blog.posts
    const lines = [log(blog.platform, blog.posts.length, blog.skipped), log(post.title, post.published, post.labels, post.comments.length), toText(post.tree).trimEnd()]
    expect(lines.join('\n')).toBe(shown('const blog = readBlogExport('))
  })

  it('anecdote import prints and writes what the page shows', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'anecdote-docs-'))
    const cli = join(repository, 'dist/cli.js')
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8'}).stdout
    const session = [
      '$ anecdote import fixtures/export/blogger.xml -o posts/',
      run('import', join(repository, 'fixtures/export/blogger.xml'), '-o', 'posts/').trimEnd(),
      '$ ls posts',
      spawnSync('ls', ['posts'], {cwd, encoding: 'utf8'}).stdout.trimEnd(),
      '$ cat posts/2012-07-01-kurz-notiert-kunde-und-die-maus.txt',
      readFileSync(join(cwd, 'posts/2012-07-01-kurz-notiert-kunde-und-die-maus.txt'), 'utf8').trimEnd()
    ].join('\n')
    const block = (text: string) => {
      const start = text.indexOf('$ anecdote import fixtures')
      return text.slice(start, text.indexOf('\n```', start))
    }
    expect(session).toBe(block(page))
    expect(block(readme)).toBe(session.slice(0, session.indexOf('\n$ ls posts')))
  })
})

describe('readBlogExport on the Blogger fixture', () => {
  it('reads its posts and comments and counts what it skips', () => {
    const {platform, posts, skipped} = readBlogExport(readFileSync(fixturesRoot + 'export/blogger.xml', 'utf8'))
    expect([platform, posts.length, posts.reduce((sum, post) => sum + post.comments.length, 0), skipped]).toEqual(['blogger', 5, 4, {template: 1, settings: 2, draft: 1, page: 1}])
  })
})
