// Dialogue: a group of turns, one element per turn.
import type {ElementContent} from 'hast'
import type {Dialogue} from '../../../types.js'
import {line, type State} from '../index.js'

export function dialogue(state: State, node: Dialogue): ElementContent {
  const children: ElementContent[] = []
  for (const rendered of state.all(node)) children.push(line(), rendered)
  children.push(line())
  return state.element(node, 'div', {className: state.className('dialogue')}, children)
}
