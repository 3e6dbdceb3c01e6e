// Front matter: the metadata block a static site generator (Jekyll, Hugo, Eleventy, Astro) reads
// at the very start of a post, between two fences: `---` around YAML, `+++` around TOML. It is no
// text of the story: `parse` keeps it whole as a `frontmatter` node and reads the story after it.
import type {Frontmatter} from '../types.js'
import {pointAt} from './line-starts.js'

/** Where a front matter stands in a source: its syntax, its value's span, and the end of its closing fence. */
export interface FrontMatterSpan {
  syntax: Frontmatter['syntax']
  valueStart: number
  valueEnd: number
  /** After the closing fence and the spaces or tabs after it, before that line's ending. */
  end: number
}

/** The opening fence, alone on the first line (after a byte order mark). */
const openRe = /^\ufeff?(---|\+\+\+)[ \t]*\r?\n/

/**
 * The first line of the value that holds anything (after blank lines and comments) starts with a
 * key: as YAML writes one (`title: …`, a lower-case key), or as TOML does (`title = …`, dotted or
 * quoted: `params.author = …`, `"title" = …`; a table: `[params]`). So a story that opens with a
 * rule (`---`) and a paragraph or turns is no front matter.
 */
const yamlKeyRe = /[a-z_][\w-]*:(?:[ \t]|\r?\n|$)/y
const tomlKeyRe = /(?:(?:[\w-]+|"[^"\r\n]*"|'[^'\r\n]*')(?:[ \t]*\.[ \t]*(?:[\w-]+|"[^"\r\n]*"|'[^'\r\n]*'))*[ \t]*=|\[)/y

/** A line that holds nothing, or a comment (`# …`); a fence alone on its line (its end: `lastIndex`). */
const blankRe = /[ \t]*(?:#|\r|\n|$)/y
const closeRe = /(?:---|\+\+\+)[ \t]*(?![^\r\n])/y

/**
 * The front matter that opens `value`: a fence alone on the first line, a key first between the
 * fences, the same fence alone on a later line. Line by line: a pattern with a group repeated
 * over the lines keeps a backtracking entry per line (a few million blank lines overflowed the stack).
 */
export function frontMatterAt(value: string): FrontMatterSpan | undefined {
  const open = openRe.exec(value)
  if (!open) return undefined
  const fence = open[1]!
  const keyRe = fence === '---' ? yamlKeyRe : tomlKeyRe
  const valueStart = open[0].length
  let keyed = false
  for (let line = valueStart; line < value.length; line = value.indexOf('\n', line) + 1 || value.length) {
    blankRe.lastIndex = keyRe.lastIndex = closeRe.lastIndex = line
    if (!keyed) {
      if (blankRe.test(value)) continue
      if (!keyRe.test(value)) return undefined
      keyed = true
    } else if (value.startsWith(fence, line) && closeRe.test(value)) {
      return {syntax: fence === '---' ? 'yaml' : 'toml', valueStart, valueEnd: line - (value.charCodeAt(line - 2) === 13 ? 2 : 1), end: closeRe.lastIndex}
    }
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
  if (positions) node.position = {start: pointAt(value, value.charCodeAt(0) === 0xfeff ? 1 : 0), end: pointAt(value, end)}
  return node
}

/** A front matter as the writers write it: its value between the fences its syntax takes, each line ending a line feed (as the rest of their output). */
export function frontMatterText(node: Frontmatter): string {
  const fence = node.syntax === 'toml' ? '+++' : '---'
  return fence + '\n' + (node.value ? node.value.replace(/\r\n?/g, '\n') + '\n' : '') + fence
}
