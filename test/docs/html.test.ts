// docs/html.md shows real output. Its programs print `txt` blocks, which test/docs/code-blocks.test.ts
// compares with what the program really prints in a Node process; here the prose about them, and
// the `anecdote import` session (and the README's, the first part of the page's).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readBlogExport} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'
import {blocksOf, classify} from './blocks.js'

const page = readFileSync(new URL('../../docs/html.md', import.meta.url), 'utf8')
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const repository = new URL('../../', import.meta.url).pathname

describe('docs/html.md', () => {
  it('says where the placeholder of its HTML example lies', () => {
    expect(page).toContain('`$Verkäufer` spans offsets 44 to 59')
  })

  it('has each program followed by a txt block, which code-blocks.test.ts compares with its output', () => {
    // A `text` block after a program is only shown, never compared: that is how a one-line object
    // that Node prints over several lines stayed on the page.
    const kinds = classify(blocksOf('docs/html.md'))
    const outputs = kinds.flatMap((kind) => (kind.kind === 'program' ? [kind.output?.lang] : []))
    expect(outputs).toEqual(['txt', 'txt'])
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
