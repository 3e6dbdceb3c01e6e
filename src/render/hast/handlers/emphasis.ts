// Emphasis from Markdown input.
import type {ElementContent} from 'hast'
import type {Emphasis} from '../../../types.js'
import type {State} from '../index.js'

export function emphasis(state: State, node: Emphasis): ElementContent {
  return state.element(node, 'em', {}, state.all(node))
}
