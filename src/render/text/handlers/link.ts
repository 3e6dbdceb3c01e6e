// A link from Markdown input: its text, then its URL in parentheses when that says more, and its
// title, quoted, where it has one (so no character of the source is lost).
import type {Link} from '../../../types.js'
import type {TextState} from '../index.js'

export function link(state: TextState, node: Link): string {
  const content = state.all(node)
  const title = typeof node.title === 'string' && node.title ? ' "' + node.title + '"' : ''
  if (!title) return node.url && node.url !== content ? content + ' (' + node.url + ')' : content
  return content + ' (' + (node.url ? node.url + title : title.trimStart()) + ')'
}
