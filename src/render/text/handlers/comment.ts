// One comment, laid out as Blogger exports it: `  1. ` before the first line, the rest indented
// four spaces, the controls on a line of their own after a blank line, or glued to the last
// line where they were glued in the source.
import type {Comment} from '../../../types.js'
import {joinBlocks} from '../blocks.js'
import type {TextState} from '../index.js'

const indent = '    '

export function comment(state: TextState, node: Comment): string {
  let body = joinBlocks(
    node.children,
    node.children.map((child) => state.one(child, node)),
    state.sourceLines
  )
  if (node.byline) body = body.length > 0 ? node.byline + '\n' + body : node.byline

  const controls = state.options.controls === false ? '' : (node.controls ?? []).join('')
  if (controls.length > 0) {
    const last = node.children[node.children.length - 1]
    const glued = state.sourceLines && body.length > 0 && last !== undefined && last.position !== undefined && last.position.end.line === node.position?.end.line
    body = glued ? body + controls : body.length > 0 ? body + '\n\n' + controls : controls
  }

  const lines = body.split('\n')
  const first = node.marker ? '  ' + node.marker + (lines[0].length > 0 ? ' ' + lines[0] : '') : lines[0].length > 0 ? indent + lines[0] : ''
  let value = first
  for (let index = 1; index < lines.length; index++) value += '\n' + (lines[index].length > 0 ? indent + lines[index] : '')
  return value
}
