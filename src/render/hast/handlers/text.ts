// Plain text.
import type {ElementContent} from 'hast'
import type {Text} from '../../../types.js'
import type {State} from '../index.js'

export function text(state: State, node: Text): ElementContent {
  const result: ElementContent = {type: 'text', value: String(node.value)}
  state.patch(node, result)
  return result
}
