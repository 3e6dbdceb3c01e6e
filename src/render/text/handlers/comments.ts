// The comment section: its header as written, a blank line, the comments a blank line apart. A
// header without a count (a Markdown or HTML heading, `## Kommentare`) gets the number of its
// comments (`Kommentare (2)`): plain text reads a line as the section's header only by a count.
import type {Comments} from '../../../types.js'
import type {TextState} from '../index.js'

export function comments(state: TextState, node: Comments): string {
  if (state.options.comments === false) return ''
  let value = node.count === undefined && !/\d/.test(node.label) ? node.label + ' (' + node.children.length + ')' : node.label
  for (const comment of node.children) {
    const written = state.one(comment, node)
    if (written.length > 0) value += '\n\n' + written
  }
  return value
}
