// Narration: a paragraph.
import type {ElementContent} from 'hast'
import type {Narration} from '../../../types.js'
import type {State} from '../index.js'

export function narration(state: State, node: Narration): ElementContent {
  return state.element(node, 'p', {className: state.className('narration')}, state.all(node))
}
