// A note: its label as written, a space, its text.
import type {Note} from '../../../types.js'
import type {TextState} from '../index.js'

export function note(state: TextState, node: Note): string {
  const content = state.all(node)
  return content.length > 0 ? node.label + ' ' + content : node.label
}
