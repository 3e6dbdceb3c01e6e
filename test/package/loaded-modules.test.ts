// What the built CLI loads when it runs, in a real child process: not the chunks an entry names
// (dependencies.test.ts), but every ES module Node reads, the ones `require`d later included
// (src/cli/readers.ts, src/cli/commands/render.ts). Node's ES module loader names each module it
// reads under `NODE_DEBUG=esm` ("Storing file:///… in ModuleLoadMap", a `require`d one too); a
// Markdown story, whose reader loads micromark, and each renderer's package, loaded when its format
// is asked for, check that the lines are still there to read. Reads the build (`npm test` builds first).
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const folder = mkdtempSync(join(tmpdir(), 'anecdote-loaded-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const text = join(folder, 'besuch.txt')
writeFileSync(text, 'Ich: Guten Tag, $Frau_Meier.\n$Frau_Meier: Tag. Der Drucker brennt.\n')
const markdown = join(folder, 'besuch.md')
writeFileSync(markdown, '# Besuch\n\nIch: Guten Tag, *$Frau_Meier*.\n')

/** The files (paths) of the ES modules a run of the CLI with `args` loads. */
function loaded(...args: string[]): string[] {
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {encoding: 'utf8', env: {...process.env, NODE_DEBUG: 'esm'}})
  if (run.status !== 0) throw new Error(`anecdote ${args.join(' ')} exited with ${run.status}: ${run.stderr.slice(-2000)}`)
  const files = new Set<string>()
  for (const match of run.stderr.matchAll(/Storing (file:\/\/\S+)/g)) files.add(fileURLToPath(match[1]!))
  return [...files]
}

/** The packages of the Markdown and HTML readers. */
const readerPackages = /[/\\]node_modules[/\\](parse5|micromark[^/\\]*|remark-[^/\\]+|unified|mdast-util-from-markdown)[/\\]/

/** The packages that the renderers of HTML, Markdown and TEI write with, by format. */
const writers = {html: 'hast-util-to-html', markdown: 'mdast-util-to-markdown', tei: 'xast-util-to-xml'}

/** Whether a file is one of the package `name`'s. */
function inPackage(name: string): (file: string) => boolean {
  return (file) => file.includes(join('node_modules', name, ''))
}

/** The renderers of `anecdote render` among `files`: dist/cli-render-<format>.js (src/cli/commands/render.ts). */
function rendererChunks(files: string[]): string[] {
  return files.filter((file) => /[/\\]dist[/\\]cli-render-/.test(file)).map((file) => /cli-render-([a-z]+)\.js$/.exec(file)![1]!)
}

describe('the modules the CLI loads', () => {
  it('include the readers of Markdown for a Markdown story (what the other checks rely on)', () => {
    for (const command of ['stats', 'check', 'anonymize']) expect(loaded(command, markdown).some((file) => readerPackages.test(file)), command).toBe(true)
  })

  it('are no reader of Markdown or HTML for check and anonymize of a text', () => {
    for (const args of [['check', text], ['anonymize', text], ['anonymize', '--strategy', 'redact', text], ['stats', text]]) {
      const files = loaded(...args)
      expect(files.length, args.join(' ')).toBeGreaterThan(10)
      expect(files.filter((file) => readerPackages.test(file)), args.join(' ')).toEqual([])
    }
  })

  it('are the one renderer that render --to asks for', () => {
    for (const format of ['html', 'text', 'markdown', 'tei', 'fountain']) expect(rendererChunks(loaded('render', '--to', format, text)), format).toEqual([format])
  })

  it('for render --to text are none of the packages the HTML, Markdown and TEI renderers write with', () => {
    const files = loaded('render', '--to', 'text', text)
    for (const name of Object.values(writers)) expect(files.filter(inPackage(name)), name).toEqual([])
    // The control: each of them is loaded, and seen, when its format is asked for.
    for (const [format, name] of Object.entries(writers)) expect(loaded('render', '--to', format, text).some(inPackage(name)), format).toBe(true)
  })

  it('are the one renderer asked for in the worker threads of --jobs too', () => {
    const stories = join(folder, 'stories')
    mkdirSync(stories)
    for (let index = 0; index < 4; index++) writeFileSync(join(stories, `besuch-${index}.txt`), `Ich: Guten Tag, $Frau_Meier.\n$Frau_Meier: Tag ${index}.\n`)
    expect(rendererChunks(loaded('render', '--jobs', '2', '--to', 'tei', stories))).toEqual(['tei'])
  })
})
