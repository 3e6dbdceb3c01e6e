// Phrasing: text, placeholders and elisions as written (escaped), a direction inside narration as
// written with its marks, a line end as a line feed, emphasis and strong as Fountain's `*` and
// `**`, a link as its text (Fountain has no links), code as its text.
import type {Direction, Elision, Emphasis, InlineCode, Link, Placeholder, Strong, Text} from '../../types.js'
import {escapeInline} from '../escape.js'
import type {FountainState} from '../index.js'

const marks: Record<Direction['marker'], [string, string]> = {angle: ['<', '>'], paren: ['(', ')'], star: ['\\*', '\\*'], bracket: ['[', ']'], comma: [', ', '']}

export function literal(_state: FountainState, node: Text | Placeholder | Elision | InlineCode): string {
  return escapeInline(node.value)
}

export function direction(state: FountainState, node: Direction): string {
  const [open, close] = Object.hasOwn(marks, node.marker) ? marks[node.marker] : marks.paren
  return open + state.all(node) + close
}

export function hardBreak(): string {
  return '\n'
}

export function emphasis(state: FountainState, node: Emphasis): string {
  return mark(state.all(node), '*')
}

export function strong(state: FountainState, node: Strong): string {
  return mark(state.all(node), '**')
}

/**
 * Content between Fountain's emphasis marks, where Fountain reads them as such: one line, not
 * blank, no space just inside the marks, no `*` of its own (nested emphasis) and no `*` or `\`
 * before the closing mark. Otherwise the content alone: its words kept, their emphasis not.
 */
function mark(content: string, marker: string): string {
  const core = content.trim()
  if (core.length === 0 || core.includes('\n') || /[*\\]$/.test(core) || core.replace(/\\[\s\S]/g, '').includes('*')) return content
  const start = content.indexOf(core)
  return content.slice(0, start) + marker + core + marker + content.slice(start + core.length)
}

export function link(state: FountainState, node: Link): string {
  return state.all(node)
}
