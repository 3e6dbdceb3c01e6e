// The dateline as written.
import type {Dateline} from '../../../types.js'
import type {TextState} from '../index.js'

export function dateline(_state: TextState, node: Dateline): string {
  return node.value
}
