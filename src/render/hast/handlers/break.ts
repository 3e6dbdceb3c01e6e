// A line ending inside a block.
import type {ElementContent} from 'hast'
import type {Break} from '../../../types.js'
import type {State} from '../index.js'

export function hardBreak(state: State, node: Break): ElementContent[] {
  return [state.element(node, 'br', {}, []), {type: 'text', value: '\n'}]
}
