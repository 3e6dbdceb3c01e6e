// A turn: the cue in capitals, then in the order they stand each direction as a parenthetical
// on its own line and the speech between them as dialogue.
import {nodeText} from '../../node-text.js'
import type {Turn} from '../../types.js'
import {cue, dialogueLine, escapeInline, joinInline, wordJoiner} from '../escape.js'
import type {FountainState} from '../index.js'

export function turn(state: FountainState, node: Turn): string {
  const lines: string[] = []
  let speech = ''
  const flush = () => {
    if (speech.trim().length > 0) for (const line of speech.trim().split('\n')) lines.push(dialogueLine(line))
    speech = ''
  }
  let label = ''
  for (const child of node.children) {
    if (child.type === 'speaker') label += nodeText(child)
    else if (child.type === 'direction') {
      flush()
      lines.push(parenthetical(nodeText(child)))
    } else speech = joinInline(speech, state.one(child, node))
  }
  flush()
  // A cue alone would read as action, and a last line of spaces ends the element: a word joiner
  // is dialogue that says nothing.
  if (lines.length === 0) lines.push(wordJoiner)
  const name = label.trim().length > 0 ? label : node.who || 'speaker'
  return cue(name) + '\n' + lines.join('\n')
}

/** A direction as a parenthetical: on one line, never empty. */
function parenthetical(value: string): string {
  const content = escapeInline(value.replace(/\s+/g, ' ').trim())
  return '(' + (content.length > 0 ? content : ' ') + ')'
}
