// Blocks of phrasing (title, narration) and the containers of phrasing inside them (speaker,
// emphasis, strong): their children in order.
import type {Parents} from '../../../types.js'
import type {TextState} from '../index.js'

export function phrasing(state: TextState, node: Parents): string {
  return state.all(node)
}
