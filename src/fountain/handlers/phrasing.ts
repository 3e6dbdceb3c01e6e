// Phrasing: text, placeholders and elisions as written (escaped), a direction inside narration as
// written with its marks, a line end as a line feed, emphasis and strong as Fountain's `*` and
// `**`, a link as its text (Fountain has no links), code as its text.
import type {Direction, Elision, Emphasis, InlineCode, Link, Placeholder, Strong, Text} from '../../types.js'
import {escapeInline} from '../escape.js'
import type {FountainState} from '../index.js'

const marks: Record<Direction['marker'], [string, string]> = {angle: ['<', '>'], paren: ['(', ')'], star: ['\\*', '\\*'], bracket: ['[', ']']}

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
  return '*' + state.all(node) + '*'
}

export function strong(state: FountainState, node: Strong): string {
  return '**' + state.all(node) + '**'
}

export function link(state: FountainState, node: Link): string {
  return state.all(node)
}
