// Inline code from Markdown input.
import type {ElementContent} from 'hast'
import type {InlineCode} from '../../../types.js'
import type {State} from '../index.js'

export function inlineCode(state: State, node: InlineCode): ElementContent {
  return state.element(node, 'code', {}, [{type: 'text', value: node.value}])
}
