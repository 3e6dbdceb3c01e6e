// The comment section: its header as written, a blank line, the comments a blank line apart. A
// header plain text would not read as one (a Markdown or HTML heading, `## Kommentare:`) gets
// the number of its comments (`Kommentare (2):`): plain text reads a line as the section's header
// only by a count.
import type {Comments} from '../../../types.js'
import {parseCommentHeader} from '../../../parse/core/comment-lines.js'
import {endsWithColon, trimEnd} from '../../../parse/grammar.js'
import type {TextState} from '../index.js'

export function comments(state: TextState, node: Comments): string {
  if (state.options.comments === false) return ''
  let value = header(node)
  for (const comment of node.children) {
    const written = state.one(comment, node)
    if (written.length > 0) value += '\n\n' + written
  }
  return value
}

/** The label, with the count before its colon if the text reader needs one to read it. */
function header(node: Comments): string {
  const {label} = node
  if (parseCommentHeader(label)) return label
  const count = ' (' + node.children.length + ')'
  if (!endsWithColon(label, label.length)) return label + count
  return label.slice(0, trimEnd(label, 0, label.length - 1)) + count + label.slice(-1)
}
