// Joining blocks: one blank line between them, except where the tree's positions show two
// blocks on adjacent lines. There the single line ending is kept, because a blank line would
// change how the next line reads (a narration line ending in a colon lets a turn follow it).
import type {Nodes} from '../../types.js'

/** Whether `b` started on the line right after the one `a` ended on. */
export function adjacent(a: Nodes, b: Nodes): boolean {
  const end = a.position?.end.line
  const start = b.position?.start.line
  return typeof end === 'number' && typeof start === 'number' && start === end + 1
}

/** Join written blocks (empty ones dropped) with a blank line, or a line ending where adjacent. */
export function joinBlocks(nodes: readonly Nodes[], written: readonly string[], sourceLines = true): string {
  let value = ''
  let previous: Nodes | undefined
  for (let index = 0; index < nodes.length; index++) {
    if (written[index].length === 0) continue
    if (previous) value += sourceLines && adjacent(previous, nodes[index]) ? '\n' : '\n\n'
    value += written[index]
    previous = nodes[index]
  }
  return value
}
