// A turn, as the HTML standard suggests for conversations: a paragraph with the speaker in `<b>`.
// The speech after the separator is wrapped, so the stylesheet can set speakers in a column.
import type {ElementContent} from 'hast'
import {isWhitespace} from '../../../parse/grammar.js'
import type {Speaker, Turn} from '../../../types.js'
import type {State} from '../index.js'

export function turn(state: State, node: Turn): ElementContent {
  const nodes = node.children
  const speaker = nodes[0]
  const children: ElementContent[] = []
  if (speaker) for (const rendered of state.one(speaker, node)) children.push(rendered)
  children.push(state.element(undefined, 'span', {className: state.className('separator')}, [{type: 'text', value: node.separator || ':'}]))
  children.push({type: 'text', value: ' '})
  const content: ElementContent[] = []
  let leading = true
  for (let index = 1; index < nodes.length; index++) {
    const child = nodes[index] as Exclude<Turn['children'][number], Speaker>
    // Directions written before the colon (`Kunde (leise): Wo?`) are glued to what follows them
    // in the tree; after the colon they need a space.
    if (leading && content.length > 0 && child.type !== 'break' && !(child.type === 'text' && isWhitespace(child.value.charCodeAt(0)))) content.push({type: 'text', value: ' '})
    leading = leading && child.type === 'direction'
    for (const rendered of state.one(child, node)) content.push(rendered)
  }
  children.push(state.element(undefined, 'span', {className: state.className('speech')}, content))
  return state.element(node, 'p', {className: state.className('turn'), dataWho: node.who}, children)
}

