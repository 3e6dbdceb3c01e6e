// The comment section: its header as written, a blank line, the comments a blank line apart.
import type {Comments} from '../../../types.js'
import type {TextState} from '../index.js'

export function comments(state: TextState, node: Comments): string {
  if (state.options.comments === false) return ''
  let value = node.label
  for (const comment of node.children) {
    const written = state.one(comment, node)
    if (written.length > 0) value += '\n\n' + written
  }
  return value
}
