// A stage direction: `<i>`, as the HTML standard does for actions in a conversation. The
// marker (`<…>`, `(…)`, …) is in `data-marker`; the stylesheet sets the direction in brackets.
import type {ElementContent} from 'hast'
import type {Direction} from '../../../types.js'
import type {State} from '../index.js'

export function direction(state: State, node: Direction): ElementContent {
  return state.element(node, 'i', {className: state.className('direction'), dataMarker: node.marker}, state.all(node))
}
