// The title: a heading of the configured rank.
import type {ElementContent} from 'hast'
import type {Title} from '../../../types.js'
import type {State} from '../index.js'

export function title(state: State, node: Title): ElementContent {
  return state.element(node, 'h' + state.headingRank, {className: state.className('title')}, state.all(node))
}
