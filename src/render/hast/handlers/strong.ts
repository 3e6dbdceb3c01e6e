// Strong importance from Markdown input.
import type {ElementContent} from 'hast'
import type {Strong} from '../../../types.js'
import type {State} from '../index.js'

export function strong(state: State, node: Strong): ElementContent {
  return state.element(node, 'strong', {}, state.all(node))
}
