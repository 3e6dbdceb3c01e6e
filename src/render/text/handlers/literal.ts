// Text, placeholders (as written, `$` included), elisions and inline code: their value.
import type {Elision, InlineCode, Placeholder, Text} from '../../../types.js'
import type {TextState} from '../index.js'

export function literal(_state: TextState, node: Text | Placeholder | Elision | InlineCode): string {
  return String(node.value)
}
