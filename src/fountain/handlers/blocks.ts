// Blocks: narration and notes are action, a dialogue its turns, a comment (in the boneyard) its
// number and byline, then its blocks.
import type {Comment, Dialogue, Narration, Note} from '../../types.js'
import {actionLine, escapeInline} from '../escape.js'
import type {FountainState} from '../index.js'

export function narration(state: FountainState, node: Narration): string {
  return action(state.all(node))
}

export function note(state: FountainState, node: Note): string {
  const content = state.all(node)
  return action(escapeInline(node.label) + (content.length > 0 ? ' ' + content : ''))
}

export function dialogue(state: FountainState, node: Dialogue): string {
  const turns: string[] = []
  for (const turn of node.children) turns.push(state.one(turn, node))
  return turns.join('\n\n')
}

export function comment(state: FountainState, node: Comment): string {
  const head = [node.marker ?? (node.index === undefined ? '' : node.index + '.'), node.byline ?? ''].filter((part) => part.length > 0).join(' ')
  const parts: string[] = []
  if (head.length > 0) parts.push(action(escapeInline(head)))
  for (const block of node.children) parts.push(state.one(block, node))
  return parts.join('\n\n')
}

/**
 * Lines of action, each guarded against being read as another element. Blank lines at its start
 * or end cannot be held (Fountain reads the paragraph as blank space): they are left out.
 */
export function action(value: string): string {
  const lines = value.split('\n')
  let start = 0
  let end = lines.length
  while (start < end && lines[start].trim().length === 0) start++
  while (end > start && lines[end - 1].trim().length === 0) end--
  return lines.slice(start, end).map((line) => actionLine(line)).join('\n')
}
