// A link from Markdown input: its text, then its URL in parentheses when that says more.
import type {Link} from '../../../types.js'
import type {TextState} from '../index.js'

export function link(state: TextState, node: Link): string {
  const content = state.all(node)
  return node.url && node.url !== content ? content + ' (' + node.url + ')' : content
}
