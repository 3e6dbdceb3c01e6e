// A direction in its marker as written: `<hektisch>`, `(leise)`, `*seufzt*`, `[lacht]`.
import type {Direction} from '../../../types.js'
import type {TextState} from '../index.js'

const markers: Record<Direction['marker'], [string, string]> = {
  angle: ['<', '>'],
  paren: ['(', ')'],
  star: ['*', '*'],
  bracket: ['[', ']']
}

export function direction(state: TextState, node: Direction): string {
  const [open, close] = markers[node.marker] ?? markers.paren
  return open + state.all(node) + close
}
