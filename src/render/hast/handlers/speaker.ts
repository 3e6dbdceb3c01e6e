// The speaker label as written.
import type {ElementContent} from 'hast'
import type {Speaker} from '../../../types.js'
import type {State} from '../index.js'

export function speaker(state: State, node: Speaker): ElementContent {
  return state.element(node, 'b', {className: state.className('speaker')}, state.all(node))
}
