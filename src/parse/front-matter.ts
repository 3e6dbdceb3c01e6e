// Front matter: the metadata block a static site generator (Jekyll, Hugo, Eleventy, Astro) reads
// at the very start of a post, between two fences: `---` around YAML, `+++` around TOML. It is no
// text of the story: `parse` keeps it whole as a `frontmatter` node and reads the story after it.
import type {Frontmatter} from '../types.js'

/** Where a front matter stands in a source: its syntax, its value's span, and the end of its closing fence. */
export interface FrontMatterSpan {
  syntax: Frontmatter['syntax']
  valueStart: number
  valueEnd: number
  /** After the closing fence and the spaces or tabs after it, before that line's ending. */
  end: number
}

/**
 * A front matter of each syntax: a fence alone on the first line (after a byte order mark), the
 * value, the same fence alone on a later line. The first line of the value that holds anything
 * (after blank lines and comments) is a key as YAML writes one (`title: …`, a lower-case key) or
 * as TOML does (`title = …`, a table `[params]`): a story that opens with a rule (`---`) and a
 * paragraph is no front matter. Anchored at the start, so each is tried once, in one pass.
 */
const frontMatterRes = {
  yaml: /^\ufeff?---[ \t]*\r?\n(?=(?:[ \t]*(?:#.*)?\r?\n)*[a-z_][\w-]*:[ \t\r\n])([^]*?)\r?\n---[ \t]*(?![^\r\n])/,
  toml: /^\ufeff?\+\+\+[ \t]*\r?\n(?=(?:[ \t]*(?:#.*)?\r?\n)*(?:[A-Za-z_][\w-]*[ \t]*=|\[))([^]*?)\r?\n\+\+\+[ \t]*(?![^\r\n])/
} as const

/** The front matter that opens `value`, if one does. */
export function frontMatterAt(value: string): FrontMatterSpan | undefined {
  for (const syntax of ['yaml', 'toml'] as const) {
    const match = frontMatterRes[syntax].exec(value)
    if (!match) continue
    const valueStart = match[0].indexOf('\n') + 1
    return {syntax, valueStart, valueEnd: valueStart + match[1]!.length, end: match[0].length}
  }
  return undefined
}

/** `value` with its front matter's characters as spaces (line endings kept, so every place stays): what the readers read. */
export function withoutFrontMatter(value: string, matter = frontMatterAt(value)): string {
  return matter ? value.slice(0, matter.end).replace(/[^\r\n]/g, ' ') + value.slice(matter.end) : value
}

/** The node of a front matter found in `value`, placed when `positions` asks for it. */
export function frontMatterNode(value: string, matter: FrontMatterSpan, positions: boolean): Frontmatter {
  const {syntax, valueStart, valueEnd, end} = matter
  const node: Frontmatter = {type: 'frontmatter', syntax, value: value.slice(valueStart, valueEnd)}
  const start = value.charCodeAt(0) === 0xfeff ? 1 : 0
  // The closing fence's line and column: after the last line feed before it.
  const line = value.slice(0, end).split('\n').length
  if (positions) node.position = {start: {line: 1, column: start + 1, offset: start}, end: {line, column: end - value.lastIndexOf('\n', end - 1), offset: end}}
  return node
}

/** A front matter as written: its value between the fences its syntax takes. */
export function frontMatterText(node: Frontmatter): string {
  const fence = node.syntax === 'toml' ? '+++' : '---'
  return fence + '\n' + (node.value ? node.value + '\n' : '') + fence
}
