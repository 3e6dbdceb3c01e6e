// Dialogue: a turn a line, except turns that ran together on one line in the source, which stay
// on one line (the parser splits them again).
import type {Dialogue} from '../../../types.js'
import type {TextState} from '../index.js'

export function dialogue(state: TextState, node: Dialogue): string {
  let value = ''
  let previous: Dialogue['children'][number] | undefined
  for (const turn of node.children) {
    if (previous) value += state.sourceLines && sameLine(previous, turn) ? ' ' : '\n'
    value += state.one(turn, node)
    previous = turn
  }
  return value
}

function sameLine(a: Dialogue['children'][number], b: Dialogue['children'][number]): boolean {
  const end = a.position?.end.line
  return typeof end === 'number' && end === b.position?.start.line
}
