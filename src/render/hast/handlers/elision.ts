// Text the writer left out, `[...]`, as written.
import type {ElementContent} from 'hast'
import type {Elision} from '../../../types.js'
import type {State} from '../index.js'

export function elision(state: State, node: Elision): ElementContent {
  return state.element(node, 'span', {className: state.className('elision')}, [{type: 'text', value: node.value}])
}
