// The fenced code blocks of the documentation, and what each one is. Every block of README.md
// and docs/**/*.md has a kind, decided by its language (the first word of its info string) and
// its neighbours; `test/docs/code-blocks.test.ts` runs or checks each kind, and fails on a block
// of no kind. The convention is written up in docs/README.md.
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'

export const root = new URL('../../', import.meta.url).pathname

export interface Block {
  /** The Markdown file, relative to the repository. */
  file: string
  /** Line of the opening fence (1-based). */
  line: number
  /** The first word of the info string (`js`, `txt`, …). */
  lang: string
  /** The rest of the info string (for a story: JSON parse options). */
  meta: string
  value: string
  /** The prose between the previous block (or the start of the file) and this one. */
  before: string
}

export type Kind =
  /** JS or TS: a whole program, run with Node on the built package (`from 'anecdote'`); TS is
   * type-checked under `strict` first. When an output block follows, its stdout must equal it. */
  | {kind: 'program'; output?: Block}
  /** `txt`, `html`, `json` right after a program: what the program prints. */
  | {kind: 'output'; program: Block}
  /** `text` or `markdown` followed by `Yields:` and a `js` block: a story … */
  | {kind: 'story'; tree: Block}
  /** … and its tree, or one node of it (or a run of siblings), as a JS literal. */
  | {kind: 'tree'; story: Block; withPositions: boolean}
  /** `sh` with `anecdote …` lines: each runs (the built CLI) in a fresh folder holding a story. */
  | {kind: 'cli'; commands: string[]}
  /** Not run, with the reason shown in the test's name. */
  | {kind: 'shown'; why: string}
  /** None of the above: the test fails and says how to fix it. */
  | {kind: 'unknown'; why: string}

export const programLangs = new Set(['js', 'ts'])
export const outputLangs = new Set(['txt', 'html', 'json', 'xml', 'fountain'])
const storyLangs = new Set(['text', 'markdown', 'html'])
/** Blocks that are shown, not run, and why. */
const shownLangs: Record<string, string> = {
  sh: 'shell commands without `anecdote` (not run)',
  text: 'a story, a message or a layout (not run)',
  markdown: 'a story in Markdown (not run)',
  idl: 'a node interface of the spec (checked against src/types.ts by review)',
  html: 'markup to copy (not run)',
  css: 'a stylesheet to copy (not run)'
}
const yieldsRe = /(?:^|\n)Yields( \(with positions\))?[^\n]*:\s*$/

/** The Markdown files whose code blocks are tested: README.md and every page under docs/. */
export function documentationFiles(): string[] {
  const found = ['README.md']
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(folder, entry.name))
      else if (entry.name.endsWith('.md')) found.push(join(folder, entry.name))
    }
  }
  walk('docs')
  return found
}

/** The fenced code blocks of a Markdown file (``` or ~~~ fences, as CommonMark reads them). */
export function blocksOf(file: string): Block[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const found: Block[] = []
  let prose: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)\s*(.*)$/.exec(lines[index])
    if (!open) {
      prose.push(lines[index])
      continue
    }
    const [, indent, fence, lang, meta] = open
    const body: string[] = []
    let end = index + 1
    const closeRe = new RegExp('^ {0,3}' + fence[0] + '{' + fence.length + ',}\\s*$')
    while (end < lines.length && !closeRe.test(lines[end])) {
      body.push(lines[end].startsWith(indent) ? lines[end].slice(indent.length) : lines[end].trimStart())
      end++
    }
    found.push({file: relative(root, join(root, file)), line: index + 1, lang, meta: meta.trim(), value: body.join('\n'), before: prose.join('\n').trim()})
    prose = []
    index = end
  }
  return found
}

/** What each block is (see `Kind`), in order. */
export function classify(blocks: Block[]): Kind[] {
  const kinds: Kind[] = blocks.map(() => ({kind: 'unknown', why: ''}))
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    const previous = blocks[index - 1]
    const next = blocks[index + 1]
    const known = kinds[index].kind !== 'unknown'
    if (known) continue
    const yields = yieldsRe.exec(block.before)
    if (block.lang === 'js' && block.meta === 'worker') {
      kinds[index] = {kind: 'shown', why: 'a module Web Worker, run in Chromium by test/browser/browser.test.ts'}
    } else if (programLangs.has(block.lang) && previous && storyLangs.has(previous.lang) && yields) {
      kinds[index - 1] = {kind: 'story', tree: block}
      kinds[index] = {kind: 'tree', story: previous, withPositions: Boolean(yields[1])}
    } else if (programLangs.has(block.lang)) {
      const output = next && outputLangs.has(next.lang) ? next : undefined
      kinds[index] = {kind: 'program', output}
      if (output) kinds[index + 1] = {kind: 'output', program: block}
    } else if (block.lang === 'sh' && cliCommands(block).length > 0) {
      kinds[index] = {kind: 'cli', commands: cliCommands(block)}
    } else if (block.lang === 'html' && block.meta === 'page') {
      kinds[index] = {kind: 'shown', why: 'a page, loaded in Chromium by test/browser/browser.test.ts'}
    } else if (block.lang in shownLangs) {
      kinds[index] = {kind: 'shown', why: shownLangs[block.lang]}
    } else if (block.lang === '') {
      kinds[index] = {kind: 'unknown', why: 'a block without a language: give it one (js, ts, txt, sh, text, …)'}
    } else if (outputLangs.has(block.lang)) {
      kinds[index] = {kind: 'unknown', why: `a ${block.lang} block that follows no program: an output goes right after its js or ts block`}
    } else {
      kinds[index] = {kind: 'unknown', why: `a ${block.lang} block, a language the docs test does not know: see docs/README.md`}
    }
  }
  return kinds
}

/** The `anecdote …` or `npx anecdote …` lines of a shell block, as written (comments cut); they
 * run through `bash -o pipefail`, so pipes (`anecdote … | anecdote …`) and quoting work as in a terminal. */
export function cliCommands(block: Block): string[] {
  const commands: string[] = []
  for (const line of block.value.split('\n')) {
    const command = line.replace(/\s+#.*$/, '').trim().replace(/^npx /, '')
    if (command.startsWith('anecdote ') || command === 'anecdote') commands.push(command)
  }
  return commands
}
