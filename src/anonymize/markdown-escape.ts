// A replacement written into a Markdown source is text, never markup: the tree path (`anonymize`,
// then `toMarkdown`) escapes it, and `anonymizeText` must give the same story. CommonMark reads a
// backslash before ASCII punctuation as that character, so the characters that could open markup
// get one. Plain text has no escapes; HTML has its own (escape-html.ts).
import type {Splice} from './splices.js'

// Inline markup: escapes, code, emphasis, links and images, HTML and autolinks, and a `&` that
// would start a character reference (`&amp;` is a value's five characters, not `&`). A `_` inside
// a word (`Anna_Lena`) opens nothing and stays, as `toMarkdown` leaves it.
const inline = /[\\`*[\]<]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[\da-z]+;)/giu
// What opens a block at a line's start: a heading, a quote, a list item, a thematic break or
// setext underline, a fence.
const blockStart = /^(?:[#>+=~-]|\d+(?=[.)]))/

/**
 * `value` as Markdown text that reads back as `value`; `lineStart`: written where a line starts
 * (a speaker's label), where a block could open too.
 */
export function markdownText(value: string, lineStart: boolean): string {
  const escaped = value.replace(inline, '\\$&')
  const opening = lineStart ? blockStart.exec(escaped) : null
  if (!opening) return escaped
  // A digit run keeps its digits; the `.` or `)` after it is escaped.
  const at = /\d/.test(opening[0]) ? opening[0].length : 0
  return escaped.slice(0, at) + '\\' + escaped.slice(at)
}

/**
 * Whether `at` starts a line of `source` as Markdown reads it: only white space and the markers
 * of quotes and list items (`> `, `- `, `1. `) before it on its line.
 */
export function atLineStart(source: string, at: number): boolean {
  // At most 64 characters back, so that names on a long line of digits cost no more each: further
  // back is taken for a line's start (an escape too many reads the same).
  const stop = Math.max(0, at - 64)
  let index = at
  while (index > stop && /[ \t>*+\-.)\d]/.test(source.charAt(index - 1))) index--
  return index === stop || source.charCodeAt(index - 1) === 10 || source.charCodeAt(index - 1) === 13
}

/**
 * `value` inside a link title that `close` ends (`"`, `'` or `)`): its backslashes, the quote that
 * would end the title (both parentheses in one in parentheses) and a `&` of a reference escaped.
 */
export function markdownTitle(value: string, close: string): string {
  const special = close === ')' ? /[\\()]|&(?=#?[\da-z]+;)/gi : close === "'" ? /[\\']|&(?=#?[\da-z]+;)/gi : /[\\"]|&(?=#?[\da-z]+;)/gi
  return value.replace(special, '\\$&')
}

/**
 * `value` (already a URL's characters: `urlForm`) inside a link's destination: its parentheses,
 * which percent-encoding leaves and which would end the destination (`[l](https://x.de/Vera))`).
 * Not in an autolink (`<https://…>`), which reads no escapes.
 */
export function markdownDestination(value: string): string {
  return value.replace(/[()]/g, '\\$&')
}

/**
 * Where replacements in a code span (`inside`, in source order) write a run of as many backticks
 * as its fence (`` `a`b` ``), which would end the code early: fences of a length no run has, as
 * `toMarkdown` writes them, with a space inside where the code then starts or ends with a
 * backtick (CommonMark takes one off each end). A fenced block (three or more at a line's start) is left.
 */
export function widenedFences(source: string, start: number, end: number, inside: readonly Splice[]): Splice[] {
  let fence = 0
  while (source.charCodeAt(start + fence) === 96) fence++
  if (fence === 0 || (fence >= 3 && atLineStart(source, start)) || end - start < 2 * fence || !inside.some((item) => item.value.includes('`'))) return []
  if (source.slice(end - fence, end) !== '`'.repeat(fence)) return []
  let code = ''
  let copied = start + fence
  for (const item of inside) {
    if (item.start < copied || item.end > end - fence) continue
    code += source.slice(copied, item.start) + item.value
    copied = item.end
  }
  code += source.slice(copied, end - fence)
  const runs = new Set((code.match(/`+/g) ?? []).map((run) => run.length))
  if (!runs.has(fence)) return []
  let length = 1
  while (runs.has(length)) length++
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : ''
  return [
    {start, end: start + fence, value: '`'.repeat(length) + pad},
    {start: end - fence, end, value: pad + '`'.repeat(length)}
  ]
}
